#pragma once

// `certdeck export cards`: every card of the bank with the learner's schedule, as a CSV table (CsvWriter),
// a pure function of the content's cards and topics and progress.db's card records.
//
// Rows. One per card of the bank, in deck order (topic by topic, as written). Records of cards no longer in
// the content are left out: the export lists the cards one can study. A card without a record, or whose
// record is still new (suspended before it was ever studied), is "new" with empty due, last_review,
// stability and difficulty and 0 reviews and lapses.
//
// Columns (the header, in English, is stable: scripts may rely on it; new columns are only ever added at
// the end):
//   id           the card's stable id ("sqs.visibility-timeout-default")
//   topic        the topic's id ("sqs")
//   topic_title  the topic's title ("Amazon SQS")
//   front        the question side, as written (may span lines)
//   back         the answer side, as written (may span lines)
//   source       where in the notes the card comes from, for people: "Developer notes, line 372" (the
//                notes file's title and the line; in the language of the messages)
//   source_file  the notes file's name ("dev-notes.txt")
//   source_line  the line in it, from 1
//   state        "new", "learning", "review" or "relearning" (as the command line and JSON name them)
//   due          when the card is next due: ISO 8601 in UTC with a Z ("2026-11-22T10:00:00Z"); empty for new
//   last_review  when it was last reviewed, in the same form; empty when never
//   stability    FSRS stability in days (the interval at which recall falls to 90%), 4 decimals; empty for
//   new difficulty   FSRS difficulty, 1 to 10, 4 decimals; empty for new reviews      how many times it was
//   reviewed (FSRS reps) lapses       how many times it was forgotten after it had graduated to review
//   suspended    "true" or "false": left out of study
//   leech        "true" or "false": forgotten so often that it was tagged (and suspended)
// Text cells are guarded against formula injection; numbers, times and true/false are not (see CsvWriter).

#include "content/ContentModel.h"
#include "content/ContentRepository.h"
#include "export/CsvWriter.h"
#include "review/ReviewStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdeck {

class CardsCsv {
    Q_DECLARE_TR_FUNCTIONS(CardsCsv)

public:
    /// The column names, in order.
    static QStringList header();
    /// The table: `cards` in their order, each joined with its topic in `topics` and its record in `records`
    /// (ReviewStore::records(); empty when there is no progress yet).
    static CsvTable table(const QList<Card>& cards, const QList<TopicRow>& topics,
                          const QHash<QString, CardRecord>& records);
    /// "Developer notes, line 372": a source as people read it (the file name when it has no title); empty
    /// when the source was not resolved to a line.
    static QString sourceText(const SourceRef& source);
};

} // namespace certdeck
