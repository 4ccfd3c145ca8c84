#pragma once

// How a lookup query is understood. Pure: text in, FTS5 expressions out; the words it knows come from the
// content's lexicon (content/lookup.yaml and the content's own vocabulary), never from code.
//
// A query is cut into words (letters and digits; everything else, quotes and operators included, only
// separates words). From left to right, the longest run of words that is a term of the lexicon is taken:
// - an ignored word ("what", "the") is dropped;
// - a number phrase ("how many") marks the query as asking for a number;
// - a qualifier (max, min, default and their synonyms) asks for a number and says which one: it is
//   preferred, not required ("lambda max memory" finds "Function memory");
// - a synonym stands for its whole group ("rcu" finds "read capacity unit" and the other way round);
// - any other word is itself.
// Every other word or group is a concept the answer must contain. Four expressions come out of it, best
// first: the typed words as an exact phrase; every concept exactly (a synonym counts); every concept loosely
// (the last word, being typed, and a fragment the content does not have as a word may be the start of a
// longer one; a word the content does not know also stands for the words one edit away: "visiblity" for
// "visibility"); any concept at all. Terms are quoted FTS5 strings, so no input
// is ever read as an operator.

#include "content/ContentModel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdeck {

struct LookupConcept {
    QStringList typed; ///< the words typed for it
    QStringList exact; ///< FTS5 strings: the word or phrase typed and every synonym
    QStringList loose; ///< exact, plus prefix forms and typo corrections
    QStringList terms; ///< plain terms that stand for it (typed, synonyms, corrections): to find it in text
    bool inContent = false; ///< a lexicon term, a word of the content (or the start of one), or a typo of one
};

struct ParsedLookup {
    QList<LookupConcept> required;
    QList<LookupConcept> qualifiers; ///< preferred, not required
    bool asksForNumber = false;      ///< a qualifier or a number phrase: limits and formulas first

    bool isEmpty() const { return required.isEmpty(); }
    // Each returns an FTS5 expression and, in `phrases`, its phrases in the order FTS5 numbers them.
    /// The typed words of the required concepts as one phrase, in the title or the body.
    QString phraseExpression(QStringList* phrases = nullptr) const;
    /// Every required concept, each by one of its exact (or, `loose`, also its loose) alternatives.
    QString allExpression(bool loose, QStringList* phrases = nullptr) const;
    /// Any required concept.
    QString anyExpression(QStringList* phrases = nullptr) const;
};

class LookupQuery {
public:
    explicit LookupQuery(const LookupLexicon& lexicon);

    ParsedLookup parse(const QString& text) const;

    /// The lowercase words of `text` (runs of letters and digits), as the lexicon and the vocabulary hold
    /// them.
    static QStringList words(const QString& text);
    /// Words of the content one edit away from `word` (a letter added, removed, changed, or two neighbours
    /// swapped), most common first, at most `max`; none for words under 4 letters or words the content has.
    QStringList corrections(const QString& word, int max = 3) const;
    /// True when the content has `word`, or a word that starts with it.
    bool known(const QString& word) const;
    /// About how many rows hold a phrase of an expression ("\"read capacity\"", "\"vis\"*"): for a phrase,
    /// its rarest word's count; for a prefix, the most common word it starts; at least 1.
    int rowsWith(const QString& phrase) const;

private:
    enum class Role { Ignore, Number, Qualifier, Synonym };
    struct Entry {
        Role role = Role::Synonym;
        int group = -1;
    };
    /// The longest term of the lexicon that starts at words[from], and how many words it spans (0: none).
    int longestTerm(const QStringList& words, qsizetype from, Entry* entry) const;
    LookupConcept conceptFor(const QStringList& typed, const Entry* entry, bool sole, bool last) const;

    QHash<QString, Entry> m_terms; ///< normalized term -> what it is
    QList<QStringList> m_groups;   ///< group index -> its terms
    int m_longestTerm = 1;         ///< words in the longest term
    QHash<QString, int> m_vocabulary;
    QStringList m_sortedVocabulary;
    QHash<qsizetype, QStringList> m_byLength;
};

} // namespace certdeck
