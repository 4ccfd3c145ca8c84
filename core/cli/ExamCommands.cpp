// `certdeck exam ...`: practice exams without the app.
#include "cli/CommandLine.h"
#include "content/ContentRepository.h"
#include "exam/ExamPaper.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdeck {

namespace {

/// A seed as a JSON number when a double holds it exactly (up to 2^53), else as a string of digits.
QJsonValue seedJson(quint64 seed)
{
    return seed <= (quint64(1) << 53) ? QJsonValue(double(seed)) : QJsonValue(QString::number(seed));
}

int generate(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("exam generate");
    const QString help = CommandLine::tr(
        "Usage: certdeck exam generate --profile ID --seed N [--json]\n"
        "\n"
        "Prints the questions of a full practice exam of profile ID (saa-c03, dva-c02) as seed N draws\n"
        "them for a learner who has answered none yet: questions per domain by the domain weights, each\n"
        "question's options in the order shown. The same seed gives the same exam.\n"
        "\n"
        "Options:\n"
        "  --profile ID  the exam profile\n"
        "  --seed N      a whole number from 0 to 18446744073709551615\n"
        "  --json        print "
        "{\"profile\",\"seed\",\"minutes\",\"questions\":[{\"id\",\"domain\",\"choose\",\n"
        "                \"options\":[option ids in the order shown]}]}; an option's id is its position\n"
        "                in the deck, from 0\n"
        "  -h, --help    show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("ID"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("N"));
    if (const int status = cli.parse(parser, command, args, {json, profileOption, seedOption}, help);
        status >= 0) {
        return status;
    }
    if (!parser.isSet(profileOption)) {
        return cli.usageError(command, CommandLine::tr("missing --profile, e.g. --profile saa-c03"));
    }
    bool seedOk = parser.isSet(seedOption);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!seedOk) {
        return cli.usageError(command,
                              CommandLine::tr("--seed must be a whole number from 0 to 18446744073709551615 "
                                              "(got '%1')")
                                  .arg(parser.value(seedOption)));
    }
    ContentRepository repo;
    if (!cli.openContent(repo)) {
        return ExitFailure;
    }
    const Result<QList<ExamProfile>> profiles = repo.examProfiles();
    const Result<QList<Question>> questions = repo.questions();
    if (!profiles || !questions) {
        return cli.failure(!profiles ? profiles.error() : questions.error());
    }
    const QString wanted = parser.value(profileOption).trimmed().toLower();
    const auto profile = std::find_if(profiles->begin(), profiles->end(),
                                      [&](const ExamProfile& p) { return p.id == wanted; });
    if (profile == profiles->end()) {
        QStringList ids;
        for (const ExamProfile& p : *profiles) {
            ids.append(p.id);
        }
        return cli.usageError(command, CommandLine::tr("no exam profile '%1' (there are: %2)")
                                           .arg(parser.value(profileOption), ids.join(QStringLiteral(", "))));
    }
    const QList<PoolQuestion> pool = ExamGenerator::poolOf(*questions, profile->id);
    // No history: the exam does not depend on when the command runs.
    const Result<ExamPaper> paper = ExamGenerator::fullExam(*profile, pool, seed, 0);
    if (!paper) {
        return cli.failure(paper.error());
    }
    if (parser.isSet(json)) {
        QJsonArray items;
        for (const ExamItem& item : paper->items) {
            QJsonArray order;
            for (const int option : item.order) {
                order.append(option);
            }
            items.append(QJsonObject{{QStringLiteral("id"), item.questionId},
                                     {QStringLiteral("domain"), item.domain},
                                     {QStringLiteral("choose"), item.choose},
                                     {QStringLiteral("options"), order}});
        }
        cli.out().json(QJsonDocument(QJsonObject{{QStringLiteral("profile"), profile->id},
                                                 {QStringLiteral("seed"), seedJson(seed)},
                                                 {QStringLiteral("minutes"), paper->minutes},
                                                 {QStringLiteral("questions"), items}}));
        return ExitOk;
    }
    //: %1 exam code; %2 number of questions; %3 minutes; %4 the seed
    cli.out() << CommandLine::tr("%1: %2 questions, %3 minutes (seed %4)")
                     .arg(profile->code)
                     .arg(paper->items.size())
                     .arg(paper->minutes)
                     .arg(seed)
              << u'\n';
    int n = 0;
    for (const ExamItem& item : paper->items) {
        QStringList letters;
        for (const int option : item.order) {
            letters.append(QString::number(option));
        }
        cli.out() << padded(QString::number(++n), 3, true) << QStringLiteral("  ")
                  << padded(item.domain, 14, false) << item.questionId << QStringLiteral("  [")
                  << letters.join(QLatin1Char(' ')) << QStringLiteral("]\n");
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> examCommands()
{
    return {{{QStringLiteral("exam"), QStringLiteral("generate")},
             QStringLiteral("--profile ID --seed N [--json]"),
             CommandLine::tr("draw a full practice exam of a profile"),
             generate}};
}

} // namespace certdeck
