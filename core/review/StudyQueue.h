#pragma once

// Today's flashcard queue, as a pure function of the cards in scope, what progress.db holds, the time and the
// limits.
//
// A card in scope is in one of three piles, unless it is suspended or buried:
//   learning  on a (re)learning step and due before the study day ends;
//   due       in review and due before the study day ends, oldest due first, at most the reviews left today
//             (reviews per day minus the reviews already done today);
//   new       never graded, in deck order, at most the new cards left today.
// The next card is a learning card whose step is over, else a due review, else a new card, else a learning
// card due within the learn-ahead window (so a session does not stop for a minute's step), else none: the
// session then says when the next learning card is due. Counts shown to the learner are the three piles.
//
// The queue reads only what it needs (QueueSource): the learning cards due today, the due reviews in due
// order until the day's reviews are found, and the ids of the cards graded (marked in a bit per card in
// scope). It never loads every card's schedule, so a queue over 100,000 cards is built in milliseconds.

#include "review/Fsrs.h"
#include "review/StudyDay.h"
#include "util/IdIndex.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace certdeck {

struct StudyLimits {
    int newPerDay = 20;
    int reviewsPerDay = 200;
};

/// How much was studied in a span of time (a study day): new cards seen for the first time, and grades of
/// cards that were in review.
struct StudyCounts {
    int newCards = 0;
    int reviews = 0;
    int grades = 0; ///< every grade, learning steps included
};

/// What the queue reads of a card's row in progress.db.
struct QueueEntry {
    QString cardId;
    CardState state = CardState::New;
    qint64 dueMs = 0;         ///< ms since the epoch, UTC
    qint64 buriedUntilMs = 0; ///< 0: not buried
    bool suspended = false;

    /// Whether the card is studied at `nowMs`: not suspended, not buried.
    bool isStudyable(qint64 nowMs) const { return !suspended && !(buriedUntilMs > nowMs); }
};

/// Where the queue's rows come from (progress.db through the ReviewStore).
class QueueSource {
public:
    virtual ~QueueSource() = default;
    /// The cards in `state` that are not suspended and are due before `endMs`, by due time then id: `visit`
    /// is called with each until it returns false.
    virtual Result<bool> visitDue(CardState state, qint64 endMs,
                                  const std::function<bool(const QueueEntry&)>& visit) const = 0;
    /// The cards graded at least once: `visit` is called with each one's id in UTF-8.
    virtual Result<bool> visitGraded(const std::function<void(QByteArrayView id)>& visit) const = 0;
    /// The rows of cards never graded (suspended or buried before their first grade), by id.
    virtual Result<QHash<QString, QueueEntry>> ungradedRows() const = 0;
};

/// The cards to study from: their ids in deck order, and where each is in that order.
class StudyScopeCards {
public:
    StudyScopeCards() = default;
    explicit StudyScopeCards(QStringList ids);
    const QStringList& ids() const { return m_ids; }
    bool contains(const QString& id) const { return m_index.contains(id); }
    /// Where `id` is in deck order; -1 when it is not in scope.
    qsizetype indexOf(const QString& id) const;
    /// The same for an id in UTF-8, as SQLite gives it: by the id's 64-bit hash, so two different ids would
    /// be taken for one another with odds of about 1 in 10^19 (IdIndex).
    qsizetype indexOf(QByteArrayView utf8) const { return m_index.value(utf8); }
    qsizetype size() const { return m_ids.size(); }

private:
    QStringList m_ids;
    IdIndex m_index;
};

struct StudyQueue {
    static constexpr qint64 kLearnAheadSeconds = 20 * 60;

    struct Entry {
        QString cardId;
        qint64 dueMs = 0;
    };
    QList<Entry> learning; ///< by due time
    QList<Entry> due;      ///< by due time, capped
    QStringList fresh;     ///< deck order, capped

    /// `done`: what was studied earlier in `day`.
    static Result<StudyQueue> build(const QueueSource& source, const StudyScopeCards& cards,
                                    const QDateTime& now, const StudyDay& day, StudyLimits limits,
                                    StudyCounts done);
    /// How many cards in scope were never graded and are not suspended or buried (new cards waiting beyond
    /// today's limit included).
    static Result<int> newWaiting(const QueueSource& source, const StudyScopeCards& cards,
                                  const QDateTime& now);
    /// How many cards in scope have been graded, are not suspended, and are due before `end`.
    static Result<int> dueBefore(const QueueSource& source, const StudyScopeCards& cards,
                                 const QDateTime& end);

    /// The card to show at `now`, by the rule above; none when nothing is left for now.
    std::optional<QString> next(const QDateTime& now) const;
    /// When the first learning card comes due (null when there is none).
    QDateTime nextLearningDue() const;

    bool isEmpty() const { return learning.isEmpty() && due.isEmpty() && fresh.isEmpty(); }
};

} // namespace certdeck
