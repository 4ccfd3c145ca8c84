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

QSqlQuery run(const SqliteConnection& c, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i) {
        q.bindValue(int(i), values[i]);
    }
    q.exec();
    return q;
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
    return r;
}

const QString kSectionColumns = QStringLiteral(
    "s.id, s.file_id, f.name, s.title, s.topic_id, s.level, s.first_line, s.last_line, s.heading_line"
    " FROM note_sections s JOIN note_files f ON f.id = s.file_id");

QJsonObject sourceJson(const QSqlQuery& q, int fileColumn)
{
    return QJsonObject{{QStringLiteral("file"), q.value(fileColumn).toString()},
                       {QStringLiteral("line"), q.value(fileColumn + 1).toInt()},
                       {QStringLiteral("quote"), q.value(fileColumn + 2).toString()}};
}

const QString kItemSource =
    QStringLiteral(" JOIN items i ON i.id = x.id JOIN note_files f ON f.id = i.source_file_id");

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

QString ContentRepository::verify(const QString& shown) const
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
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (meta(QStringLiteral("schema_version")) != QString::number(ContentDatabase::kSchemaVersion) ||
        !sha256.match(meta(QStringLiteral("content_hash"))).hasMatch()) {
        return damaged(tr("its schema version or content hash is missing"));
    }
    return {};
}

