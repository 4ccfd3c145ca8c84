#pragma once

// A learner's year for the statistics benchmarks: 200,000 reviews over the real content's cards, spread over
// the 365 days before kStatsNow, a card state for every card, and 100 finished timed exams of 65 answers.

#include "content/ContentRepository.h"
#include "progress/ProgressDatabase.h"
#include "review/ReviewStore.h"

#include <QSqlQuery>
#include <QString>

namespace certdeck::bench {

inline const QDateTime kStatsNow = QDateTime(QDate(2026, 11, 22), QTime(18, 0), Qt::UTC);

/// Fills the progress database at `path` (created); returns an error message or an empty string.
inline QString writeStatsYear(const QString& path, const QList<Card>& cards, const QList<Question>& questions,
                              int reviews = 200000)
{
    ProgressDatabase db;
    const ProgressDatabase::OpenResult opened = db.open(path);
    if (!opened.ok()) {
        return opened.message;
    }
    db.connection().exec(QStringLiteral("BEGIN"));
    QSqlQuery q(db.connection().database());
    q.prepare(QStringLiteral("INSERT INTO review_log(card_id, rating, reviewed_at, duration_ms, state, due,"
                             " stability, difficulty, elapsed_days, last_elapsed_days, scheduled_days)"
                             " VALUES(?,?,?,?,?,?,1,5,1,1,1)"));
    const qint64 start = kStatsNow.addDays(-365).toMSecsSinceEpoch();
    const qint64 span = kStatsNow.toMSecsSinceEpoch() - start;
    for (int i = 0; i < reviews; ++i) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(start + span * i / reviews, Qt::UTC);
        q.bindValue(0, cards[i % cards.size()].id);
        q.bindValue(1, 1 + (i * 7) % 4);
        q.bindValue(2, ReviewStore::timeText(at));
        q.bindValue(3, 3000 + i % 5000);
        q.bindValue(4, i % 5 == 0 ? 1 : 2);
        q.bindValue(5, ReviewStore::timeText(at.addDays(3)));
        q.exec();
    }
    q.prepare(
        QStringLiteral("INSERT INTO card_state(card_id, state, due, stability, difficulty, reps, lapses,"
                       " last_review) VALUES(?,2,?,?,5,10,1,?)"));
    for (qsizetype i = 0; i < cards.size(); ++i) {
        q.bindValue(0, cards[i].id);
        q.bindValue(1, ReviewStore::timeText(kStatsNow.addSecs(qint64(i % 40 - 5) * 86400)));
        q.bindValue(2, 2.0 + double(i % 60));
        q.bindValue(3, ReviewStore::timeText(kStatsNow.addDays(-(i % 20))));
        q.exec();
    }
    for (int a = 0; a < 100; ++a) {
        const QDateTime started = kStatsNow.addDays(-(a * 3));
        q.prepare(QStringLiteral("INSERT INTO exam_attempt(profile_id, mode, seed, started_at, time_limit_s,"
                                 " finished_at, status, raw_correct, raw_total, scaled_score)"
                                 " VALUES(?, 'timed', 1, ?, 7800, ?, 'finished', ?, 65, ?)"));
        const int correct = 35 + a % 25;
        q.bindValue(0, a % 2 ? QStringLiteral("dva-c02") : QStringLiteral("saa-c03"));
        q.bindValue(1, ReviewStore::timeText(started));
        q.bindValue(2, ReviewStore::timeText(started.addSecs(7000)));
        q.bindValue(3, correct);
        q.bindValue(4, 100 + 900 * correct / 65);
        q.exec();
        const qint64 attempt = q.lastInsertId().toLongLong();
        q.prepare(
            QStringLiteral("INSERT INTO exam_answer(attempt_id, position, question_id, selected, correct,"
                           " answered_at, time_ms) VALUES(?,?,?,'0',?,?,60000)"));
        for (int i = 0; i < 65; ++i) {
            q.bindValue(0, attempt);
            q.bindValue(1, i);
            q.bindValue(2, questions[(a * 65 + i) % questions.size()].id);
            q.bindValue(3, i < correct ? 1 : 0);
            q.bindValue(4, ReviewStore::timeText(started.addSecs(i * 100)));
            q.exec();
        }
    }
    return db.connection().exec(QStringLiteral("COMMIT")) ? QString() : QStringLiteral("cannot commit");
}

} // namespace certdeck::bench
