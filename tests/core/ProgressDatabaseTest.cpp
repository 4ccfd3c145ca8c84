// The learner's progress database: created and migrated from empty; anything that is not ours is refused
// and left byte for byte as it was.

#include "progress/ProgressDatabase.h"

#include "TestSupport.h"
#include "exam/ExamStore.h"
#include "util/SqliteConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace certdeck;
using namespace certdeck::test;

namespace {

class Progress : public ::testing::Test {
protected:
    QString path(const QString& name = QStringLiteral("progress.db")) const { return dir.filePath(name); }

    void writeBytes(const QString& file, const QByteArray& bytes) const
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    /// Opens `file` expecting `status`, and checks that its folder was left exactly as it was: the file
    /// unchanged, no -wal, -shm or -journal beside it.
    void expectRefused(const QString& file, ProgressDatabase::Status status, const QString& messagePart)
    {
        const QString folder = QFileInfo(file).absolutePath();
        const QMap<QString, QByteArray> before = folderSnapshot(folder);
        ProgressDatabase db;
        const ProgressDatabase::OpenResult result = db.open(file);
        EXPECT_EQ(result.status, status) << result.message.toStdString();
        EXPECT_FALSE(result.ok());
        EXPECT_FALSE(db.isOpen());
        EXPECT_TRUE(result.message.contains(file)) << result.message.toStdString();
        EXPECT_TRUE(result.message.contains(messagePart)) << result.message.toStdString();
        EXPECT_FALSE(result.message.contains(QStringLiteral("backup"), Qt::CaseInsensitive))
            << "no backup exists to restore: " << result.message.toStdString();
        EXPECT_EQ(folderSnapshot(folder), before) << "a refused file's folder is left as it was";

        // `progress info` reads the same file without changing anything either.
        ProgressDatabase::Summary summary;
        const ProgressDatabase::OpenResult inspected = ProgressDatabase::inspect(file, &summary);
        EXPECT_EQ(inspected.status, status) << inspected.message.toStdString();
        EXPECT_EQ(folderSnapshot(folder), before);
    }

    /// A Certdeck database at path() with `user_version` set to `version` and the change checkpointed into
    /// the main file, as a crash, a downgrade or a hand edit would leave it.
    void writeCertdeckDatabaseWithVersion(qint64 version)
    {
        {
            ProgressDatabase db;
            ASSERT_TRUE(db.open(path()).ok());
        }
        SqliteConnection c;
        QString error;
        ASSERT_TRUE(c.open(path(), SqliteConnection::Mode::ReadWrite, &error)) << error.toStdString();
        ASSERT_TRUE(c.exec(QStringLiteral("PRAGMA user_version = %1").arg(version), &error))
            << error.toStdString();
        ASSERT_TRUE(c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error)) << error.toStdString();
    }

    QTemporaryDir dir;
};

