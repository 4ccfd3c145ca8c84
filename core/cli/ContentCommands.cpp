// `certdeck content ...`: what the bank holds, the content lint, and the whole bank as JSON.
#include "cli/CommandLine.h"
#include "content/ContentCompiler.h"
#include "content/ContentDatabase.h"
#include "content/ContentRepository.h"
#include "util/PlainText.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace certdeck {

namespace {

QJsonObject countsJson(const ContentCounts& c)
{
    return QJsonObject{
        {QStringLiteral("cards"), c.cards},
        {QStringLiteral("questions"), c.questions},
        {QStringLiteral("multi_response_questions"), c.multiResponseQuestions},
        {QStringLiteral("limits"), c.limits},
        {QStringLiteral("formulas"), c.formulas},
        {QStringLiteral("errata"), c.errata},
        {QStringLiteral("sections"), c.sections},
        {QStringLiteral("cited_sections"), c.citedSections},
        {QStringLiteral("skipped_sections"), c.skippedSections},
        {QStringLiteral("section_coverage"), std::round(c.sectionCoverage() * 10000.0) / 10000.0}};
}

QJsonObject statsJson(const ContentStats& stats)
{
    QJsonObject perTopic;
    for (auto it = stats.perTopic.cbegin(); it != stats.perTopic.cend(); ++it) {
        perTopic.insert(it.key(), countsJson(it.value()));
    }
    QJsonObject o = countsJson(stats.total);
    o.insert(QStringLiteral("topics"), int(stats.perTopic.size()));
    o.insert(QStringLiteral("per_topic"), perTopic);

    QJsonObject profiles;
    for (const TaskCoverage& t : stats.tasks) {
        QJsonObject p = profiles.value(t.profileId).toObject();
        if (p.isEmpty()) {
            QJsonObject domains;
            int questions = 0;
            const QMap<QString, int> perDomain = stats.domainQuestions(t.profileId);
            for (auto it = perDomain.cbegin(); it != perDomain.cend(); ++it) {
                domains.insert(it.key(), it.value());
                questions += it.value();
            }
            p.insert(QStringLiteral("code"), t.profileCode);
            p.insert(QStringLiteral("questions"), questions);
            p.insert(QStringLiteral("domains"), domains);
        }
        QJsonObject task{{QStringLiteral("id"), t.taskId},
                         {QStringLiteral("domain"), t.domainId},
                         {QStringLiteral("name"), t.taskName},
                         {QStringLiteral("questions"), t.questions}};
        QJsonArray tasks = p.value(QStringLiteral("tasks")).toArray();
        tasks.append(task);
        p.insert(QStringLiteral("tasks"), tasks);
        QJsonArray uncovered = p.value(QStringLiteral("uncovered_tasks")).toArray();
        if (t.questions == 0) {
            uncovered.append(
                QJsonObject{{QStringLiteral("id"), t.taskId}, {QStringLiteral("name"), t.taskName}});
        }
        p.insert(QStringLiteral("uncovered_tasks"), uncovered);
        profiles.insert(t.profileId, p);
    }
    o.insert(QStringLiteral("profiles"), profiles);

    const QuestionFigures& q = stats.quality;
    auto rounded = [](double v) { return std::round(v * 10000.0) / 10000.0; };
    o.insert(QStringLiteral("quality"),
             QJsonObject{{QStringLiteral("scenario_share"), rounded(q.scenarioShare())},
                         {QStringLiteral("recall_share"), rounded(q.recallShare())},
                         {QStringLiteral("single_answer_questions"), q.singleAnswer},
                         {QStringLiteral("correct_sole_longest_share"), rounded(q.soleLongestShare())},
                         {QStringLiteral("correct_to_distractor_length"), rounded(q.lengthRatio())}});
    QJsonArray uncited;
    for (const UncitedSection& u : stats.uncitedSections) {
        uncited.append(
            QJsonObject{{QStringLiteral("topic"), u.topic},
                        {QStringLiteral("source"), QStringLiteral("%1:%2").arg(u.fileName).arg(u.line)},
                        {QStringLiteral("title"), u.title}});
    }
    o.insert(QStringLiteral("uncited_sections"), uncited);
    o.insert(QStringLiteral("content_hash"), stats.contentHash);
    return o;
}

QJsonObject sourceJson(const SourceRef& s)
{
    return QJsonObject{{QStringLiteral("file"), s.file},
                       {QStringLiteral("line"), s.line},
                       {QStringLiteral("quote"), s.quote}};
}

QJsonObject profileJson(const ExamProfile& p)
{
    QJsonArray domains;
    for (const ExamDomain& d : p.domains) {
        domains.append(QJsonObject{{QStringLiteral("id"), d.id},
                                   {QStringLiteral("name"), d.name},
                                   {QStringLiteral("weight"), d.weight}});
    }
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("code"), p.code},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("questions"), p.questionCount},
                       {QStringLiteral("minutes"), p.minutes},
                       {QStringLiteral("score"), QJsonObject{{QStringLiteral("min"), p.minScore},
                                                             {QStringLiteral("max"), p.maxScore},
                                                             {QStringLiteral("pass"), p.passScore}}},
                       {QStringLiteral("domains"), domains}};
}

