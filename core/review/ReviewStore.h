#pragma once

#include "review/Fsrs.h"
#include "review/StudyQueue.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace certdeck {

class SqliteConnection;

/// A card's schedule in progress.db and what the learner did to it.
struct CardRecord {
    QString cardId;
    CardSchedule schedule;  ///< a new card's schedule when never graded
    bool suspended = false; ///< left out of study until unsuspended
    QDateTime buriedUntil;  ///< UTC; left out of study until then (null: not buried)
    bool leech = false;     ///< forgotten kLeechLapses times; suspended when tagged
    bool stored = false;    ///< progress.db has a row for it

    static constexpr int kLeechLapses = 8;
};

/// One grade in the review log: when, how, and the schedule the card had before it.
struct ReviewLogEntry {
    qint64 id = 0;
    QString cardId;
    Rating rating = Rating::Good;
    QDateTime at; ///< UTC, to the millisecond
    qint64 durationMs = 0;
    CardSchedule before;
};

/// What a learner set on a card, carried with its history between laptops.
struct CardFlags {
    QString cardId;
    bool suspended = false;
    bool leech = false;
};

/// A card brought forward by a wrong exam answer: what the card browser says about why it came due.
struct CardNudge {
    QString cardId;
    QDateTime at;
    QString questionId;
    qint64 attemptId = 0;
    QDateTime dueBefore;
};

/// What merging a review history into progress.db did.
struct MergeResult {
    int added = 0;      ///< reviews new to this database
    int duplicates = 0; ///< reviews it already had (same card, same time)
    int cards = 0;      ///< cards whose schedule was recomputed
};

/// The flashcards' SQL in progress.db: card_state and review_log. Each write is one transaction, so a grade
/// is stored whole (schedule and log) or not at all. Times are stored as ISO-8601 UTC with milliseconds, all
/// in one fixed-width form, so their text order is their time order.
class ReviewStore : public QueueSource {
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    explicit ReviewStore(const SqliteConnection& connection) : m_connection(connection) {}

    /// Every card with a row, by card id (cards removed from the content included: their history is kept).
    Result<QHash<QString, CardRecord>> records() const;
    /// One card; a new, unstored record when it has no row.
    Result<CardRecord> record(const QString& cardId) const;

    /// Stores a grade: the log entry (with `before`'s schedule) and the card's new record, in one
    /// transaction. Returns the log entry's id.
    Result<qint64> saveGrade(const CardRecord& before, const CardRecord& after, Rating rating,
                             const QDateTime& at, qint64 durationMs) const;
    /// Takes a grade back: removes log entry `logId` and puts `before` back, in one transaction.
    Result<bool> undoGrade(qint64 logId, const CardRecord& before) const;
    /// Stores a record as it is (suspend, unsuspend, bury).
    Result<bool> save(const CardRecord& record) const;

    /// A card's grades, oldest first.
    Result<QList<ReviewLogEntry>> history(const QString& cardId) const;
    /// Every grade, oldest first.
    Result<QList<ReviewLogEntry>> allReviews() const;
    /// Merges a review history (card, time, rating, duration of each) and card flags into progress.db in one
    /// transaction: a review it already has is skipped; every card that gained a review gets its schedule
    /// recomputed by replaying its whole history (no fuzz) with `parameters`; flags are added (a card
    /// suspended on either laptop stays suspended).
    Result<MergeResult> merge(const QList<ReviewLogEntry>& reviews, const QList<CardFlags>& flags,
                              const FsrsParameters& parameters) const;
    /// Makes the cards `cardIds` due at `at` (those due later), in one transaction, noting why: the wrong
    /// answer to `questionId` in attempt `attemptId`. Returns how many were brought forward.
    Result<int> bringForward(const QStringList& cardIds, const QDateTime& at, const QString& questionId,
                             qint64 attemptId) const;
    /// The latest nudge of every card that had one, by card id.
    Result<QHash<QString, CardNudge>> nudges() const;
    /// What was studied from `start` (inclusive) to `end` (exclusive).
    Result<StudyCounts> counts(const QDateTime& start, const QDateTime& end) const;

    // QueueSource: read through the card_state_queue index, never the whole table.
    Result<bool> visitDue(CardState state, qint64 endMs,
                          const std::function<bool(const QueueEntry&)>& visit) const override;
    Result<bool> visitGraded(const std::function<void(QByteArrayView id)>& visit) const override;
    Result<QHash<QString, QueueEntry>> ungradedRows() const override;

    static QString timeText(const QDateTime& at);
    static QDateTime timeFrom(const QString& text);

private:
    Result<QList<ReviewLogEntry>> reviews(const QString& where, const QVariantList& values) const;
    /// Every record, or only `cardId`'s when it is given.
    Result<QHash<QString, CardRecord>> readRecords(const QString* cardId) const;
    Result<bool> write(const std::function<bool(QString*)>& steps) const;

    const SqliteConnection& m_connection;
};

} // namespace certdeck
