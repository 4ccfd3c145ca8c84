#pragma once

// The card browser's rows: every card of the content joined with its record in progress.db, as a pure
// function of the cards, the records and the time.
//
// Rows. One row per content card, in deck order; a card without a record is new (never graded, due when
// first studied: no due time). Then one row per record whose card is no longer in the content ("orphaned":
// the card was removed or renamed; its schedule and history are kept), by card id. Buried and the
// probability of recall are taken at `now`.
//
// Filter. A row passes when it passes all three parts: the text (case-insensitive, in the front, the back or
// the id; empty passes every row), the topic id (empty passes every row; an orphaned row has no topic) and
// the state. The state filter looks at one fact each: New, Learning (learning and relearning) and Review
// look at the schedule's state only, so a suspended review card is listed under Review as well as under
// Suspended; Suspended, Leeches and Buried look at their flag.
//
// History. A card's reviews with the interval each one set: the time from the review to the due time it
// gave. The schedule a review gave is the `before` schedule of the next review, and for the last review the
// card's record (when the record's last review is that review; otherwise it is unknown).

#include "content/ContentModel.h"
#include "review/Fsrs.h"
#include "review/ReviewStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace certdeck {

struct CardOverviewRow {
    QString id;
    QString topic; ///< topic id; empty when orphaned
    QString front; ///< as written (may span lines); empty when orphaned
    QString back;
    CardState state = CardState::New;
    QDateTime due;        ///< UTC; null for a card never graded
    QDateTime lastReview; ///< UTC; null when never reviewed
    double stability = 0;
    double difficulty = 0;
    double retrievability = 0; ///< probability of recall at `now`, 0 to 1 (0 when never reviewed)
    int reps = 0;
    int lapses = 0;
    bool suspended = false;
    bool leech = false;
    bool buried = false;   ///< buried until after `now`
    bool orphaned = false; ///< in progress.db but no longer in the content
    bool stored = false;   ///< progress.db has a record for it
    /// When a wrong exam answer brought the card forward and it has not been reviewed since: the question
    /// and when (null otherwise), and the due time it had before.
    QString broughtForwardBy;
    QDateTime broughtForwardAt;
    QDateTime dueBeforeBroughtForward;
};

/// The content's cards in deck order with their records, then the orphaned records by id.
/// `nudges` (ReviewStore::nudges) say which cards a wrong exam answer brought forward.
QList<CardOverviewRow> cardOverview(const QList<Card>& cards, const QHash<QString, CardRecord>& records,
                                    const QDateTime& now, const QHash<QString, CardNudge>& nudges = {});

/// Which rows the browser lists, by state (see the design note above).
enum class CardStateFilter { All, New, Learning, Review, Suspended, Leeches, Buried };

struct CardOverviewFilter {
    QString text;  ///< in the front, back or id, case-insensitive; empty: any
    QString topic; ///< topic id; empty: any
    CardStateFilter state = CardStateFilter::All;

    bool accepts(const CardOverviewRow& row) const;
    bool isEmpty() const { return text.isEmpty() && topic.isEmpty() && state == CardStateFilter::All; }
};

/// The rows `filter` accepts, in their order.
QList<CardOverviewRow> filterCardOverview(const QList<CardOverviewRow>& rows,
                                          const CardOverviewFilter& filter);

/// How far a due time is from now, in the largest whole unit: under a minute either way is Now; then whole
/// minutes under an hour, whole hours under a day, whole days beyond (rounded down).
struct DueDistance {
    enum class Unit { Now, Minutes, Hours, Days };
    Unit unit = Unit::Now;
    qint64 count = 0;     ///< how many units; 0 for Now
    bool overdue = false; ///< the due time has passed
};
DueDistance dueDistance(const QDateTime& due, const QDateTime& now);

/// One review of a card as the browser's history lists it.
struct CardHistoryRow {
    QDateTime at; ///< UTC
    Rating rating = Rating::Good;
    CardState stateBefore = CardState::New;
    std::optional<qint64> intervalMs; ///< from the review to the due time it set, when known
};

/// `entries` (one card's reviews, oldest first) with the interval each set; `current` is the card's record.
QList<CardHistoryRow> cardHistory(const QList<ReviewLogEntry>& entries, const CardRecord& current);

} // namespace certdeck
