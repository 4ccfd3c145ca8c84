// The FSRS scheduler: every step of the golden histories in tests/data/fsrs (scheduled by ts-fsrs 5.4.2)
// comes out the same, and the rules a learner meets at each review hold (a lapse, the learning steps, the
// maximum interval, fuzz, desired retention).

#include "review/Fsrs.h"

#include "TestSupport.h"
#include "review/Replay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <sstream>

using namespace certdeck;

namespace {

constexpr qint64 kMinute = 60;

QDateTime utc(const char* iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return time.toUTC();
}

QString isoSeconds(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

FsrsParameters withoutFuzz()
{
    FsrsParameters parameters;
    parameters.fuzz = false;
    return parameters;
}

/// A card that has graduated to Review: Good on its two learning steps, then Good at each due time.
CardSchedule reviewCard(const FsrsScheduler& scheduler, const QDateTime& start, int goodReviews)
{
    CardSchedule card = scheduler.review(FsrsScheduler::newCard(start), start, Rating::Good);
    card = scheduler.review(card, card.due, Rating::Good);
    for (int i = 0; i < goodReviews; ++i) {
        card = scheduler.review(card, card.due, Rating::Good);
    }
    return card;
}

QJsonArray readCards(const QString& name)
{
    const QByteArray bytes = test::readFile(QStringLiteral(CERTDECK_TEST_DATA_DIR "/fsrs/") + name);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError)
        << name.toStdString() << ": " << error.errorString().toStdString();
    return document.object().value(QStringLiteral("cards")).toArray();
}

TEST(FsrsGolden, EveryStepAgreesWithTsFsrs)
{
    const QJsonArray histories = readCards(QStringLiteral("histories.json"));
    const QJsonArray expected = readCards(QStringLiteral("expected.json"));
    ASSERT_GT(histories.size(), 150);
    ASSERT_EQ(histories.size(), expected.size());

    int steps = 0;
    int mismatches = 0;
    for (qsizetype c = 0; c < histories.size() && mismatches < 20; ++c) {
        const QJsonObject history = histories.at(c).toObject();
        const QJsonObject want = expected.at(c).toObject();
        const QString id = history.value(QStringLiteral("id")).toString();
        ASSERT_EQ(id, want.value(QStringLiteral("id")).toString());

        QList<ReviewEvent> reviews;
        for (const QJsonValue value : history.value(QStringLiteral("reviews")).toArray()) {
            const QJsonObject review = value.toObject();
            const int rating = review.value(QStringLiteral("rating")).toInt();
            ASSERT_TRUE(rating >= 1 && rating <= 4) << id.toStdString();
            const QDateTime at =
                QDateTime::fromString(review.value(QStringLiteral("at")).toString(), Qt::ISODate).toUTC();
            ASSERT_TRUE(at.isValid()) << id.toStdString();
            reviews.append({at, static_cast<Rating>(rating)});
        }
        const QList<CardSchedule> got = replayReviews(reviews);
        const QJsonArray wantSteps = want.value(QStringLiteral("steps")).toArray();
        ASSERT_EQ(got.size(), wantSteps.size()) << id.toStdString();

        for (qsizetype i = 0; i < got.size(); ++i) {
            ++steps;
            const CardSchedule& card = got.at(i);
            const QJsonObject step = wantSteps.at(i).toObject();
            std::ostringstream diff;
            diff.precision(12);
            const auto compare = [&diff](const char* field, const auto& ours, const auto& theirs, bool same) {
                if (!same) {
                    diff << "\n  " << field << ": ours " << ours << ", ts-fsrs " << theirs;
                }
            };
            const QString state = step.value(QStringLiteral("state")).toString();
            compare("state", stateName(card.state).toStdString(), state.toStdString(),
                    stateName(card.state) == state);
            const QString due = step.value(QStringLiteral("due")).toString();
            compare("due", isoSeconds(card.due).toStdString(), due.toStdString(),
                    isoSeconds(card.due) == due);
            const double stability = step.value(QStringLiteral("stability")).toDouble();
            compare("stability", card.stability, stability, std::abs(card.stability - stability) <= 1e-4);
            const double difficulty = step.value(QStringLiteral("difficulty")).toDouble();
            compare("difficulty", card.difficulty, difficulty,
                    std::abs(card.difficulty - difficulty) <= 1e-4);
            const auto integer = [&](const char* field, int ours) {
                const int theirs = step.value(QString::fromLatin1(field)).toInt(-1);
                compare(field, ours, theirs, ours == theirs);
            };
            integer("reps", card.reps);
            integer("lapses", card.lapses);
            integer("elapsed_days", card.elapsedDays);
            integer("scheduled_days", card.scheduledDays);
            integer("learning_steps", card.learningSteps);
            compare("last_review", isoSeconds(card.lastReview).toStdString(),
                    isoSeconds(reviews.at(i).at).toStdString(), card.lastReview == reviews.at(i).at);
            if (!diff.str().empty()) {
                ++mismatches;
                ADD_FAILURE() << "card " << id.toStdString() << ", step " << i << " (review at "
                              << isoSeconds(reviews.at(i).at).toStdString() << ", rating "
                              << static_cast<int>(reviews.at(i).rating) << "):" << diff.str();
            }
        }
    }
    EXPECT_GT(steps, 5000);
}

TEST(Fsrs, AgainOnAReviewCardIsALapseRelearnedInTenMinutes)
{
    const FsrsScheduler scheduler(withoutFuzz());
    const CardSchedule card = reviewCard(scheduler, utc("2025-03-01T08:00:00Z"), 3);
    ASSERT_EQ(card.state, CardState::Review);

    const QDateTime now = card.due.addDays(2);
    const CardSchedule lapsed = scheduler.review(card, now, Rating::Again);
    EXPECT_EQ(lapsed.state, CardState::Relearning);
    EXPECT_EQ(lapsed.lapses, card.lapses + 1);
    EXPECT_EQ(lapsed.reps, card.reps + 1);
    EXPECT_EQ(lapsed.due, now.addSecs(10 * kMinute));
    EXPECT_EQ(lapsed.scheduledDays, 0);
    EXPECT_LT(lapsed.stability, card.stability);
    EXPECT_GT(lapsed.difficulty, card.difficulty);

    const CardSchedule relearned = scheduler.review(lapsed, lapsed.due, Rating::Good);
    EXPECT_EQ(relearned.state, CardState::Review);
    EXPECT_EQ(relearned.lapses, lapsed.lapses) << "only the lapse itself counts";
    EXPECT_GE(relearned.scheduledDays, 1);
}

TEST(Fsrs, GoodFromNewTakesTheTenMinuteStepThenGraduates)
{
    const FsrsScheduler scheduler(withoutFuzz());
    const QDateTime start = utc("2025-03-01T08:00:00Z");
    const CardSchedule fresh = FsrsScheduler::newCard(start);
    EXPECT_EQ(fresh.state, CardState::New);
    EXPECT_EQ(fresh.due, start);
    EXPECT_FALSE(fresh.lastReview.isValid());

    const CardSchedule learning = scheduler.review(fresh, start, Rating::Good);
    EXPECT_EQ(learning.state, CardState::Learning);
    EXPECT_EQ(learning.learningSteps, 1);
    EXPECT_EQ(learning.due, start.addSecs(10 * kMinute));
    EXPECT_EQ(learning.lastReview, start);
    EXPECT_EQ(learning.reps, 1);

    const CardSchedule graduated = scheduler.review(learning, learning.due, Rating::Good);
    EXPECT_EQ(graduated.state, CardState::Review);
    EXPECT_EQ(graduated.learningSteps, 0);
    EXPECT_GE(graduated.scheduledDays, 1);
    EXPECT_EQ(graduated.due, learning.due.addDays(graduated.scheduledDays)) << "whole days, same time of day";

    // Again goes back to the first step (1 minute); Hard repeats the step with the mean of the two (6
    // minutes).
    const CardSchedule again = scheduler.review(learning, learning.due, Rating::Again);
    EXPECT_EQ(again.state, CardState::Learning);
    EXPECT_EQ(again.due, learning.due.addSecs(kMinute));
    const CardSchedule hard = scheduler.review(learning, learning.due, Rating::Hard);
    EXPECT_EQ(hard.learningSteps, 1);
    EXPECT_EQ(hard.due, learning.due.addSecs(6 * kMinute));
}

TEST(Fsrs, EasyFromNewGraduatesAtOnce)
{
    const FsrsScheduler scheduler(withoutFuzz());
    const QDateTime start = utc("2025-03-01T08:00:00Z");
    const CardSchedule card = scheduler.review(FsrsScheduler::newCard(start), start, Rating::Easy);
    EXPECT_EQ(card.state, CardState::Review);
    EXPECT_EQ(card.scheduledDays, 8) << "round(w3 = 8.2956) days at retention 0.9";
    EXPECT_EQ(card.due, start.addDays(8));
    EXPECT_EQ(card.lapses, 0);
}

TEST(Fsrs, TheMaximumIntervalHoldsUpToTsFsrsOrdering)
{
    // Stability never exceeds 36500 days and Hard never exceeds the maximum interval. As in ts-fsrs, Good and
    // Easy stay one and two days above Hard, so at the cap they land on 36501 and 36502 days.
    const FsrsScheduler scheduler(withoutFuzz());
    CardSchedule card = reviewCard(scheduler, utc("2025-01-01T09:00:00Z"), 0);
    for (int i = 0; i < 12; ++i) {
        card = scheduler.review(card, card.due, Rating::Easy);
        EXPECT_LE(card.stability, 36500.0);
        EXPECT_LE(card.scheduledDays, 36500 + 2);
    }
    EXPECT_EQ(card.stability, 36500.0);
    EXPECT_EQ(scheduler.review(card, card.due, Rating::Hard).scheduledDays, 36500);
    EXPECT_EQ(scheduler.review(card, card.due, Rating::Good).scheduledDays, 36501);
    EXPECT_EQ(scheduler.review(card, card.due, Rating::Easy).scheduledDays, 36502);

    // Twelve years late: scheduled from the card's memory, within the maximum.
    const CardSchedule young = reviewCard(scheduler, utc("2013-03-03T03:03:03Z"), 1);
    const CardSchedule late = scheduler.review(young, utc("2025-09-09T09:09:09Z"), Rating::Hard);
    EXPECT_LE(late.scheduledDays, 36500);

    // A learner's own maximum holds for Hard too, and a new card's Easy is capped by it.
    FsrsParameters capped = withoutFuzz();
    capped.maximumIntervalDays = 30;
    const FsrsScheduler shortScheduler(capped);
    CardSchedule shortCard = reviewCard(shortScheduler, utc("2025-01-01T09:00:00Z"), 0);
    for (int i = 0; i < 6; ++i) {
        shortCard = shortScheduler.review(shortCard, shortCard.due, Rating::Hard);
        EXPECT_LE(shortCard.scheduledDays, 30);
    }
    const QDateTime now = utc("2025-01-01T09:00:00Z");
    EXPECT_LE(shortScheduler.review(FsrsScheduler::newCard(now), now, Rating::Easy).scheduledDays, 30);
}

TEST(Fsrs, FuzzStaysInItsRangeAndFollowsTheSeed)
{
    const FsrsScheduler plain(withoutFuzz());
    const FsrsScheduler fuzzy; // fuzz is on by default
    ASSERT_TRUE(fuzzy.parameters().fuzz);
    const CardSchedule card = reviewCard(plain, utc("2025-01-01T09:00:00Z"), 2);
    const QDateTime now = card.due;
    const CardSchedule unfuzzed = plain.review(card, now, Rating::Good);
    ASSERT_GE(unfuzzed.scheduledDays, 20) << "a long interval, where fuzz spreads over several days";

    const FsrsScheduler::FuzzRange range =
        FsrsScheduler::fuzzRange(unfuzzed.scheduledDays, unfuzzed.elapsedDays, 36500);
    EXPECT_LT(range.minDays, unfuzzed.scheduledDays);
    EXPECT_GT(range.maxDays, unfuzzed.scheduledDays);

    QSet<int> seen;
    for (quint64 seed = 0; seed < 200; ++seed) {
        const CardSchedule fuzzed = fuzzy.review(card, now, Rating::Good, seed);
        EXPECT_GE(fuzzed.scheduledDays, range.minDays) << "seed " << seed;
        EXPECT_LE(fuzzed.scheduledDays, range.maxDays) << "seed " << seed;
        EXPECT_EQ(fuzzed.due, now.addDays(fuzzed.scheduledDays));
        EXPECT_EQ(fuzzed.stability, unfuzzed.stability) << "fuzz moves the date, not the memory";
        EXPECT_EQ(fuzzy.review(card, now, Rating::Good, seed).due, fuzzed.due) << "same seed, same due";
        seen.insert(fuzzed.scheduledDays);
    }
    EXPECT_EQ(seen.size(), range.maxDays - range.minDays + 1) << "every day of the range is drawn";

    // Learning steps and short intervals are never fuzzed.
    const CardSchedule fresh = FsrsScheduler::newCard(now);
    EXPECT_EQ(fuzzy.review(fresh, now, Rating::Good, 7).due, now.addSecs(10 * kMinute));
    EXPECT_EQ(fuzzy.review(fresh, now, Rating::Again, 7).due, now.addSecs(kMinute));
}

TEST(Fsrs, FuzzRangeMatchesTsFsrs)
{
    // get_fuzz_range in ts-fsrs 5.4.2, worked by hand.
    EXPECT_EQ(FsrsScheduler::fuzzRange(3, 0, 36500).minDays, 2);
    EXPECT_EQ(FsrsScheduler::fuzzRange(3, 0, 36500).maxDays, 4);
    EXPECT_EQ(FsrsScheduler::fuzzRange(10, 5, 36500).minDays, 8); // delta 1 + 0.675 + 0.3
    EXPECT_EQ(FsrsScheduler::fuzzRange(10, 5, 36500).maxDays, 12);
    EXPECT_EQ(FsrsScheduler::fuzzRange(10, 9, 36500).minDays, 10);  // never before elapsed + 1
    EXPECT_EQ(FsrsScheduler::fuzzRange(100, 0, 36500).minDays, 93); // delta 1 + 0.675 + 1.3 + 4
    EXPECT_EQ(FsrsScheduler::fuzzRange(100, 0, 36500).maxDays, 107);
    EXPECT_EQ(FsrsScheduler::fuzzRange(36500, 0, 36500).maxDays, 36500);
}

TEST(Fsrs, RecallIsTheDesiredRetentionWhenDue)
{
    const FsrsScheduler scheduler(withoutFuzz());
    const QDateTime start = utc("2025-01-01T09:00:00Z");
    EXPECT_EQ(scheduler.retrievability(FsrsScheduler::newCard(start), start), 0.0);

    CardSchedule card = reviewCard(scheduler, start, 0);
    EXPECT_EQ(scheduler.retrievability(card, card.lastReview), 1.0);
    for (int i = 0; i < 6; ++i) {
        card = scheduler.review(card, card.due, Rating::Good);
        // The interval is the stability rounded to whole days, so recall at due is 0.9 up to that rounding.
        EXPECT_NEAR(scheduler.retrievability(card, card.due), 0.9, 0.01) << "after review " << i;
        EXPECT_GT(scheduler.retrievability(card, card.due.addDays(-1)),
                  scheduler.retrievability(card, card.due));
    }
    // Whole days count: recall holds for the rest of a day and falls the day after.
    EXPECT_EQ(scheduler.retrievability(card, card.due.addSecs(3600)),
              scheduler.retrievability(card, card.due));
    EXPECT_LT(scheduler.retrievability(card, card.due.addDays(1)), scheduler.retrievability(card, card.due));
}

TEST(Fsrs, LowerDesiredRetentionGivesLongerIntervals)
{
    FsrsParameters relaxed = withoutFuzz();
    relaxed.desiredRetention = 0.8;
    FsrsParameters strict = withoutFuzz();
    strict.desiredRetention = 0.95;
    const FsrsScheduler relaxedScheduler(relaxed);
    const FsrsScheduler strictScheduler(strict);
    const FsrsScheduler defaultScheduler(withoutFuzz());

    const CardSchedule card = reviewCard(defaultScheduler, utc("2025-01-01T09:00:00Z"), 2);
    const QDateTime now = card.due;
    for (const Rating rating : {Rating::Hard, Rating::Good, Rating::Easy}) {
        const int relaxedDays = relaxedScheduler.review(card, now, rating).scheduledDays;
        const int defaultDays = defaultScheduler.review(card, now, rating).scheduledDays;
        const int strictDays = strictScheduler.review(card, now, rating).scheduledDays;
        EXPECT_GT(relaxedDays, defaultDays) << "rating " << static_cast<int>(rating);
        EXPECT_GT(defaultDays, strictDays) << "rating " << static_cast<int>(rating);
    }
    // Out-of-range retention is kept to [0.70, 0.97].
    FsrsParameters extreme;
    extreme.desiredRetention = 0.5;
    EXPECT_EQ(FsrsScheduler(extreme).parameters().desiredRetention, FsrsParameters::kMinRetention);
    extreme.desiredRetention = 1.0;
    EXPECT_EQ(FsrsScheduler(extreme).parameters().desiredRetention, FsrsParameters::kMaxRetention);
}

TEST(Fsrs, ElapsedDaysAreUtcCalendarDays)
{
    const FsrsScheduler scheduler(withoutFuzz());
    const QDateTime evening = utc("2025-01-01T23:59:59Z");
    const CardSchedule learning = scheduler.review(FsrsScheduler::newCard(evening), evening, Rating::Good);
    const CardSchedule nextDay = scheduler.review(learning, utc("2025-01-02T00:00:00Z"), Rating::Good);
    EXPECT_EQ(nextDay.elapsedDays, 1) << "one second, but across midnight UTC";

    const QDateTime morning = utc("2025-01-01T00:00:00Z");
    const CardSchedule early = scheduler.review(FsrsScheduler::newCard(morning), morning, Rating::Good);
    const CardSchedule sameDay = scheduler.review(early, utc("2025-01-01T23:59:59Z"), Rating::Good);
    EXPECT_EQ(sameDay.elapsedDays, 0) << "almost a day, but the same date";

    // A time in another zone counts by its UTC date.
    const QDateTime plusTwo = QDateTime::fromString(QStringLiteral("2025-01-02T01:00:00+02:00"), Qt::ISODate);
    EXPECT_EQ(scheduler.review(learning, plusTwo, Rating::Good).elapsedDays, 0);
    EXPECT_EQ(scheduler.review(learning, plusTwo, Rating::Good).due.timeSpec(), Qt::UTC);

    // A review dated before the last one (a clock set back) is a same-day review, not an error.
    const CardSchedule back = scheduler.review(nextDay, utc("2024-12-30T12:00:00Z"), Rating::Good);
    EXPECT_EQ(back.elapsedDays, 0);
    EXPECT_GE(back.stability, nextDay.stability);
}

TEST(Fsrs, StateNamesRoundTrip)
{
    for (const CardState state :
         {CardState::New, CardState::Learning, CardState::Review, CardState::Relearning}) {
        EXPECT_EQ(stateFromName(stateName(state)), state);
    }
    EXPECT_EQ(stateName(CardState::Relearning), QStringLiteral("relearning"));
    EXPECT_EQ(static_cast<int>(CardState::Relearning), 3) << "stored in progress.db";
    EXPECT_FALSE(stateFromName(u"Review"));
    EXPECT_FALSE(stateFromName(u""));
}

TEST(FsrsReplay, StartsFromANewCardWithFuzzOff)
{
    EXPECT_TRUE(replayReviews({}).isEmpty());
    const QDateTime start = utc("2025-01-05T09:00:00Z");
    const QList<CardSchedule> steps =
        replayReviews({{start, Rating::Easy}, {start.addDays(8), Rating::Good}});
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps.at(0).scheduledDays, 8);
    const FsrsScheduler plain(withoutFuzz());
    EXPECT_EQ(steps.at(1).due, plain.review(steps.at(0), start.addDays(8), Rating::Good).due);
    EXPECT_EQ(steps.at(1).reps, 2);
}

} // namespace
