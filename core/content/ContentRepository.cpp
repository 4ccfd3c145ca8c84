#include "content/ContentRepository.h"

#include "content/ContentDatabase.h"
#include "util/PlainText.h"
#include "util/RegularFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace certdeck {

namespace {

/// True when the rows of `q` were read to the end, false when reading stopped on an error.
bool finished(const QSqlQuery& q)
{
    return q.lastError().type() == QSqlError::NoError;
}

NoteSectionRow sectionFrom(const QSqlQuery& q)
{
    NoteSectionRow r;
    r.id = q.value(0).toInt();
    r.fileId = q.value(1).toInt();
    r.fileName = q.value(2).toString();
    r.title = q.value(3).toString();
    r.topic = q.value(4).toString();
    r.level = q.value(5).toInt();
    r.firstLine = q.value(6).toInt();
    r.lastLine = q.value(7).toInt();
    r.headingLine = q.value(8).toInt();
    r.fileTitle = q.value(9).toString();
    r.own = q.value(10).toBool();
    return r;
}

const QString kSectionColumns = QStringLiteral("s.id, s.file_id, f.name, s.title, s.topic_id, s.level, "
                                               "s.first_line, s.last_line, s.heading_line, f.title, f.own"
                                               " FROM note_sections s JOIN note_files f ON f.id = s.file_id");

/// The columns every item has, after the kind's own: read by itemFrom().
const QString kItemColumns = QStringLiteral(
    ", i.topic_id, f.name, i.source_line, i.source_quote, i.deck_file, i.deck_line, i.ref, f.title");
const QString kItemJoin =
    // LEFT: the learner's own card keeps its place when the notes file it was made from is gone.
    QStringLiteral(" JOIN items i ON i.id = x.id LEFT JOIN note_files f ON f.id = i.source_file_id");

/// Fills the shared fields of an item from the kItemColumns that start at `column`.
template <class Item>
void itemFrom(const QSqlQuery& q, int column, Item& item)
{
    item.topic = q.value(column).toString();
    item.source.file = q.value(column + 1).toString();
    item.source.line = q.value(column + 2).toInt();
    item.source.quote = q.value(column + 3).toString();
    item.at.file = q.value(column + 4).toString();
    item.at.line = q.value(column + 5).toInt();
    item.ref = q.value(column + 6).toString();
    item.source.fileTitle = q.value(column + 7).toString();
}

Card cardFrom(const QSqlQuery& q)
{
    Card c;
    c.id = q.value(0).toString();
    c.front = q.value(1).toString();
    c.back = q.value(2).toString();
    itemFrom(q, 3, c);
    return c;
}

const QString kCardSelect = QStringLiteral("SELECT x.id, x.front, x.back") + kItemColumns +
                            QStringLiteral(" FROM cards x") + kItemJoin;

} // namespace

bool ContentRepository::open(const QString& path, QString* error)
{
    m_path = path;
    m_connection.close();
    const QString shown = PlainText::printable(path);
    const RegularFile::Info info = RegularFile::inspect(path);
    if (info.kind == RegularFile::Kind::Missing) {
        *error = tr("The content database %1 is missing. Reinstall Certdeck, or rebuild content.db from its "
                    "sources.")
                     .arg(shown);
        return false;
    }
    if (info.kind != RegularFile::Kind::File) {
        //: %2 says what is wrong, e.g. "is a folder, not a regular file"
        *error = tr("The content database %1 %2.").arg(shown, RegularFile::problem(info));
        return false;
    }
    // Immutable: content.db is read-only data; reading it never takes a lock or creates a file beside it.
    SqlError e;
    if (!m_connection.open(path, SqliteConnection::Mode::Immutable, &e)) {
        *error = tr("The content database %1 cannot be opened: %2.").arg(shown, PlainText::printable(e.text));
        return false;
    }
    const QString problem = verify(shown);
    if (problem.isNull()) {
        return true;
    }
    *error = problem;
    m_connection.close();
    return false;
}

