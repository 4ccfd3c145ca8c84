// Today's flashcard queue as read from progress.db: the piles the learner sees must be exactly what the rules
// in StudyQueue.h say for every card's record, however the cards are mixed (states, due times, suspended,
// buried, never graded, out of scope). The reference below applies the rules to every record read in full.
#include "review/StudyQueue.h"

#include "progress/ProgressDatabase.h"
#include "review/ReviewStore.h"
#include "util/IdIndex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace certdeck;

namespace {

TEST(IdIndex, FindsEveryIdByItsTextOrItsUtf8AndNoOther)
{
    IdIndex index;
    QStringList ids;
    for (int i = 0; i < 20000; ++i) {
        const QString prefix = i % 3 == 0   ? QStringLiteral("sqs.card")
                               : i % 3 == 1 ? QStringLiteral("café.Ökö")
                                            : QStringLiteral("キュー.カード");
        ids.append(prefix + QString::number(i));
        index.insert(ids.last(), qint32(i));
    }
    index.insert(ids.first(), 99); // a second time: the first number stays
    EXPECT_EQ(index.size(), 20000);
    for (int i = 0; i < ids.size(); ++i) {
        ASSERT_EQ(index.value(ids[i]), i) << ids[i].toStdString();
        ASSERT_EQ(index.value(QByteArrayView(ids[i].toUtf8())), i) << ids[i].toStdString();
        ASSERT_FALSE(index.contains(QString(ids[i] + QLatin1Char('x'))));
        ASSERT_EQ(index.value(QByteArrayView((ids[i] + QLatin1Char(' ')).toUtf8()), -7), -7);
    }
    EXPECT_FALSE(IdIndex().contains(QStringLiteral("sqs.card0")));
    EXPECT_FALSE(index.contains(QString()));
}

const QDateTime kNow = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

/// The rules of StudyQueue.h applied to every record, the slow and obvious way.
StudyQueue reference(const QHash<QString, CardRecord>& records, const QStringList& scope,
                     const QDateTime& now, const StudyDay& day, StudyLimits limits, StudyCounts done)
{
    auto studyable = [&](const CardRecord& r) {
        return !r.suspended && !(r.buriedUntil.isValid() && r.buriedUntil > now);
    };
    StudyQueue q;
    QList<StudyQueue::Entry> reviews;
    for (const QString& id : scope) {
        const auto r = records.constFind(id);
        if (r == records.cend() || r->schedule.state == CardState::New) {
            if ((r == records.cend() || studyable(*r)) && q.fresh.size() < limits.newPerDay - done.newCards) {
                q.fresh.append(id);
            }
            continue;
        }
        if (!studyable(*r) || r->schedule.due >= day.end) {
            continue;
        }
        const StudyQueue::Entry e{id, r->schedule.due.toMSecsSinceEpoch()};
        (r->schedule.state == CardState::Review ? reviews : q.learning).append(e);
    }
    auto byDue = [](const StudyQueue::Entry& a, const StudyQueue::Entry& b) {
        return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.cardId < b.cardId;
    };
    std::sort(q.learning.begin(), q.learning.end(), byDue);
    std::sort(reviews.begin(), reviews.end(), byDue);
    q.due = reviews.mid(0, std::max(0, limits.reviewsPerDay - done.reviews));
    return q;
}

QStringList idsOf(const QList<StudyQueue::Entry>& entries)
{
    QStringList ids;
    for (const StudyQueue::Entry& e : entries) {
        ids.append(e.cardId);
    }
    return ids;
}

class Queue : public ::testing::Test {
protected:
    void SetUp() override
    {
        const ProgressDatabase::OpenResult opened = db.open(dir.filePath(QStringLiteral("progress.db")));
        ASSERT_TRUE(opened.ok()) << opened.message.toStdString();
        // 3,000 cards with a row and 500 without; 2,500 of those with a row and all without are in scope, in
        // a deck order unlike their ids' order.
        ASSERT_TRUE(db.connection().exec(QStringLiteral("BEGIN")));
        QSqlQuery q(db.connection().database());
        ASSERT_TRUE(
            q.prepare(QStringLiteral("INSERT INTO card_state(card_id, state, due, suspended, buried_until,"
                                     " reps) VALUES(?,?,?,?,?,?)")));
        quint32 x = 2026;
        auto random = [&](quint32 n) {
            x = x * 1664525u + 1013904223u;
            return (x >> 8) % n;
        };
        for (int i = 0; i < 3500; ++i) {
            const QString id =
                QStringLiteral("t%1.c%2").arg(i % 7).arg(random(1000000), 7, 10, QLatin1Char('0')) +
                QString::number(i);
            if (i < 3000) {
                const int state = random(100) < 4 ? 0 : int(1 + random(3));
                // Due within ten days either way, often on the same minute, so ties are ordered by id.
                const QDateTime due = kNow.addSecs(qint64(int(random(20 * 24)) - 10 * 24) * 3600);
                const bool suspended = random(100) < 6;
                const quint32 bury = random(100);
                const QVariant buried = bury < 4   ? QVariant(ReviewStore::timeText(kNow.addSecs(3600)))
                                        : bury < 7 ? QVariant(ReviewStore::timeText(kNow.addSecs(-3600)))
                                                   : QVariant(QMetaType::fromType<QString>());
                q.bindValue(0, id);
                q.bindValue(1, state);
                q.bindValue(2, ReviewStore::timeText(due));
                q.bindValue(3, int(suspended));
                q.bindValue(4, buried);
                q.bindValue(5, state == 0 ? 0 : 3);
                ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
            }
            if (i >= 500) {
                scope.append(id);
            }
        }
        ASSERT_TRUE(db.connection().exec(QStringLiteral("COMMIT")));
        for (qsizetype i = scope.size() - 1; i > 0; --i) {
            scope.swapItemsAt(i, qsizetype(random(quint32(i + 1))));
        }
        records = *store.records();
    }

