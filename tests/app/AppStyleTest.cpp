// The application's style: the platform's style, with the menu bar's overflow icon loaded only when drawn.

#include "AppStyle.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace certdeck;

namespace {

/// Fusion, counting how often the extension buttons' icons are asked for.
class CountingStyle : public QProxyStyle {
public:
    CountingStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override
    {
        if (icon == SP_ToolBarHorizontalExtensionButton) {
            ++loads;
        }
        return QProxyStyle::standardIcon(icon, option, widget);
    }
    mutable int loads = 0;
};

QImage imageOf(const QIcon& icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

TEST(AppStyleTest, WrapsTheStyleTheApplicationChose)
{
    AppStyle style;
    ASSERT_TRUE(style.baseStyle());
    EXPECT_EQ(style.baseStyle()->name().toLower(), QApplication::style()->name().toLower());
}

TEST(AppStyleTest, AMenuBarLoadsItsOverflowIconOnlyWhenItOverflows)
{
    // The application's style, as main() installs it (a widget's own style would not reach its menu bar).
    const QString previous = QApplication::style()->name();
    auto* counting = new CountingStyle;
    QApplication::setStyle(new AppStyle(counting)); // the application owns it, it owns the counting style
    struct Restore {
        QString name;
        ~Restore() { QApplication::setStyle(name); }
    } restore{previous};

    QMainWindow window;
    for (const char* title : {"&File", "&Go", "&Help", "&Edit", "&View", "&Window", "&Tools", "&Study"}) {
        window.menuBar()->addMenu(QString::fromLatin1(title));
    }
    window.resize(900, 300);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.grab(); // every menu fits: the ">>" button stays hidden and its icon unread
    EXPECT_EQ(counting->loads, 0);

    // Too narrow for eight menus: the button appears, its icon is read once and drawn like the style's own.
    window.menuBar()->setMinimumWidth(0);
    window.setMinimumSize(0, 0);
    window.resize(140, 300);
    QApplication::processEvents();
    QToolButton* extension = nullptr;
    for (QToolButton* button : window.menuBar()->findChildren<QToolButton*>()) {
        if (button->isVisible()) {
            extension = button;
        }
    }
    ASSERT_TRUE(extension);
    window.grab();
    EXPECT_EQ(counting->loads, 1);
    const QIcon own = counting->baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    EXPECT_FALSE(imageOf(extension->icon()).isNull());
    EXPECT_EQ(imageOf(extension->icon()), imageOf(own));
}
