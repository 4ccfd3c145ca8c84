#pragma once

// One memory: a wrong exam answer brings the flashcards about the same thing forward. The cards written from
// the same note section as the question (its `source` line's section) come due now, at most kMaxCards of
// them, those with the lowest stability (the least well known) first; when that section has no card the
// learner has studied, the same rule picks from the question's topic. Only cards already studied and
// scheduled later move (a new card is already waiting; a suspended card stays out of study); the move is
// stored with its reason (ReviewStore::bringForward), which the card browser shows.

#include "content/ContentModel.h"
#include "content/ContentRepository.h"
#include "review/ReviewStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace certdeck {

class CardFollowUp {
public:
    static constexpr int kMaxCards = 5;

    CardFollowUp() = default;
    /// `cards` of the content and its note `sections` (to tell which section a source line is in).
    CardFollowUp(QList<Card> cards, QList<NoteSectionRow> sections);

    /// The cards to bring forward after a wrong answer to `question`, given the learner's `records`.
    QStringList cardsFor(const Question& question, const QHash<QString, CardRecord>& records,
                         const QDateTime& now) const;

    bool isEmpty() const { return m_cards.isEmpty(); }

private:
    /// The id of the note section holding `file`:`line`, or -1.
    int sectionOf(const QString& file, int line) const;

    QList<Card> m_cards;
    QList<NoteSectionRow> m_sections; ///< by file, then first line
};

} // namespace certdeck