QString ContentRepository::meta(const QString& key) const
{
    QSqlQuery q = run(m_connection, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return q.next() ? q.value(0).toString() : QString();
}

QList<TopicRow> ContentRepository::topics() const
{
    QList<TopicRow> rows;
    QSqlQuery q = run(m_connection, QStringLiteral("SELECT id, title FROM topics ORDER BY position"));
    while (q.next()) {
        rows.append(TopicRow{q.value(0).toString(), q.value(1).toString()});
    }
    return rows;
}

QList<NoteSectionRow> ContentRepository::sections() const
{
    QList<NoteSectionRow> rows;
    QSqlQuery q = run(m_connection, QStringLiteral("SELECT ") + kSectionColumns +
                                        QStringLiteral(" JOIN topics t ON t.id = s.topic_id"
                                                       " ORDER BY t.position, s.file_id, s.position"));
    while (q.next()) {
        rows.append(sectionFrom(q));
    }
    return rows;
}

std::optional<NoteSectionRow> ContentRepository::section(int sectionId) const
{
    QSqlQuery q =
        run(m_connection, QStringLiteral("SELECT ") + kSectionColumns + QStringLiteral(" WHERE s.id = ?"),
            {sectionId});
    if (q.next()) {
        return sectionFrom(q);
    }
    return std::nullopt;
}

std::optional<NoteSectionRow> ContentRepository::sectionAt(const QString& fileName, int line) const
{
    QSqlQuery q = run(m_connection,
                      QStringLiteral("SELECT ") + kSectionColumns +
                          QStringLiteral(" WHERE f.name = ? AND s.first_line <= ? AND s.last_line >= ?"),
                      {fileName, line, line});
    if (q.next()) {
        return sectionFrom(q);
    }
    return std::nullopt;
}

QList<NoteLineRow> ContentRepository::lines(int fileId, int firstLine, int lastLine) const
{
    QList<NoteLineRow> rows;
    QSqlQuery q =
        run(m_connection,
            QStringLiteral("SELECT line, text FROM note_lines WHERE file_id = ? AND line BETWEEN ? AND ?"
                           " ORDER BY line"),
            {fileId, firstLine, lastLine});
    while (q.next()) {
        rows.append(NoteLineRow{q.value(0).toInt(), q.value(1).toString()});
    }
    return rows;
}

QList<ErratumRow> ContentRepository::errata(int fileId, int firstLine, int lastLine) const
{
    QList<ErratumRow> rows;
    QSqlQuery q = run(m_connection,
                      QStringLiteral("SELECT e.id, i.source_line, e.says, e.correct, e.ref FROM errata e"
                                     " JOIN items i ON i.id = e.id"
                                     " WHERE i.source_file_id = ? AND i.source_line BETWEEN ? AND ?"
                                     " ORDER BY i.source_line, i.position"),
                      {fileId, firstLine, lastLine});
    while (q.next()) {
        rows.append(ErratumRow{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString()});
    }
    return rows;
}

QJsonObject ContentRepository::stats() const
{
    static const QStringList kinds{QStringLiteral("card"), QStringLiteral("question"),
                                   QStringLiteral("limit"), QStringLiteral("formula"),
                                   QStringLiteral("erratum")};
    static const QStringList keys{QStringLiteral("cards"), QStringLiteral("questions"),
                                  QStringLiteral("limits"), QStringLiteral("formulas"),
                                  QStringLiteral("errata")};
    auto emptyCounts = [] {
        QJsonObject o;
        for (const QString& k : keys) {
            o.insert(k, 0);
        }
        o.insert(QStringLiteral("multi_response_questions"), 0);
        o.insert(QStringLiteral("sections"), 0);
        o.insert(QStringLiteral("cited_sections"), 0);
        return o;
    };
    QMap<QString, QJsonObject> perTopic;
    QJsonObject totals = emptyCounts();
    auto add = [&](const QString& topic, const QString& key, int n) {
        if (!perTopic.contains(topic)) {
            perTopic.insert(topic, emptyCounts());
        }
        QJsonObject& o = perTopic[topic];
        o.insert(key, o.value(key).toInt() + n);
        totals.insert(key, totals.value(key).toInt() + n);
    };

    QSqlQuery q =
        run(m_connection, QStringLiteral("SELECT topic_id, kind, count(*) FROM items GROUP BY 1, 2"));
    while (q.next()) {
        add(q.value(0).toString(), keys.value(kinds.indexOf(q.value(1).toString())), q.value(2).toInt());
    }
    q = run(m_connection,
            QStringLiteral("SELECT i.topic_id, count(*) FROM questions x JOIN items i ON i.id = x.id"
                           " WHERE x.choose > 1 GROUP BY 1"));
    while (q.next()) {
        add(q.value(0).toString(), QStringLiteral("multi_response_questions"), q.value(1).toInt());
    }
    q = run(m_connection, QStringLiteral("SELECT s.topic_id, count(*),"
                                         " sum(EXISTS(SELECT 1 FROM items i WHERE i.section_id = s.id))"
                                         " FROM note_sections s GROUP BY 1"));
    while (q.next()) {
        add(q.value(0).toString(), QStringLiteral("sections"), q.value(1).toInt());
        add(q.value(0).toString(), QStringLiteral("cited_sections"), q.value(2).toInt());
    }

    auto withCoverage = [](QJsonObject o) {
        const int sections = o.value(QStringLiteral("sections")).toInt();
        const double share = sections ? o.value(QStringLiteral("cited_sections")).toDouble() / sections : 0.0;
        o.insert(QStringLiteral("section_coverage"), std::round(share * 10000.0) / 10000.0);
        return o;
    };

    QJsonObject topics;
    for (auto it = perTopic.cbegin(); it != perTopic.cend(); ++it) {
        topics.insert(it.key(), withCoverage(it.value()));
    }
    QJsonObject result = withCoverage(totals);
    result.insert(QStringLiteral("topics"), int(perTopic.size()));
    result.insert(QStringLiteral("per_topic"), topics);
    result.insert(QStringLiteral("content_hash"), meta(QStringLiteral("content_hash")));
    return result;
}

QJsonObject ContentRepository::exportBank() const
{
    QJsonObject bank;
    bank.insert(QStringLiteral("schema_version"), ContentDatabase::kSchemaVersion);
    bank.insert(QStringLiteral("content_hash"), meta(QStringLiteral("content_hash")));

    QJsonArray profiles;
    QSqlQuery q =
        run(m_connection, QStringLiteral("SELECT id, code, name, question_count, minutes, min_score,"
                                         " max_score, pass_score FROM exam_profiles ORDER BY position"));
    while (q.next()) {
        QJsonArray domains;
        QSqlQuery d =
            run(m_connection,
                QStringLiteral(
                    "SELECT id, name, weight FROM exam_domains WHERE profile_id = ? ORDER BY position"),
                {q.value(0)});
        while (d.next()) {
            domains.append(QJsonObject{{QStringLiteral("id"), d.value(0).toString()},
                                       {QStringLiteral("name"), d.value(1).toString()},
                                       {QStringLiteral("weight"), d.value(2).toInt()}});
        }
        profiles.append(
            QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                        {QStringLiteral("code"), q.value(1).toString()},
                        {QStringLiteral("name"), q.value(2).toString()},
                        {QStringLiteral("questions"), q.value(3).toInt()},
                        {QStringLiteral("minutes"), q.value(4).toInt()},
                        {QStringLiteral("score"), QJsonObject{{QStringLiteral("min"), q.value(5).toInt()},
                                                              {QStringLiteral("max"), q.value(6).toInt()},
                                                              {QStringLiteral("pass"), q.value(7).toInt()}}},
                        {QStringLiteral("domains"), domains}});
    }
    bank.insert(QStringLiteral("exam_profiles"), profiles);

    QJsonArray topics;
    for (const TopicRow& t : this->topics()) {
        topics.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title}});
    }
    bank.insert(QStringLiteral("topics"), topics);

    QJsonArray cards;
    q = run(m_connection,
            QStringLiteral("SELECT x.id, i.topic_id, x.front, x.back, f.name, i.source_line, i.source_quote"
                           " FROM cards x") +
                kItemSource + QStringLiteral(" ORDER BY i.position"));
    while (q.next()) {
        cards.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                 {QStringLiteral("topic"), q.value(1).toString()},
                                 {QStringLiteral("front"), q.value(2).toString()},
                                 {QStringLiteral("back"), q.value(3).toString()},
                                 {QStringLiteral("source"), sourceJson(q, 4)}});
    }
    bank.insert(QStringLiteral("cards"), cards);

    QJsonArray questions;
    q = run(m_connection, QStringLiteral("SELECT x.id, i.topic_id, x.stem, x.choose, x.explanation, f.name,"
                                         " i.source_line, i.source_quote FROM questions x") +
                              kItemSource + QStringLiteral(" ORDER BY i.position"));
    while (q.next()) {
        QJsonArray options;
        QSqlQuery o = run(m_connection,
                          QStringLiteral("SELECT text, correct, why FROM question_options"
                                         " WHERE question_id = ? ORDER BY position"),
                          {q.value(0)});
        while (o.next()) {
            options.append(QJsonObject{{QStringLiteral("text"), o.value(0).toString()},
                                       {QStringLiteral("correct"), o.value(1).toBool()},
                                       {QStringLiteral("why"), o.value(2).toString()}});
        }
        QJsonObject domains;
        QSqlQuery d =
            run(m_connection,
                QStringLiteral("SELECT profile_id, domain_id FROM question_domains WHERE question_id = ?"
                               " ORDER BY profile_id"),
                {q.value(0)});
        while (d.next()) {
            domains.insert(d.value(0).toString(), d.value(1).toString());
        }
        questions.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                     {QStringLiteral("topic"), q.value(1).toString()},
                                     {QStringLiteral("stem"), q.value(2).toString()},
                                     {QStringLiteral("choose"), q.value(3).toInt()},
                                     {QStringLiteral("multi_response"), q.value(3).toInt() > 1},
                                     {QStringLiteral("options"), options},
                                     {QStringLiteral("explanation"), q.value(4).toString()},
                                     {QStringLiteral("domains"), domains},
                                     {QStringLiteral("source"), sourceJson(q, 5)}});
    }
    bank.insert(QStringLiteral("questions"), questions);

    QJsonArray limits;
    q = run(m_connection,
            QStringLiteral("SELECT x.id, i.topic_id, x.name, x.value, x.numeric_value, x.unit, x.note,"
                           " f.name, i.source_line, i.source_quote FROM limits x") +
                kItemSource + QStringLiteral(" ORDER BY i.position"));
    while (q.next()) {
        const QJsonValue value =
            q.value(4).isNull() ? QJsonValue(q.value(3).toString()) : QJsonValue(q.value(4).toDouble());
        limits.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                  {QStringLiteral("topic"), q.value(1).toString()},
                                  {QStringLiteral("name"), q.value(2).toString()},
                                  {QStringLiteral("value"), value},
                                  {QStringLiteral("unit"), q.value(5).toString()},
                                  {QStringLiteral("note"), q.value(6).toString()},
                                  {QStringLiteral("source"), sourceJson(q, 7)}});
    }
    bank.insert(QStringLiteral("limits"), limits);

    QJsonArray formulas;
    q = run(m_connection,
            QStringLiteral("SELECT x.id, i.topic_id, x.name, x.expression, x.variables, x.example,"
                           " f.name, i.source_line, i.source_quote FROM formulas x") +
                kItemSource + QStringLiteral(" ORDER BY i.position"));
    while (q.next()) {
        QJsonArray where;
        const QJsonArray pairs = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
        for (const QJsonValue& pair : pairs) {
            where.append(QJsonObject{{QStringLiteral("variable"), pair.toArray().at(0)},
                                     {QStringLiteral("meaning"), pair.toArray().at(1)}});
        }
        formulas.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                    {QStringLiteral("topic"), q.value(1).toString()},
                                    {QStringLiteral("name"), q.value(2).toString()},
                                    {QStringLiteral("expression"), q.value(3).toString()},
                                    {QStringLiteral("where"), where},
                                    {QStringLiteral("example"), q.value(5).toString()},
                                    {QStringLiteral("source"), sourceJson(q, 6)}});
    }
    bank.insert(QStringLiteral("formulas"), formulas);

    QJsonArray errata;
    q = run(m_connection,
            QStringLiteral("SELECT x.id, i.topic_id, x.says, x.correct, x.ref, f.name, i.source_line,"
                           " i.source_quote FROM errata x") +
                kItemSource + QStringLiteral(" ORDER BY i.position"));
    while (q.next()) {
        errata.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                  {QStringLiteral("topic"), q.value(1).toString()},
                                  {QStringLiteral("says"), q.value(2).toString()},
                                  {QStringLiteral("correct"), q.value(3).toString()},
                                  {QStringLiteral("ref"), q.value(4).toString()},
                                  {QStringLiteral("source"), sourceJson(q, 5)}});
    }
    bank.insert(QStringLiteral("errata"), errata);
    return bank;
}

} // namespace certdeck
