// View > Appearance: the system's colours, light or dark, for every window and page, kept for next time.

#include "AppTheme.h"

#include "MainWindow.h"
#include "util/AppPaths.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace certdeck;

namespace {

class AppThemeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
        started = QApplication::palette();
        context = std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB),
                                               data.filePath(QStringLiteral("progress.db")));
        window = std::make_unique<MainWindow>(*context);
    }
    void TearDown() override
    {
        AppTheme::apply(AppTheme::Choice::System);
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
    }

    QAction* choice(AppTheme::Choice c) const
    {
        return window->findChild<QAction*>(QStringLiteral("actionTheme%1").arg(int(c)));
    }

    QPalette started;
    QTemporaryDir data;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

TEST_F(AppThemeTest, DarkAndLightAreChosenFromTheViewMenuForEveryWidgetAndKept)
{
    ASSERT_TRUE(choice(AppTheme::Choice::System) && choice(AppTheme::Choice::Light) &&
                choice(AppTheme::Choice::Dark));
    EXPECT_TRUE(choice(AppTheme::Choice::System)->isChecked()) << "the system's colours until a choice";
    auto* label = new QLabel(QStringLiteral("text"), window.get());

    choice(AppTheme::Choice::Dark)->trigger();
    QCoreApplication::processEvents(); // palette changes reach widgets as events
    EXPECT_TRUE(choice(AppTheme::Choice::Dark)->isChecked());
    EXPECT_FALSE(choice(AppTheme::Choice::System)->isChecked()) << "one choice at a time";
    EXPECT_TRUE(AppTheme::isDark(window->QWidget::palette()));
    EXPECT_TRUE(AppTheme::isDark(label->palette())) << "every widget follows";
    EXPECT_EQ(AppTheme::saved(), AppTheme::Choice::Dark) << "kept for the next start";

    choice(AppTheme::Choice::Light)->trigger();
    QCoreApplication::processEvents();
    EXPECT_FALSE(AppTheme::isDark(window->QWidget::palette()));
    EXPECT_EQ(AppTheme::saved(), AppTheme::Choice::Light);

    choice(AppTheme::Choice::System)->trigger();
    EXPECT_EQ(QApplication::palette(), started) << "back to the colours the application started with";
    EXPECT_EQ(AppTheme::saved(), AppTheme::Choice::System);
}

TEST_F(AppThemeTest, TheDarkPaletteKeepsTextReadable)
{
    // WCAG contrast of 4.5:1 or more for text, disabled text and highlighted text on their backgrounds.
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor& a, const QColor& b) {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    const QPalette p = AppTheme::darkPalette();
    EXPECT_GE(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)), 4.5);
    EXPECT_GE(contrast(p.color(QPalette::Text), p.color(QPalette::Base)), 4.5);
    EXPECT_GE(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)), 4.5);
    EXPECT_GE(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)), 4.5);
    EXPECT_GE(contrast(p.color(QPalette::Link), p.color(QPalette::Base)), 4.5);
    EXPECT_GE(contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Window)), 4.5);
    EXPECT_GE(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)), 4.5);
    EXPECT_TRUE(AppTheme::isDark(p));
    EXPECT_FALSE(AppTheme::isDark(AppTheme::lightPalette()));
}

} // namespace
