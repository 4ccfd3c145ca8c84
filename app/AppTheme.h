#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace certdeck::AppTheme {

/// View > Appearance: the system's colours, or light or dark whatever the system uses.
enum class Choice { System, Light, Dark };

/// The learner's choice, from the settings file ("appearance/theme"); System when there is none.
Choice saved();
/// Keeps the choice in the settings file (nothing is kept when the file cannot be used).
void save(Choice choice);
/// The choice applied last (System until one is).
Choice current();
/// Gives the application the palette of `choice`; every window and page follows (palette change events).
/// System leaves every colour to the platform, following it as it changes.
void apply(Choice choice);

QPalette lightPalette();
QPalette darkPalette();

/// Whether `palette` draws light text on a dark window.
inline bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

/// Red for what must be fixed, with a contrast of at least 4.5:1 against the window, light or dark.
inline QColor errorColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

} // namespace certdeck::AppTheme