QString ContentRepository::verify(const QString& shown)
{
    auto damaged = [&](const QString& why) {
        //: %1 is the file; %2 says what is wrong with it
        return tr("The content database %1 is damaged (%2). Reinstall Certdeck, or rebuild content.db from "
                  "its sources.")
            .arg(shown, PlainText::printable(why));
    };
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                               " (SELECT user_version FROM pragma_user_version)")) ||
        !q.next()) {
        return damaged(sqlErrorText(q.lastError()));
    }
    if (q.value(0).toLongLong() != ContentDatabase::kApplicationId) {
        return tr("%1 is not a Certdeck content database.").arg(shown);
    }
    const qint64 version = q.value(1).toLongLong();
    if (version != ContentDatabase::kSchemaVersion) {
        return tr("The content database %1 has schema %2, but this Certdeck reads schema %3. Reinstall "
                  "Certdeck, or rebuild content.db from its sources.")
            .arg(shown)
            .arg(version)
            .arg(ContentDatabase::kSchemaVersion);
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        return damaged(sqlErrorText(q.lastError()));
    }
    if (q.value(0).toString() != u"ok") {
        return damaged(q.value(0).toString());
    }
    QStringList missing = ContentDatabase::tableNames();
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"))) {
        return damaged(sqlErrorText(q.lastError()));
    }
    while (q.next()) {
        missing.removeAll(q.value(0).toString());
    }
    if (!missing.isEmpty()) {
        return damaged(tr("tables missing: %1").arg(missing.join(QStringLiteral(", "))));
    }
    QMap<QString, QString> meta;
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        return damaged(sqlErrorText(q.lastError()));
    }
    while (q.next()) {
        meta.insert(q.value(0).toString(), q.value(1).toString());
    }
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!finished(q) ||
        meta.value(QStringLiteral("schema_version")) != QString::number(ContentDatabase::kSchemaVersion) ||
        !sha256.match(meta.value(QStringLiteral("content_hash"))).hasMatch()) {
        return damaged(tr("its schema version or content hash is missing"));
    }
    m_contentHash = meta.value(QStringLiteral("content_hash"));
    m_factsChecked = QDate::fromString(meta.value(QStringLiteral("facts_checked")), Qt::ISODate);
    return {};
}

QString ContentRepository::readFailure(const QString& path, const QSqlQuery& query)
{
    //: %1 is the file; %2 is SQLite's message
    return tr("Reading the content database %1 failed: %2. Reinstall Certdeck, or rebuild content.db from "
              "its "
              "sources.")
        .arg(PlainText::printable(path), PlainText::printable(sqlErrorText(query.lastError())));
}

namespace {

/// Runs `sql` on the repository's connection and turns each row into a T with `from`; a failure at any point
/// is the Result's error.
template <class T, class From>
Result<QList<T>> readAll(const ContentRepository& repo, const QString& sql, const QVariantList& values,
                         From from)
{
    QSqlQuery q(repo.connection().database());
    QList<T> rows;
    if (!execPrepared(q, sql, values)) {
        return Result<QList<T>>::failure(ContentRepository::readFailure(repo.path(), q));
    }
    while (q.next()) {
        rows.append(from(q));
    }
    if (!finished(q)) {
        return Result<QList<T>>::failure(ContentRepository::readFailure(repo.path(), q));
    }
    return rows;
}

/// The first row of a readAll(), or none.
template <class T>
Result<std::optional<T>> firstOf(Result<QList<T>> rows)
{
    if (!rows) {
        return Result<std::optional<T>>::failure(rows.error());
    }
    if (rows->isEmpty()) {
        return std::optional<T>();
    }
    return std::optional<T>(rows->first());
}

} // namespace

Result<QList<TopicRow>> ContentRepository::topics() const
{
    return readAll<TopicRow>(*this, QStringLiteral("SELECT id, title FROM topics ORDER BY position"), {},
                             [](const QSqlQuery& q) {
                                 return TopicRow{q.value(0).toString(), q.value(1).toString()};
                             });
}

