// The card browser's rows: content cards joined with their records, orphaned records after them, the filter
// the learner narrows them with, how far a due time is, and a card's history with the intervals it set.
#include "review/CardOverview.h"

#include "TestSupport.h"

using namespace certdeck;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Card card(const char* id, const char* topic, const char* front, const char* back = "")
{
    Card c;
    c.id = QString::fromLatin1(id);
    c.topic = QString::fromLatin1(topic);
    c.front = QString::fromLatin1(front);
    c.back = QString::fromLatin1(back);
    return c;
}

CardRecord record(const char* id, CardState state, const QDateTime& due)
{
    CardRecord r;
    r.cardId = QString::fromLatin1(id);
    r.schedule.state = state;
    r.schedule.due = due;
    r.schedule.stability = 4.5;
    r.schedule.difficulty = 6.25;
    r.schedule.reps = 3;
    r.schedule.lapses = 1;
    r.schedule.lastReview = due.addDays(-4);
    r.stored = true;
    return r;
}

QStringList ids(const QList<CardOverviewRow>& rows)
{
    QStringList out;
    for (const CardOverviewRow& r : rows) {
        out.append(r.id);
    }
    return out;
}

class CardOverviewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        cards = {card("sqs.visibility", "sqs", "Default SQS visibility timeout?", "30 seconds"),
                 card("sqs.fifo", "sqs", "FIFO throughput?", "300 messages per second"),
                 card("dynamodb.rcu", "dynamodb", "What is one RCU?", "One strongly consistent read"),
                 card("dynamodb.wcu", "dynamodb", "What is one WCU?", "One write of up to 1 KB"),
                 card("s3.classes", "s3", "Cheapest S3 class for archives?", "Glacier Deep Archive")};
        records.insert(QStringLiteral("sqs.fifo"),
                       record("sqs.fifo", CardState::Review, utc("2026-11-25T09:00:00Z")));
        CardRecord relearning = record("dynamodb.rcu", CardState::Relearning, utc("2026-11-22T09:10:00Z"));
        records.insert(relearning.cardId, relearning);
        CardRecord leech = record("dynamodb.wcu", CardState::Review, utc("2026-11-20T09:00:00Z"));
        leech.suspended = true;
        leech.leech = true;
        leech.schedule.lapses = CardRecord::kLeechLapses;
        records.insert(leech.cardId, leech);
        CardRecord buried = record("s3.classes", CardState::Learning, utc("2026-11-22T09:01:00Z"));
        buried.buriedUntil = utc("2026-11-23T04:00:00Z");
        records.insert(buried.cardId, buried);
        records.insert(QStringLiteral("zz.removed"),
                       record("zz.removed", CardState::Review, utc("2026-12-01T09:00:00Z")));
        records.insert(QStringLiteral("aa.renamed"),
                       record("aa.renamed", CardState::Review, utc("2026-12-02T09:00:00Z")));
    }

    QList<CardOverviewRow> rows() const { return cardOverview(cards, records, now); }

    QList<Card> cards;
    QHash<QString, CardRecord> records;
    QDateTime now = utc("2026-11-22T09:00:00Z");
};

TEST_F(CardOverviewTest, ContentCardsInDeckOrderThenOrphanedRecordsById)
{
    const QList<CardOverviewRow> all = rows();
    EXPECT_EQ(ids(all), (QStringList{QStringLiteral("sqs.visibility"), QStringLiteral("sqs.fifo"),
                                     QStringLiteral("dynamodb.rcu"), QStringLiteral("dynamodb.wcu"),
                                     QStringLiteral("s3.classes"), QStringLiteral("aa.renamed"),
                                     QStringLiteral("zz.removed")}));
    for (qsizetype i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].orphaned, i >= cards.size()) << all[i].id.toStdString();
    }
    const CardOverviewRow& orphan = all[5];
    EXPECT_TRUE(orphan.topic.isEmpty());
    EXPECT_TRUE(orphan.front.isEmpty());
    EXPECT_TRUE(orphan.stored);
    EXPECT_EQ(orphan.state, CardState::Review);
    EXPECT_EQ(orphan.due, utc("2026-12-02T09:00:00Z")) << "an orphan keeps its schedule";
}

