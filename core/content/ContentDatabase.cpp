#include "content/ContentDatabase.h"

#include "lookup/LookupIndex.h"
#include "lookup/LookupQuery.h"
#include "util/SqliteConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdlib>
#include <functional>
#include <map>

namespace certdeck {

namespace {

const char* const kSchema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE topics(id TEXT PRIMARY KEY, title TEXT NOT NULL, position INTEGER NOT NULL) WITHOUT ROWID",
    // The words notes use for each topic (topics.yaml), so the learner's own notes find their topics too.
    "CREATE TABLE topic_aliases(topic_id TEXT NOT NULL REFERENCES topics(id), position INTEGER NOT NULL,"
    " alias TEXT NOT NULL, PRIMARY KEY(topic_id, position)) WITHOUT ROWID",
    // title: the name people know the file by (notes.yaml), its file name when it has none. own: 1 for the
    // learner's own notes, added beside the bank's (PersonalContent).
    "CREATE TABLE note_files(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, style TEXT NOT NULL,"
    " line_count INTEGER NOT NULL, title TEXT NOT NULL, own INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE note_sections(id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES note_files(id),"
    " position INTEGER NOT NULL, title TEXT NOT NULL, topic_id TEXT NOT NULL REFERENCES topics(id),"
    " heading_topics TEXT NOT NULL, level INTEGER NOT NULL, first_line INTEGER NOT NULL,"
    " last_line INTEGER NOT NULL, heading_line INTEGER NOT NULL)",
    "CREATE INDEX note_sections_by_topic ON note_sections(topic_id, file_id, position)",
    "CREATE TABLE note_lines(file_id INTEGER NOT NULL REFERENCES note_files(id), line INTEGER NOT NULL,"
    " section_id INTEGER NOT NULL REFERENCES note_sections(id), text TEXT NOT NULL,"
    " PRIMARY KEY(file_id, line)) WITHOUT ROWID",
    // One row per curated item of any kind: what lookup, stats and the notes view need in common.
    "CREATE TABLE items(id TEXT PRIMARY KEY, kind TEXT NOT NULL, topic_id TEXT NOT NULL REFERENCES "
    "topics(id),"
    " title TEXT NOT NULL, answer TEXT NOT NULL, source_file_id INTEGER NOT NULL REFERENCES note_files(id),"
    " source_line INTEGER NOT NULL, source_quote TEXT NOT NULL,"
    " section_id INTEGER NOT NULL REFERENCES note_sections(id), deck_file TEXT NOT NULL, deck_line INTEGER "
    "NOT NULL,"
    " position INTEGER NOT NULL, ref TEXT NOT NULL) WITHOUT ROWID",
    "CREATE INDEX items_by_kind ON items(kind, topic_id, position)",
    "CREATE INDEX items_by_source ON items(source_file_id, source_line)",
    "CREATE TABLE cards(id TEXT PRIMARY KEY REFERENCES items(id), front TEXT NOT NULL, back TEXT NOT NULL)"
    " WITHOUT ROWID",
    "CREATE TABLE questions(id TEXT PRIMARY KEY REFERENCES items(id), stem TEXT NOT NULL, choose INTEGER NOT "
    "NULL,"
    " explanation TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE question_options(question_id TEXT NOT NULL REFERENCES questions(id), position INTEGER NOT "
    "NULL,"
    " text TEXT NOT NULL, correct INTEGER NOT NULL, why TEXT NOT NULL, PRIMARY KEY(question_id, position))"
    " WITHOUT ROWID",
    // The task statement a question names for each profile it serves, and the domain that holds it.
    "CREATE TABLE question_domains(question_id TEXT NOT NULL REFERENCES questions(id), profile_id TEXT NOT "
    "NULL,"
    " domain_id TEXT NOT NULL, task_id TEXT NOT NULL, PRIMARY KEY(question_id, profile_id)) WITHOUT ROWID",
    "CREATE TABLE limits(id TEXT PRIMARY KEY REFERENCES items(id), name TEXT NOT NULL, value TEXT NOT NULL,"
    " numeric_value REAL, unit TEXT NOT NULL, note TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE formulas(id TEXT PRIMARY KEY REFERENCES items(id), name TEXT NOT NULL, expression TEXT NOT "
    "NULL,"
    " variables TEXT NOT NULL, example TEXT NOT NULL, calculator TEXT NOT NULL, calculator_inputs TEXT NOT "
    "NULL)"
    " WITHOUT ROWID",
    // Figures the calculators use (calculators.yaml), with their AWS page; prices with region and month.
    "CREATE TABLE calc_facts(id TEXT PRIMARY KEY, name TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT "
    "NULL,"
    " ref TEXT NOT NULL, url TEXT NOT NULL, quote TEXT NOT NULL, region TEXT NOT NULL, as_of TEXT NOT NULL,"
    " historical INTEGER NOT NULL, position INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE errata(id TEXT PRIMARY KEY REFERENCES items(id), says TEXT NOT NULL, correct TEXT NOT NULL,"
    " ref TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE exam_profiles(id TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL,"
    " question_count INTEGER NOT NULL, minutes INTEGER NOT NULL, min_score INTEGER NOT NULL,"
    " max_score INTEGER NOT NULL, pass_score INTEGER NOT NULL, position INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE exam_domains(profile_id TEXT NOT NULL REFERENCES exam_profiles(id), id TEXT NOT NULL,"
    " name TEXT NOT NULL, weight INTEGER NOT NULL, position INTEGER NOT NULL, PRIMARY KEY(profile_id, id))"
    " WITHOUT ROWID",
    "CREATE TABLE exam_tasks(profile_id TEXT NOT NULL REFERENCES exam_profiles(id), domain_id TEXT NOT NULL,"
    " id TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY(profile_id, id))"
    " WITHOUT ROWID",
    // Note sections a deck leaves out on purpose, with the reason.
    "CREATE TABLE skipped_sections(section_id INTEGER NOT NULL REFERENCES note_sections(id),"
    " reason TEXT NOT NULL, deck_file TEXT NOT NULL, deck_line INTEGER NOT NULL)",
    // Full-text index over items and note sections. kind: card|question|limit|formula|erratum|note;
    // ref: an item id, or a note section id; topic_words: the topic's id and title, so "dynamodb" in a
    // query matches every DynamoDB item.
    // The lookup lexicon (lookup.yaml): role is ignore, number, qualifier or synonym; a group's terms share
    // grp. A term is in one role and group only.
    "CREATE TABLE lookup_terms(term TEXT PRIMARY KEY, role TEXT NOT NULL, grp INTEGER NOT NULL) WITHOUT "
    "ROWID",
    // Every word of the search rows and how many rows hold it: what a mistyped word is corrected to.
    "CREATE TABLE lookup_words(word TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, topic UNINDEXED, topic_words, "
    "title, body,"
    " tokenize = 'porter unicode61 remove_diacritics 2', prefix = '1 2 3 4')",
};

/// Runs prepared statements with bound values and remembers the first error.
class Writer {
public:
    explicit Writer(const SqliteConnection& connection) : m_db(connection.database()) {}

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    void exec(const QString& sql)
    {
        if (!ok()) {
            return;
        }
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            m_error = sqlErrorText(q.lastError()) + QStringLiteral(" [") + sql.left(80) + u']';
        }
    }