Result<TopicCatalog> ContentRepository::topicCatalog() const
{
    struct Alias {
        QString topic, alias;
    };
    const Result<QList<TopicRow>> rows = topics();
    const Result<QList<Alias>> aliases = readAll<Alias>(
        *this, QStringLiteral("SELECT topic_id, alias FROM topic_aliases ORDER BY topic_id, position"), {},
        [](const QSqlQuery& q) {
            return Alias{q.value(0).toString(), q.value(1).toString()};
        });
    if (!rows) {
        return Result<TopicCatalog>::failure(rows.error());
    }
    if (!aliases) {
        return Result<TopicCatalog>::failure(aliases.error());
    }
    QHash<QString, QStringList> byTopic;
    for (const Alias& a : *aliases) {
        byTopic[a.topic].append(a.alias);
    }
    QList<Topic> list;
    for (const TopicRow& t : *rows) {
        list.append(Topic{t.id, t.title, byTopic.value(t.id), 0});
    }
    return TopicCatalog(list);
}

Result<LookupLexicon> ContentRepository::lookupLexicon() const
{
    struct Term {
        QString term, role;
        int group = 0;
    };
    const Result<QList<Term>> terms =
        readAll<Term>(*this, QStringLiteral("SELECT term, role, grp FROM lookup_terms ORDER BY grp, term"),
                      {}, [](const QSqlQuery& q) {
                          return Term{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
                      });
    if (!terms) {
        return Result<LookupLexicon>::failure(terms.error());
    }
    LookupLexicon lexicon;
    QMap<int, QStringList> qualifiers;
    QMap<int, QStringList> synonyms;
    for (const Term& t : *terms) {
        if (t.role == u"ignore") {
            lexicon.ignore.append(t.term);
        } else if (t.role == u"number") {
            lexicon.numberPhrases.append(t.term);
        } else if (t.role == u"qualifier") {
            qualifiers[t.group].append(t.term);
        } else {
            synonyms[t.group].append(t.term);
        }
    }
    lexicon.qualifiers = qualifiers.values();
    lexicon.synonyms = synonyms.values();
    using Word = QPair<QString, int>;
    const Result<QList<Word>> words = readAll<Word>(
        *this, QStringLiteral("SELECT word, docs FROM lookup_words"), {}, [](const QSqlQuery& q) {
            return Word{q.value(0).toString(), q.value(1).toInt()};
        });
    if (!words) {
        return Result<LookupLexicon>::failure(words.error());
    }
    lexicon.vocabulary.reserve(words->size());
    for (const Word& w : *words) {
        lexicon.vocabulary.insert(w.first, w.second);
    }
    return lexicon;
}

Result<QList<NoteSectionRow>> ContentRepository::sections() const
{
    return readAll<NoteSectionRow>(*this,
                                   QStringLiteral("SELECT ") + kSectionColumns +
                                       QStringLiteral(" JOIN topics t ON t.id = s.topic_id"
                                                      " ORDER BY t.position, s.file_id, s.position"),
                                   {}, sectionFrom);
}

Result<std::optional<NoteSectionRow>> ContentRepository::section(int sectionId) const
{
    return firstOf(readAll<NoteSectionRow>(
        *this, QStringLiteral("SELECT ") + kSectionColumns + QStringLiteral(" WHERE s.id = ?"), {sectionId},
        sectionFrom));
}

Result<std::optional<NoteSectionRow>> ContentRepository::sectionAt(const QString& fileName, int line) const
{
    return firstOf(readAll<NoteSectionRow>(
        *this,
        QStringLiteral("SELECT ") + kSectionColumns +
            QStringLiteral(" WHERE f.name = ? AND s.first_line <= ? AND s.last_line >= ?"),
        {fileName, line, line}, sectionFrom));
}

Result<QList<NoteLineRow>> ContentRepository::lines(int fileId, int firstLine, int lastLine) const
{
    return readAll<NoteLineRow>(
        *this,
        QStringLiteral("SELECT line, text FROM note_lines WHERE file_id = ? AND line BETWEEN ? AND ?"
                       " ORDER BY line"),
        {fileId, firstLine, lastLine}, [](const QSqlQuery& q) {
            return NoteLineRow{q.value(0).toInt(), q.value(1).toString()};
        });
}

Result<QList<Card>> ContentRepository::cards() const
{
    return readAll<Card>(*this, kCardSelect + QStringLiteral(" ORDER BY i.position"), {}, cardFrom);
}

Result<std::optional<Card>> ContentRepository::card(const QString& id) const
{
    return firstOf(readAll<Card>(*this, kCardSelect + QStringLiteral(" WHERE x.id = ?"), {id}, cardFrom));
}

Result<QList<Question>> ContentRepository::questions() const
{
    Result<QList<Question>> questions = readAll<Question>(
        *this,
        QStringLiteral("SELECT x.id, x.stem, x.choose, x.explanation") + kItemColumns +
            QStringLiteral(" FROM questions x") + kItemJoin + QStringLiteral(" ORDER BY i.position"),
        {}, [](const QSqlQuery& q) {
            Question r;
            r.id = q.value(0).toString();
            r.stem = q.value(1).toString();
            r.choose = q.value(2).toInt();
            r.explanation = q.value(3).toString();
            itemFrom(q, 4, r);
            return r;
        });
    if (!questions) {
        return questions;
    }
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < questions->size(); ++i) {
        index.insert(questions->at(i).id, i);
    }
    QList<Question>& list = questions.value();
    QSqlQuery q(m_connection.database());
    if (!execPrepared(q, QStringLiteral("SELECT question_id, text, correct, why FROM question_options"
                                        " ORDER BY question_id, position"))) {
        return Result<QList<Question>>::failure(readFailure(m_path, q));
    }
    while (q.next()) {
        const qsizetype at = index.value(q.value(0).toString(), -1);
        if (at >= 0) {
            list[at].options.append(
                QuestionOption{q.value(1).toString(), q.value(2).toBool(), q.value(3).toString(), 0});
        }
    }
    if (!finished(q)) {
        return Result<QList<Question>>::failure(readFailure(m_path, q));
    }
    if (!execPrepared(q, QStringLiteral("SELECT question_id, profile_id, domain_id, task_id"
                                        " FROM question_domains"))) {
        return Result<QList<Question>>::failure(readFailure(m_path, q));
    }
    while (q.next()) {
        const qsizetype at = index.value(q.value(0).toString(), -1);
        if (at >= 0) {
            list[at].domains.insert(q.value(1).toString(), q.value(2).toString());
            list[at].tasks.insert(q.value(1).toString(), q.value(3).toString());
        }
    }
    if (!finished(q)) {
        return Result<QList<Question>>::failure(readFailure(m_path, q));
    }
    return questions;
}