TEST_F(CardOverviewTest, ACardWithoutARecordIsNewAndNotDue)
{
    const CardOverviewRow fresh = rows().first();
    EXPECT_EQ(fresh.topic, QStringLiteral("sqs"));
    EXPECT_EQ(fresh.front, QStringLiteral("Default SQS visibility timeout?"));
    EXPECT_EQ(fresh.back, QStringLiteral("30 seconds"));
    EXPECT_EQ(fresh.state, CardState::New);
    EXPECT_FALSE(fresh.due.isValid());
    EXPECT_FALSE(fresh.lastReview.isValid());
    EXPECT_EQ(fresh.retrievability, 0.0);
    EXPECT_FALSE(fresh.stored || fresh.suspended || fresh.leech || fresh.buried || fresh.orphaned);

    // A new card suspended before it was studied has a record but still no due time.
    CardRecord suspended;
    suspended.cardId = QStringLiteral("sqs.visibility");
    suspended.schedule = FsrsScheduler::newCard(now);
    suspended.suspended = true;
    suspended.stored = true;
    records.insert(suspended.cardId, suspended);
    const CardOverviewRow row = rows().first();
    EXPECT_TRUE(row.stored && row.suspended);
    EXPECT_EQ(row.state, CardState::New);
    EXPECT_FALSE(row.due.isValid());
}

TEST_F(CardOverviewTest, ARecordGivesItsScheduleAndFlagsAndRecallIsTakenNow)
{
    const QList<CardOverviewRow> all = rows();
    const CardOverviewRow& fifo = all[1];
    EXPECT_EQ(fifo.state, CardState::Review);
    EXPECT_EQ(fifo.due, utc("2026-11-25T09:00:00Z"));
    EXPECT_EQ(fifo.lastReview, utc("2026-11-21T09:00:00Z"));
    EXPECT_DOUBLE_EQ(fifo.stability, 4.5);
    EXPECT_DOUBLE_EQ(fifo.difficulty, 6.25);
    EXPECT_EQ(fifo.reps, 3);
    EXPECT_EQ(fifo.lapses, 1);
    EXPECT_DOUBLE_EQ(fifo.retrievability,
                     FsrsScheduler().retrievability(records[QStringLiteral("sqs.fifo")].schedule, now));
    EXPECT_GT(fifo.retrievability, 0.9) << "one day after the review, stability 4.5 days";

    EXPECT_TRUE(all[3].leech && all[3].suspended);
    EXPECT_TRUE(all[4].buried) << "buried until tomorrow's study day";
    now = utc("2026-11-23T04:00:00Z");
    EXPECT_FALSE(rows()[4].buried) << "the burial ends when the next study day begins";
    now = utc("2026-11-24T09:00:00Z");
    EXPECT_LT(rows()[1].retrievability, fifo.retrievability) << "recall falls as whole days pass";
}

TEST_F(CardOverviewTest, TextMatchesFrontBackAndIdWhateverTheCase)
{
    const QList<CardOverviewRow> all = rows();
    auto matching = [&](const char* text) {
        CardOverviewFilter f;
        f.text = QString::fromLatin1(text);
        return ids(filterCardOverview(all, f));
    };
    EXPECT_EQ(matching("visibility TIMEOUT"), QStringList{QStringLiteral("sqs.visibility")}) << "front";
    EXPECT_EQ(matching("deep archive"), QStringList{QStringLiteral("s3.classes")}) << "back";
    EXPECT_EQ(matching("DYNAMODB."),
              (QStringList{QStringLiteral("dynamodb.rcu"), QStringLiteral("dynamodb.wcu")}))
        << "id";
    EXPECT_EQ(matching("zz.rem"), QStringList{QStringLiteral("zz.removed")}) << "an orphan by its id";
    EXPECT_EQ(matching(""), ids(all));
    EXPECT_TRUE(matching("no such words").isEmpty());
}

TEST_F(CardOverviewTest, TopicKeepsThatTopicsCardsAndNoOrphans)
{
    CardOverviewFilter f;
    f.topic = QStringLiteral("dynamodb");
    EXPECT_EQ(ids(filterCardOverview(rows(), f)),
              (QStringList{QStringLiteral("dynamodb.rcu"), QStringLiteral("dynamodb.wcu")}));
    f.text = QStringLiteral("wcu");
    EXPECT_EQ(ids(filterCardOverview(rows(), f)), QStringList{QStringLiteral("dynamodb.wcu")})
        << "every part of the filter must pass";
    f.topic = QStringLiteral("sqs");
    EXPECT_TRUE(filterCardOverview(rows(), f).isEmpty());
}

