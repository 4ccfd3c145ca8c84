#pragma once

#include <QList>
#include <QString>

namespace certdeck {

class ContentRepository;

struct LookupResult {
    QString kind; ///< limit, formula, card, erratum, question or note
    QString id;   ///< item id, or "note:<file>:<line>" for a note section
    QString title;
    QString answer;
    QString topic;
    QString source;   ///< "<notes file>:<line>"
    double score = 0; ///< lower is better
};

/// Full-text lookup over content.db. Any text is a valid query: words are taken out of it and quoted, so
/// operators, quotes and SQL in the input are only words. Limits and formulas rank above cards, cards above
/// errata and questions, and items above raw note sections. A query naming no qualifier (max, min, ...)
/// prefers an item about the default.
class LookupIndex {
public:
    explicit LookupIndex(const ContentRepository& content) : m_content(content) {}

    QList<LookupResult> search(const QString& query, int limit = 10) const;

    /// The FTS5 expression a query becomes (every word must match as a prefix; or any word), or empty.
    static QString matchExpression(const QString& query, bool anyWord = false);

private:
    QList<LookupResult> run(const QString& match, int limit, bool preferDefaults) const;
    const ContentRepository& m_content;
};

} // namespace certdeck
