#include "lookup/LookupIndex.h"

#include "content/ContentRepository.h"
#include "util/SqliteStatement.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace certdeck {

namespace {

/// More candidates than asked for, so that the boosts below can reorder them.
constexpr int kSlack = 10;
/// Results with every word that are enough: with fewer, results with some of the words follow.
constexpr int kEnough = 10;
/// Rows read for showing per statement.
constexpr int kReadBatch = 16;
/// What a note section shows of itself: at most this many characters of a line.
constexpr qsizetype kLineShown = 160;

/// True when `text` holds `term` (lowercase words separated by single spaces) as whole words, in any case.
bool holdsWords(QStringView text, QStringView term)
{
    for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(term, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + term.size();
        if ((at == 0 || !text[at - 1].isLetterOrNumber()) &&
            (end == text.size() || !text[end].isLetterOrNumber())) {
            return true;
        }
    }
    return false;
}

/// True when `text` holds one of `terms`. A term of several words also matches them joined by any
/// punctuation ("time out" in "time-out"), as the index reads them.
bool holdsAny(const QString& text, const QStringList& terms)
{
    return std::any_of(terms.cbegin(), terms.cend(), [&](const QString& t) {
        if (!t.contains(u' ')) {
            return holdsWords(text, t);
        }
        return holdsWords(LookupQuery::words(text).join(u' '), t);
    });
}

/// The first line of a note section's text that holds a word of the query (else its first line), simplified
/// and cut to kLineShown characters around that word.
QString matchingLine(const QString& text, const ParsedLookup& parsed)
{
    const QString lower = text.toLower(); // once, so that each term is a plain (fast) search
    qsizetype at = -1;
    for (const QList<LookupConcept>* list : {&parsed.required, &parsed.qualifiers}) {
        for (const LookupConcept& c : *list) {
            for (const QString& t : c.terms) {
                const qsizetype found = lower.indexOf(t);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                }
            }
        }
    }
    qsizetype begin = 0;
    qsizetype end = text.size();
    if (at >= 0) {
        begin = text.lastIndexOf(u'\n', at) + 1;
        const qsizetype next = text.indexOf(u'\n', at);
        end = next < 0 ? text.size() : next;
    } else {
        // No word of the query is in the text as typed (a prefix or a stemmed form matched): the first line.
        while (begin < text.size() && text[begin].isSpace()) {
            ++begin;
        }
        const qsizetype next = text.indexOf(u'\n', begin);
        end = next < 0 ? text.size() : next;
        at = begin;
    }
    const QString line = text.mid(begin, end - begin).simplified();
    if (line.size() <= kLineShown) {
        return line;
    }
    const qsizetype offset = std::clamp<qsizetype>(at - begin - kLineShown / 3, 0, line.size() - kLineShown);
    return (offset > 0 ? QStringLiteral("…") : QString()) + line.mid(offset, kLineShown).trimmed() +
           (offset + kLineShown < line.size() ? QStringLiteral("…") : QString());
}

/// certdeck_rank(search, rows): bm25 per column (k1 1.2, b 0.75; topic words 0.5, title 4, body 1), summed
/// over the phrases, each weighted by its rarity from `rows` (a blob of doubles, one per phrase: about how
/// many rows hold it). Negative like bm25(): lower is better.
void rankFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
                  sqlite3_value** argv)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    constexpr int kColumns = 6;
    constexpr double kWeights[kColumns] = {0, 0, 0, 2.0, 4.0, 1.0};
    sqlite3_int64 total = 0;
    api->xRowCount(fts, &total);
    const int phrases = api->xPhraseCount(fts);
    const double* rows = nullptr;
    if (argc > 0 && sqlite3_value_bytes(argv[0]) == int(sizeof(double)) * phrases) {
        rows = static_cast<const double*>(sqlite3_value_blob(argv[0]));
    }
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_double(context, 0);
        return;
    }
    std::vector<int> hits(size_t(std::max(phrases, 1) * kColumns), 0);
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && phrase < phrases &&
            column < kColumns) {
            ++hits[size_t(phrase * kColumns + column)];
        }
    }
    double lengthFactor[kColumns] = {1, 1, 1, 1, 1, 1};
    for (int column = 3; column < kColumns; ++column) {
        int length = 0;
        sqlite3_int64 columnTotal = 0;
        if (api->xColumnSize(fts, column, &length) == SQLITE_OK &&
            api->xColumnTotalSize(fts, column, &columnTotal) == SQLITE_OK && total > 0 && columnTotal > 0) {
            lengthFactor[column] = 1 - b + b * double(length) / (double(columnTotal) / double(total));
        }
    }
    double score = 0;
    for (int p = 0; p < phrases; ++p) {
        const double n = rows ? rows[p] : 1.0;
        const double idf = std::log(1 + (double(total) - n + 0.5) / (n + 0.5));
        for (int column = 3; column < kColumns; ++column) {
            const int tf = hits[size_t(p * kColumns + column)];
            if (tf > 0) {
                score += idf * kWeights[column] * (tf * (k1 + 1)) / (tf + k1 * lengthFactor[column]);
            }
        }
    }
    sqlite3_result_double(context, -score);
}