    void insert(const QString& sql, const QVariantList& values)
    {
        if (!ok()) {
            return;
        }
        QSqlQuery& q = prepared(sql);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant& v = values[i];
            // A null QString binds as SQL NULL; text columns hold "" instead.
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            q.bindValue(int(i), nullText ? QVariant(QStringLiteral("")) : v);
        }
        if (!q.exec()) {
            m_error = sqlErrorText(q.lastError()) + QStringLiteral(" [") + sql.left(80) + u']';
        }
    }

private:
    QSqlQuery& prepared(const QString& sql)
    {
        auto it = m_cache.find(sql);
        if (it == m_cache.end()) {
            QSqlQuery q(m_db);
            q.prepare(sql);
            it = m_cache.emplace(sql, std::move(q)).first;
        }
        return it->second;
    }

    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_cache;
    QString m_error;
};

/// "120000" -> "120,000": large whole numbers read better grouped.
QString readableValue(const Limit& l)
{
    bool whole = false;
    const qlonglong n = l.value.toLongLong(&whole);
    if (!l.numeric || !whole || std::abs(n) < 10000) {
        return l.value;
    }
    QString digits = QString::number(std::abs(n));
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3) {
        digits.insert(at, u',');
    }
    return n < 0 ? u'-' + digits : digits;
}