QJsonObject itemJson(const Card& c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("topic"), c.topic},
                       {QStringLiteral("front"), c.front},
                       {QStringLiteral("back"), c.back},
                       {QStringLiteral("source"), sourceJson(c.source)}};
}

QJsonObject itemJson(const Question& q)
{
    QJsonArray options;
    for (const QuestionOption& o : q.options) {
        options.append(QJsonObject{{QStringLiteral("text"), o.text},
                                   {QStringLiteral("correct"), o.correct},
                                   {QStringLiteral("why"), o.why}});
    }
    QJsonObject domains;
    for (auto it = q.domains.cbegin(); it != q.domains.cend(); ++it) {
        domains.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("id"), q.id},
                       {QStringLiteral("topic"), q.topic},
                       {QStringLiteral("stem"), q.stem},
                       {QStringLiteral("choose"), q.choose},
                       {QStringLiteral("multi_response"), q.choose > 1},
                       {QStringLiteral("options"), options},
                       {QStringLiteral("explanation"), q.explanation},
                       {QStringLiteral("domains"), domains},
                       {QStringLiteral("source"), sourceJson(q.source)}};
}

QJsonObject itemJson(const Limit& l)
{
    return QJsonObject{
        {QStringLiteral("id"), l.id},
        {QStringLiteral("topic"), l.topic},
        {QStringLiteral("name"), l.name},
        {QStringLiteral("value"), l.numeric ? QJsonValue(l.value.toDouble()) : QJsonValue(l.value)},
        {QStringLiteral("unit"), l.unit},
        {QStringLiteral("note"), l.note},
        {QStringLiteral("source"), sourceJson(l.source)}};
}

QJsonObject itemJson(const Formula& f)
{
    QJsonArray where;
    for (const auto& [variable, meaning] : f.where) {
        where.append(
            QJsonObject{{QStringLiteral("variable"), variable}, {QStringLiteral("meaning"), meaning}});
    }
    return QJsonObject{{QStringLiteral("id"), f.id},
                       {QStringLiteral("topic"), f.topic},
                       {QStringLiteral("name"), f.name},
                       {QStringLiteral("expression"), f.expression},
                       {QStringLiteral("where"), where},
                       {QStringLiteral("example"), f.example},
                       {QStringLiteral("source"), sourceJson(f.source)}};
}

QJsonObject itemJson(const Erratum& e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},     {QStringLiteral("topic"), e.topic},
                       {QStringLiteral("says"), e.says}, {QStringLiteral("correct"), e.correct},
                       {QStringLiteral("ref"), e.ref},   {QStringLiteral("source"), sourceJson(e.source)}};
}

/// Adds `key`: the JSON of every item a reader returns; false (with `error`) when the reader failed.
template <class T>
bool addAll(QJsonObject& bank, const QString& key, const Result<QList<T>>& items, QString* error)
{
    if (!items) {
        *error = items.error();
        return false;
    }
    QJsonArray array;
    for (const T& item : *items) {
        array.append(itemJson(item));
    }
    bank.insert(key, array);
    return true;
}

