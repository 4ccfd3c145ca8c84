#pragma once

// Quick lookup over content.db: limits, formulas, cards, errata, questions and note sections.
//
// Ranking (LookupQuery says how a query is read):
// 1. How well the words match, in tiers: the exact phrase, then every word (a synonym counts), then every
//    word loosely (the start of a word, a corrected typo); only when these find too little, any word.
// 2. A query that asks for a number ("max", "default", "how many") shows limits and formulas before
//    everything else that matches every word.
// 3. Within a tier, SQLite's bm25 with the title four times the body and the topic's name half, weighted by
//    kind (limits and formulas first, note sections last); an item whose title (or, less, answer) holds a
//    qualifier the query names ("max") comes first, and a query naming none prefers the default value.
// Rows carry their kind in the rowid (see ContentDatabase), so ranking reads no row it does not return.

#include "lookup/LookupQuery.h"

#include <QList>
#include <QString>

#include <memory>

namespace certdeck {

class ContentRepository;

struct LookupResult {
    QString kind; ///< limit, formula, card, erratum, question or note
    QString id;   ///< item id, or "note:<file>:<line>" for a note section
    QString title;
    QString answer;
    QString topic;
    QString source;      ///< "<notes file>:<line>"
    QString sourceFile;  ///< the notes file
    int sourceLine = 0;  ///< 1-based line in it
    QString sourceTitle; ///< the name people know the notes file by ("Developer notes")
    int tier = 0;        ///< 0 exact phrase, 1 every word, 2 every word loosely, 3 some words
    double score = 0;    ///< lower is better, within a tier
};

class LookupIndex {
public:
    /// Reads the content's lexicon; when that fails (error() says why), searching still works, without
    /// synonyms or typo correction.
    explicit LookupIndex(const ContentRepository& content);
    ~LookupIndex();

    QList<LookupResult> search(const QString& query, int limit = 10) const;
    const QString& error() const { return m_error; }
    const LookupQuery& query() const { return *m_query; }

    /// The kind code a row's rowid carries: rowid / kRowsPerKind.
    static constexpr qint64 kRowsPerKind = 1000000000;
    static int kindCode(const QString& kind);

private:
    QList<LookupResult> run(const QString& match, int tier, int limit, bool number) const;

    const ContentRepository& m_content;
    std::unique_ptr<LookupQuery> m_query;
    QString m_error;
};

} // namespace certdeck
