// Studying flashcards: the study day, today's queue, grading, undo, leeches, burying and the store beneath.
#include "review/ReviewSession.h"

#include "TestSupport.h"
#include "progress/ProgressDatabase.h"
#include "review/ReviewSettings.h"
#include "review/ReviewStore.h"
#include "review/StudyDay.h"
#include "review/StudyQueue.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace certdeck;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// --- the study day
// ------------------------------------------------------------------------------------------

struct DayCase {
    const char* zone;
    const char* at;    ///< UTC
    const char* date;  ///< the study day's local date
    const char* start; ///< UTC
    const char* end;   ///< UTC
};

TEST(StudyDay, StartsAtTheChosenLocalTimeInEveryZoneAndAcrossDaylightSaving)
{
    const QList<DayCase> cases{
        // UTC: 03:59 still belongs to yesterday's day, 04:00 starts today's.
        {"UTC", "2026-11-22T03:59:59Z", "2026-11-21", "2026-11-21T04:00:00Z", "2026-11-22T04:00:00Z"},
        {"UTC", "2026-11-22T04:00:00Z", "2026-11-22", "2026-11-22T04:00:00Z", "2026-11-23T04:00:00Z"},
        // Tokyo (UTC+9, no daylight saving): 04:00 local is 19:00 UTC the day before.
        {"Asia/Tokyo", "2026-11-22T18:59:00Z", "2026-11-22", "2026-11-21T19:00:00Z", "2026-11-22T19:00:00Z"},
        {"Asia/Tokyo", "2026-11-22T19:00:00Z", "2026-11-23", "2026-11-22T19:00:00Z", "2026-11-23T19:00:00Z"},
        // New York in winter (UTC-5): 08:30 UTC is 03:30 local, still the evening before's study day.
        {"America/New_York", "2026-11-22T08:30:00Z", "2026-11-21", "2026-11-21T09:00:00Z",
         "2026-11-22T09:00:00Z"},
        // Berlin, spring forward on 2026-03-29 (02:00 -> 03:00): the day before is 23 hours long.
        {"Europe/Berlin", "2026-03-28T12:00:00Z", "2026-03-28", "2026-03-28T03:00:00Z",
         "2026-03-29T02:00:00Z"},
        // Berlin, fall back on 2026-10-25 (03:00 -> 02:00): the day before is 25 hours long.
        {"Europe/Berlin", "2026-10-24T12:00:00Z", "2026-10-24", "2026-10-24T02:00:00Z",
         "2026-10-25T03:00:00Z"},
    };
    for (const DayCase& c : cases) {
        const QTimeZone zone(QByteArray(c.zone));
        ASSERT_TRUE(zone.isValid()) << c.zone;
        const StudyDay day = StudyDay::containing(utc(c.at), zone, QTime(4, 0));
        EXPECT_EQ(day.date.toString(Qt::ISODate).toStdString(), c.date) << c.zone << " " << c.at;
        EXPECT_EQ(day.start, utc(c.start)) << c.zone << " " << c.at;
        EXPECT_EQ(day.end, utc(c.end)) << c.zone << " " << c.at;
        EXPECT_TRUE(day.contains(utc(c.at)));
        EXPECT_EQ(day.next(zone, QTime(4, 0)).start, day.end);
    }
}

TEST(StudyDay, AStartTimeTheClocksSkipBeginsTheDayAfterTheGap)
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    // 02:30 does not exist in Berlin on 2026-03-29: that study day starts at 03:00 local (01:00 UTC).
    const StudyDay day = StudyDay::containing(utc("2026-03-29T12:00:00Z"), berlin, QTime(2, 30));
    EXPECT_EQ(day.date, QDate(2026, 3, 29));
    EXPECT_EQ(day.start, utc("2026-03-29T01:00:00Z"));
    EXPECT_EQ(day.end, utc("2026-03-30T00:30:00Z"));
}

// --- settings
// -------------------------------------------------------------------------------------------------

