#pragma once

// Today's flashcard queue, as a pure function of the cards in scope, their records, the time and the limits.
//
// A card in scope is in one of three piles, unless it is suspended or buried:
//   learning  on a (re)learning step and due before the study day ends;
//   due       in review and due before the study day ends, oldest due first, at most the reviews left today
//             (reviews per day minus the reviews already done today);
//   new       never graded, in deck order, at most the new cards left today.
// The next card is a learning card whose step is over, else a due review, else a new card, else a learning
// card due within the learn-ahead window (so a session does not stop for a minute's step), else none: the
// session then says when the next learning card is due. Counts shown to the learner are the three piles.

#include "review/ReviewStore.h"
#include "review/StudyDay.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdeck {

struct StudyLimits {
    int newPerDay = 20;
    int reviewsPerDay = 200;
};

struct StudyQueue {
    static constexpr qint64 kLearnAheadSeconds = 20 * 60;

    QStringList learning; ///< by due time
    QStringList due;      ///< by due time, capped
    QStringList fresh;    ///< deck order, capped

    /// `cards`: the ids in scope, in deck order. `records`: what progress.db holds (a card without a record
    /// is new). `done`: what was studied earlier in `day`.
    static StudyQueue build(const QStringList& cards, const QHash<QString, CardRecord>& records,
                            const QDateTime& now, const StudyDay& day, StudyLimits limits, StudyCounts done);

    /// The card to show at `now`, by the rule above; none when nothing is left for now.
    std::optional<QString> next(const QHash<QString, CardRecord>& records, const QDateTime& now) const;
    /// When the first learning card comes due (null when there is none).
    QDateTime nextLearningDue(const QHash<QString, CardRecord>& records) const;

    bool isEmpty() const { return learning.isEmpty() && due.isEmpty() && fresh.isEmpty(); }
};

/// Whether `record` is studied at `now`: not suspended, not buried.
bool isStudyable(const CardRecord& record, const QDateTime& now);

} // namespace certdeck
