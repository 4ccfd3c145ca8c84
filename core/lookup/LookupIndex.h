#pragma once

// Quick lookup over content.db: limits, formulas, cards, errata, questions and note sections.
//
// Ranking (LookupQuery says how a query is read):
// 1. How well the words match, in tiers: the exact phrase, then every word (a synonym counts), then every
//    word loosely (the start of a word, a corrected typo); only when these find fewer than 10, any word.
// 2. A query that asks for a number ("max", "default", "how many") shows limits and formulas before
//    everything else that matches every word.
// 3. Within a tier, a bm25 score (certdeck_rank, an FTS5 ranking function of our own: bm25's saturation and
//    length normalization per column, the title four times the body and the topic's name twice, but each
//    phrase's rarity taken from the content's vocabulary instead of a scan of the whole index per query),
//    weighted by kind (limits and formulas first, note sections last); an item whose title (or, less,
//    answer) holds a qualifier the query names ("max") comes first, and a query naming none prefers the
//    default value.
// Cost is bounded whatever the size of the bank: a tier ranks at most kRankedPerTier matching rows, the first
// in rowid order, and rows carry their kind in the rowid (limits first, notes last: see ContentDatabase), so
// a tier broader than that ("l", "sqs" in a huge bank) ranks its limits, formulas and cards. Only the rows
// that can be shown are read; a note section shows its first line that holds a query word.

#include "lookup/LookupQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace certdeck {

class ContentRepository;
class SqliteStatement;

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
    Q_DECLARE_TR_FUNCTIONS(LookupIndex)

public:
    /// What a result is, for people: "Limit", "Formula", "Card", "Correction", "Question" or "Note".
    static QString kindLabel(const QString& kind);

    /// Reads the content's lexicon; when that fails (error() says why), searching still works, without
    /// synonyms or typo correction.
    explicit LookupIndex(const ContentRepository& content);
    ~LookupIndex();

    QList<LookupResult> search(const QString& query, int limit = 10) const;
    const QString& error() const { return m_error; }
    const LookupQuery& query() const { return *m_query; }

    /// The kind code a row's rowid carries: rowid / kRowsPerKind.
    static constexpr qint64 kRowsPerKind = 1000000000;
    static constexpr int kRankedPerTier = 300;
    static int kindCode(const QString& kind);

private:
    struct Candidate {
        qint64 rowid = 0;
        int tier = 0;
        double score = 0;
    };
    /// The best `limit` rows `match` finds among the first kRankedPerTier, as (rowid, score).
    QList<Candidate> rank(const QString& match, const QStringList& phrases, int tier, int limit,
                          bool number) const;
    /// The rows of `candidates`, read for showing.
    QList<LookupResult> read(const QList<Candidate>& candidates, const ParsedLookup& parsed) const;
    SqliteStatement& statement(int which) const;

    const ContentRepository& m_content;
    std::unique_ptr<LookupQuery> m_query;
    QString m_error;
    mutable std::vector<std::unique_ptr<SqliteStatement>>
        m_statements; ///< prepared once, reused per keystroke
};

} // namespace certdeck
