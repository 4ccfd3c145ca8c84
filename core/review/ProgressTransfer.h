#pragma once

// The file a learner carries between laptops: their whole review history and what they set on cards
// (suspended, leech), as JSON:
//   {"format": "certdeck-progress", "version": 1, "exported_at": "...Z",
//    "reviews": [{"card": "sqs.visibility-timeout-default", "at": "2026-11-22T09:00:00.000Z", "rating": 3,
//                 "duration_ms": 5400}, ...],
//    "cards": [{"card": "...", "suspended": true, "leech": false}, ...],
//    "notes": [{"name": "week3.md", "title": "week3", "text": "# SQS\n...", "imported_at": "...Z"}, ...],
//    "own_cards": [{"id": "own.0123456789ab", "topic": "sqs", "front": "...", "back": "...",
//                   "source_file": "week3.md", "source_line": 4, "source_quote": "...",
//                   "created_at": "...Z", "updated_at": "...Z"}, ...]}
// Version 2 added "notes" and "own_cards", the learner's own notes files and cards; version 1 files (without
// them) are still read.
// Schedules are not in the file: importing replays each card's merged history through the scheduler, so two
// histories of the same card combine into one schedule. The same review (card and time) is stored once.

#include "notes/OwnCards.h"
#include "notes/OwnNotes.h"
#include "review/ReviewStore.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace certdeck {

struct ProgressTransfer {
    Q_DECLARE_TR_FUNCTIONS(ProgressTransfer)

public:
    QList<ReviewLogEntry> reviews; ///< card, time, rating and duration of each
    QList<CardFlags> cards;
    QList<OwnNotesFile>
        notes;               ///< the learner's own notes files (origin is not carried: it is this computer's)
    QList<OwnCard> ownCards; ///< the learner's own cards (their reviews are in `reviews`)

    QByteArray toJson(const QDateTime& exportedAt) const;
    /// Reads a file toJson() wrote; an error names the entry and the problem ("review 12: rating 7 is not 1
    /// to 4").
    static Result<ProgressTransfer> fromJson(const QByteArray& json);
};

} // namespace certdeck
