#include "cli/CommandLine.h"

#include "content/ContentRepository.h"
#include "notes/PersonalContent.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace certdeck {

namespace {

/// Terminal cells `text` takes: two for East Asian wide characters (CJK, kana, Hangul, full-width forms).
qsizetype displayWidth(const QString& text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : (wide ? 2 : 1);
    }
    return width;
}

constexpr qsizetype kSynopsisColumn = 37;

bool isHelp(const QString& arg)
{
    return arg == u"-h" || arg == u"--help" || arg == u"help";
}

/// "a, b or c", for the subcommands or commands a message offers.
QString alternatives(const QStringList& names)
{
    if (names.size() < 2) {
        return names.value(0);
    }
    //: a list of choices, e.g. "stats, check or export"; %1 is all but the last, %2 the last
    return CommandLine::tr("%1 or %2")
        .arg(names.first(names.size() - 1).join(QStringLiteral(", ")), names.last());
}

/// Each command-table row, as a help line: its words and synopsis, then the summary in a column.
QString rowHelp(const CliCommand& c, qsizetype skipWords)
{
    const QString usage = QStringList(c.words.mid(skipWords)).join(u' ') +
                          (c.synopsis.isEmpty() ? QString() : u' ' + c.synopsis);
    if (displayWidth(usage) + 2 > kSynopsisColumn - 2) {
        return QStringLiteral("  ") + usage + u'\n' + QString(kSynopsisColumn, u' ') + c.summary + u'\n';
    }
    return QStringLiteral("  ") + padded(usage, kSynopsisColumn - 2, false) + c.summary + u'\n';
}

} // namespace

QString padded(const QString& text, qsizetype width, bool alignRight)
{
    const QString spaces(std::max<qsizetype>(0, width - displayWidth(text)), u' ');
    return alignRight ? spaces + text : text + spaces;
}

QList<CliCommand> CommandLine::commands()
{
    return contentCommands() + lookupCommands() + calcCommands() + examCommands() + notesCommands() +
           progressCommands() + srsCommands() + statsCommands() + exportCommands();
}

int CommandLine::usageError(const QString& command, const QString& message)
{
    m_err << QStringLiteral("certdeck") << (command.isEmpty() ? QString() : u' ' + command)
          << QStringLiteral(": ") << message << u'\n'
          << tr("Try 'certdeck %1--help'.").arg(command.isEmpty() ? QString() : command + u' ') << u'\n';
    m_err.flush();
    return ExitUsage;
}

int CommandLine::failure(const QString& message)
{
    m_err << QStringLiteral("certdeck: ") << message << u'\n';
    m_err.flush();
    return ExitFailure;
}

bool CommandLine::openContent(ContentRepository& repo, bool withOwnNotes)
{
    QString error;
    const QString path =
        withOwnNotes && !m_env.progressDatabase.isEmpty()
            ? PersonalContent::choose(m_env.contentDatabase, PersonalContent::pathFor(m_env.progressDatabase))
            : m_env.contentDatabase;
    if (repo.open(path, &error)) {
        return true;
    }
    failure(error);
    return false;
}

bool CommandLine::readInput(QByteArray* bytes, qint64 maxBytes, QString* error)
{
    QFile stdinFile;
    QIODevice* input = m_env.input;
    if (!input) {
        if (!stdinFile.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("cannot read standard input: %1").arg(stdinFile.errorString());
            return false;
        }
        input = &stdinFile;
    }
    bytes->clear();
    // Blocking reads: an empty chunk is the end of the input.
    for (QByteArray chunk = input->read(qint64(64) * 1024); !chunk.isEmpty();
         chunk = input->read(qint64(64) * 1024)) {
        bytes->append(chunk);
        if (bytes->size() > maxBytes) {
            *error = tr("standard input is longer than %1 MiB").arg(maxBytes / (1024 * 1024));
            return false;
        }
    }
    return true;
}

int CommandLine::parse(QCommandLineParser& parser, const QString& command, const QStringList& args,
                       const QList<QCommandLineOption>& options, const QString& help, bool positional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    parser.addOptions(options);
    if (!parser.parse(QStringList{QStringLiteral("certdeck")} + args)) {
        return usageError(command, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << help;
        m_out.flush();
        return ExitOk;
    }
    if (!positional && !parser.positionalArguments().isEmpty()) {
        return usageError(command, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    return -1;
}

QString CommandLine::help() const
{
    QString text = tr("Certdeck %1: study companion for AWS certifications (SAA-C03, DVA-C02).\n"
                      "\n"
                      "Usage: certdeck                        open the app\n"
                      "       certdeck <command> [options]    run a command without a display\n"
                      "\n"
                      "Commands:\n")
                       .arg(m_env.version);
    for (const CliCommand& c : commands()) {
        text += rowHelp(c, 0);
    }
    text += tr("\n"
               "Options:\n"
               "  -h, --help        show help; after a command, that command's help\n"
               "  -v, --version     show the version\n"
               "\n"
               "Exit status: 0 success, 1 failure or problems found, 2 wrong command line.\n");
    return text;
}

int CommandLine::run(const QStringList& arguments)
{
    if (arguments.isEmpty() || isHelp(arguments.first())) {
        m_out << help();
        return ExitOk;
    }
    const QString first = arguments.first();
    if (first == u"-v" || first == u"--version") {
        m_out << QStringLiteral("certdeck %1\n").arg(m_env.version);
        return ExitOk;
    }
    // The longest row whose words start the arguments.
    const QList<CliCommand> table = commands();
    const CliCommand* match = nullptr;
    for (const CliCommand& c : table) {
        if (c.words.size() <= arguments.size() && arguments.first(c.words.size()) == c.words &&
            (!match || c.words.size() > match->words.size())) {
            match = &c;
        }
    }
    if (match) {
        return match->run(*this, arguments.mid(match->words.size()));
    }
    QStringList families;
    for (const CliCommand& c : table) {
        if (!families.contains(c.words.first())) {
            families.append(c.words.first());
        }
    }
    if (families.contains(first)) {
        return family(first, arguments.mid(1));
    }
    if (first.startsWith(u'-')) {
        return usageError(QString(), tr("unknown option '%1'").arg(first));
    }
    return usageError(
        QString(), tr("unknown command '%1' (commands: %2)").arg(first, families.join(QStringLiteral(", "))));
}

int CommandLine::family(const QString& name, const QStringList& args)
{
    QList<CliCommand> rows;
    QStringList subcommands;
    for (const CliCommand& c : commands()) {
        if (c.words.first() == name && c.words.size() > 1) {
            rows.append(c);
            subcommands.append(c.words.at(1));
        }
    }
    if (args.isEmpty()) {
        return usageError(name, tr("missing subcommand (%1)").arg(alternatives(subcommands)));
    }
    if (isHelp(args.first())) {
        m_out << tr("Usage: certdeck %1 <%2> [options]\n").arg(name, subcommands.join(u'|')) << u'\n';
        for (const CliCommand& c : std::as_const(rows)) {
            m_out << rowHelp(c, 1);
        }
        m_out << u'\n' << tr("Run 'certdeck %1 <subcommand> --help' for its options.\n").arg(name);
        return ExitOk;
    }
    return usageError(name, tr("unknown subcommand '%1' (%2)").arg(args.first(), alternatives(subcommands)));
}

} // namespace certdeck
