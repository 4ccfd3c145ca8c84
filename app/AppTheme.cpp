#include "AppTheme.h"

#include "util/AppPaths.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace certdeck::AppTheme {

namespace {

const QString kKey = QStringLiteral("appearance/theme");
Choice g_current = Choice::System;

} // namespace

Choice saved()
{
    if (!AppPaths::settingsFileIsUsable()) {
        return Choice::System;
    }
    const QString value = QSettings(AppPaths::settingsFile(), QSettings::IniFormat).value(kKey).toString();
    return value == u"light" ? Choice::Light : value == u"dark" ? Choice::Dark : Choice::System;
}

void save(Choice choice)
{
    if (!AppPaths::settingsFileIsUsable()) {
        return;
    }
    QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
    settings.setValue(kKey, choice == Choice::Light  ? QStringLiteral("light")
                            : choice == Choice::Dark ? QStringLiteral("dark")
                                                     : QStringLiteral("system"));
}

Choice current()
{
    return g_current;
}

void apply(Choice choice)
{
    g_current = choice;
    // System: a palette that sets no role, so every role resolves to the platform's own and keeps following
    // it (a desktop switching to dark while Certdeck runs), rather than a copy of it taken once.
    QApplication::setPalette(choice == Choice::Light  ? lightPalette()
                             : choice == Choice::Dark ? darkPalette()
                                                      : QPalette());
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

QPalette darkPalette()
{
    // Contrast (WCAG): text on the window 11.2:1, on a text field 13.6:1, white on the highlight 5.2:1,
    // disabled text on the window 4.9:1, links on a text field 8.0:1.
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x9a, 0x9a, 0x9e);
    const QColor highlight(0x1f, 0x6f, 0xb8);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x38, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x42));
    p.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0e, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x48));
    return p;
}

} // namespace certdeck::AppTheme