Result<QList<Limit>> ContentRepository::limits() const
{
    return readAll<Limit>(
        *this,
        QStringLiteral("SELECT x.id, x.name, x.value, x.numeric_value IS NOT NULL, x.unit, x.note") +
            kItemColumns + QStringLiteral(" FROM limits x") + kItemJoin +
            QStringLiteral(" ORDER BY i.position"),
        {}, [](const QSqlQuery& q) {
            Limit r;
            r.id = q.value(0).toString();
            r.name = q.value(1).toString();
            r.value = q.value(2).toString();
            r.numeric = q.value(3).toBool();
            r.unit = q.value(4).toString();
            r.note = q.value(5).toString();
            itemFrom(q, 6, r);
            return r;
        });
}

Result<QList<Formula>> ContentRepository::formulas() const
{
    return readAll<Formula>(
        *this,
        QStringLiteral("SELECT x.id, x.name, x.expression, x.variables, x.example, x.calculator,"
                       " x.calculator_inputs") +
            kItemColumns + QStringLiteral(" FROM formulas x") + kItemJoin +
            QStringLiteral(" ORDER BY i.position"),
        {}, [](const QSqlQuery& q) {
            Formula r;
            r.id = q.value(0).toString();
            r.name = q.value(1).toString();
            r.expression = q.value(2).toString();
            const QJsonArray pairs = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
            for (const QJsonValue& pair : pairs) {
                r.where.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
            }
            r.example = q.value(4).toString();
            r.calculator = q.value(5).toString();
            const QJsonArray inputs = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
            for (const QJsonValue& pair : inputs) {
                r.inputs.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
            }
            itemFrom(q, 7, r);
            return r;
        });
}

