#pragma once

#include <QProxyStyle>

namespace certdeck {

/// The application's style: the platform's own style (as QApplication chose it, so -style and
/// QT_STYLE_OVERRIDE still apply) with what Certdeck changes on top. Today: the extension buttons' icons
/// (the ">>" a menu bar or tool bar shows when it overflows) are loaded when first drawn, not when the menu
/// bar is built: loading them reads four PNGs through the image plugins, about 3 ms before the window can
/// be mapped, for a button a 640-pixel-wide window never shows.
class AppStyle : public QProxyStyle {
public:
    /// Wraps a new instance of the style QApplication chose.
    AppStyle();
    /// Wraps the given style (and owns it).
    explicit AppStyle(QStyle* base);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

/// Makes AppStyle the application's style. Call after the QApplication exists, before any widget.
void installAppStyle();

} // namespace certdeck