    QTemporaryDir dir;
    ProgressDatabase db;
    ReviewStore store{db.connection()};
    QStringList scope;
    QHash<QString, CardRecord> records;
};

TEST_F(Queue, ReadFromProgressItIsWhatTheRulesSayForEveryRecord)
{
    const StudyScopeCards cards(scope);
    struct Case {
        QDateTime now;
        StudyLimits limits;
        StudyCounts done;
    };
    const QList<Case> cases{
        {kNow, {20, 200}, {}},
        {kNow, {50, 9999}, {}},                   // every due review
        {kNow, {30, 200}, {25, 190, 300}},        // most of today's allowance used
        {kNow, {20, 200}, {20, 200, 400}},        // nothing left but learning cards
        {kNow.addSecs(2 * 3600), {9999, 10}, {}}, // later: a burial has ended; every new card
        {kNow.addDays(-3), {20, 200}, {}},
    };
    for (const Case& c : cases) {
        const StudyDay day = StudyDay::containing(c.now, QTimeZone::utc(), QTime(4, 0));
        const Result<StudyQueue> built = StudyQueue::build(store, cards, c.now, day, c.limits, c.done);
        ASSERT_TRUE(built) << built.error().toStdString();
        const StudyQueue expected = reference(records, scope, c.now, day, c.limits, c.done);
        const std::string at = c.now.toString(Qt::ISODate).toStdString();
        EXPECT_GT(expected.learning.size(), 10) << "the fixture has learning cards due";
        EXPECT_EQ(idsOf(built->learning), idsOf(expected.learning)) << at;
        EXPECT_EQ(idsOf(built->due), idsOf(expected.due)) << at;
        EXPECT_EQ(built->fresh, expected.fresh) << at;
        for (qsizetype i = 0; i < built->learning.size(); ++i) {
            EXPECT_EQ(built->learning[i].dueMs, expected.learning[i].dueMs);
        }
    }
}

TEST_F(Queue, CountsOfNewCardsWaitingAndCardsDueMatchEveryRecord)
{
    const StudyScopeCards cards(scope);
    int waiting = 0;
    int dueTomorrow = 0;
    const QDateTime end = kNow.addDays(1);
    for (const QString& id : scope) {
        const auto r = records.constFind(id);
        if (r == records.cend() || (r->schedule.state == CardState::New && !r->suspended &&
                                    !(r->buriedUntil.isValid() && r->buriedUntil > kNow))) {
            ++waiting;
        } else if (r->schedule.state != CardState::New && !r->suspended && r->schedule.due < end) {
            ++dueTomorrow;
        }
    }
    EXPECT_GT(waiting, 500) << "cards without a row and unburied new rows";
    EXPECT_EQ(StudyQueue::newWaiting(store, cards, kNow).value(), waiting);
    EXPECT_EQ(StudyQueue::dueBefore(store, cards, end).value(), dueTomorrow);
}

TEST_F(Queue, AnUnreadableProgressDatabaseIsAnErrorNotAnEmptyQueue)
{
    ASSERT_TRUE(db.connection().exec(QStringLiteral("DROP TABLE card_state")));
    const StudyDay day = StudyDay::containing(kNow, QTimeZone::utc(), QTime(4, 0));
    const Result<StudyQueue> built = StudyQueue::build(store, StudyScopeCards(scope), kNow, day, {}, {});
    ASSERT_FALSE(built);
    EXPECT_TRUE(built.error().contains(QStringLiteral("card_state"))) << built.error().toStdString();
}

} // namespace
