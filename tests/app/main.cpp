#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <unistd.h>

int main(int argc, char** argv)
{
    // Widget tests run without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    // Settings and data go to a test location, never the user's, and one of this process's own: ctest runs
    // tests side by side, and one test turns the settings file into a FIFO that would stall any other test
    // opening it.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("certdeck-tests-%1").arg(::getpid()));
    const QString own = QApplication::applicationName();
    const int status = RUN_ALL_TESTS();
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (folder.endsWith(u'/' + own)) { // never anything but this process's own folder
            QDir(folder).removeRecursively();
        }
    }
    return status;
}