/// Registers certdeck_rank on `db` (again is harmless: the same function replaces itself).
bool registerRank(sqlite3* db)
{
    if (!db) {
        return false;
    }
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api && api->iVersion >= 2 &&
           api->xCreateFunction(api, "certdeck_rank", nullptr, rankFunction, nullptr) == SQLITE_OK;
}

} // namespace

LookupIndex::LookupIndex(const ContentRepository& content) : m_content(content)
{
    if (m_content.isOpen()) {
        sqlite3* db = sqliteHandle(m_content.connection());
        if (!registerRank(db)) {
            m_error = QStringLiteral("SQLite's FTS5 API is not available");
        }
        // Every keystroke reads the same index pages: keep up to 16 MiB of them (the default is 2 MiB).
        sqlite3_exec(db, "PRAGMA cache_size = -16384", nullptr, nullptr, nullptr);
    }
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

SqliteStatement& LookupIndex::statement(int which) const
{
    // 0: rank the first rows a tier matches; 1: read up to kReadBatch rows for showing.
    if (m_statements.empty()) {
        QStringList marks;
        for (int i = 0; i < kReadBatch; ++i) {
            marks.append(QStringLiteral("?"));
        }
        const QStringList sql{
            // The inner query stops after ?3 rows in rowid order (kind order); only those are ranked.
            QStringLiteral(
                "SELECT id, score FROM (SELECT rowid AS id, certdeck_rank(search, ?1) *"
                "   CASE rowid / %1 WHEN 1 THEN 2.0 WHEN 2 THEN 2.0 WHEN 3 THEN 1.4 WHEN 4 THEN 1.0"
                "                   WHEN 5 THEN 0.8 ELSE 0.6 END AS score"
                "   FROM search WHERE search MATCH ?2 LIMIT ?3)"
                " ORDER BY CASE WHEN ?4 AND id < 3 * %1 THEN 0 ELSE 1 END, score LIMIT ?5")
                .arg(kRowsPerKind),
            QStringLiteral("SELECT x.rowid, x.kind, x.ref, x.topic, x.title, i.answer, fi.name, fi.title,"
                           " i.source_line, fs.name, fs.title, s.heading_line,"
                           " CASE WHEN x.kind = 'note' THEN x.body END"
                           " FROM search x"
                           " LEFT JOIN items i ON x.kind <> 'note' AND i.id = x.ref"
                           " LEFT JOIN note_files fi ON fi.id = i.source_file_id"
                           " LEFT JOIN note_sections s ON x.kind = 'note' AND s.id = CAST(x.ref AS INTEGER)"
                           " LEFT JOIN note_files fs ON fs.id = s.file_id"
                           " WHERE x.rowid IN (%1)")
                .arg(marks.join(u',')),
        };
        for (const QString& text : sql) {
            m_statements.push_back(std::make_unique<SqliteStatement>(m_content.connection(), text));
        }
    }
    SqliteStatement& s = *m_statements[size_t(which)];
    s.reset();
    return s;
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
    QList<Candidate> found;
    QSet<qint64> seen;
    QStringList phrases;
    auto collect = [&](const QString& match, int tier) {
        for (const Candidate& c : rank(match, phrases, tier, candidates, parsed.asksForNumber)) {
            if (!seen.contains(c.rowid)) {
                seen.insert(c.rowid);
                found.append(c);
            }
        }
    };
    // One word alone is its own phrase: the exact tier finds it.
    if (parsed.required.size() > 1 || parsed.required.first().typed.size() > 1) {
        collect(parsed.phraseExpression(&phrases), 0);
    }
    const QString exact = parsed.allExpression(false, &phrases);
    collect(exact, 1);
    const QString loose = parsed.allExpression(true, &phrases);
    if (loose != exact) {
        collect(loose, 2);
    }
    if (found.size() < std::min(limit, kEnough)) {
        collect(parsed.anyExpression(&phrases), 3); // few items have every word: the best of those with some
    }
    // A query that asks for a number shows limits and formulas before the rest of what has every word.
    auto group = [&](int tier, qint64 rowid) {
        if (tier == 3) {
            return 2;
        }
        return parsed.asksForNumber && rowid >= 3 * kRowsPerKind ? 1 : 0;
    };
    auto before = [&](int ga, int ta, double sa, qint64 ra, int gb, int tb, double sb, qint64 rb) {
        if (ga != gb) {
            return ga < gb;
        }
        if (ta != tb) {
            return ta < tb;
        }
        if (sa != sb) {
            return sa < sb;
        }
        return ra < rb;
    };
    std::sort(found.begin(), found.end(), [&](const Candidate& a, const Candidate& b) {
        return before(group(a.tier, a.rowid), a.tier, a.score, a.rowid, group(b.tier, b.rowid), b.tier,
                      b.score, b.rowid);
    });
    if (found.size() > candidates) {
        found.resize(candidates);
    }
    QList<LookupResult> results = read(found, parsed);

    // A qualifier the query names ("max") is preferred in the title, less so in the answer; a query naming
    // none asks for the default value ("visibility timeout" means the default one).
    static const QStringList defaultWords{QStringLiteral("default")};
    QHash<QString, qint64> rowids;
    for (qsizetype i = 0; i < results.size(); ++i) {
        LookupResult& r = results[i];
        rowids.insert(r.id, found[i].rowid);
        const QString& title = r.title;
        const QString& answer = r.answer;
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
    std::stable_sort(results.begin(), results.end(), [&](const LookupResult& a, const LookupResult& b) {
        const qint64 ra = rowids.value(a.id);
        const qint64 rb = rowids.value(b.id);
        return before(group(a.tier, ra), a.tier, a.score, ra, group(b.tier, rb), b.tier, b.score, rb);
    });
    if (results.size() > limit) {
        results.resize(limit);
    }
    return results;
}

QList<LookupIndex::Candidate> LookupIndex::rank(const QString& match, const QStringList& phrases, int tier,
                                                int limit, bool number) const
{
    QList<Candidate> out;
    if (match.isEmpty()) {
        return out;
    }
    // How many rows hold each phrase, in the order FTS5 numbers them: what certdeck_rank weighs them by.
    std::vector<double> rows;
    rows.reserve(size_t(phrases.size()));
    for (const QString& p : phrases) {
        rows.push_back(double(m_query->rowsWith(p)));
    }
    SqliteStatement& q = statement(0);
    q.bindBlob(1, rows.data(), int(rows.size() * sizeof(double)));
    q.bind(2, match);
    // Some words in any order ranks fewer rows: it is the fallback, and broad.
    q.bind(3, qint64(tier == 3 ? kRankedPerTier / 2 : kRankedPerTier));
    q.bind(4, qint64(number ? 1 : 0));
    q.bind(5, qint64(limit));
    while (q.next()) {
        out.append(Candidate{q.integer(0), tier, q.real(1)});
    }
    return out; // a query never errors: an expression FTS5 refuses simply finds nothing
}

QList<LookupResult> LookupIndex::read(const QList<Candidate>& candidates, const ParsedLookup& parsed) const
{
    QHash<qint64, LookupResult> byRowid;
    for (qsizetype from = 0; from < candidates.size(); from += kReadBatch) {
        SqliteStatement& q = statement(1);
        for (int i = 0; i < kReadBatch; ++i) {
            const qsizetype at = from + i;
            q.bind(i + 1, at < candidates.size() ? candidates[at].rowid : qint64(-1));
        }
        while (q.next()) {
            LookupResult r;
            r.kind = q.text(1);
            r.topic = q.text(3);
            r.title = q.text(4);
            if (r.kind == u"note") {
                r.sourceFile = q.text(9);
                r.sourceTitle = q.text(10);
                r.sourceLine = int(q.integer(11));
                r.answer = matchingLine(q.text(12), parsed);
            } else {
                r.answer = q.text(5);
                r.sourceFile = q.text(6);
                r.sourceTitle = q.text(7);
                r.sourceLine = int(q.integer(8));
            }
            r.source = QStringLiteral("%1:%2").arg(r.sourceFile).arg(r.sourceLine);
            r.id = r.kind == u"note" ? QStringLiteral("note:") + r.source : q.text(2);
            byRowid.insert(q.integer(0), r);
        }
    }
    QList<LookupResult> results;
    for (const Candidate& c : candidates) {
        const auto it = byRowid.constFind(c.rowid);
        if (it != byRowid.cend()) {
            LookupResult r = *it;
            r.tier = c.tier;
            r.score = c.score;
            results.append(r);
        }
    }
    return results;
}

QString LookupIndex::kindLabel(const QString& kind)
{
    if (kind == u"limit") {
        return tr("Limit");
    }
    if (kind == u"formula") {
        return tr("Formula");
    }
    if (kind == u"card") {
        return tr("Card");
    }
    if (kind == u"erratum") {
        return tr("Correction");
    }
    if (kind == u"question") {
        return tr("Question");
    }
    //: Label of a search result that is a section of the learner's notes
    return tr("Note");
}

} // namespace certdeck