/// "30 seconds (settable from 0 seconds to 12 hours)".
QString limitAnswer(const Limit& l)
{
    const QString value = readableValue(l);
    QString answer = l.unit.isEmpty() ? value : value + u' ' + l.unit;
    QString note = l.note;
    if (note.endsWith(u'.')) {
        note.chop(1);
    }
    if (note.size() > 1 && note[0].isUpper() && note[1].isLower()) {
        note[0] = note[0].toLower();
    }
    if (!note.isEmpty()) {
        answer += QStringLiteral(" (") + note + u')';
    }
    return answer;
}

/// Rows of the full-text index; their words count towards the vocabulary typos are corrected to. The rowid
/// carries the kind (LookupIndex::kindCode), so lookup ranks by kind without reading rows.
class SearchRows {
public:
    SearchRows(Writer& w, QHash<QString, QString> topicWords) : m_w(w), m_topicWords(std::move(topicWords)) {}

    /// Rows of `kind` already in the index: new ones are numbered after them.
    void setCount(const QString& kind, qint64 rows) { m_rowsOfKind[LookupIndex::kindCode(kind)] = rows; }

    void add(const QString& kind, const QString& ref, const QString& topic, const QString& title,
             const QString& body)
    {
        const QString words = m_topicWords.value(topic);
        const int code = LookupIndex::kindCode(kind);
        const qint64 rowid = code * LookupIndex::kRowsPerKind + ++m_rowsOfKind[code];
        m_w.insert(QStringLiteral("INSERT INTO search(rowid, kind, ref, topic, topic_words, title, body)"
                                  " VALUES(?,?,?,?,?,?,?)"),
                   {rowid, kind, ref, topic, words, title, body});
        QStringList all = LookupQuery::words(words + u' ' + title + u' ' + body);
        all.removeDuplicates();
        for (const QString& word : std::as_const(all)) {
            ++m_vocabulary[word];
        }
    }

    const std::map<QString, int>& vocabulary() const { return m_vocabulary; }

private:
    Writer& m_w;
    QHash<QString, QString> m_topicWords;
    std::map<QString, int> m_vocabulary;
    QHash<int, qint64> m_rowsOfKind;
};

/// One notes file: its row, its sections (numbered on from `sectionId`), its lines and a search row per
/// section.
void writeNotes(Writer& w, SearchRows& search, const NotesDocument& doc, int fileId, const QString& title,
                bool own, int& sectionId, const std::function<void(int lines)>& linesDone = {})
{
    w.insert(QStringLiteral(
                 "INSERT INTO note_files(id, name, style, line_count, title, own) VALUES(?, ?, ?, ?, ?, ?)"),
             {fileId, doc.fileName, notesStyleName(doc.style), int(doc.lines.size()), title, own ? 1 : 0});
    for (qsizetype s = 0; s < doc.sections.size(); ++s) {
        const NoteSection& sec = doc.sections[s];
        ++sectionId;
        w.insert(
            QStringLiteral("INSERT INTO note_sections(id, file_id, position, title, topic_id, heading_topics,"
                           " level, first_line, last_line, heading_line) VALUES(?,?,?,?,?,?,?,?,?,?)"),
            {sectionId, fileId, int(s), sec.title, sec.topic, sec.headingTopics.join(u','), sec.level,
             sec.firstLine, sec.lastLine, sec.headingLine});
        QStringList text;
        for (int line = sec.firstLine; line <= sec.lastLine; ++line) {
            const QString& lineText = doc.lines[line - 1];
            text.append(lineText);
            w.insert(
                QStringLiteral("INSERT INTO note_lines(file_id, line, section_id, text) VALUES(?, ?, ?, ?)"),
                {fileId, line, sectionId, lineText});
        }
        search.add(QStringLiteral("note"), QString::number(sectionId), sec.topic, sec.title,
                   text.join(u'\n'));
        if (linesDone) {
            linesDone(sec.lastLine - sec.firstLine + 1);
        }
    }
}

} // namespace