TEST_F(Progress, MigratesANewDatabaseFromEmpty)
{
    const QString file = dir.filePath(QStringLiteral("nested/folder/progress.db"));
    ProgressDatabase db;
    const ProgressDatabase::OpenResult result = db.open(file);
    ASSERT_TRUE(result.ok()) << result.message.toStdString();
    EXPECT_EQ(result.status, ProgressDatabase::Status::Created);
    EXPECT_EQ(result.fromVersion, 0);
    EXPECT_EQ(result.toVersion, ProgressDatabase::kSchemaVersion);
    EXPECT_EQ(db.schemaVersion(), ProgressDatabase::kSchemaVersion);
    EXPECT_EQ(db.connection().scalar(QStringLiteral("PRAGMA application_id")).toInt(),
              ProgressDatabase::kApplicationId);
    EXPECT_EQ(db.connection().scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("wal"));
    EXPECT_EQ(db.connection().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    for (const char* table : {"card_state", "review_log", "exam_attempt", "exam_answer"}) {
        EXPECT_EQ(db.count(QString::fromLatin1(table)), 0) << table;
    }
}

TEST_F(Progress, VersionOneHoldsWhatTheLearnerDoes)
{
    ProgressDatabase db;
    ASSERT_TRUE(db.open(path()).ok());
    const SqliteConnection& c = db.connection();
    EXPECT_TRUE(
        c.exec(QStringLiteral("INSERT INTO card_state(card_id, due) VALUES('sqs.visibility-timeout-default', "
                              "'2026-11-22T10:00:00Z')")));
    EXPECT_TRUE(
        c.exec(QStringLiteral("INSERT INTO review_log(card_id, rating, reviewed_at, state, due, stability,"
                              " difficulty, elapsed_days, last_elapsed_days, scheduled_days) VALUES"
                              " ('sqs.visibility-timeout-default', 3, '2026-11-22T10:00:00Z', 0,"
                              " '2026-11-22T10:10:00Z', 2.3, 5.1, 0, 0, 0)")));
    EXPECT_FALSE(
        c.exec(QStringLiteral("INSERT INTO review_log(card_id, rating, reviewed_at, state, due, stability,"
                              " difficulty, elapsed_days, last_elapsed_days, scheduled_days) VALUES"
                              " ('x', 5, 'now', 0, 'now', 0, 0, 0, 0, 0)")))
        << "a rating is 1 to 4";
    EXPECT_TRUE(
        c.exec(QStringLiteral("INSERT INTO exam_attempt(profile_id, mode, seed, started_at, time_limit_s)"
                              " VALUES('saa-c03', 'timed', 42, '2026-11-22T10:00:00Z', 7800)")));
    EXPECT_TRUE(c.exec(QStringLiteral("INSERT INTO exam_answer(attempt_id, position, question_id, selected)"
                                      " VALUES(1, 0, 'sqs.q.slow-consumer', '0')")));
    EXPECT_FALSE(c.exec(
        QStringLiteral("INSERT INTO exam_answer(attempt_id, position, question_id) VALUES(9, 0, 'x')")))
        << "answers belong to an attempt";
    db.close();

    ProgressDatabase again;
    const ProgressDatabase::OpenResult reopened = again.open(path());
    ASSERT_TRUE(reopened.ok()) << reopened.message.toStdString();
    EXPECT_EQ(reopened.status, ProgressDatabase::Status::Opened);
    EXPECT_EQ(reopened.fromVersion, ProgressDatabase::kSchemaVersion);
    EXPECT_EQ(again.count(QStringLiteral("card_state")), 1);
    EXPECT_EQ(again.count(QStringLiteral("review_log")), 1);
    EXPECT_EQ(again.count(QStringLiteral("exam_answer")), 1);
}

TEST_F(Progress, AnEmptyFileBecomesANewDatabase)
{
    writeBytes(path(), QByteArray());
    ProgressDatabase db;
    EXPECT_EQ(db.open(path()).status, ProgressDatabase::Status::Created);
}

TEST_F(Progress, RefusesATextFile)
{
    writeBytes(path(), "my shopping list\nmilk\n");
    expectRefused(path(), ProgressDatabase::Status::Foreign, QStringLiteral("not an SQLite database"));
}

TEST_F(Progress, RefusesAnotherProgramsSqliteDatabase)
{
    {
        SqliteConnection other;
        QString error;
        ASSERT_TRUE(other.open(path(), SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_TRUE(other.exec(QStringLiteral("CREATE TABLE cookies(name TEXT, value TEXT)")));
        ASSERT_TRUE(other.exec(QStringLiteral("INSERT INTO cookies VALUES('a', 'b')")));
    }
    expectRefused(path(), ProgressDatabase::Status::Foreign, QStringLiteral("another program"));
}

TEST_F(Progress, RefusesADatabaseFromANewerCertdeck)
{
    {
        SqliteConnection newer;
        QString error;
        ASSERT_TRUE(newer.open(path(), SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_TRUE(
            newer.exec(QStringLiteral("PRAGMA application_id = %1").arg(ProgressDatabase::kApplicationId)));
        ASSERT_TRUE(newer.exec(QStringLiteral("PRAGMA user_version = 7")));
        ASSERT_TRUE(newer.exec(QStringLiteral("CREATE TABLE future(x)")));
    }
    expectRefused(path(), ProgressDatabase::Status::TooNew, QStringLiteral("newer Certdeck"));
}

TEST_F(Progress, RefusesADamagedDatabase)
{
    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(path()).ok());
        for (int i = 0; i < 200; ++i) {
            ASSERT_TRUE(db.connection().exec(
                QStringLiteral("INSERT INTO card_state(card_id, due) VALUES('card-%1', '2026-11-22')")
                    .arg(i)));
        }
        ASSERT_TRUE(db.connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        ASSERT_TRUE(db.connection().exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QByteArray bytes = readFile(path());
    ASSERT_GT(bytes.size(), 8192);
    for (qsizetype i = 4096; i < bytes.size(); ++i) {
        bytes[i] = char(0xA5); // everything after the first page is garbage
    }
    writeBytes(path(), bytes);
    expectRefused(path(), ProgressDatabase::Status::Damaged, QStringLiteral("damaged"));
}

TEST_F(Progress, RefusesAFolderInItsPlace)
{
    ASSERT_TRUE(QDir().mkpath(path()));
    expectRefused(path(), ProgressDatabase::Status::Foreign, QStringLiteral("a folder is at that path"));
    EXPECT_TRUE(QFileInfo(path()).isDir());
}

TEST_F(Progress, ANegativeSchemaVersionIsReportedAsDamagedInsteadOfCrashing)
{
    writeCertdeckDatabaseWithVersion(-1);
    expectRefused(path(), ProgressDatabase::Status::Damaged, QStringLiteral("schema version is -1"));
}

TEST_F(Progress, AVersionFromFarInTheFutureIsTooNew)
{
    writeCertdeckDatabaseWithVersion(2147483647);
    expectRefused(path(), ProgressDatabase::Status::TooNew,
                  QStringLiteral("newer Certdeck (schema 2147483647"));
}

TEST_F(Progress, AVersionStillInTheWriteAheadLogIsCheckedToo)
{
    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(path()).ok());
    }
    // Another connection keeps the file open, so the change stays in the -wal file; the main file's header
    // still says version 1.
    SqliteConnection other;
    QString error;
    ASSERT_TRUE(other.open(path(), SqliteConnection::Mode::ReadWrite, &error)) << error.toStdString();
    ASSERT_TRUE(other.exec(QStringLiteral("PRAGMA user_version = -7"), &error)) << error.toStdString();
    ProgressDatabase db;
    const ProgressDatabase::OpenResult result = db.open(path());
    EXPECT_EQ(result.status, ProgressDatabase::Status::Damaged) << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QStringLiteral("schema version is -7")))
        << result.message.toStdString();
    EXPECT_EQ(other.scalar(QStringLiteral("PRAGMA user_version")).toInt(), -7) << "nothing was changed";
}

TEST_F(Progress, AnotherProgramsWalDatabaseGetsNoFilesBesideIt)
{
    {
        SqliteConnection other;
        QString error;
        ASSERT_TRUE(other.open(path(), SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_EQ(other.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString(),
                  QStringLiteral("wal"));
        ASSERT_TRUE(other.exec(QStringLiteral("CREATE TABLE cookies(name TEXT, value TEXT)")));
    }
    ASSERT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
    expectRefused(path(), ProgressDatabase::Status::Foreign, QStringLiteral("another program"));
}

TEST_F(Progress, AnotherProgramsEmptyLookingWalDatabaseIsStillNotOurs)
{
    {
        SqliteConnection other;
        QString error;
        ASSERT_TRUE(other.open(path(), SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_EQ(other.scalar(QStringLiteral("PRAGMA journal_mode = WAL")).toString(),
                  QStringLiteral("wal"));
    }
    expectRefused(path(), ProgressDatabase::Status::Foreign, QStringLiteral("another program"));
}

TEST_F(Progress, ADatabaseCutShortIsDamaged)
{
    writeBytes(path(), QByteArray("SQLite format 3\0", 16) + QByteArray(20, 'x'));
    expectRefused(path(), ProgressDatabase::Status::Damaged, QStringLiteral("cut short"));
}

TEST_F(Progress, ADatabaseCutShortInsideAPageIsRefusedAndNotPadded)
{
    // Found by fuzzing: an SQLite header without tables, 108 bytes long, was taken as an empty database to
    // set up; the set-up failed and SQLite's rollback wrote a whole page back, growing the file to 4096 bytes
    // behind a message saying it was left untouched.
    QByteArray bytes = readFile(QStringLiteral(CERTDECK_TEST_CONTENT_DB)).left(100);
    ASSERT_EQ(bytes.size(), 100);
    bytes[68] = bytes[69] = bytes[70] = bytes[71] = 0; // no application id
    writeBytes(path(), bytes + QByteArray(8, '\0'));
    expectRefused(path(), ProgressDatabase::Status::Damaged, QStringLiteral("cut short: 108 byte"));
}

TEST_F(Progress, ALockHeldByAnotherProgramIsReportedAsALock)
{
    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(path()).ok());
    }
    SqliteConnection other;
    QString error;
    ASSERT_TRUE(other.open(path(), SqliteConnection::Mode::ReadWrite, &error));
    ASSERT_TRUE(other.exec(QStringLiteral("BEGIN IMMEDIATE"), &error)) << error.toStdString();
    ASSERT_TRUE(
        other.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('held', 'by a tool')"), &error));

    ProgressDatabase db;
    db.setBusyTimeout(50);
    const ProgressDatabase::OpenResult result = db.open(path());
    EXPECT_EQ(result.status, ProgressDatabase::Status::Locked) << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(path()));
    EXPECT_TRUE(result.message.contains(QStringLiteral("holds a lock"))) << result.message.toStdString();
    EXPECT_FALSE(db.isOpen()) << "a database that cannot be written is never used as if it could";

    ASSERT_TRUE(other.exec(QStringLiteral("COMMIT"), &error)) << error.toStdString();
    EXPECT_EQ(db.open(path()).status, ProgressDatabase::Status::Opened) << "once the lock is gone it opens";
}

TEST_F(Progress, EveryOpenProvesTheFileTakesAWrite)
{
    ProgressDatabase db;
    ASSERT_TRUE(db.open(path()).ok());
    EXPECT_TRUE(db.connection()
                    .scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'last_opened_by'"))
                    .toString()
                    .startsWith(QStringLiteral("certdeck")));
}

TEST_F(Progress, ProgressInfoReadsWithoutCreatingAnything)
{
    const QString file = dir.filePath(QStringLiteral("not/yet/progress.db"));
    ProgressDatabase::Summary summary;
    EXPECT_TRUE(ProgressDatabase::inspect(file, &summary).ok());
    EXPECT_FALSE(summary.exists);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("not"))));

    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(path()).ok());
        ASSERT_TRUE(db.connection().exec(
            QStringLiteral("INSERT INTO card_state(card_id, due) VALUES('sqs.a', '2026-11-22T10:00:00Z')")));
    }
    const QMap<QString, QByteArray> before = folderSnapshot(dir.path());
    EXPECT_TRUE(ProgressDatabase::inspect(path(), &summary).ok());
    EXPECT_TRUE(summary.exists);
    EXPECT_TRUE(summary.writable);
    EXPECT_EQ(summary.schemaVersion, ProgressDatabase::kSchemaVersion);
    EXPECT_EQ(summary.cards, 1);
    EXPECT_EQ(folderSnapshot(dir.path()), before) << "no -wal or -shm appears beside it";
}