TEST(ReviewSettings, DefaultsRoundTripAndOutOfRangeValuesAreBroughtIntoRange)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    EXPECT_EQ(ReviewSettings::load(settings), ReviewSettings{}) << "nothing saved: the defaults";
    ReviewSettings s;
    s.desiredRetention = 0.85;
    s.newPerDay = 5;
    s.nextDayStartsAt = QTime(6, 30);
    s.save(settings);
    EXPECT_EQ(ReviewSettings::load(settings), s);
    settings.setValue(QStringLiteral("review/desired_retention"), 0.5);
    settings.setValue(QStringLiteral("review/new_per_day"), -3);
    settings.setValue(QStringLiteral("review/next_day_starts_at"), QStringLiteral("25:00"));
    const ReviewSettings loaded = ReviewSettings::load(settings);
    EXPECT_DOUBLE_EQ(loaded.desiredRetention, 0.70);
    EXPECT_EQ(loaded.newPerDay, 0);
    EXPECT_EQ(loaded.nextDayStartsAt, QTime(4, 0));
    EXPECT_DOUBLE_EQ(ReviewSettings{0.99}.fsrs().desiredRetention, 0.97);
}

// --- a session over a real progress database
// ----------------------------------------------------------------

Card card(const QString& id, const QString& topic = QStringLiteral("sqs"))
{
    Card c;
    c.id = id;
    c.topic = topic;
    c.front = QStringLiteral("Front of ") + id;
    c.back = QStringLiteral("Back of ") + id;
    return c;
}

class Session : public ::testing::Test {
protected:
    void SetUp() override
    {
        const ProgressDatabase::OpenResult opened = db.open(dir.filePath(QStringLiteral("progress.db")));
        ASSERT_TRUE(opened.ok()) << opened.message.toStdString();
        for (int i = 0; i < 30; ++i) {
            cards.append(card(QStringLiteral("sqs.c%1").arg(i, 2, 10, QLatin1Char('0'))));
        }
    }

    std::unique_ptr<ReviewSession> start(ReviewSettings settings = {})
    {
        settings.fuzz = false;
        auto s = std::make_unique<ReviewSession>(store, clock, settings, QTimeZone::utc(), 7);
        const Result<bool> started = s->start(cards);
        EXPECT_TRUE(started) << started.error().toStdString();
        return s;
    }

    QTemporaryDir dir;
    ProgressDatabase db;
    ReviewStore store{db.connection()};
    SettableClock clock{utc("2026-11-22T09:00:00Z")};
    QList<Card> cards;
};

TEST_F(Session, NewCardsComeInDeckOrderWithinTheDailyLimit)
{
    ReviewSettings settings;
    settings.newPerDay = 5;
    auto s = start(settings);
    EXPECT_EQ(s->counts().fresh, 5);
    ASSERT_TRUE(s->current());
    EXPECT_EQ(s->current()->id, QStringLiteral("sqs.c00"));
    EXPECT_FALSE(s->isRevealed());
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(s->current());
        ASSERT_TRUE(s->grade(Rating::Easy)); // Easy graduates a new card at once
    }
    EXPECT_FALSE(s->current()) << "the limit is reached: no sixth new card today";
    EXPECT_EQ(s->counts().fresh, 0);
    // A new session the same day remembers what was studied.
    EXPECT_EQ(start(settings)->counts().fresh, 0);
    // The next study day brings five more.
    clock.set(utc("2026-11-23T04:00:00Z"));
    auto tomorrow = start(settings);
    EXPECT_EQ(tomorrow->counts().fresh, 5);
    EXPECT_EQ(tomorrow->current()->id, QStringLiteral("sqs.c05"));
}

