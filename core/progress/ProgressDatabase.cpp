#include "progress/ProgressDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <functional>

namespace certdeck {

namespace {

/// Step N upgrades a database at version N-1 to version N. Append steps; never edit a released one.
const QList<QStringList>& migrationSteps()
{
    static const QList<QStringList> steps{
        // Version 1: card states (FSRS), review log, exam attempts and answers. Content is referenced by
        // stable string ids so that a rebuilt content.db keeps all progress.
        {
            QStringLiteral("CREATE TABLE card_state("
                           " card_id TEXT PRIMARY KEY,"
                           " state INTEGER NOT NULL DEFAULT 0," // 0 new, 1 learning, 2 review, 3 relearning
                           " due TEXT NOT NULL,"                // ISO 8601 UTC
                           " stability REAL NOT NULL DEFAULT 0,"
                           " difficulty REAL NOT NULL DEFAULT 0,"
                           " elapsed_days INTEGER NOT NULL DEFAULT 0,"
                           " scheduled_days INTEGER NOT NULL DEFAULT 0,"
                           " learning_steps INTEGER NOT NULL DEFAULT 0,"
                           " reps INTEGER NOT NULL DEFAULT 0,"
                           " lapses INTEGER NOT NULL DEFAULT 0,"
                           " last_review TEXT,"
                           " suspended INTEGER NOT NULL DEFAULT 0,"
                           " buried_until TEXT"
                           ") WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX card_state_by_due ON card_state(suspended, due)"),
            QStringLiteral("CREATE TABLE review_log("
                           " id INTEGER PRIMARY KEY,"
                           " card_id TEXT NOT NULL,"
                           " rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),"
                           " reviewed_at TEXT NOT NULL,"
                           " duration_ms INTEGER NOT NULL DEFAULT 0,"
                           " state INTEGER NOT NULL," // state before the review
                           " due TEXT NOT NULL,"
                           " stability REAL NOT NULL,"
                           " difficulty REAL NOT NULL,"
                           " elapsed_days INTEGER NOT NULL,"
                           " last_elapsed_days INTEGER NOT NULL,"
                           " scheduled_days INTEGER NOT NULL,"
                           " learning_steps INTEGER NOT NULL DEFAULT 0"
                           ")"),
            QStringLiteral("CREATE INDEX review_log_by_card ON review_log(card_id, reviewed_at)"),
            QStringLiteral("CREATE TABLE exam_attempt("
                           " id INTEGER PRIMARY KEY,"
                           " profile_id TEXT NOT NULL,"
                           " mode TEXT NOT NULL," // timed, practice, drill
                           " seed INTEGER NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " time_limit_s INTEGER NOT NULL,"
                           " remaining_s INTEGER," // kept up to date so a crash can resume
                           " finished_at TEXT,"
                           " status TEXT NOT NULL DEFAULT 'in_progress',"
                           " raw_correct INTEGER,"
                           " raw_total INTEGER,"
                           " scaled_score INTEGER"
                           ")"),
            QStringLiteral("CREATE TABLE exam_answer("
                           " attempt_id INTEGER NOT NULL REFERENCES exam_attempt(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " question_id TEXT NOT NULL,"
                           " selected TEXT NOT NULL DEFAULT ''," // chosen option positions, comma-separated
                           " flagged INTEGER NOT NULL DEFAULT 0,"
                           " correct INTEGER,"
                           " answered_at TEXT,"
                           " PRIMARY KEY(attempt_id, position)"
                           ") WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        },
    };
    return steps;
}

} // namespace

ProgressDatabase::OpenResult ProgressDatabase::inspect(const QString& path, int* version) const
{
    OpenResult result;
    *version = 0;
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0) {
        result.status = Status::Created;
        return result;
    }
    if (!info.isFile()) {
        result.status = Status::Foreign;
        result.message =
            tr("Certdeck keeps your progress in the file %1, but a folder or other non-file is at that path. "
               "Rename or move it, then start Certdeck again.")
                .arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::Failed;
        result.message = tr("Cannot read your progress database %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
        result.status = Status::Foreign;
        result.message = tr("%1 is not a Certdeck progress database (it is not an SQLite database at all). "
                            "It was left untouched; rename or move it to start a new one.")
                             .arg(path);
        return result;
    }
    file.close();

    // Look with a read-only connection first: nothing is written until the file is known to be ours.
    SqliteConnection probe;
    QString error;
    if (!probe.open(path, SqliteConnection::Mode::ReadOnly, &error)) {
        result.status = Status::Damaged;
        result.message =
            tr("Your progress database %1 cannot be opened: %2. It was left untouched.").arg(path, error);
        return result;
    }
    const QVariant appId = probe.scalar(QStringLiteral("PRAGMA application_id"), &error);
    const QVariant userVersion = probe.scalar(QStringLiteral("PRAGMA user_version"), &error);
    const QVariant tables = probe.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &error);
    if (!appId.isValid() || !userVersion.isValid() || !tables.isValid()) {
        result.status = Status::Damaged;
        result.message = tr("Your progress database %1 is damaged (%2). It was left untouched; "
                            "restore a backup, or rename or move it to start a new one.")
                             .arg(path, error);
        return result;
    }
    if (appId.toInt() == 0 && userVersion.toInt() == 0 && tables.toInt() == 0) {
        result.status = Status::Created; // an empty SQLite file: ours to set up
        return result;
    }
    if (appId.toInt() != kApplicationId) {
        result.status = Status::Foreign;
        result.message = tr("%1 is an SQLite database of another program, not a Certdeck progress database. "
                            "It was left untouched; rename or move it to start a new one.")
                             .arg(path);
        return result;
    }
    *version = userVersion.toInt();
    if (*version > kSchemaVersion) {
        result.status = Status::TooNew;
        result.message =
            tr("Your progress database %1 was written by a newer Certdeck (schema %2; this version "
               "reads up to %3). It was left untouched; update Certdeck to use it.")
                .arg(path)
                .arg(*version)
                .arg(kSchemaVersion);
        return result;
    }
    const QString check = probe.scalar(QStringLiteral("PRAGMA quick_check"), &error).toString();
    if (check != u"ok") {
        result.status = Status::Damaged;
        result.message = tr("Your progress database %1 is damaged (%2). It was left untouched; "
                            "restore a backup, or rename or move it to start a new one.")
                             .arg(path, check.isEmpty() ? error : check);
        return result;
    }
    result.status = Status::Opened;
    return result;
}

ProgressDatabase::OpenResult ProgressDatabase::open(const QString& path)
{
    close();
    m_path = path;
    int version = 0;
    OpenResult result = inspect(path, &version);
    result.fromVersion = version;
    if (!result.ok()) {
        return result;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        result.status = Status::Failed;
        result.message =
            tr("Cannot create the folder for your progress database: %1").arg(QFileInfo(path).absolutePath());
        return result;
    }
    QString error;
    const bool ok = m_connection.open(path, SqliteConnection::Mode::ReadWrite, &error) &&
                    m_connection.exec(QStringLiteral("PRAGMA journal_mode = WAL"), &error) &&
                    m_connection.exec(QStringLiteral("PRAGMA synchronous = FULL"), &error) &&
                    m_connection.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &error) &&
                    migrate(version, &error);
    if (!ok) {
        m_connection.close();
        result.status = Status::Failed;
        result.message = tr("Cannot set up your progress database %1: %2").arg(path, error);
        return result;
    }
    result.toVersion = kSchemaVersion;
    return result;
}

bool ProgressDatabase::migrate(int from, QString* error)
{
    const QList<QStringList>& steps = migrationSteps();
    for (int version = from + 1; version <= int(steps.size()); ++version) {
        if (!m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"), error)) {
            return false;
        }
        bool ok = true;
        for (const QString& sql : steps[version - 1]) {
            ok = ok && m_connection.exec(sql, error);
        }
        ok = ok &&
             m_connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error) &&
             m_connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(version), error) &&
             m_connection.exec(QStringLiteral("COMMIT"), error);
        if (!ok) {
            m_connection.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

int ProgressDatabase::schemaVersion() const
{
    return m_connection.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

qint64 ProgressDatabase::count(const QString& table) const
{
    static const QStringList known{QStringLiteral("card_state"), QStringLiteral("review_log"),
                                   QStringLiteral("exam_attempt"), QStringLiteral("exam_answer")};
    if (!known.contains(table)) {
        return -1;
    }
    return m_connection.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

} // namespace certdeck
