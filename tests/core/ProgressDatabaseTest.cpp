// The learner's progress database: created and migrated from empty; anything that is not ours is refused
// and left byte for byte as it was.

#include "progress/ProgressDatabase.h"

#include "TestSupport.h"
#include "util/SqliteConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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

    /// Opens `file` expecting `status`, and checks the file was not changed.
    void expectRefused(const QString& file, ProgressDatabase::Status status, const QString& messagePart)
    {
        const QByteArray before = readFile(file);
        ProgressDatabase db;
        const ProgressDatabase::OpenResult result = db.open(file);
        EXPECT_EQ(result.status, status) << result.message.toStdString();
        EXPECT_FALSE(result.ok());
        EXPECT_FALSE(db.isOpen());
        EXPECT_TRUE(result.message.contains(file)) << result.message.toStdString();
        EXPECT_TRUE(result.message.contains(messagePart)) << result.message.toStdString();
        EXPECT_EQ(readFile(file), before) << "the file must never be overwritten";
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
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
    EXPECT_EQ(db.schemaVersion(), 1);
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
    EXPECT_EQ(reopened.fromVersion, 1);
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
    ProgressDatabase db;
    const ProgressDatabase::OpenResult result = db.open(path());
    EXPECT_EQ(result.status, ProgressDatabase::Status::Foreign);
    EXPECT_TRUE(QFileInfo(path()).isDir());
}

} // namespace
