// `certdeck srs ...`: the FSRS scheduler without the app.
#include "cli/CommandLine.h"
#include "review/Replay.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace certdeck {

namespace {

constexpr qint64 kMaxReplayInput = qint64(64) * 1024 * 1024;

struct ReplayCard {
    QJsonValue id;
    QList<ReviewEvent> reviews;
};

/// "card c7" (or "card 3" for the third card when it has no usable id), for messages.
QString cardName(const QJsonValue& id, qsizetype index)
{
    if (id.isString() && !id.toString().isEmpty()) {
        return CommandLine::tr("card %1").arg(id.toString());
    }
    if (id.isDouble()) {
        return CommandLine::tr("card %1").arg(id.toDouble());
    }
    //: %1 is the card's position in the input, from 1
    return CommandLine::tr("card #%1 (no id)").arg(index + 1);
}

/// A time with its zone ("2025-01-05T09:00:00Z", "...+02:00", fractions of a second allowed), in UTC.
std::optional<QDateTime> parseTime(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
        return std::nullopt;
    }
    return at.toUTC();
}

/// The cards of a replay request, or the one problem that stops it, naming the card.
std::optional<QList<ReplayCard>> parseReplay(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = CommandLine::tr("standard input is not JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonValue cards = doc.object().value(QStringLiteral("cards"));
    if (!doc.isObject() || !cards.isArray()) {
        *error = CommandLine::tr("expected {\"cards\": [...]} on standard input");
        return std::nullopt;
    }
    QList<ReplayCard> result;
    const QJsonArray array = cards.toArray();
    for (qsizetype c = 0; c < array.size(); ++c) {
        const QJsonObject card = array.at(c).toObject();
        ReplayCard parsed{card.value(QStringLiteral("id")), {}};
        const QString name = cardName(parsed.id, c);
        if (!parsed.id.isString() && !parsed.id.isDouble()) {
            *error = CommandLine::tr("%1: \"id\" must be a string or a number").arg(name);
            return std::nullopt;
        }
        const QJsonValue reviews = card.value(QStringLiteral("reviews"));
        if (!reviews.isArray()) {
            *error = CommandLine::tr("%1: \"reviews\" must be a list").arg(name);
            return std::nullopt;
        }
        const QJsonArray list = reviews.toArray();
        for (qsizetype r = 0; r < list.size(); ++r) {
            const QJsonObject review = list.at(r).toObject();
            //: %1 names the card, %2 is the review's position from 1
            const QString where = CommandLine::tr("%1, review %2").arg(name).arg(r + 1);
            const QJsonValue at = review.value(QStringLiteral("at"));
            const std::optional<QDateTime> time = parseTime(at.toString());
            if (!time) {
                *error = CommandLine::tr("%1: \"at\" must be an ISO-8601 time with a zone, such as "
                                         "2025-01-05T09:00:00Z (got %2)")
                             .arg(where, at.isString() ? u'"' + at.toString().left(80) + u'"'
                                                       : CommandLine::tr("no time"));
                return std::nullopt;
            }
            const QJsonValue rating = review.value(QStringLiteral("rating"));
            const double value = rating.toDouble(-1);
            if (!rating.isDouble() || value != std::floor(value) || value < 1 || value > 4) {
                *error = CommandLine::tr("%1: \"rating\" must be 1 (again), 2 (hard), 3 (good) or 4 (easy)")
                             .arg(where);
                return std::nullopt;
            }
            if (!parsed.reviews.isEmpty() && *time < parsed.reviews.last().at) {
                *error = CommandLine::tr("%1: reviews are out of order (%2 is before %3)")
                             .arg(where, time->toString(Qt::ISODate),
                                  parsed.reviews.last().at.toString(Qt::ISODate));
                return std::nullopt;
            }
            parsed.reviews.append(ReviewEvent{*time, Rating(int(value))});
        }
        result.append(parsed);
    }
    return result;
}

QJsonObject stepJson(const CardSchedule& s)
{
    return QJsonObject{{QStringLiteral("state"), stateName(s.state)},
                       {QStringLiteral("due"), s.due.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("stability"), s.stability},
                       {QStringLiteral("difficulty"), s.difficulty},
                       {QStringLiteral("reps"), s.reps},
                       {QStringLiteral("lapses"), s.lapses},
                       {QStringLiteral("elapsed_days"), s.elapsedDays},
                       {QStringLiteral("scheduled_days"), s.scheduledDays},
                       {QStringLiteral("learning_steps"), s.learningSteps}};
}

int replay(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("srs replay");
    const QString help = CommandLine::tr(
        "Usage: certdeck srs replay --json < reviews.json\n"
        "\n"
        "Replays review histories through the FSRS-6 scheduler (default parameters, desired\n"
        "retention 0.9, learning steps 1m 10m, relearning step 10m, no fuzz) and prints the\n"
        "schedule after every review. Each card starts new at its first review.\n"
        "\n"
        "Input:  {\"cards\":[{\"id\":\"c1\",\"reviews\":[{\"at\":\"2025-01-05T09:00:00Z\",\"rating\":3}]}]}\n"
        "        ratings 1 again, 2 hard, 3 good, 4 easy; times ISO-8601 with a zone, in order\n"
        "Output: {\"cards\":[{\"id\":\"c1\",\"steps\":[{\"state\",\"due\",\"stability\",\"difficulty\",\n"
        "        \"reps\",\"lapses\",\"elapsed_days\",\"scheduled_days\",\"learning_steps\"}]}]}\n"
        "\n"
        "Input that is not valid prints one line naming the card and the problem, and exits 2.\n"
        "\n"
        "Options:\n"
        "  --json        print JSON (the only output)\n"
        "  -h, --help    show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (const int status = cli.parse(parser, command, args, {json}, help); status >= 0) {
        return status;
    }
    if (!parser.isSet(json)) {
        return cli.usageError(command, CommandLine::tr("--json is required (the output is JSON)"));
    }
    QByteArray input;
    QString error;
    if (!cli.readInput(&input, kMaxReplayInput, &error)) {
        return cli.failure(error);
    }
    const std::optional<QList<ReplayCard>> cards = parseReplay(input, &error);
    if (!cards) {
        cli.err() << QStringLiteral("certdeck srs replay: ") << error << u'\n';
        return ExitUsage;
    }
    QJsonArray out;
    for (const ReplayCard& card : *cards) {
        QJsonArray steps;
        for (const CardSchedule& s : replayReviews(card.reviews)) {
            steps.append(stepJson(s));
        }
        out.append(QJsonObject{{QStringLiteral("id"), card.id}, {QStringLiteral("steps"), steps}});
    }
    cli.out().json(QJsonDocument(QJsonObject{{QStringLiteral("cards"), out}}));
    return ExitOk;
}

} // namespace

QList<CliCommand> srsCommands()
{
    return {{{QStringLiteral("srs"), QStringLiteral("replay")},
             QStringLiteral("--json < REVIEWS"),
             CommandLine::tr("replay review histories through the FSRS scheduler"),
             replay}};
}

} // namespace certdeck