TEST_F(CardOverviewTest, StateFiltersLookAtOneFactEach)
{
    const QList<CardOverviewRow> all = rows();
    auto matching = [&](CardStateFilter state) {
        CardOverviewFilter f;
        f.state = state;
        EXPECT_EQ(f.isEmpty(), state == CardStateFilter::All);
        return ids(filterCardOverview(all, f));
    };
    EXPECT_EQ(matching(CardStateFilter::All), ids(all));
    EXPECT_EQ(matching(CardStateFilter::New), QStringList{QStringLiteral("sqs.visibility")});
    EXPECT_EQ(matching(CardStateFilter::Learning),
              (QStringList{QStringLiteral("dynamodb.rcu"), QStringLiteral("s3.classes")}))
        << "relearning counts as learning";
    EXPECT_EQ(matching(CardStateFilter::Review),
              (QStringList{QStringLiteral("sqs.fifo"), QStringLiteral("dynamodb.wcu"),
                           QStringLiteral("aa.renamed"), QStringLiteral("zz.removed")}))
        << "a suspended review card is still a review card";
    EXPECT_EQ(matching(CardStateFilter::Suspended), QStringList{QStringLiteral("dynamodb.wcu")});
    EXPECT_EQ(matching(CardStateFilter::Leeches), QStringList{QStringLiteral("dynamodb.wcu")});
    EXPECT_EQ(matching(CardStateFilter::Buried), QStringList{QStringLiteral("s3.classes")});
}

TEST(DueDistance, TheLargestWholeUnitEitherWay)
{
    const QDateTime now = utc("2026-11-22T09:00:00Z");
    struct Case {
        qint64 seconds;
        DueDistance::Unit unit;
        qint64 count;
        bool overdue;
    };
    using U = DueDistance::Unit;
    const QList<Case> cases{
        {0, U::Now, 0, false},
        {59, U::Now, 0, false},
        {-59, U::Now, 0, false},
        {60, U::Minutes, 1, false},
        {-10 * 60, U::Minutes, 10, true},
        {59 * 60 + 59, U::Minutes, 59, false},
        {3600, U::Hours, 1, false},
        {-(23 * 3600 + 3599), U::Hours, 23, true},
        {86400, U::Days, 1, false},
        {3 * 86400 + 7200, U::Days, 3, false},
        {-2 * 86400 - 1, U::Days, 2, true},
        {400 * 86400, U::Days, 400, false},
    };
    for (const Case& c : cases) {
        const DueDistance d = dueDistance(now.addSecs(c.seconds), now);
        EXPECT_EQ(d.unit, c.unit) << c.seconds;
        EXPECT_EQ(d.count, c.count) << c.seconds;
        EXPECT_EQ(d.overdue, c.overdue) << c.seconds;
    }
}

TEST(CardHistory, EachReviewWithTheIntervalItSet)
{
    FsrsParameters parameters;
    parameters.fuzz = false;
    const FsrsScheduler scheduler(parameters);
    const QList<std::pair<const char*, Rating>> grades{{"2026-11-01T09:00:00Z", Rating::Good},
                                                       {"2026-11-01T09:10:00Z", Rating::Good},
                                                       {"2026-11-04T10:00:00Z", Rating::Again}};
    CardRecord current;
    current.cardId = QStringLiteral("sqs.fifo");
    current.schedule = FsrsScheduler::newCard(utc("2026-11-01T09:00:00Z"));
    QList<ReviewLogEntry> log;
    QList<CardSchedule> after;
    for (const auto& [at, rating] : grades) {
        ReviewLogEntry e;
        e.cardId = current.cardId;
        e.at = utc(at);
        e.rating = rating;
        e.before = current.schedule;
        log.append(e);
        current.schedule = scheduler.review(current.schedule, e.at, rating);
        after.append(current.schedule);
    }
    current.stored = true;

    const QList<CardHistoryRow> history = cardHistory(log, current);
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history[0].stateBefore, CardState::New);
    EXPECT_EQ(history[0].rating, Rating::Good);
    EXPECT_EQ(history[0].at, utc("2026-11-01T09:00:00Z"));
    EXPECT_EQ(history[0].intervalMs, std::optional<qint64>(10 * 60'000)) << "the 10-minute step";
    EXPECT_EQ(history[1].stateBefore, CardState::Learning);
    EXPECT_EQ(history[1].intervalMs, log[1].at.msecsTo(after[1].due));
    EXPECT_EQ(*history[1].intervalMs % 86'400'000, 0) << "graduated: whole days";
    EXPECT_EQ(history[2].stateBefore, CardState::Review);
    EXPECT_EQ(history[2].rating, Rating::Again);
    EXPECT_EQ(history[2].intervalMs, std::optional<qint64>(10 * 60'000))
        << "the relearning step, from the record";

    // When the record no longer belongs to the last review (changed since), that interval is unknown.
    CardRecord changed = current;
    changed.schedule.lastReview = changed.schedule.lastReview.addSecs(1);
    EXPECT_FALSE(cardHistory(log, changed).last().intervalMs.has_value());
    EXPECT_TRUE(cardHistory(log, changed)[1].intervalMs.has_value());
    EXPECT_TRUE(cardHistory({}, current).isEmpty());
}

} // namespace
