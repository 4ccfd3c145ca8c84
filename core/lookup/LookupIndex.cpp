#include "lookup/LookupIndex.h"

#include "content/ContentRepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace certdeck {

namespace {

/// Words that carry no meaning in a question like "what is the limit for X".
const QSet<QString>& stopWords()
{
    static const QSet<QString> words{
        QStringLiteral("a"),     QStringLiteral("an"),   QStringLiteral("the"),  QStringLiteral("of"),
        QStringLiteral("for"),   QStringLiteral("to"),   QStringLiteral("in"),   QStringLiteral("on"),
        QStringLiteral("is"),    QStringLiteral("are"),  QStringLiteral("what"), QStringLiteral("whats"),
        QStringLiteral("how"),   QStringLiteral("does"), QStringLiteral("do"),   QStringLiteral("i"),
        QStringLiteral("and"),   QStringLiteral("or"),   QStringLiteral("with"), QStringLiteral("by"),
        QStringLiteral("which"), QStringLiteral("can"),  QStringLiteral("it"),   QStringLiteral("me"),
    };
    return words;
}

} // namespace

QString LookupIndex::matchExpression(const QString& query, bool anyWord)
{
    static const QRegularExpression wordPattern(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList all;
    for (auto it = wordPattern.globalMatch(query); it.hasNext();) {
        all.append(it.next().captured(0).toLower());
    }
    QStringList words;
    for (const QString& w : std::as_const(all)) {
        if (!stopWords().contains(w)) {
            words.append(w);
        }
    }
    if (words.isEmpty()) {
        words = all; // a query made only of stop words still means something
    }
    if (words.size() > 12) {
        words = words.mid(0, 12);
    }
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        // Each word is an FTS5 string: quotes are doubled, so no input can act as an operator.
        // Every word is a prefix: "max" finds "maximum", and the word being typed matches as it grows.
        terms.append(u'"' + QString(words[i]).replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*"));
    }
    return terms.join(anyWord ? QStringLiteral(" OR ") : QStringLiteral(" AND "));
}

QList<LookupResult> LookupIndex::search(const QString& query, int limit) const
{
    if (limit <= 0 || !m_content.isOpen()) {
        return {};
    }
    const QString all = matchExpression(query);
    if (all.isEmpty()) {
        return {};
    }
    // A bare setting name ("visibility timeout") asks for its default; "max visibility timeout" does not.
    static const QRegularExpression qualifier(
        QStringLiteral(R"(\b(default|max|maximum|min|minimum|limit|limits|range|quota|largest|smallest)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool preferDefaults = !qualifier.match(query).hasMatch();
    QList<LookupResult> results = run(all, limit, preferDefaults);
    if (results.isEmpty()) {
        results = run(matchExpression(query, true), limit, preferDefaults); // no item has every word
    }
    return results;
}

QList<LookupResult> LookupIndex::run(const QString& match, int limit, bool preferDefaults) const
{
    // bm25() is negative, lower is better; multiplying by a kind weight above 1 lifts it. Title matches
    // count four times body matches; the topic's name counts half.
    static const QString sql =
        QStringLiteral("WITH hits AS ("
                       "  SELECT kind, ref, topic, bm25(search, 0, 0, 0, 0.5, 4.0, 1.0) *"
                       "    CASE kind WHEN 'limit' THEN 2.0 WHEN 'formula' THEN 2.0 WHEN 'card' THEN 1.4"
                       "              WHEN 'erratum' THEN 1.0 WHEN 'question' THEN 0.8 ELSE 0.6 END *"
                       "    CASE WHEN :defaults AND kind IN ('limit', 'card') AND lower(title) LIKE "
                       "'%default%' THEN 1.3 ELSE 1.0 END"
                       "    AS score,"
                       "    title, snippet(search, 5, '', '', '…', 16) AS excerpt"
                       "  FROM search WHERE search MATCH :match ORDER BY score LIMIT :limit)"
                       " SELECT h.kind, h.ref, h.topic, h.score, h.title, h.excerpt,"
                       "   i.answer, fi.name, i.source_line, fs.name, s.heading_line"
                       " FROM hits h"
                       " LEFT JOIN items i ON h.kind <> 'note' AND i.id = h.ref"
                       " LEFT JOIN note_files fi ON fi.id = i.source_file_id"
                       " LEFT JOIN note_sections s ON h.kind = 'note' AND s.id = CAST(h.ref AS INTEGER)"
                       " LEFT JOIN note_files fs ON fs.id = s.file_id"
                       " ORDER BY h.score, h.kind, h.ref");
    QList<LookupResult> results;
    QSqlQuery q(m_content.connection().database());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":match"), match);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":defaults"), preferDefaults ? 1 : 0);
    if (!q.exec()) {
        return results; // a query never errors: an expression FTS5 refuses simply finds nothing
    }
    while (q.next()) {
        LookupResult r;
        r.kind = q.value(0).toString();
        r.topic = q.value(2).toString();
        r.score = q.value(3).toDouble();
        r.title = q.value(4).toString();
        if (r.kind == u"note") {
            r.source = QStringLiteral("%1:%2").arg(q.value(9).toString()).arg(q.value(10).toInt());
            r.id = QStringLiteral("note:") + r.source;
            r.answer = q.value(5).toString().simplified();
        } else {
            r.id = q.value(1).toString();
            r.answer = q.value(6).toString();
            r.source = QStringLiteral("%1:%2").arg(q.value(7).toString()).arg(q.value(8).toInt());
        }
        results.append(r);
    }
    return results;
}

} // namespace certdeck
