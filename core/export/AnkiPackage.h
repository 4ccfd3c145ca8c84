#pragma once

// `certdeck export anki`: the bank's cards as an Anki package (.apkg) that Anki (desktop 2.1.50 and later)
// and AnkiDroid import, optionally with the learner's schedule and review history. Two steps: build() is a
// pure function from the content and progress to the rows of an Anki collection; package() writes those rows
// into an SQLite database in Anki's schema 11 and zips it with an empty media list. No clock, no file.
//
// Package. A zip holding `collection.anki2` (SQLite, tables col, notes, cards, revlog and graves with the
// indexes Anki creates; rslib/src/storage/schema11.sql) and `media` (the JSON `{}`: no media files). Anki
// reads such a "legacy" package by opening the collection and upgrading it to its current schema, which
// parses the JSON in col (conf, models, decks, dconf): see rslib/src/notetype/schema11.rs,
// rslib/src/decks/schema11.rs and rslib/src/deckconfig/schema11.rs for the keys it requires.
//
// Notes and cards. One note type, "Certdeck" (fields Front, Back, Source, Certdeck ID; one template), one
// note and one card per Certdeck card, each in the deck "Certdeck::<topic title>" (with the parent deck
// "Certdeck" and Anki's "Default" deck, which every collection has). Field text is HTML: &, < and > escaped,
// line breaks as <br>. Tags: the topic id, then each exam profile the topic's questions serve, in the order
// of the exam profiles ("sqs saa-c03 dva-c02"); with the history, "leech" for a card Certdeck tagged a leech.
//
// Stable ids. The note type, deck, note and card ids are derived from SHA-256 of their name or of the
// Certdeck card id (stableId: in 2001-2017 when read as milliseconds, below Anki's "id in the future" repair,
// which would renumber them), and so is the note's guid (guidFor, 10 characters of Anki's base-91 alphabet).
// Exporting twice gives the same ids, and importing again updates the notes instead of adding copies (Anki
// matches notes by guid, note types by id, decks by name). Two ids that collide take the next free number,
// in card order.
//
// Time. `now` (the export time) gives notes' and cards' mod and the collection's mod. The collection's
// creation time crt is the start of the study day before the one `now` is in (`dayStartsAt` in `zone`), so
// that no importer sees the collection as created in its future; conf holds that time zone's offset at crt
// ("creationOffset", minutes west of UTC) and the day start hour ("rollover"), so Anki counts its days as
// Certdeck counts study days.
//
// Schedule (withHistory). Each card's record becomes Anki's card state (rslib/src/card/mod.rs):
//   new          type 0, queue 0, due = position (1, 2, ... in card order), ivl 0, factor 0
//   learning     type 1, queue 1, due = due time in epoch seconds, ivl 0, factor 0, left = steps remaining
//   review       type 2, queue 2, due = days from crt's study day to the study day the card is due in,
//                ivl = scheduled days, factor 2500
//   relearning   type 3, queue 1, due = due time in epoch seconds, ivl = round(stability) (at least 1),
//   factor
//                2500, left = steps remaining
//   suspended    queue -1 (type and due as above)
// plus reps and lapses, and for a card that has been studied the FSRS memory state in cards.data as Anki's
// CardData reads it (rslib/src/storage/card/data.rs): {"s": stability in days, "d": difficulty 1 to 10,
// "decay": the forgetting curve's decay w20}, rounded to 3 places as Anki stores them. Without the history
// every card is new (queue 0, due = position, data "{}"); a card Certdeck has no record for is new either
// way.
//
// Review log (withHistory). Each review of an exported card (ReviewStore::allReviews) is a revlog row
// (rslib/src/revlog/mod.rs): id = review time in ms (the next free millisecond when two share one), cid,
// ease = rating 1-4, ivl and lastIvl = the interval after and before (days when positive; a (re)learning step
// as negative seconds), factor = the difficulty after the review as Anki logs it for FSRS ((D - 1) / 9 + 0.1,
// times 1000), time = the answer time in ms capped at the deck options' 60 s, type = 0 learning (the card was
// new or learning), 1 review, 2 relearning. The schedule after a review is the card's schedule before its
// next review, or the card's current record after its last one.

#include "content/ContentModel.h"
#include "content/ContentRepository.h"
#include "review/ReviewStore.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace certdeck {

