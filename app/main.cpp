#include "cli/CommandLine.h"
#include "util/AppPaths.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    certdeck::CliEnvironment env{certdeck::AppPaths::contentDatabase(),
                                 certdeck::AppPaths::contentSourceDir(),
                                 certdeck::AppPaths::progressDatabase(), QStringLiteral("0.1.0")};
    return certdeck::CommandLine(env, out, err).run(app.arguments().mid(1));
}
