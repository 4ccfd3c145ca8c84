#include "cli/CommandLine.h"

#include "content/ContentCompiler.h"
#include "content/ContentRepository.h"
#include "lookup/LookupIndex.h"
#include "progress/ProgressDatabase.h"
#include "util/PlainText.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace certdeck {

namespace {

constexpr int kDefaultLookupLimit = 10;

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

/// `text` padded with spaces to `width` terminal cells, on the right (a column of names) or the left
/// (numbers).
QString padded(const QString& text, qsizetype width, bool alignRight)
{
    const QString spaces(std::max<qsizetype>(0, width - displayWidth(text)), u' ');
    return alignRight ? spaces + text : text + spaces;
}
constexpr int kMaxLookupLimit = 1000;

} // namespace

int CommandLine::usageError(const QString& command, const QString& message)
{
    m_err << QStringLiteral("certdeck") << (command.isEmpty() ? QString() : u' ' + command)
          << QStringLiteral(": ") << message << u'\n'
          << tr("Try 'certdeck %1--help'.").arg(command.isEmpty() ? QString() : command + u' ') << u'\n';
    m_err.flush();
    return ExitUsage;
}

bool CommandLine::openContent(ContentRepository& repo)
{
    QString error;
    if (repo.open(m_env.contentDatabase, &error)) {
        return true;
    }
    m_err << QStringLiteral("certdeck: ") << error << u'\n';
    m_err.flush();
    return false;
}

/// Parses `args` for `command` with `options`. Returns -1 to go on, or the exit status (help shown, or
/// a usage error reported).
static int parseCommand(QCommandLineParser& parser, const QStringList& args,
                        const QList<QCommandLineOption>& options, const QString& help, CliOutput& out,
                        const std::function<int(const QString&)>& usageError)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    parser.addOptions(options);
    if (!parser.parse(QStringList{QStringLiteral("certdeck")} + args)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << help;
        out.flush();
        return ExitOk;
    }
    return -1;
}

int CommandLine::run(const QStringList& arguments)
{
    const QString help =
        tr("Certdeck %1: study companion for AWS certifications (SAA-C03, DVA-C02).\n"
           "\n"
           "Usage: certdeck                        open the app\n"
           "       certdeck <command> [options]    run a command without a display\n"
           "\n"
           "Commands:\n"
           "  content stats [--json]               what the content holds per topic, and how much of the "
           "notes\n"
           "                                       its items cite\n"
           "  content check [DIR]                  lint the content sources (file:line: message per "
           "problem)\n"
           "  content export --format json         the whole bank: cards, questions, limits, formulas, "
           "errata,\n"
           "                                       exam profiles\n"
           "  lookup <query> [--json] [--limit N]  find a limit, formula, card, erratum, question or note\n"
           "  progress info [--json]               where your progress is kept and what it holds\n"
           "\n"
           "Options:\n"
           "  -h, --help        show help; after a command, that command's help\n"
           "  -v, --version     show the version\n"
           "\n"
           "Exit status: 0 success, 1 failure or problems found, 2 wrong command line.\n")
            .arg(m_env.version);

    if (arguments.isEmpty()) {
        m_out << help;
        return ExitOk;
    }
    const QString first = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (first == u"-h" || first == u"--help" || first == u"help") {
        m_out << help;
        return ExitOk;
    }
    if (first == u"-v" || first == u"--version") {
        m_out << QStringLiteral("certdeck %1\n").arg(m_env.version);
        return ExitOk;
    }
    if (first == u"content") {
        return content(rest);
    }
    if (first == u"lookup") {
        return lookup(rest);
    }
    if (first == u"progress") {
        return progress(rest);
    }
    if (first.startsWith(u'-')) {
        return usageError(QString(), tr("unknown option '%1'").arg(first));
    }
    return usageError(QString(), tr("unknown command '%1' (commands: content, lookup, progress)").arg(first));
}