/// One row of the notes table.
struct AnkiNote {
    qint64 id = 0;
    QString guid;
    qint64 mod = 0; ///< epoch seconds
    QStringList tags;
    QStringList fields; ///< HTML: Front, Back, Source, Certdeck ID
    QString sortField;  ///< the first field as plain text
    qint64 checksum = 0;
};

/// One row of the cards table.
struct AnkiCard {
    qint64 id = 0;
    qint64 noteId = 0;
    qint64 deckId = 0;
    qint64 mod = 0; ///< epoch seconds
    int type = 0;   ///< 0 new, 1 learning, 2 review, 3 relearning
    int queue = 0;  ///< -1 suspended, 0 new, 1 learning, 2 review
    qint64 due = 0; ///< new: position; learning and relearning: epoch seconds; review: days since crt
    int interval = 0;
    int factor = 0;
    int reps = 0;
    int lapses = 0;
    int left = 0;
    QString data; ///< JSON
};

/// One row of the revlog table.
struct AnkiReview {
    qint64 id = 0; ///< review time, epoch milliseconds
    qint64 cardId = 0;
    int ease = 0;
    int interval = 0;
    int lastInterval = 0;
    int factor = 0;
    int timeMs = 0;
    int type = 0;
};

struct AnkiDeck {
    qint64 id = 0;
    QString name;
};

/// Everything the collection holds.
struct AnkiCollection {
    qint64 created = 0;     ///< crt, epoch seconds
    qint64 modifiedMs = 0;  ///< mod, epoch milliseconds
    int creationOffset = 0; ///< minutes west of UTC at crt
    int rolloverHour = 4;
    qint64 noteTypeId = 0;
    QList<AnkiDeck> decks; ///< Default, Certdeck, then one per topic in topic order
    QList<AnkiNote> notes;
    QList<AnkiCard> cards;
    QList<AnkiReview> reviews;
};

class AnkiPackage {
    Q_DECLARE_TR_FUNCTIONS(AnkiPackage)

public:
    struct Input {
        QList<Card> cards;
        QList<TopicRow> topics;
        QList<Question> questions;   ///< for the exam tags
        QList<ExamProfile> profiles; ///< the order of the exam tags
        bool withHistory = false;
        QHash<QString, CardRecord> records; ///< ReviewStore::records(); used with the history
        QList<ReviewLogEntry> reviews; ///< ReviewStore::allReviews(), oldest first; used with the history
        QDateTime now;
        QTimeZone zone = QTimeZone::systemTimeZone();
        QTime dayStartsAt{4, 0};
    };

    static constexpr const char* kNoteTypeName = "Certdeck";
    static constexpr const char* kDeckRoot = "Certdeck";
    static constexpr qint64 kDefaultDeckId = 1;
    static constexpr int kStartingFactor = 2500;
    static constexpr int kMaxAnswerSeconds = 60;

    /// What a package is built from: every card of `content` with its topics, questions and exam profiles,
    /// and, when `withHistory`, the records and reviews of `reviews` (none when it is null: no progress yet).
    /// `now`, the zone and the day start are left for the caller.
    static Result<Input> read(const ContentRepository& content, const ReviewStore* reviews, bool withHistory);

    /// The collection's rows.
    static AnkiCollection build(const Input& input);
    /// The .apkg file's bytes: collection.anki2 and media in a zip.
    static Result<QByteArray> package(const AnkiCollection& collection);
    /// collection.anki2 alone: the SQLite database's bytes.
    static Result<QByteArray> collectionFile(const AnkiCollection& collection);

    /// col's JSON columns.
    static QByteArray confJson(const AnkiCollection& collection);
    static QByteArray modelsJson(const AnkiCollection& collection);
    static QByteArray decksJson(const AnkiCollection& collection);
    static QByteArray deckConfigJson(const AnkiCollection& collection);

    /// An id for `key` that is the same in every export: 10^12 + SHA-256(key) mod 5·10^11.
    static qint64 stableId(const QString& key);
    /// A note's guid for the Certdeck card `cardId`.
    static QString guidFor(const QString& cardId);
    /// `text` as an Anki field: HTML-escaped, line breaks as <br>.
    static QString fieldHtml(const QString& text);
    /// The Source field: "Developer notes, line 372" and the quote from the notes line, as HTML.
    static QString sourceField(const SourceRef& source);
    /// The deck a topic's cards go to: "Certdeck::Amazon SQS".
    static QString deckName(const QString& topicTitle);
};

} // namespace certdeck
