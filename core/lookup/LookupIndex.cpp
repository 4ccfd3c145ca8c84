#include "lookup/LookupIndex.h"

#include "content/ContentRepository.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace certdeck {

namespace {

/// More candidates than asked for, so that the boosts below can reorder them.
constexpr int kSlack = 20;

/// True when `text` (as lowercase words between spaces) holds one of `terms` as whole words.
bool holdsAny(const QString& text, const QStringList& terms)
{
    return std::any_of(terms.cbegin(), terms.cend(),
                       [&](const QString& t) { return text.contains(u' ' + t + u' '); });
}

QString spacedWords(const QString& text)
{
    return u' ' + LookupQuery::words(text).join(u' ') + u' ';
}

} // namespace

LookupIndex::LookupIndex(const ContentRepository& content) : m_content(content)
{
    LookupLexicon lexicon;
    if (m_content.isOpen()) {
        Result<LookupLexicon> read = m_content.lookupLexicon();
        if (read) {
            lexicon = std::move(*read);
        } else {
            m_error = read.error();
        }
    }
    m_query = std::make_unique<LookupQuery>(lexicon);
}

LookupIndex::~LookupIndex() = default;

int LookupIndex::kindCode(const QString& kind)
{
    static const QStringList codes{QStringLiteral("limit"),    QStringLiteral("formula"),
                                   QStringLiteral("card"),     QStringLiteral("erratum"),
                                   QStringLiteral("question"), QStringLiteral("note")};
    return int(codes.indexOf(kind)) + 1;
}

QList<LookupResult> LookupIndex::search(const QString& query, int limit) const
{
    if (limit <= 0 || !m_content.isOpen()) {
        return {};
    }
    const ParsedLookup parsed = m_query->parse(query);
    if (parsed.isEmpty()) {
        return {};
    }
    const int candidates = limit + kSlack;
    QList<LookupResult> results;
    QSet<QString> seen;
    auto collect = [&](const QString& match, int tier) {
        for (LookupResult& r : run(match, tier, candidates, parsed.asksForNumber)) {
            if (!seen.contains(r.id)) {
                seen.insert(r.id);
                results.append(std::move(r));
            }
        }
    };
    collect(parsed.phraseExpression(), 0);
    const QString exact = parsed.allExpression(false);
    collect(exact, 1);
    const QString loose = parsed.allExpression(true);
    if (loose != exact) {
        collect(loose, 2);
    }
    if (results.size() < limit) {
        collect(parsed.anyExpression(), 3); // no item has every word: the best of those with some
    }

    // A qualifier the query names ("max") is preferred in the title, less so in the answer; a query naming
    // none asks for the default value ("visibility timeout" means the default one).
    static const QStringList defaultWords{QStringLiteral("default")};
    for (LookupResult& r : results) {
        const QString title = spacedWords(r.title);
        const QString answer = spacedWords(r.answer);
        double factor = 1.0;
        for (const LookupConcept& q : parsed.qualifiers) {
            factor *= holdsAny(title, q.terms) ? 1.6 : holdsAny(answer, q.terms) ? 1.25 : 1.0;
        }
        if (parsed.qualifiers.isEmpty() && (r.kind == u"limit" || r.kind == u"card") &&
            holdsAny(title, defaultWords)) {
            factor *= 1.3;
        }
        r.score *= factor; // scores are negative: a larger factor ranks higher
    }
    auto group = [&](const LookupResult& r) {
        if (r.tier == 3) {
            return 2;
        }
        return parsed.asksForNumber && kindCode(r.kind) > 2 ? 1 : 0;
    };
    std::stable_sort(results.begin(), results.end(), [&](const LookupResult& a, const LookupResult& b) {
        const int ga = group(a);
        const int gb = group(b);
        if (ga != gb) {
            return ga < gb;
        }
        if (a.tier != b.tier) {
            return a.tier < b.tier;
        }
        if (a.score != b.score) {
            return a.score < b.score;
        }
        return a.id < b.id;
    });
    if (results.size() > limit) {
        results.resize(limit);
    }
    return results;
}

QList<LookupResult> LookupIndex::run(const QString& match, int tier, int limit, bool number) const
{
    QList<LookupResult> results;
    if (match.isEmpty()) {
        return results;
    }
    // bm25() is negative, lower is better; a kind weight above 1 lifts it. The kind is the rowid's code, so
    // ranking reads only the index; the rows themselves are read for the few that are returned.
    static const QString sql =
        QStringLiteral(
            "WITH hits AS ("
            "  SELECT rowid AS id, bm25(search, 0, 0, 0, 0.5, 4.0, 1.0) *"
            "    CASE rowid / %1 WHEN 1 THEN 2.0 WHEN 2 THEN 2.0 WHEN 3 THEN 1.4 WHEN 4 THEN 1.0"
            "                    WHEN 5 THEN 0.8 ELSE 0.6 END AS score"
            "  FROM search WHERE search MATCH :match"
            "  ORDER BY CASE WHEN :number AND rowid / %1 <= 2 THEN 0 ELSE 1 END, score LIMIT :limit)"
            " SELECT x.kind, x.ref, x.topic, h.score, x.title, i.answer, fi.name, fi.title, i.source_line,"
            "   fs.name, fs.title, s.heading_line,"
            "   CASE WHEN x.kind = 'note' THEN (SELECT snippet(search, 5, '', '', '…', 16) FROM search"
            "     WHERE search MATCH :again AND rowid = h.id) END"
            " FROM hits h CROSS JOIN search x ON x.rowid = h.id"
            " LEFT JOIN items i ON x.kind <> 'note' AND i.id = x.ref"
            " LEFT JOIN note_files fi ON fi.id = i.source_file_id"
            " LEFT JOIN note_sections s ON x.kind = 'note' AND s.id = CAST(x.ref AS INTEGER)"
            " LEFT JOIN note_files fs ON fs.id = s.file_id")
            .arg(kRowsPerKind);
    QSqlQuery q(m_content.connection().database());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":match"), match);
    q.bindValue(QStringLiteral(":again"), match);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":number"), number ? 1 : 0);
    if (!q.exec()) {
        return results; // a query never errors: an expression FTS5 refuses simply finds nothing
    }
    while (q.next()) {
        LookupResult r;
        r.kind = q.value(0).toString();
        r.topic = q.value(2).toString();
        r.score = q.value(3).toDouble();
        r.title = q.value(4).toString();
        r.tier = tier;
        if (r.kind == u"note") {
            r.sourceFile = q.value(9).toString();
            r.sourceTitle = q.value(10).toString();
            r.sourceLine = q.value(11).toInt();
            r.answer = q.value(12).toString().simplified();
        } else {
            r.answer = q.value(5).toString();
            r.sourceFile = q.value(6).toString();
            r.sourceTitle = q.value(7).toString();
            r.sourceLine = q.value(8).toInt();
        }
        r.source = QStringLiteral("%1:%2").arg(r.sourceFile).arg(r.sourceLine);
        r.id = r.kind == u"note" ? QStringLiteral("note:") + r.source : q.value(1).toString();
        results.append(r);
    }
    return results;
}

} // namespace certdeck