int CommandLine::content(const QStringList& args)
{
    const QString help =
        tr("Usage: certdeck content <stats|check|export> [options]\n"
           "\n"
           "  stats [--json]          counts of topics, sections, cards, questions, multi-response\n"
           "                          questions, limits, formulas and errata, per topic, and the share\n"
           "                          of note sections some item cites\n"
           "  check [DIR]             lint the content sources; exit 1 with file:line messages\n"
           "  export --format json    the whole bank as JSON\n");
    if (args.isEmpty()) {
        return usageError(QStringLiteral("content"), tr("missing subcommand (stats, check or export)"));
    }
    const QString sub = args.first();
    if (sub == u"-h" || sub == u"--help") {
        m_out << help;
        return ExitOk;
    }
    if (sub == u"stats") {
        return contentStats(args.mid(1));
    }
    if (sub == u"check") {
        return contentCheck(args.mid(1));
    }
    if (sub == u"export") {
        return contentExport(args.mid(1));
    }
    return usageError(QStringLiteral("content"),
                      tr("unknown subcommand '%1' (stats, check or export)").arg(sub));
}

int CommandLine::contentStats(const QStringList& args)
{
    const QString command = QStringLiteral("content stats");
    const QString help =
        tr("Usage: certdeck content stats [--json]\n"
           "\n"
           "Counts of topics, note sections, cards, questions (and multi-response questions),\n"
           "limits, formulas and errata, in all and per topic, with the share of note sections that\n"
           "some item cites (section_coverage, 0 to 1).\n"
           "\n"
           "Options:\n"
           "  --json        print JSON\n"
           "  -h, --help    show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const int status = parseCommand(parser, args, {json}, help, m_out,
                                    [&](const QString& m) { return usageError(command, m); });
    if (status >= 0) {
        return status;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(command, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    ContentRepository repo;
    if (!openContent(repo)) {
        return ExitFailure;
    }
    const QJsonObject stats = repo.stats();
    if (parser.isSet(json)) {
        m_out.json(QJsonDocument(stats));
        return ExitOk;
    }
    static const QStringList columns{QStringLiteral("sections"),
                                     QStringLiteral("cited_sections"),
                                     QStringLiteral("cards"),
                                     QStringLiteral("questions"),
                                     QStringLiteral("multi_response_questions"),
                                     QStringLiteral("limits"),
                                     QStringLiteral("formulas"),
                                     QStringLiteral("errata")};
    const QStringList headers{tr("topic"), tr("sections"), tr("cited"),    tr("cards"), tr("questions"),
                              tr("multi"), tr("limits"),   tr("formulas"), tr("errata")};
    auto row = [&](const QString& name, const QJsonObject& o) {
        QString line = padded(name, 16, false);
        for (const QString& c : columns) {
            line += padded(QString::number(o.value(c).toInt()), 10, true);
        }
        m_out << line << u'\n';
    };
    QString head = padded(headers.first(), 16, false);
    for (qsizetype i = 1; i < headers.size(); ++i) {
        head += padded(headers[i], 10, true);
    }
    m_out << head << u'\n';
    const QJsonObject perTopic = stats.value(QStringLiteral("per_topic")).toObject();
    for (auto it = perTopic.begin(); it != perTopic.end(); ++it) {
        row(it.key(), it.value().toObject());
    }
    row(tr("all"), stats);
    m_out << tr("%1 topics; %2% of note sections are cited by some item.")
                 .arg(stats.value(QStringLiteral("topics")).toInt())
                 .arg(stats.value(QStringLiteral("section_coverage")).toDouble() * 100.0, 0, 'f', 1)
          << u'\n';
    return ExitOk;
}

int CommandLine::contentCheck(const QStringList& args)
{
    const QString command = QStringLiteral("content check");
    const QString help =
        tr("Usage: certdeck content check [DIR]\n"
           "\n"
           "Lints a content folder (notes/, decks/, topics.yaml, exams.yaml) the way the build does:\n"
           "YAML syntax, known keys, ids, required fields, answer sets, exam domains, and every\n"
           "source quote found on exactly one line of the notes. Prints file:line: message for\n"
           "each problem on stderr and exits 1 when there is any.\n"
           "DIR defaults to %1\n"
           "\n"
           "Options:\n"
           "  -h, --help    show this help\n")
            .arg(m_env.contentSourceDir);
    QCommandLineParser parser;
    const int status =
        parseCommand(parser, args, {}, help, m_out, [&](const QString& m) { return usageError(command, m); });
    if (status >= 0) {
        return status;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return usageError(command, tr("expected at most one folder"));
    }
    const QString dir = positional.value(0, m_env.contentSourceDir);
    if (!QFileInfo(dir).isDir()) {
        m_err << tr("certdeck: no content folder at %1").arg(PlainText::printable(dir)) << u'\n';
        return ExitFailure;
    }
    const ContentSources sources = ContentSources::fromDirectory(dir);
    const CompileResult result = ContentCompiler::load(sources);
    for (const Diagnostic& d : result.diagnostics) {
        m_err << d.toString() << u'\n';
    }
    int items = 0;
    for (const Deck& deck : result.bank.decks) {
        items += int(deck.cards.size() + deck.questions.size() + deck.limits.size() + deck.formulas.size() +
                     deck.errata.size());
    }
    const QString summary = tr("%1: %2 notes file(s), %3 deck(s), %4 item(s), %5 problem(s)")
                                .arg(PlainText::printable(sources.root))
                                .arg(sources.noteFiles.size())
                                .arg(sources.deckFiles.size())
                                .arg(items)
                                .arg(result.diagnostics.size());
    if (result.ok()) {
        m_out << summary << u'\n';
        return ExitOk;
    }
    m_err << summary << u'\n';
    return ExitFailure;
}

int CommandLine::contentExport(const QStringList& args)
{
    const QString command = QStringLiteral("content export");
    const QString help =
        tr("Usage: certdeck content export --format json\n"
           "\n"
           "Prints the whole bank: exam profiles, topics, cards, questions with their options,\n"
           "correct flags and whys, limits, formulas and errata, each with its source in the notes.\n"
           "\n"
           "Options:\n"
           "  --format json   output format (json is the only one)\n"
           "  -h, --help      show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("format"),
                                    QStringLiteral("json"));
    const int status = parseCommand(parser, args, {format}, help, m_out,
                                    [&](const QString& m) { return usageError(command, m); });
    if (status >= 0) {
        return status;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(command, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    if (parser.value(format) != u"json") {
        return usageError(command, tr("unsupported format '%1' (supported: json)").arg(parser.value(format)));
    }
    ContentRepository repo;
    if (!openContent(repo)) {
        return ExitFailure;
    }
    m_out.json(QJsonDocument(repo.exportBank()));
    return ExitOk;
}

int CommandLine::lookup(const QStringList& args)
{
    const QString command = QStringLiteral("lookup");
    const QString help =
        tr("Usage: certdeck lookup <query> [--json] [--limit N]\n"
           "\n"
           "Finds limits, formulas, cards, errata, questions and note sections matching the query,\n"
           "best first. Any text is a valid query.\n"
           "\n"
           "Options:\n"
           "  --json        print [{\"kind\",\"id\",\"title\",\"answer\",\"topic\",\"source\"}]\n"
           "  --limit N     at most N results (1 to %1, default %2)\n"
           "  -h, --help    show this help\n")
            .arg(kMaxLookupLimit)
            .arg(kDefaultLookupLimit);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const int status = parseCommand(parser, args, {json, limitOption}, help, m_out,
                                    [&](const QString& m) { return usageError(command, m); });
    if (status >= 0) {
        return status;
    }
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty()) {
        return usageError(command, tr("missing query, e.g. certdeck lookup \"visibility timeout\""));
    }
    int limit = kDefaultLookupLimit;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLookupLimit) {
            return usageError(command, tr("--limit must be a whole number from 1 to %1 (got '%2')")
                                           .arg(kMaxLookupLimit)
                                           .arg(parser.value(limitOption)));
        }
    }
    ContentRepository repo;
    if (!openContent(repo)) {
        return ExitFailure;
    }
    const QList<LookupResult> results = LookupIndex(repo).search(query, limit);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const LookupResult& r : results) {
            array.append(QJsonObject{{QStringLiteral("kind"), r.kind},
                                     {QStringLiteral("id"), r.id},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("answer"), r.answer},
                                     {QStringLiteral("topic"), r.topic},
                                     {QStringLiteral("source"), r.source}});
        }
        m_out.json(QJsonDocument(array));
        return ExitOk;
    }
    if (results.isEmpty()) {
        m_out << tr("No matches for \"%1\".").arg(PlainText::printable(query)) << u'\n';
        return ExitOk;
    }
    for (const LookupResult& r : results) {
        m_out << QStringLiteral("%1  %2\n").arg(r.kind.leftJustified(8), r.title);
        m_out << QString(10, u' ') << r.answer << u'\n';
        m_out << QString(10, u' ') << r.topic << QStringLiteral(" · ") << r.source << u'\n';
    }
    return ExitOk;
}