QStringList ContentDatabase::tableNames()
{
    static const QRegularExpression created(QStringLiteral(R"(^CREATE (?:VIRTUAL )?TABLE (\w+))"));
    QStringList names;
    for (const char* ddl : kSchema) {
        const QRegularExpressionMatch m = created.match(QLatin1String(ddl));
        if (m.hasMatch()) {
            names.append(m.captured(1));
        }
    }
    return names;
}

bool ContentDatabase::write(const ContentBank& bank, SqliteConnection& connection, QString* error)
{
    QHash<QString, int> fileIds;
    QHash<QString, int> firstSectionId; // file name -> id of its first section
    QHash<QString, const NotesDocument*> docs;
    {
        Writer w(connection);
        w.exec(QStringLiteral("PRAGMA page_size = 4096"));
        w.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        w.exec(QStringLiteral("BEGIN"));
        for (const char* ddl : kSchema) {
            w.exec(QString::fromLatin1(ddl));
        }
        w.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        w.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));

        w.insert(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"),
                 {QStringLiteral("schema_version"), QString::number(kSchemaVersion)});
        w.insert(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"),
                 {QStringLiteral("content_hash"), bank.contentHash});
        if (bank.factsChecked.isValid()) {
            w.insert(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"),
                     {QStringLiteral("facts_checked"), bank.factsChecked.toString(Qt::ISODate)});
        }

        int position = 0;
        QHash<QString, QString> topicWords;
        for (const Topic& t : bank.catalog.topics()) {
            topicWords.insert(t.id, t.id + u' ' + t.title);
            w.insert(QStringLiteral("INSERT INTO topics(id, title, position) VALUES(?, ?, ?)"),
                     {t.id, t.title, position++});
            for (qsizetype a = 0; a < t.aliases.size(); ++a) {
                w.insert(
                    QStringLiteral("INSERT INTO topic_aliases(topic_id, position, alias) VALUES(?, ?, ?)"),
                    {t.id, int(a), t.aliases[a]});
            }
        }

        SearchRows search(w, topicWords);

        int sectionId = 0;
        for (qsizetype f = 0; f < bank.notes.size(); ++f) {
            const NotesDocument& doc = bank.notes[f];
            const int fileId = int(f + 1);
            fileIds.insert(doc.fileName, fileId);
            docs.insert(doc.fileName, &doc);
            firstSectionId.insert(doc.fileName, sectionId + 1);
            writeNotes(w, search, doc, fileId, bank.noteTitles.value(doc.fileName, doc.fileName), false,
                       sectionId);
        }

        int itemPosition = 0;
        auto sectionOf = [&](const SourceRef& src) {
            const NotesDocument* doc = docs.value(src.file);
            const qsizetype section = doc ? doc->sectionIndexAt(src.line) : -1;
            return firstSectionId.value(src.file) + int(section);
        };
        auto item = [&](const QString& kind, const QString& id, const QString& topic, const QString& title,
                        const QString& answer, const QString& body, const SourceRef& src,
                        const DeckLocation& at, const QString& ref) {
            w.insert(QStringLiteral(
                         "INSERT INTO items(id, kind, topic_id, title, answer, source_file_id, source_line,"
                         " source_quote, section_id, deck_file, deck_line, position, ref)"
                         " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                     {id, kind, topic, title, answer, fileIds.value(src.file), src.line, src.quote,
                      sectionOf(src), at.file.section(u'/', -2), at.line, itemPosition++, ref});
            search.add(kind, id, topic, title, body);
        };

        for (const Deck& deck : bank.decks) {
            for (const Card& c : deck.cards) {
                item(QStringLiteral("card"), c.id, c.topic, c.front, c.back, c.back, c.source, c.at, c.ref);
                w.insert(QStringLiteral("INSERT INTO cards(id, front, back) VALUES(?, ?, ?)"),
                         {c.id, c.front, c.back});
            }
            for (const Question& q : deck.questions) {
                QStringList correct;
                QStringList body;
                for (const QuestionOption& o : q.options) {
                    if (o.correct) {
                        correct.append(o.text);
                    }
                    body.append(o.text);
                }
                body.append(q.explanation);
                item(QStringLiteral("question"), q.id, q.topic, q.stem, correct.join(QStringLiteral(" | ")),
                     body.join(u'\n'), q.source, q.at, q.ref);
                w.insert(
                    QStringLiteral("INSERT INTO questions(id, stem, choose, explanation) VALUES(?, ?, ?, ?)"),
                    {q.id, q.stem, q.choose, q.explanation});
                for (qsizetype i = 0; i < q.options.size(); ++i) {
                    const QuestionOption& o = q.options[i];
                    w.insert(QStringLiteral(
                                 "INSERT INTO question_options(question_id, position, text, correct, why)"
                                 " VALUES(?, ?, ?, ?, ?)"),
                             {q.id, int(i), o.text, o.correct ? 1 : 0, o.why});
                }
                for (auto it = q.domains.cbegin(); it != q.domains.cend(); ++it) {
                    w.insert(QStringLiteral("INSERT INTO question_domains(question_id, profile_id, domain_id,"
                                            " task_id) VALUES(?,?,?,?)"),
                             {q.id, it.key(), it.value(), q.tasks.value(it.key())});
                }
            }
            for (const Limit& l : deck.limits) {
                const QString answer = limitAnswer(l);
                item(QStringLiteral("limit"), l.id, l.topic, l.name, answer, answer, l.source, l.at, l.ref);
                w.insert(
                    QStringLiteral(
                        "INSERT INTO limits(id, name, value, numeric_value, unit, note) VALUES(?,?,?,?,?,?)"),
                    {l.id, l.name, l.value, l.numeric ? QVariant(l.value.toDouble()) : QVariant(), l.unit,
                     l.note});
            }
            for (const Formula& f : deck.formulas) {
                QJsonArray inputs;
                for (const auto& [key, value] : f.inputs) {
                    inputs.append(QJsonArray{key, value});
                }
                QJsonArray variables;
                QStringList body{f.expression};
                for (const auto& [variable, meaning] : f.where) {
                    variables.append(QJsonArray{variable, meaning});
                    body.append(variable + QStringLiteral(": ") + meaning);
                }
                body.append(f.example);
                item(QStringLiteral("formula"), f.id, f.topic, f.name, f.expression, body.join(u'\n'),
                     f.source, f.at, f.ref);
                w.insert(QStringLiteral(
                             "INSERT INTO formulas(id, name, expression, variables, example, calculator,"
                             " calculator_inputs) VALUES(?,?,?,?,?,?,?)"),
                         {f.id, f.name, f.expression,
                          QString::fromUtf8(QJsonDocument(variables).toJson(QJsonDocument::Compact)),
                          f.example, f.calculator,
                          QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact))});
            }
            for (const Erratum& e : deck.errata) {
                item(QStringLiteral("erratum"), e.id, e.topic, e.says, e.correct, e.correct + u'\n' + e.ref,
                     e.source, e.at, e.ref);
                w.insert(QStringLiteral("INSERT INTO errata(id, says, correct, ref) VALUES(?, ?, ?, ?)"),
                         {e.id, e.says, e.correct, e.ref});
            }
            for (const SkippedSection& s : deck.skipped) {
                w.insert(
                    QStringLiteral("INSERT INTO skipped_sections(section_id, reason, deck_file, deck_line)"
                                   " VALUES(?, ?, ?, ?)"),
                    {sectionOf(s.source), s.reason, s.at.file.section(u'/', -2), s.at.line});
            }
        }

        position = 0;
        for (const ExamProfile& p : bank.profiles) {
            w.insert(
                QStringLiteral("INSERT INTO exam_profiles(id, code, name, question_count, minutes, min_score,"
                               " max_score, pass_score, position) VALUES(?,?,?,?,?,?,?,?,?)"),
                {p.id, p.code, p.name, p.questionCount, p.minutes, p.minScore, p.maxScore, p.passScore,
                 position++});
            int d = 0;
            int taskPosition = 0;
            for (const ExamDomain& domain : p.domains) {
                w.insert(
                    QStringLiteral(
                        "INSERT INTO exam_domains(profile_id, id, name, weight, position) VALUES(?,?,?,?,?)"),
                    {p.id, domain.id, domain.name, domain.weight, d++});
                for (const ExamTask& t : domain.tasks) {
                    w.insert(
                        QStringLiteral("INSERT INTO exam_tasks(profile_id, domain_id, id, name, position)"
                                       " VALUES(?,?,?,?,?)"),
                        {p.id, domain.id, t.id, t.name, taskPosition++});
                }
            }
        }
        position = 0;
        for (const CalcFact& f : bank.facts) {
            w.insert(
                QStringLiteral("INSERT INTO calc_facts(id, name, value, unit, ref, url, quote, region, as_of,"
                               " historical, position) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
                {f.id, f.name, f.value, f.unit, f.ref, f.url, f.quote, f.region, f.asOf, int(f.historical),
                 position++});
        }
        for (const auto& [word, rows] : search.vocabulary()) {
            w.insert(QStringLiteral("INSERT INTO lookup_words(word, docs) VALUES(?, ?)"), {word, rows});
        }
        const LookupLexicon& lexicon = bank.lexicon;
        auto terms = [&](const QString& role, int group, const QStringList& list) {
            for (const QString& term : list) {
                w.insert(QStringLiteral("INSERT INTO lookup_terms(term, role, grp) VALUES(?, ?, ?)"),
                         {term, role, group});
            }
        };
        terms(QStringLiteral("ignore"), 0, lexicon.ignore);
        terms(QStringLiteral("number"), 0, lexicon.numberPhrases);
        int group = 0;
        for (const QStringList& members : lexicon.qualifiers) {
            terms(QStringLiteral("qualifier"), ++group, members);
        }
        for (const QStringList& members : lexicon.synonyms) {
            terms(QStringLiteral("synonym"), ++group, members);
        }
        w.exec(QStringLiteral("INSERT INTO search(search) VALUES('optimize')"));
        w.exec(w.ok() ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        if (!w.ok()) {
            *error = w.error();
            connection.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return connection.exec(QStringLiteral("VACUUM"), error);
}

} // namespace certdeck

namespace certdeck {

bool ContentDatabase::appendOwn(const QList<NotesDocument>& docs, const QStringList& titles,
                                const QList<Card>& cards, SqliteConnection& connection,
                                const NotesProgress& progress, QString* error)
{
    QSqlQuery q(connection.database());
    QHash<QString, QString> topicWords;
    if (!q.exec(QStringLiteral("SELECT id, title FROM topics"))) {
        *error = sqlErrorText(q.lastError());
        return false;
    }
    while (q.next()) {
        topicWords.insert(q.value(0).toString(), q.value(0).toString() + u' ' + q.value(1).toString());
    }
    const qint64 noteRows = LookupIndex::kindCode(QStringLiteral("note")) * LookupIndex::kRowsPerKind;
    if (!q.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM note_files),"
                               " (SELECT coalesce(max(id), 0) FROM note_sections),"
                               " (SELECT coalesce(max(rowid), %1) FROM search WHERE rowid BETWEEN %1 AND %2)")
                    .arg(noteRows)
                    .arg(noteRows + LookupIndex::kRowsPerKind - 1)) ||
        !q.next()) {
        *error = sqlErrorText(q.lastError());
        return false;
    }
    int fileId = q.value(0).toInt();
    int sectionId = q.value(1).toInt();
    const qint64 notesIndexed = q.value(2).toLongLong() - noteRows;
    const qint64 cardRows = LookupIndex::kindCode(QStringLiteral("card")) * LookupIndex::kRowsPerKind;
    if (!q.exec(QStringLiteral(
                    "SELECT (SELECT coalesce(max(rowid), %1) FROM search WHERE rowid BETWEEN %1 AND %2),"
                    " (SELECT coalesce(max(position), -1) FROM items)")
                    .arg(cardRows)
                    .arg(cardRows + LookupIndex::kRowsPerKind - 1)) ||
        !q.next()) {
        *error = sqlErrorText(q.lastError());
        return false;
    }
    const qint64 cardsIndexed = q.value(0).toLongLong() - cardRows;
    int position = q.value(1).toInt();
    q.finish();

    qsizetype total = 0;
    for (const NotesDocument& doc : docs) {
        total += doc.lines.size();
    }
    qsizetype done = 0;
    Writer w(connection);
    w.exec(QStringLiteral("BEGIN"));
    SearchRows search(w, topicWords);
    search.setCount(QStringLiteral("note"), notesIndexed);
    search.setCount(QStringLiteral("card"), cardsIndexed);
    for (qsizetype f = 0; f < docs.size() && w.ok(); ++f) {
        writeNotes(w, search, docs[f], ++fileId, titles.value(f, docs[f].fileName), true, sectionId,
                   [&](int lines) {
                       done += lines;
                       if (progress) {
                           progress(done, total);
                       }
                   });
    }
    // Own cards, after the notes they may come from: their source resolves to a file and section when it
    // is still there (a card outlives the notes file it was made from).
    QSqlQuery where(connection.database());
    for (const Card& c : cards) {
        if (!w.ok()) {
            break;
        }
        int sourceFileId = 0;
        int sourceSection = 0;
        if (execPrepared(
                where,
                QStringLiteral("SELECT f.id, (SELECT s.id FROM note_sections s WHERE s.file_id = f.id"
                               " AND s.first_line <= ? AND s.last_line >= ?) FROM note_files f"
                               " WHERE f.name = ?"),
                {c.source.line, c.source.line, c.source.file}) &&
            where.next()) {
            sourceFileId = where.value(0).toInt();
            sourceSection = where.value(1).toInt();
        }
        where.finish();
        w.insert(
            QStringLiteral("INSERT INTO items(id, kind, topic_id, title, answer, source_file_id, source_line,"
                           " source_quote, section_id, deck_file, deck_line, position, ref)"
                           " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {c.id, QStringLiteral("card"), c.topic, c.front, c.back, sourceFileId, c.source.line,
             c.source.quote, sourceSection, QString(), 0, ++position, QString()});
        w.insert(QStringLiteral("INSERT INTO cards(id, front, back) VALUES(?, ?, ?)"),
                 {c.id, c.front, c.back});
        search.add(QStringLiteral("card"), c.id, c.topic, c.front, c.back);
    }
    for (const auto& [word, rows] : search.vocabulary()) {
        w.insert(QStringLiteral("INSERT INTO lookup_words(word, docs) VALUES(?, ?)"
                                " ON CONFLICT(word) DO UPDATE SET docs = docs + excluded.docs"),
                 {word, rows});
    }
    w.exec(QStringLiteral("INSERT INTO search(search) VALUES('optimize')"));
    w.exec(w.ok() ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (!w.ok()) {
        *error = w.error();
        connection.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace certdeck
