#pragma once

#include "cli/CliOutput.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QCommandLineParser;
class QIODevice;

namespace certdeck {

class ContentRepository;

/// What the command line works on; the app fills it from AppPaths, tests point it at fixtures.
struct CliEnvironment {
    QString contentDatabase;
    QString contentSourceDir;
    QString progressDatabase;
    QString version;
    QIODevice* input = nullptr; ///< what commands read as standard input; nullptr: the process's stdin
};

/// Exit statuses: 0 success, 1 the command failed (or found problems), 2 the command line was wrong.
enum CliExit : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

class CommandLine;

/// One row of the command table. Dispatch, `certdeck --help`, each family's help and the unknown-command
/// messages all come from the table; a feature adds its rows in its own file (cli/<Family>Commands.cpp).
struct CliCommand {
    QStringList words; ///< what the learner types: {"content", "stats"}
    QString synopsis;  ///< options and operands after the words: "[--json]"
    QString summary;   ///< one line for the help (translated)
    std::function<int(CommandLine&, const QStringList& args)> run; ///< args follow the words
};

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

    /// The command table, in the order --help lists it.
    static QList<CliCommand> commands();

    // For the handlers.
    const CliEnvironment& env() const { return m_env; }
    CliOutput& out() { return m_out; }
    CliOutput& err() { return m_err; }
    /// Reports a wrong command line for `command` ("content stats") and returns ExitUsage.
    int usageError(const QString& command, const QString& message);
    /// Reports a failure ("certdeck: message") and returns ExitFailure.
    int failure(const QString& message);
    /// Parses `args` for `command` with `options` (and -h/--help, which prints `help`). Returns -1 to go on,
    /// or the exit status (help shown, or a usage error reported). With `positional` false, any operand is
    /// a usage error.
    int parse(QCommandLineParser& parser, const QString& command, const QStringList& args,
              const QList<QCommandLineOption>& options, const QString& help, bool positional = false);
    /// Opens the content database, reporting why it cannot be used. With `withOwnNotes`, the personal one
    /// (the bank with the learner's own notes beside it) when there is one built on this bank.
    bool openContent(ContentRepository& repo, bool withOwnNotes = false);
    /// Reads all of standard input, at most `maxBytes`; false (with `error`) when it cannot be read or is
    /// longer.
    bool readInput(QByteArray* bytes, qint64 maxBytes, QString* error);

private:
    QString help() const;
    int family(const QString& name, const QStringList& args);

    CliEnvironment m_env;
    CliOutput m_out;
    CliOutput m_err;
};

// The command families, one file each.
QList<CliCommand> calcCommands();
QList<CliCommand> contentCommands();
QList<CliCommand> examCommands();
QList<CliCommand> exportCommands();
QList<CliCommand> lookupCommands();
QList<CliCommand> notesCommands();
QList<CliCommand> progressCommands();
QList<CliCommand> srsCommands();
QList<CliCommand> statsCommands();

/// `text` padded with spaces to `width` terminal cells (East Asian wide characters take two), on the right
/// (a column of names) or the left (numbers).
QString padded(const QString& text, qsizetype width, bool alignRight);

} // namespace certdeck
