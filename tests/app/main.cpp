#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // Widget tests run without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("certdeck-tests"));
    QStandardPaths::setTestModeEnabled(true); // settings and data go to a test location, never the user's
    return RUN_ALL_TESTS();
}