namespace {

Erratum erratumFrom(const QSqlQuery& q)
{
    Erratum r;
    r.id = q.value(0).toString();
    r.says = q.value(1).toString();
    r.correct = q.value(2).toString();
    r.ref = q.value(3).toString();
    itemFrom(q, 4, r);
    return r;
}

const QString kErratumSelect = QStringLiteral("SELECT x.id, x.says, x.correct, x.ref") + kItemColumns +
                               QStringLiteral(" FROM errata x") + kItemJoin;

} // namespace

Result<QList<Erratum>> ContentRepository::errata() const
{
    return readAll<Erratum>(*this, kErratumSelect + QStringLiteral(" ORDER BY i.position"), {}, erratumFrom);
}

Result<QList<Erratum>> ContentRepository::errataIn(int fileId, int firstLine, int lastLine) const
{
    return readAll<Erratum>(*this,
                            kErratumSelect +
                                QStringLiteral(" WHERE i.source_file_id = ? AND i.source_line"
                                               " BETWEEN ? AND ? ORDER BY i.source_line, i.position"),
                            {fileId, firstLine, lastLine}, erratumFrom);
}

Result<QList<CalcFact>> ContentRepository::calcFacts() const
{
    return readAll<CalcFact>(
        *this,
        QStringLiteral("SELECT id, name, value, unit, ref, url, quote, region, as_of, historical"
                       " FROM calc_facts ORDER BY position"),
        {}, [](const QSqlQuery& q) {
            CalcFact f;
            f.id = q.value(0).toString();
            f.name = q.value(1).toString();
            f.value = q.value(2).toDouble();
            f.unit = q.value(3).toString();
            f.ref = q.value(4).toString();
            f.url = q.value(5).toString();
            f.quote = q.value(6).toString();
            f.region = q.value(7).toString();
            f.asOf = q.value(8).toString();
            f.historical = q.value(9).toInt() != 0;
            return f;
        });
}

Result<QList<ExamProfile>> ContentRepository::examProfiles() const
{
    Result<QList<ExamProfile>> profiles = readAll<ExamProfile>(
        *this,
        QStringLiteral("SELECT id, code, name, question_count, minutes, min_score, max_score, pass_score"
                       " FROM exam_profiles ORDER BY position"),
        {}, [](const QSqlQuery& q) {
            ExamProfile p;
            p.id = q.value(0).toString();
            p.code = q.value(1).toString();
            p.name = q.value(2).toString();
            p.questionCount = q.value(3).toInt();
            p.minutes = q.value(4).toInt();
            p.minScore = q.value(5).toInt();
            p.maxScore = q.value(6).toInt();
            p.passScore = q.value(7).toInt();
            return p;
        });
    if (!profiles) {
        return profiles;
    }
    for (ExamProfile& p : profiles.value()) {
        const Result<QList<ExamDomain>> domains = readAll<ExamDomain>(
            *this,
            QStringLiteral(
                "SELECT id, name, weight FROM exam_domains WHERE profile_id = ? ORDER BY position"),
            {p.id}, [](const QSqlQuery& q) {
                return ExamDomain{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), {}};
            });
        if (!domains) {
            return Result<QList<ExamProfile>>::failure(domains.error());
        }
        p.domains = *domains;
    }
    // Every task statement in one query, then to its domain.
    QSqlQuery q(m_connection.database());
    if (!execPrepared(
            q, QStringLiteral("SELECT profile_id, domain_id, id, name FROM exam_tasks ORDER BY position"))) {
        return Result<QList<ExamProfile>>::failure(readFailure(m_path, q));
    }
    while (q.next()) {
        for (ExamProfile& p : profiles.value()) {
            for (ExamDomain& d : p.domains) {
                if (p.id == q.value(0).toString() && d.id == q.value(1).toString()) {
                    d.tasks.append(ExamTask{q.value(2).toString(), q.value(3).toString()});
                }
            }
        }
    }
    if (!finished(q)) {
        return Result<QList<ExamProfile>>::failure(readFailure(m_path, q));
    }
    return profiles;
}

