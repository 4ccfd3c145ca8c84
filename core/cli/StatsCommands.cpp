// certdeck stats: the Stats page's numbers (and readiness) on the command line.

#include "cli/CommandLine.h"
#include "content/ContentRepository.h"
#include "progress/ProgressDatabase.h"
#include "review/ReviewSettings.h"
#include "stats/StatsStore.h"
#include "util/AppPaths.h"
#include "util/SqliteConnection.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cmath>
#include <numeric>

namespace certdeck {

namespace {

double rounded(double value, int decimals = 4)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject readinessJson(const ProfileReadiness& r)
{
    QJsonArray domains;
    for (const DomainReadiness& d : r.domains) {
        domains.append(QJsonObject{{QStringLiteral("domain"), d.domainId},
                                   {QStringLiteral("name"), d.name},
                                   {QStringLiteral("weight"), d.weight},
                                   {QStringLiteral("estimate"), rounded(d.estimate)},
                                   {QStringLiteral("sd"), rounded(d.sd)},
                                   {QStringLiteral("card_recall"), rounded(d.cardRecall)},
                                   {QStringLiteral("linked_cards"), rounded(d.linkedCards, 2)},
                                   {QStringLiteral("studied_cards"), d.studiedCards},
                                   {QStringLiteral("answers"), d.answers},
                                   {QStringLiteral("correct_answers"), d.correctAnswers}});
    }
    QJsonObject o{{QStringLiteral("code"), r.code},
                  {QStringLiteral("has_estimate"), r.hasEstimate},
                  {QStringLiteral("pass_score"), r.passScore},
                  {QStringLiteral("answers"), r.answers},
                  {QStringLiteral("studied_cards"), r.studiedCards},
                  {QStringLiteral("domains"), domains},
                  {QStringLiteral("label"), QStringLiteral("estimate")}};
    if (r.hasEstimate) {
        o.insert(QStringLiteral("score"), r.score);
        o.insert(QStringLiteral("low"), r.low);
        o.insert(QStringLiteral("high"), r.high);
        o.insert(QStringLiteral("share"), rounded(r.share));
        o.insert(QStringLiteral("pass_chance"), rounded(r.passChance));
    }
    return o;
}

QJsonObject statsJson(const StatsReport& report)
{
    const QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QJsonArray perDay, time;
    for (const StudyDayActivity& d : report.lastDays(report.days)) {
        perDay.append(QJsonObject{{QStringLiteral("date"), d.date.toString(dateFormat)},
                                  {QStringLiteral("again"), d.again},
                                  {QStringLiteral("hard"), d.hard},
                                  {QStringLiteral("good"), d.good},
                                  {QStringLiteral("easy"), d.easy},
                                  {QStringLiteral("answers"), d.answers}});
        time.append(QJsonObject{{QStringLiteral("date"), d.date.toString(dateFormat)},
                                {QStringLiteral("review_ms"), double(d.reviewMs)},
                                {QStringLiteral("question_ms"), double(d.questionMs)}});
    }
    QJsonArray forecast;
    for (const ForecastDay& d : report.forecast) {
        forecast.append(QJsonObject{{QStringLiteral("date"), d.date.toString(dateFormat)},
                                    {QStringLiteral("due"), d.due}});
    }
    QJsonArray retention;
    for (const TopicRetention& t : report.retentionByTopic) {
        retention.append(QJsonObject{{QStringLiteral("topic"), t.topicId},
                                     {QStringLiteral("reviews"), t.reviews},
                                     {QStringLiteral("recalled"), t.recalled},
                                     {QStringLiteral("retention"), rounded(t.retention())}});
    }
    QJsonObject history, readiness, accuracy;
    for (const ProfileStats& p : report.profiles) {
        QJsonArray points, domains;
        for (const ExamScorePoint& e : p.history) {
            points.append(QJsonObject{{QStringLiteral("attempt"), double(e.attemptId)},
                                      {QStringLiteral("finished_at"), e.finishedAt.toString(Qt::ISODate)},
                                      {QStringLiteral("score"), e.scaledScore},
                                      {QStringLiteral("correct"), e.correct},
                                      {QStringLiteral("total"), e.total},
                                      {QStringLiteral("passed"), e.passed}});
        }
        for (const DomainAccuracy& d : p.accuracy) {
            domains.append(QJsonObject{{QStringLiteral("domain"), d.domainId},
                                       {QStringLiteral("correct"), d.correct},
                                       {QStringLiteral("total"), d.total}});
        }
        history.insert(p.profileId, points);
        accuracy.insert(p.profileId, domains);
        readiness.insert(p.profileId, readinessJson(p.readiness));
    }
    const CardStateCounts& s = report.cardStates;
    QJsonArray calendar;
    for (const StudyDayActivity& d : report.activity) {
        if (d.studied()) {
            calendar.append(QJsonObject{{QStringLiteral("date"), d.date.toString(dateFormat)},
                                        {QStringLiteral("count"), d.reviews() + d.answers}});
        }
    }
    return QJsonObject{
        {QStringLiteral("today"), report.today.toString(dateFormat)},
        {QStringLiteral("days"), report.days},
        {QStringLiteral("reviews_per_day"), perDay},
        {QStringLiteral("study_time_per_day"), time},
        {QStringLiteral("forecast"), forecast},
        {QStringLiteral("retention_by_topic"), retention},
        {QStringLiteral("retention"),
         QJsonObject{{QStringLiteral("reviews"), report.overallRetention.reviews},
                     {QStringLiteral("recalled"), report.overallRetention.recalled}}},
        {QStringLiteral("card_states"), QJsonObject{{QStringLiteral("new"), s.fresh},
                                                    {QStringLiteral("learning"), s.learning},
                                                    {QStringLiteral("review"), s.review},
                                                    {QStringLiteral("relearning"), s.relearning},
                                                    {QStringLiteral("suspended"), s.suspended},
                                                    {QStringLiteral("leeches"), s.leeches}}},
        {QStringLiteral("streak"),
         QJsonObject{{QStringLiteral("current"), report.streak.current},
                     {QStringLiteral("longest"), report.streak.longest},
                     {QStringLiteral("studied_today"), report.streak.studiedToday}}},
        {QStringLiteral("calendar"), calendar},
        {QStringLiteral("exam_history"), history},
        {QStringLiteral("accuracy_by_domain"), accuracy},
        {QStringLiteral("readiness"), readiness},
        {QStringLiteral("total_reviews"), report.totalReviews},
        {QStringLiteral("total_answers"), report.totalAnswers},
    };
}

int stats(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("stats");
    const QString help = CommandLine::tr(
        "Usage: certdeck stats [--json] [--days N]\n"
        "\n"
        "Your study statistics, as the Stats page shows them: reviews per day by rating, cards due\n"
        "in the next 30 days, true retention per topic, card states, the streak, exam scores and\n"
        "accuracy per exam domain, and the readiness estimate per exam (an estimate of Certdeck's\n"
        "scoring, with its 80% range). Only reads your progress.\n"
        "\n"
        "Options:\n"
        "  --json        print JSON\n"
        "  --days N      the window of daily activity, retention and accuracy (1-3650, default 30)\n"
        "  -h, --help    show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QString(), QStringLiteral("N"));
    if (const int status = cli.parse(parser, command, args, {json, daysOption}, help); status >= 0) {
        return status;
    }
    int days = 30;
    if (parser.isSet(daysOption)) {
        bool ok = false;
        days = parser.value(daysOption).toInt(&ok);
        if (!ok || days < 1 || days > StatsOptions::kMaxDays) {
            return cli.usageError(
                command,
                CommandLine::tr("--days must be a whole number from 1 to %1").arg(StatsOptions::kMaxDays));
        }
    }
    ContentRepository repo;
    if (!cli.openContent(repo)) {
        return ExitFailure;
    }
    const Result<StatsContent> content = loadStatsContent(repo);
    if (!content) {
        return cli.failure(content.error());
    }
    SqliteConnection c;
    // Stats read the columns of the current schema (exam times came with version 4).
    const Result<bool> opened =
        ProgressDatabase::openForReading(cli.env().progressDatabase, c, ProgressDatabase::kSchemaVersion);
    if (!opened) {
        return cli.failure(opened.error());
    }
    const ReviewSettings settings =
        AppPaths::settingsFileIsUsable()
            ? ReviewSettings::load(QSettings(AppPaths::settingsFile(), QSettings::IniFormat))
            : ReviewSettings();
    const Result<StatsReport> read =
        readStatsReport(*content, *opened ? &c : nullptr, settings, QDateTime::currentDateTimeUtc(), days);
    if (!read) {
        return cli.failure(read.error());
    }
    const StatsReport& report = *read;
    if (parser.isSet(json)) {
        cli.out().json(QJsonDocument(statsJson(report)));
        return ExitOk;
    }
    int reviews = 0;
    for (const StudyDayActivity& d : report.lastDays(days)) {
        reviews += d.reviews();
    }
    cli.out() << CommandLine::tr("Last %n day(s):", "", days) << u' '
              << CommandLine::tr("%n review(s)", "", reviews) << u'\n';
    if (report.overallRetention.reviews > 0) {
        cli.out() << CommandLine::tr("True retention: %1% of %n review(s)", "",
                                     report.overallRetention.reviews)
                         .arg(std::lround(report.overallRetention.retention() * 100))
                  << u'\n';
    }
    cli.out() << CommandLine::tr("Due in the next 30 days: %1 (today: %2)")
                     .arg(std::accumulate(report.forecast.cbegin(), report.forecast.cend(), 0,
                                          [](int n, const ForecastDay& d) { return n + d.due; }))
                     .arg(report.forecast.isEmpty() ? 0 : report.forecast.first().due)
              << u'\n' << CommandLine::tr("Streak: %n day(s)", "", report.streak.current) << u'\n';
    for (const ProfileStats& p : report.profiles) {
        const ProfileReadiness& r = p.readiness;
        if (r.hasEstimate) {
            //: %1 exam code, %2 estimated score, %3-%4 its 80% range, %5 pass chance in percent
            cli.out() << CommandLine::tr(
                             "%1 readiness (estimate): %2, likely %3 to %4; chance to pass about %5%")
                             .arg(r.code)
                             .arg(r.score)
                             .arg(r.low)
                             .arg(r.high)
                             .arg(std::lround(r.passChance * 100))
                      << u'\n';
        } else {
            cli.out() << CommandLine::tr("%1 readiness: no estimate yet (study cards or answer questions)")
                             .arg(r.code)
                      << u'\n';
        }
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> statsCommands()
{
    return {{{QStringLiteral("stats")},
             QStringLiteral("[--json] [--days N]"),
             CommandLine::tr("study statistics and the readiness estimate per exam"),
             stats}};
}

} // namespace certdeck