int stats(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("content stats");
    const QString help = CommandLine::tr(
        "Usage: certdeck content stats [--json]\n"
        "\n"
        "Counts of topics, note sections, cards, questions (and multi-response questions),\n"
        "limits, formulas and errata, in all and per topic, with the share of note sections that\n"
        "some item cites (section_coverage, 0 to 1) and the sections a deck skips on purpose;\n"
        "questions per exam domain and task statement, and the task statements no question\n"
        "covers; the quality figures of the questions (scenario and recall shares, how often the\n"
        "correct option is the longest); the note sections nothing cites.\n"
        "\n"
        "Options:\n"
        "  --json        print JSON\n"
        "  -h, --help    show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (const int status = cli.parse(parser, command, args, {json}, help); status >= 0) {
        return status;
    }
    ContentRepository repo;
    if (!cli.openContent(repo)) {
        return ExitFailure;
    }
    const Result<ContentStats> stats = repo.stats();
    if (!stats) {
        return cli.failure(stats.error());
    }
    if (parser.isSet(json)) {
        cli.out().json(QJsonDocument(statsJson(*stats)));
        return ExitOk;
    }
    const QStringList headers{
        CommandLine::tr("topic"),  CommandLine::tr("sections"),  CommandLine::tr("cited"),
        CommandLine::tr("cards"),  CommandLine::tr("questions"), CommandLine::tr("multi"),
        CommandLine::tr("limits"), CommandLine::tr("formulas"),  CommandLine::tr("errata")};
    auto row = [&](const QString& name, const ContentCounts& c) {
        QString line = padded(name, 16, false);
        for (const int n : {c.sections, c.citedSections, c.cards, c.questions, c.multiResponseQuestions,
                            c.limits, c.formulas, c.errata}) {
            line += padded(QString::number(n), 10, true);
        }
        cli.out() << line << u'\n';
    };
    QString head = padded(headers.first(), 16, false);
    for (qsizetype i = 1; i < headers.size(); ++i) {
        head += padded(headers[i], 10, true);
    }
    cli.out() << head << u'\n';
    for (auto it = stats->perTopic.cbegin(); it != stats->perTopic.cend(); ++it) {
        row(it.key(), it.value());
    }
    row(CommandLine::tr("all"), stats->total);
    cli.out() << CommandLine::tr("%1 topics; %2% of note sections are cited by some item, %3 skipped.")
                     .arg(stats->perTopic.size())
                     .arg(stats->total.sectionCoverage() * 100.0, 0, 'f', 1)
                     .arg(stats->total.skippedSections)
              << u'\n';
    QString profile;
    QStringList uncovered;
    for (const TaskCoverage& t : stats->tasks) {
        if (t.profileId != profile) {
            profile = t.profileId;
            QStringList domains;
            int total = 0;
            const QMap<QString, int> perDomain = stats->domainQuestions(profile);
            for (auto it = perDomain.cbegin(); it != perDomain.cend(); ++it) {
                domains.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
                total += it.value();
            }
            //: %1 exam code, %2 question count, %3 "domain count, domain count, ..."
            cli.out() << CommandLine::tr("%1: %2 questions (%3)")
                             .arg(t.profileCode)
                             .arg(total)
                             .arg(domains.join(QStringLiteral(", ")))
                      << u'\n';
        }
        if (t.questions == 0) {
            uncovered.append(QStringLiteral("  %1 %2 %3").arg(t.profileCode, t.taskId, t.taskName));
        }
    }
    if (!uncovered.isEmpty()) {
        cli.out() << CommandLine::tr("Task statements no question covers (the notes do not touch them):")
                  << u'\n' << uncovered.join(u'\n') << u'\n';
    }
    const QuestionFigures& q = stats->quality;
    cli.out() << CommandLine::tr(
                     "Questions: %1% scenarios, %2% recall; the correct option is the only longest "
                     "in %3% of single-answer questions and %4 times as long as a distractor on "
                     "average.")
                     .arg(q.scenarioShare() * 100.0, 0, 'f', 0)
                     .arg(q.recallShare() * 100.0, 0, 'f', 0)
                     .arg(q.soleLongestShare() * 100.0, 0, 'f', 0)
                     .arg(q.lengthRatio(), 0, 'f', 2)
              << u'\n';
    return ExitOk;
}