int CommandLine::progress(const QStringList& args)
{
    const QString help =
        tr("Usage: certdeck progress info [--json]\n"
           "\n"
           "  info [--json]    where your progress database is, its schema version, and how many\n"
           "                   cards, reviews and exam attempts it holds (reads only)\n");
    if (args.isEmpty()) {
        return usageError(QStringLiteral("progress"), tr("missing subcommand (info)"));
    }
    if (args.first() == u"-h" || args.first() == u"--help") {
        m_out << help;
        return ExitOk;
    }
    if (args.first() == u"info") {
        return progressInfo(args.mid(1));
    }
    return usageError(QStringLiteral("progress"), tr("unknown subcommand '%1' (info)").arg(args.first()));
}

int CommandLine::progressInfo(const QStringList& args)
{
    const QString command = QStringLiteral("progress info");
    const QString help =
        tr("Usage: certdeck progress info [--json]\n"
           "\n"
           "Reports where your progress database is, its schema version and what it holds, and\n"
           "whether Certdeck can save to it. Only reads: it never creates, upgrades or changes a\n"
           "file. A file that is not a Certdeck progress database is reported, never touched.\n"
           "Set CERTDECK_DATA_DIR to use another folder.\n"
           "\n"
           "Options:\n"
           "  --json        print JSON\n"
           "  -h, --help    show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const int status = parseCommand(parser, args, {json}, help, m_out,
                                    [&](const QString& m) { return usageError(command, m); });
    if (status >= 0) {
        return status;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(command, tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    ProgressDatabase::Summary summary;
    const ProgressDatabase::OpenResult inspected =
        ProgressDatabase::inspect(m_env.progressDatabase, &summary);
    if (!inspected.ok()) {
        m_err << QStringLiteral("certdeck: ") << inspected.message << u'\n';
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        m_out.json(QJsonDocument(QJsonObject{{QStringLiteral("path"), m_env.progressDatabase},
                                             {QStringLiteral("exists"), summary.exists},
                                             {QStringLiteral("writable"), summary.writable},
                                             {QStringLiteral("interrupted"), summary.interrupted},
                                             {QStringLiteral("schema_version"), summary.schemaVersion},
                                             {QStringLiteral("cards"), summary.cards},
                                             {QStringLiteral("reviews"), summary.reviews},
                                             {QStringLiteral("exam_attempts"), summary.examAttempts}}));
        return ExitOk;
    }
    const QString path = PlainText::printable(m_env.progressDatabase);
    if (!summary.exists) {
        m_out << tr("No progress yet: %1 does not exist. Certdeck creates it when you first open the app.\n")
                     .arg(path);
        return ExitOk;
    }
    if (summary.interrupted) {
        m_out << tr("Progress database: %1\n").arg(path)
              << tr("A change to it was cut short (Certdeck was stopped while saving). The app rolls it back "
                    "when it next opens the file; nothing else is lost.\n");
        return ExitOk;
    }
    m_out << tr("Progress database: %1\n").arg(path) << tr("Schema version: %1\n").arg(summary.schemaVersion)
          << tr("Cards with a schedule: %1\n").arg(summary.cards) << tr("Reviews: %1\n").arg(summary.reviews)
          << tr("Exam attempts: %1\n").arg(summary.examAttempts);
    if (!summary.writable) {
        m_out << tr("Certdeck cannot save to it: the file or its folder is read-only.\n");
    }
    return ExitOk;
}

} // namespace certdeck