TEST_F(Session, AGradeIsStoredAtOnceWithItsLogEntry)
{
    auto s = start();
    const QString id = s->current()->id;
    const std::array<CardSchedule, 4> preview = s->preview();
    clock.advanceSeconds(12);
    ASSERT_TRUE(s->grade(Rating::Good));
    const Result<CardRecord> stored = store.record(id);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->stored);
    EXPECT_EQ(stored->schedule.state, CardState::Learning);
    EXPECT_EQ(stored->schedule.due, utc("2026-11-22T09:10:12Z")) << "Good on a new card: the 10-minute step";
    EXPECT_EQ(preview[2].state, CardState::Learning);
    const Result<QList<ReviewLogEntry>> history = store.history(id);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().rating, Rating::Good);
    EXPECT_EQ(history->first().durationMs, 12000);
    EXPECT_EQ(history->first().before.state, CardState::New);
}

TEST_F(Session, ALearningCardComesBackWhenItsStepIsOverAndNothingElseWaits)
{
    cards = cards.mid(0, 1);
    auto s = start();
    ASSERT_TRUE(s->grade(Rating::Again)); // 1-minute step
    ASSERT_TRUE(s->current()) << "alone in the queue, the card is shown ahead of its step";
    EXPECT_EQ(s->counts().learning, 1);
    clock.advanceSeconds(5);
    ASSERT_TRUE(s->grade(Rating::Good)); // 10-minute step
    clock.advanceSeconds(5);
    ASSERT_TRUE(s->grade(Rating::Good)); // graduates: due in days
    EXPECT_FALSE(s->current());
    const CardRecord graduated = *store.record(QStringLiteral("sqs.c00"));
    EXPECT_EQ(graduated.schedule.state, CardState::Review);
    const StudyDay tomorrow = s->day().next(QTimeZone::utc(), QTime(4, 0));
    EXPECT_EQ(s->summary().dueTomorrow, graduated.schedule.due < tomorrow.end ? 1 : 0)
        << "due tomorrow counts the card when its first interval ends by tomorrow's end";
    EXPECT_EQ(s->summary().grades, 3);
    EXPECT_EQ(s->summary().cards, 1);
    EXPECT_EQ(s->summary().ratings[0], 1);
    EXPECT_EQ(s->summary().ratings[2], 2);
}

TEST_F(Session, UndoTakesBackTheGradeAndItsLogEntryAndShowsTheCardAgain)
{
    auto s = start();
    const QString first = s->current()->id;
    ASSERT_TRUE(s->grade(Rating::Easy));
    const QString second = s->current()->id;
    ASSERT_TRUE(s->grade(Rating::Again));
    ASSERT_TRUE(s->canUndo());
    ASSERT_TRUE(s->undo());
    EXPECT_EQ(s->current()->id, second);
    EXPECT_FALSE(store.record(second)->stored) << "a new card is new again";
    EXPECT_TRUE(store.history(second)->isEmpty());
    ASSERT_TRUE(s->undo());
    EXPECT_EQ(s->current()->id, first);
    EXPECT_EQ(db.count(QStringLiteral("review_log")), 0);
    EXPECT_EQ(db.count(QStringLiteral("card_state")), 0);
    EXPECT_EQ(s->summary().grades, 0);
    EXPECT_FALSE(s->canUndo());
}

TEST_F(Session, AReviewCardForgottenEightTimesIsTaggedLeechAndSuspended)
{
    cards = cards.mid(0, 1);
    const QString id = cards.first().id;
    auto s = start();
    ASSERT_TRUE(s->grade(Rating::Easy)); // in review
    for (int lapse = 1; lapse <= CardRecord::kLeechLapses; ++lapse) {
        CardRecord r = *store.record(id);
        clock.set(r.schedule.due);
        s->refresh();
        ASSERT_TRUE(s->current()) << "lapse " << lapse;
        ASSERT_EQ(s->currentRecord()->schedule.state, CardState::Review);
        ASSERT_TRUE(s->grade(Rating::Again));
        r = *store.record(id);
        EXPECT_EQ(r.schedule.lapses, lapse);
        EXPECT_EQ(r.leech, lapse >= CardRecord::kLeechLapses);
        EXPECT_EQ(r.suspended, lapse >= CardRecord::kLeechLapses);
        if (r.suspended) {
            break;
        }
        // Relearn it back into review.
        clock.set(r.schedule.due);
        s->refresh();
        ASSERT_TRUE(s->grade(Rating::Good));
    }
    EXPECT_EQ(s->summary().leeches, 1);
    EXPECT_FALSE(s->current()) << "a suspended leech is not studied";
}

