// Flashcard speed: today's queue from 100,000 card states in progress.db, one grade with its committed write,
// and replaying 10,000 reviews. Targets (issue 6): 20 ms, 2 ms, 10 ms on the 2-core development machine,
// release build.

#include "progress/ProgressDatabase.h"
#include "review/Replay.h"
#include "review/ReviewSession.h"
#include "review/ReviewStore.h"
#include "review/StudyQueue.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace certdeck;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

QString cardId(int i)
{
    return QStringLiteral("topic%1.card-%2").arg(i % 40).arg(i, 6, 10, QLatin1Char('0'));
}

/// A progress database with `cards` card states: a tenth new-but-seen, the rest in review, due over the
/// last and next 60 days (about half due today).
struct BigProgress {
    explicit BigProgress(int cards)
    {
        const ProgressDatabase::OpenResult opened = db.open(dir.filePath(QStringLiteral("progress.db")));
        if (!opened.ok()) {
            error = opened.message;
            return;
        }
        db.connection().exec(QStringLiteral("BEGIN"));
        QSqlQuery q(db.connection().database());
        q.prepare(QStringLiteral("INSERT INTO card_state(card_id, state, due, stability, difficulty, reps,"
                                 " lapses, last_review) VALUES(?,?,?,?,?,?,?,?)"));
        for (int i = 0; i < cards; ++i) {
            ids.append(cardId(i));
            const int state = i % 10 == 0 ? 1 : 2;
            q.bindValue(0, ids.last());
            q.bindValue(1, state);
            q.bindValue(2, ReviewStore::timeText(kNow.addSecs(qint64((i * 7919) % 120 - 60) * 86400)));
            q.bindValue(3, 1.0 + i % 50);
            q.bindValue(4, 1.0 + i % 9);
            q.bindValue(5, 1 + i % 20);
            q.bindValue(6, i % 3);
            q.bindValue(7, ReviewStore::timeText(kNow.addDays(-70)));
            q.exec();
        }
        db.connection().exec(QStringLiteral("COMMIT"));
    }

    QTemporaryDir dir;
    ProgressDatabase db;
    QStringList ids;
    QString error;
};

/// Reading every card state from progress.db and building today's queue from them.
void BM_DueQueue(benchmark::State& state)
{
    BigProgress progress(int(state.range(0)));
    if (!progress.error.isEmpty()) {
        state.SkipWithError(progress.error.toUtf8().constData());
        return;
    }
    const ReviewStore store(progress.db.connection());
    const StudyScopeCards scope(progress.ids);
    const StudyDay day = StudyDay::containing(kNow, QTimeZone::utc(), QTime(4, 0));
    for (auto _ : state) {
        const Result<StudyCounts> done = store.counts(day.start, day.end);
        const Result<StudyQueue> queue = StudyQueue::build(store, scope, kNow, day, {20, 200}, *done);
        if (!queue || queue->due.size() != 200) {
            state.SkipWithError("the queue is not what it should be");
            return;
        }
        benchmark::DoNotOptimize(queue->next(kNow));
    }
}
BENCHMARK(BM_DueQueue)->Arg(100000)->Unit(benchmark::kMillisecond);

/// Starting a session over 100,000 cards: the scope's index, today's counts and queue, and the first card's
/// record (what opening the Flashcards page costs).
void BM_StartSession(benchmark::State& state)
{
    BigProgress progress(int(state.range(0)));
    if (!progress.error.isEmpty()) {
        state.SkipWithError(progress.error.toUtf8().constData());
        return;
    }
    QList<Card> cards;
    for (const QString& id : std::as_const(progress.ids)) {
        Card c;
        c.id = id;
        cards.append(c);
    }
    const ReviewStore store(progress.db.connection());
    const SettableClock clock(kNow);
    for (auto _ : state) {
        ReviewSession session(store, clock, ReviewSettings{}, QTimeZone::utc(), 1);
        if (!session.start(cards) || !session.current()) {
            state.SkipWithError("the session did not start");
            return;
        }
    }
}
BENCHMARK(BM_StartSession)->Arg(100000)->Unit(benchmark::kMillisecond);

/// Grading the card on show, including the committed write of its schedule and log entry (WAL,
/// synchronous = FULL), in a session over 1,000 cards.
void BM_GradeCard(benchmark::State& state)
{
    QTemporaryDir dir;
    ProgressDatabase db;
    if (!db.open(dir.filePath(QStringLiteral("progress.db"))).ok()) {
        state.SkipWithError("cannot open progress.db");
        return;
    }
    QList<Card> cards;
    for (int i = 0; i < 1000; ++i) {
        Card c;
        c.id = cardId(i);
        cards.append(c);
    }
    const ReviewStore store(db.connection());
    SettableClock clock(kNow);
    ReviewSettings settings;
    settings.newPerDay = 1000;
    ReviewSession session(store, clock, settings, QTimeZone::utc(), 1);
    session.start(cards);
    int rating = 0;
    for (auto _ : state) {
        clock.advanceMilliseconds(1500);
        if (!session.current()) {
            state.PauseTiming();
            clock.advanceSeconds(3600);
            session.refresh();
            state.ResumeTiming();
        }
        if (!session.grade(Rating(1 + rating++ % 4))) {
            state.SkipWithError("grade failed");
            return;
        }
    }
}
BENCHMARK(BM_GradeCard)->Unit(benchmark::kMillisecond);

/// Replaying 10,000 reviews (100 cards of 100 reviews) through the scheduler.
void BM_Replay(benchmark::State& state)
{
    QList<QList<ReviewEvent>> histories;
    quint32 x = 12345;
    for (int c = 0; c < 100; ++c) {
        QList<ReviewEvent> reviews;
        QDateTime at = kNow.addYears(-2);
        for (int r = 0; r < 100; ++r) {
            x = x * 1664525u + 1013904223u;
            at = at.addSecs(qint64(x % (20 * 86400)));
            reviews.append(ReviewEvent{at, Rating(1 + (x >> 8) % 4)});
        }
        histories.append(reviews);
    }
    for (auto _ : state) {
        for (const QList<ReviewEvent>& h : histories) {
            benchmark::DoNotOptimize(replayReviews(h));
        }
    }
    state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(BM_Replay)->Unit(benchmark::kMillisecond);

} // namespace