int check(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("content check");
    const QString help =
        CommandLine::tr(
            "Usage: certdeck content check [DIR]\n"
            "\n"
            "Lints a content folder (notes/, decks/, topics.yaml, exams.yaml) the way the build does:\n"
            "YAML syntax, known keys, ids, required fields, answer sets, exam domains, and every\n"
            "source quote found on exactly one line of the notes. Prints file:line: message for\n"
            "each problem on stderr and exits 1 when there is any.\n"
            "DIR defaults to %1\n"
            "\n"
            "Options:\n"
            "  -h, --help    show this help\n")
            .arg(cli.env().contentSourceDir);
    QCommandLineParser parser;
    if (const int status = cli.parse(parser, command, args, {}, help, true); status >= 0) {
        return status;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return cli.usageError(command, CommandLine::tr("expected at most one folder"));
    }
    const QString dir = positional.value(0, cli.env().contentSourceDir);
    if (!QFileInfo(dir).isDir()) {
        cli.err() << CommandLine::tr("certdeck: no content folder at %1").arg(PlainText::printable(dir))
                  << u'\n';
        return ExitFailure;
    }
    const ContentSources sources = ContentSources::fromDirectory(dir);
    const CompileResult result = ContentCompiler::load(sources);
    for (const Diagnostic& d : result.diagnostics) {
        cli.err() << d.toString() << u'\n';
    }
    int items = 0;
    for (const Deck& deck : result.bank.decks) {
        items += int(deck.cards.size() + deck.questions.size() + deck.limits.size() + deck.formulas.size() +
                     deck.errata.size());
    }
    const QString summary = CommandLine::tr("%1: %2 notes file(s), %3 deck(s), %4 item(s), %5 problem(s)")
                                .arg(PlainText::printable(sources.root))
                                .arg(sources.noteFiles.size())
                                .arg(sources.deckFiles.size())
                                .arg(items)
                                .arg(result.diagnostics.size());
    if (result.ok()) {
        cli.out() << summary << u'\n';
        return ExitOk;
    }
    cli.err() << summary << u'\n';
    return ExitFailure;
}

int exportBank(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("content export");
    const QString help = CommandLine::tr(
        "Usage: certdeck content export --format json\n"
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
    if (const int status = cli.parse(parser, command, args, {format}, help); status >= 0) {
        return status;
    }
    if (parser.value(format) != u"json") {
        return cli.usageError(
            command, CommandLine::tr("unsupported format '%1' (supported: json)").arg(parser.value(format)));
    }
    ContentRepository repo;
    if (!cli.openContent(repo)) {
        return ExitFailure;
    }
    QJsonObject bank{{QStringLiteral("schema_version"), ContentDatabase::kSchemaVersion},
                     {QStringLiteral("content_hash"), repo.contentHash()}};
    const Result<QList<ExamProfile>> profiles = repo.examProfiles();
    const Result<QList<TopicRow>> topics = repo.topics();
    if (!profiles || !topics) {
        return cli.failure(profiles ? topics.error() : profiles.error());
    }
    QJsonArray profileArray;
    for (const ExamProfile& p : *profiles) {
        profileArray.append(profileJson(p));
    }
    bank.insert(QStringLiteral("exam_profiles"), profileArray);
    QJsonArray topicArray;
    for (const TopicRow& t : *topics) {
        topicArray.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title}});
    }
    bank.insert(QStringLiteral("topics"), topicArray);
    QString error;
    if (!addAll(bank, QStringLiteral("cards"), repo.cards(), &error) ||
        !addAll(bank, QStringLiteral("questions"), repo.questions(), &error) ||
        !addAll(bank, QStringLiteral("limits"), repo.limits(), &error) ||
        !addAll(bank, QStringLiteral("formulas"), repo.formulas(), &error) ||
        !addAll(bank, QStringLiteral("errata"), repo.errata(), &error)) {
        return cli.failure(error);
    }
    cli.out().json(QJsonDocument(bank));
    return ExitOk;
}

} // namespace

QList<CliCommand> contentCommands()
{
    return {
        {{QStringLiteral("content"), QStringLiteral("stats")},
         QStringLiteral("[--json]"),
         CommandLine::tr("counts per topic, and the share of the notes cited"),
         stats},
        {{QStringLiteral("content"), QStringLiteral("check")},
         QStringLiteral("[DIR]"),
         CommandLine::tr("lint the content sources (file:line: problem)"),
         check},
        {{QStringLiteral("content"), QStringLiteral("export")},
         QStringLiteral("--format json"),
         CommandLine::tr("the whole bank as JSON"),
         exportBank},
    };
}

} // namespace certdeck
