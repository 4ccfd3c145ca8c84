// The yardstick for start-up: a bare Qt window with one label, probed like certdeck.

#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    certdeck::installStartupProbe();
    QLabel label(QStringLiteral("Baseline"));
    label.setWindowTitle(QStringLiteral("Baseline"));
    label.resize(1100, 720);
    label.show();
    return app.exec();
}