TEST_F(Progress, Version1UpgradesToTheCurrentVersionKeepingEveryRowAndStoringAReviewOnce)
{
    QString error;
    ASSERT_TRUE(ProgressDatabase::createAtVersion(path(), 1, &error)) << error.toStdString();
    {
        SqliteConnection c;
        ASSERT_TRUE(c.open(path(), SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_EQ(c.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        ASSERT_TRUE(c.exec(QStringLiteral(
            "INSERT INTO card_state(card_id, due, reps) VALUES('sqs.a', '2026-11-22T10:00:00.000Z', 3)")));
        for (int i = 0; i < 2; ++i) { // the same review twice: v1 allowed it
            ASSERT_TRUE(c.exec(QStringLiteral(
                "INSERT INTO review_log(card_id, rating, reviewed_at, state, due, stability,"
                " difficulty, elapsed_days, last_elapsed_days, scheduled_days) VALUES"
                " ('sqs.a', 3, '2026-11-22T10:00:00.000Z', 0, '2026-11-22T10:00:00.000Z', 0, 0,"
                " 0, 0, 0)")));
        }
    }
    ProgressDatabase db;
    const ProgressDatabase::OpenResult opened = db.open(path());
    ASSERT_TRUE(opened.ok()) << opened.message.toStdString();
    EXPECT_EQ(opened.fromVersion, 1);
    EXPECT_EQ(opened.toVersion, ProgressDatabase::kSchemaVersion);
    EXPECT_EQ(db.schemaVersion(), ProgressDatabase::kSchemaVersion);
    EXPECT_EQ(db.connection()
                  .scalar(QStringLiteral("SELECT group_concat(name) FROM sqlite_schema WHERE type = 'index'"
                                         " AND tbl_name = 'card_state' AND sql IS NOT NULL"))
                  .toString(),
              QStringLiteral("card_state_queue"))
        << "the queue reads one index";
    EXPECT_EQ(db.count(QStringLiteral("card_state")), 1);
    EXPECT_EQ(db.count(QStringLiteral("review_log")), 1) << "the duplicate review is stored once";
    EXPECT_EQ(db.connection().scalar(QStringLiteral("SELECT reps FROM card_state")).toInt(), 3);
    EXPECT_EQ(db.connection().scalar(QStringLiteral("SELECT leech FROM card_state")).toInt(), 0);
    EXPECT_FALSE(db.connection().exec(
        QStringLiteral("INSERT INTO review_log(card_id, rating, reviewed_at, state, due, stability,"
                       " difficulty, elapsed_days, last_elapsed_days, scheduled_days) VALUES"
                       " ('sqs.a', 1, '2026-11-22T10:00:00.000Z', 0, 'x', 0, 0, 0, 0, 0)")))
        << "one review per card and time";
}

TEST_F(Progress, Version3UpgradesToVersion4KeepingExamAttemptsAndAnswers)
{
    QString error;
    ASSERT_TRUE(ProgressDatabase::createAtVersion(path(), 3, &error)) << error.toStdString();
    {
        SqliteConnection c;
        ASSERT_TRUE(c.open(path(), SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_EQ(c.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        ASSERT_TRUE(c.exec(QStringLiteral(
            "INSERT INTO exam_attempt(profile_id, mode, seed, started_at, time_limit_s, remaining_s, "
            "finished_at,"
            " status, raw_correct, raw_total, scaled_score) VALUES('saa-c03', 'timed', 42,"
            " '2026-11-20T10:00:00.000Z', 7800, 0, '2026-11-20T12:10:00.000Z', 'finished', 50, 65, 792)")));
        ASSERT_TRUE(
            c.exec(QStringLiteral("INSERT INTO exam_answer(attempt_id, position, question_id, selected,"
                                  " flagged, correct, answered_at) VALUES(1, 0, 'sqs.q.slow-consumer',"
                                  " '2', 1, 1, '2026-11-20T10:01:00.000Z')")));
    }
    ProgressDatabase db;
    const ProgressDatabase::OpenResult opened = db.open(path());
    ASSERT_TRUE(opened.ok()) << opened.message.toStdString();
    EXPECT_EQ(opened.fromVersion, 3);
    EXPECT_EQ(db.schemaVersion(), ProgressDatabase::kSchemaVersion);
    EXPECT_EQ(db.count(QStringLiteral("exam_attempt")), 1);
    EXPECT_EQ(db.count(QStringLiteral("exam_answer")), 1);
    const SqliteConnection& c = db.connection();
    // The old rows as they were, the new columns at their defaults.
    EXPECT_EQ(
        c.scalar(QStringLiteral("SELECT profile_id || '|' || mode || '|' || seed || '|' || status || '|' ||"
                                " raw_correct || '|' || raw_total || '|' || scaled_score || '|' ||"
                                " time_limit_s FROM exam_attempt WHERE id = 1"))
            .toString(),
        QStringLiteral("saa-c03|timed|42|finished|50|65|792|7800"));
    EXPECT_EQ(
        c.scalar(QStringLiteral("SELECT quote(title) || '|' || quote(scope) || '|' || elapsed_ms || '|' ||"
                                " extra_minutes FROM exam_attempt WHERE id = 1"))
            .toString(),
        QStringLiteral("''|''|0|0"));
    EXPECT_EQ(
        c.scalar(QStringLiteral("SELECT question_id || '|' || selected || '|' || flagged || '|' || correct ||"
                                " '|' || answered_at FROM exam_answer"))
            .toString(),
        QStringLiteral("sqs.q.slow-consumer|2|1|1|2026-11-20T10:01:00.000Z"));
    EXPECT_EQ(c.scalar(QStringLiteral(
                           "SELECT quote(domain) || '|' || choose || '|' || quote(option_order) || '|' ||"
                           " time_ms || '|' || checked FROM exam_answer"))
                  .toString(),
              QStringLiteral("''|1|''|0|0"));
    // The exam history reads the old attempt.
    const Result<std::optional<ExamAttempt>> old = ExamStore(c).attempt(1);
    ASSERT_TRUE(old && old->has_value()) << old.error().toStdString();
    EXPECT_EQ((*old)->status, ExamAttempt::Status::Finished);
    EXPECT_EQ((*old)->scaledScore, 792);
    ASSERT_EQ((*old)->responses.size(), 1);
    EXPECT_EQ((*old)->responses[0].selected, QList<int>{2});
    EXPECT_EQ((*old)->responses[0].correct, std::optional<bool>(true));
    EXPECT_EQ(ExamStore(c).attempts()->size(), 1);
    EXPECT_EQ(c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                                      " AND name = 'card_nudge'"))
                  .toInt(),
              1);
    EXPECT_EQ(c.scalar(QStringLiteral("SELECT count(*) FROM card_nudge")).toInt(), 0);
    EXPECT_TRUE(c.exec(QStringLiteral("INSERT INTO card_nudge(card_id, nudged_at, question_id, attempt_id,"
                                      " due_before) VALUES('sqs.a', '2026-11-22T10:00:00.000Z',"
                                      " 'sqs.q.slow-consumer', 1, '2026-12-01T10:00:00.000Z')")));
    EXPECT_EQ(c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                                      " AND name = 'exam_attempt_by_status'"))
                  .toInt(),
              1);
}

} // namespace