TEST_F(Session, ABuriedCardWaitsForTheNextStudyDayAndASuspendedOneForTheLearner)
{
    auto s = start();
    const QString buried = s->current()->id;
    ASSERT_TRUE(s->buryCurrent());
    EXPECT_NE(s->current()->id, buried);
    const QString suspended = s->current()->id;
    ASSERT_TRUE(s->suspendCurrent());
    EXPECT_NE(s->current()->id, suspended);
    EXPECT_FALSE(s->counts().fresh < 20) << "the limit is filled from the cards after them";
    clock.set(utc("2026-11-23T05:00:00Z"));
    auto next = start();
    EXPECT_EQ(next->current()->id, buried) << "buried until the next day starts";
    EXPECT_TRUE(store.record(suspended)->suspended);
}

TEST_F(Session, ReviewsDueAreCappedByTheDailyLimitOldestFirst)
{
    // 10 cards in review, due on different days up to now.
    for (int i = 0; i < 10; ++i) {
        CardRecord r;
        r.cardId = cards[i].id;
        r.schedule = FsrsScheduler::newCard(clock.now().addDays(-30));
        r.schedule.state = CardState::Review;
        r.schedule.stability = 5;
        r.schedule.difficulty = 5;
        r.schedule.reps = 3;
        r.schedule.lastReview = clock.now().addDays(-20);
        r.schedule.due = clock.now().addDays(-i);
        r.stored = true;
        ASSERT_TRUE(store.save(r));
    }
    ReviewSettings settings;
    settings.reviewsPerDay = 4;
    settings.newPerDay = 0;
    auto s = start(settings);
    EXPECT_EQ(s->counts().due, 4);
    EXPECT_EQ(s->current()->id, cards[9].id) << "the longest overdue first";
}

TEST_F(Session, ScopesSelectATopicOrTheTopicsAnExamAsksAbout)
{
    QList<Card> mixed{card(QStringLiteral("a"), QStringLiteral("sqs")),
                      card(QStringLiteral("b"), QStringLiteral("iam")),
                      card(QStringLiteral("c"), QStringLiteral("ec2"))};
    Question q;
    q.topic = QStringLiteral("iam");
    q.domains.insert(QStringLiteral("dva-c02"), QStringLiteral("security"));
    Question r;
    r.topic = QStringLiteral("ec2");
    r.domains.insert(QStringLiteral("saa-c03"), QStringLiteral("resilient"));
    const QList<Question> questions{q, r};
    EXPECT_EQ(StudyScope{}.select(mixed, questions).size(), 3);
    EXPECT_EQ(
        StudyScope({StudyScope::Kind::Topic, QStringLiteral("sqs")}).select(mixed, questions).first().id,
        QStringLiteral("a"));
    const QList<Card> dva =
        StudyScope({StudyScope::Kind::Profile, QStringLiteral("dva-c02")}).select(mixed, questions);
    ASSERT_EQ(dva.size(), 1);
    EXPECT_EQ(dva.first().id, QStringLiteral("b"));
}

TEST_F(Session, ACardRemovedFromTheContentKeepsItsHistory)
{
    auto s = start();
    const QString id = s->current()->id;
    ASSERT_TRUE(s->grade(Rating::Good));
    cards.removeFirst(); // the content no longer has it
    auto later = start();
    EXPECT_NE(later->current()->id, id);
    EXPECT_EQ(store.history(id)->size(), 1) << "its history stays in progress.db";
    EXPECT_TRUE(store.records()->contains(id));
}

} // namespace