Result<QList<TaskCoverage>> ContentRepository::taskCoverage() const
{
    return readAll<TaskCoverage>(
        *this,
        QStringLiteral("SELECT p.id, p.code, d.id, d.name, t.id, t.name,"
                       " (SELECT count(*) FROM question_domains q WHERE q.profile_id = t.profile_id"
                       "  AND q.task_id = t.id)"
                       " FROM exam_tasks t JOIN exam_profiles p ON p.id = t.profile_id"
                       " JOIN exam_domains d ON d.profile_id = t.profile_id AND d.id = t.domain_id"
                       " ORDER BY p.position, t.position"),
        {}, [](const QSqlQuery& q) {
            return TaskCoverage{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toInt()};
        });
}

Result<ContentStats> ContentRepository::stats() const
{
    ContentStats stats;
    stats.contentHash = m_contentHash;
    auto add = [&](const QString& topic, int ContentCounts::*field, int n) {
        stats.perTopic[topic].*field += n;
        stats.total.*field += n;
    };
    static const QHash<QString, int ContentCounts::*> kindFields{
        {itemKindName(ItemKind::Card), &ContentCounts::cards},
        {itemKindName(ItemKind::Question), &ContentCounts::questions},
        {itemKindName(ItemKind::Limit), &ContentCounts::limits},
        {itemKindName(ItemKind::Formula), &ContentCounts::formulas},
        {itemKindName(ItemKind::Erratum), &ContentCounts::errata},
    };
    QSqlQuery q(m_connection.database());
    if (!execPrepared(q, QStringLiteral("SELECT topic_id, kind, count(*) FROM items GROUP BY 1, 2"))) {
        return Result<ContentStats>::failure(readFailure(m_path, q));
    }
    while (q.next()) {
        if (int ContentCounts::*field = kindFields.value(q.value(1).toString())) {
            add(q.value(0).toString(), field, q.value(2).toInt());
        }
    }
    if (!finished(q) ||
        !execPrepared(
            q, QStringLiteral("SELECT i.topic_id, count(*) FROM questions x JOIN items i ON i.id = x.id"
                              " WHERE x.choose > 1 GROUP BY 1"))) {
        return Result<ContentStats>::failure(readFailure(m_path, q));
    }
    while (q.next()) {
        add(q.value(0).toString(), &ContentCounts::multiResponseQuestions, q.value(1).toInt());
    }
    if (!finished(q) ||
        !execPrepared(q, QStringLiteral("SELECT s.id, s.topic_id, f.name, s.heading_line, s.title,"
                                        " EXISTS(SELECT 1 FROM items i WHERE i.section_id = s.id),"
                                        " EXISTS(SELECT 1 FROM skipped_sections k WHERE k.section_id = s.id)"
                                        " FROM note_sections s JOIN note_files f ON f.id = s.file_id"
                                        " ORDER BY s.topic_id, f.name, s.position"))) {
        return Result<ContentStats>::failure(readFailure(m_path, q));
    }
    while (q.next()) {
        const QString topic = q.value(1).toString();
        const bool cited = q.value(5).toBool();
        const bool skipped = !cited && q.value(6).toBool();
        add(topic, &ContentCounts::sections, 1);
        add(topic, &ContentCounts::citedSections, cited ? 1 : 0);
        add(topic, &ContentCounts::skippedSections, skipped ? 1 : 0);
        if (!cited && !skipped) {
            stats.uncitedSections.append(UncitedSection{q.value(0).toInt(), topic, q.value(2).toString(),
                                                        q.value(3).toInt(), q.value(4).toString()});
        }
    }
    if (!finished(q)) {
        return Result<ContentStats>::failure(readFailure(m_path, q));
    }
    Result<QList<TaskCoverage>> tasks = taskCoverage();
    if (!tasks) {
        return Result<ContentStats>::failure(tasks.error());
    }
    stats.tasks = std::move(*tasks);
    const Result<QList<Question>> all = questions();
    if (!all) {
        return Result<ContentStats>::failure(all.error());
    }
    stats.quality = QualityGate::measure(*all);
    return stats;
}

} // namespace certdeck
