#pragma once

#include "cli/CliOutput.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace certdeck {

/// What the command line works on; the app fills it from AppPaths, tests point it at fixtures.
struct CliEnvironment {
    QString contentDatabase;
    QString contentSourceDir;
    QString progressDatabase;
    QString version;
};

/// Exit statuses: 0 success, 1 the command failed (or found problems), 2 the command line was wrong.
enum CliExit : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// `certdeck <arguments>` without a display: `arguments` excludes the program name.
/// Results go to `out`, errors to `err`.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(CliEnvironment env, QTextStream& out, QTextStream& err)
        : m_env(std::move(env)), m_out(out), m_err(err)
    {}

    int run(const QStringList& arguments);

    /// True when `arguments` ask for the command line rather than the window (any argument does).
    static bool wantsCommandLine(const QStringList& arguments) { return !arguments.isEmpty(); }

private:
    int content(const QStringList& args);
    int contentStats(const QStringList& args);
    int contentCheck(const QStringList& args);
    int contentExport(const QStringList& args);
    int lookup(const QStringList& args);
    int progress(const QStringList& args);
    int progressInfo(const QStringList& args);

    int usageError(const QString& command, const QString& message);
    bool openContent(class ContentRepository& repo);

    CliEnvironment m_env;
    CliOutput m_out;
    CliOutput m_err;
};

} // namespace certdeck
