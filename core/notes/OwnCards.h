#pragma once

// The learner's own flashcards, made from lines of the notes (theirs or the bank's) on the Notes page. Kept
// in progress.db (table own_card) and compiled into the personal content database like a bank card, so the
// study queue, the card browser, lookup and exports treat them as any other card; their reviews live in
// card_state and review_log under their id as every card's do. An own card's id starts with "own." and no
// bank card's does.

#include "content/ContentModel.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdeck {

class TopicCatalog;

struct OwnCard {
    QString id; ///< "own.<12 hex digits>"; empty for a card not stored yet
    QString topic;
    QString front, back;
    QString sourceFile;  ///< the notes file the card was made from
    int sourceLine = 0;  ///< its first line there
    QString sourceQuote; ///< the lines as they read when the card was made
    QDateTime createdAt, updatedAt;

    /// As the content database holds a card.
    Card toCard() const;
};

/// A field the learner must fix, with the message shown beside it.
struct OwnCardProblem {
    enum class Field { Front, Back, Topic };
    Field field = Field::Front;
    QString message;
};

class OwnCards {
    Q_DECLARE_TR_FUNCTIONS(OwnCards)

public:
    static constexpr qsizetype kMaxFront = 500;
    static constexpr qsizetype kMaxBack = 2000;
    static constexpr qsizetype kMaxQuote = 2000;

    static bool isOwn(const QString& cardId) { return cardId.startsWith(QLatin1String("own.")); }

    /// A card prefilled from `lines` (as written, one or more) of `file` from `firstLine`, under `topic`:
    /// "Visibility timeout - default 30 s" gives front "Visibility timeout" and back "default 30 s" (split at
    /// the first " - ", ": " or " = "); several lines give the first as front and the rest as back; list
    /// markers and indentation are dropped. The learner edits it before saving.
    static OwnCard draftFromLines(const QStringList& lines, const QString& file, int firstLine,
                                  const QString& topic);

    /// What must be fixed before `card` can be saved: an empty or too long front or back, a topic the
    /// catalog does not know. Empty when it can be saved.
    static QList<OwnCardProblem> problems(const OwnCard& card, const TopicCatalog& catalog);

    /// A new id: "own." and 12 hex digits from `random` (48 bits).
    static QString newId(quint64 random);
};

} // namespace certdeck
