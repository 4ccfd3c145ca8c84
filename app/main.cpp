// certdeck: with no arguments opens the window; with arguments runs a command without a display
// (and without creating a QApplication): `certdeck --help`.

#include "AppContext.h"
#include "AppStyle.h"
#include "AppTheme.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "cli/CommandLine.h"
#include "cli/StandardStreams.h"
#include "util/AppPaths.h"
#include "util/Translations.h"

#include <QApplication>
#include <QIcon>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("certdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDECK_VERSION));
}

} // namespace

int main(int argc, char** argv)
{
    certdeck::StandardStreams::reserveDescriptors();
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }

    if (certdeck::CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        certdeck::installTranslations(app);
        certdeck::StandardStreams streams(QStringLiteral("certdeck"));
        const certdeck::CliEnvironment env{
            certdeck::AppPaths::contentDatabase(), certdeck::AppPaths::contentSourceDir(),
            certdeck::AppPaths::progressDatabase(), QStringLiteral(CERTDECK_VERSION)};
        const int status = certdeck::CommandLine(env, streams.out(), streams.err()).run(arguments);
        return streams.finish(status);
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Certdeck"));
    QGuiApplication::setDesktopFileName(QStringLiteral("certdeck"));
    certdeck::installTranslations(app);
    certdeck::installStartupProbe();
    certdeck::installAppStyle();
    if (const auto theme = certdeck::AppTheme::saved(); theme != certdeck::AppTheme::Choice::System) {
        certdeck::AppTheme::apply(theme);
    }

    certdeck::AppContext context(certdeck::AppPaths::contentDatabase(),
                                 certdeck::AppPaths::progressDatabase());
    certdeck::MainWindow window(context);
    // After the first frame: the window icon (decoding it costs ~2 ms), then the progress database and a
    // dialog if it cannot be used.
    QObject::connect(&window, &certdeck::MainWindow::firstFramePainted, &window, [&window] {
        // Every size, so a title bar, a task bar and a high-DPI screen each get sharp pixels.
        QIcon icon;
        for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
            icon.addFile(QStringLiteral(":/certdeck/icons/certdeck-%1.png").arg(size), QSize(size, size));
        }
        QApplication::setWindowIcon(icon);
        window.openProgress();
    });
    window.show();
    return app.exec();
}
