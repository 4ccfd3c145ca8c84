// Backups of the learner's progress database: whole and consistent while the app writes, rotated without
// touching anything else in the folder, listed with what they hold, restored only when they are whole
// Certdeck databases (and undoably), and a read-only health check.

#include "progress/ProgressBackups.h"

#include "TestSupport.h"
#include "progress/ProgressDatabase.h"
#include "util/SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <thread>

using namespace certdeck;
using namespace certdeck::test;

namespace {

using Status = ProgressBackups::Status;

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

void writeBytes(const QString& file, const QByteArray& bytes)
{
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << file.toStdString();
    f.write(bytes);
}

/// A Certdeck progress database with enough rows for several pages, then garbage after its first page.
void writeDamagedDatabase(const QString& path)
{
    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(path).ok());
        for (int i = 0; i < 200; ++i) {
            addReview(db.connection(), QStringLiteral("card-%1").arg(i));
        }
        ASSERT_TRUE(db.connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        ASSERT_TRUE(db.connection().exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QByteArray bytes = readFile(path);
    ASSERT_GT(bytes.size(), 8192);
    for (qsizetype i = 4096; i < bytes.size(); ++i) {
        bytes[i] = char(0xA5);
    }
    writeBytes(path, bytes);
}

class Backups : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(QDir().mkpath(data()));
    }

    QString data() const { return dir.filePath(QStringLiteral("data")); }
    QString progress() const { return data() + QStringLiteral("/progress.db"); }
    QString folder() const { return ProgressBackups::defaultFolder(progress()); }
    ProgressBackups backups() const { return ProgressBackups(folder(), QTimeZone::utc()); }
    QString inFolder(const QString& name) const { return folder() + u'/' + name; }

    /// The file names in the backup folder, sorted.
    QStringList names() const
    {
        QStringList n =
            QDir(folder()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        n.sort();
        return n;
    }

    ProgressBackups::CreateResult create(const QDateTime& now) const
    {
        ProgressBackups::CreateResult r = backups().create(progress(), now);
        EXPECT_TRUE(r.ok()) << r.message.toStdString();
        EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(u'\n').toStdString();
        return r;
    }

    QTemporaryDir dir;
};

TEST_F(Backups, ABackupIsAWholeCheckedProgressDatabaseAndLeavesNothingBesideProgress)
{
    addReviews(progress(), 3);
    ASSERT_TRUE(QDir().mkpath(folder()));
    const QMap<QString, QByteArray> before = folderSnapshot(data());

    const ProgressBackups::CreateResult r = create(at("2026-11-22T15:30:12Z"));
    EXPECT_EQ(r.path, inFolder(QStringLiteral("progress-20261122T153012Z.db")));
    EXPECT_EQ(names(), QStringList{QStringLiteral("progress-20261122T153012Z.db")})
        << "no temporary, -journal, -wal or -shm file is left in the folder";
    EXPECT_EQ(folderSnapshot(data()), before) << "nothing was created or changed beside progress.db";

    const QByteArray head = readFile(r.path).left(100);
    ASSERT_EQ(head.size(), 100);
    EXPECT_EQ(int(head[18]), 1) << "a backup stands alone: rollback journal, not WAL";
    EXPECT_EQ(int(head[19]), 1);
    SqliteConnection c;
    QString error;
    ASSERT_TRUE(c.open(r.path, SqliteConnection::Mode::Immutable, &error)) << error.toStdString();
    EXPECT_EQ(c.scalar(QStringLiteral("PRAGMA application_id")).toInt(), ProgressDatabase::kApplicationId);
    EXPECT_EQ(c.scalar(QStringLiteral("PRAGMA user_version")).toInt(), ProgressDatabase::kSchemaVersion);
    EXPECT_EQ(c.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(c.scalar(QStringLiteral("SELECT count(*) FROM review_log")).toInt(), 3);
    c.close();

    // The app would open it as a progress database.
    ProgressDatabase::Summary summary;
    EXPECT_TRUE(ProgressDatabase::inspect(r.path, &summary).ok());
    EXPECT_EQ(summary.reviews, 3);
    EXPECT_TRUE(ProgressBackups::check(r.path).healthy());
}

TEST_F(Backups, ABackupTakenDuringAnOpenWriteTransactionHoldsTheCommittedRowsOnly)
{
    ProgressDatabase app;
    ASSERT_TRUE(app.open(progress()).ok());
    addReview(app.connection(), QStringLiteral("sqs.a"));
    addReview(app.connection(), QStringLiteral("sqs.b"));
    ASSERT_EQ(reviewsIn(progress()), 0) << "the committed reviews are still in the -wal file only";

    SqliteConnection writer;
    QString error;
    ASSERT_TRUE(writer.open(progress(), SqliteConnection::Mode::ReadWrite, &error)) << error.toStdString();
    ASSERT_TRUE(writer.exec(QStringLiteral("BEGIN IMMEDIATE"), &error)) << error.toStdString();
    for (int i = 0; i < 50; ++i) {
        addReview(writer, QStringLiteral("uncommitted-%1").arg(i));
    }

    const ProgressBackups::CreateResult r = create(at("2026-11-22T15:30:12Z"));
    ASSERT_FALSE(r.path.isEmpty());
    EXPECT_EQ(reviewsIn(r.path), 2) << "what was committed, read through the -wal file, and nothing else";
    EXPECT_TRUE(ProgressBackups::check(r.path).healthy());

    ASSERT_TRUE(writer.exec(QStringLiteral("COMMIT"), &error)) << error.toStdString();
    EXPECT_EQ(app.count(QStringLiteral("review_log")), 52) << "the app's work went on undisturbed";
    EXPECT_EQ(reviewsIn(r.path), 2);
}

TEST_F(Backups, ABackupNeverOverwritesAFile)
{
    addReviews(progress(), 1);
    ASSERT_TRUE(QDir().mkpath(folder()));
    const QDateTime now = at("2026-11-22T15:30:12Z");
    writeBytes(inFolder(ProgressBackups::fileName(now)), "not a backup, but named like one");

    EXPECT_EQ(create(now).path, inFolder(QStringLiteral("progress-20261122T153012Z_2.db")));
    EXPECT_EQ(create(now.addMSecs(400)).path, inFolder(QStringLiteral("progress-20261122T153012Z_3.db")));
    EXPECT_EQ(readFile(inFolder(ProgressBackups::fileName(now))),
              QByteArray("not a backup, but named like one"));

    // The one made last in a second counts as the newest.
    const QList<ProgressBackups::BackupInfo> listed = backups().list();
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(QFileInfo(listed[0].path).fileName(), QStringLiteral("progress-20261122T153012Z_3.db"));
    EXPECT_EQ(QFileInfo(listed[2].path).fileName(), QStringLiteral("progress-20261122T153012Z.db"));
    EXPECT_FALSE(listed[2].ok());
}

TEST_F(Backups, FileNamesSortByTimeAndOnlyCertdecksNamesAreBackups)
{
    const QDateTime t = at("2026-11-22T15:30:12Z");
    EXPECT_EQ(ProgressBackups::fileName(t), QStringLiteral("progress-20261122T153012Z.db"));
    EXPECT_EQ(ProgressBackups::fileName(t.toTimeZone(QTimeZone(3600 * 5)), 2),
              QStringLiteral("progress-20261122T153012Z_2.db"))
        << "always UTC";
    int sequence = 0;
    EXPECT_EQ(ProgressBackups::parseFileName(QStringLiteral("progress-20261122T153012Z_12.db"), &sequence),
              t);
    EXPECT_EQ(sequence, 12);
    EXPECT_EQ(ProgressBackups::parseFileName(QStringLiteral("progress-20261122T153012Z.db"), &sequence), t);
    EXPECT_EQ(sequence, 1);
    EXPECT_EQ(ProgressBackups::parseFileName(QStringLiteral("progress-20261122T153012Z.db")).timeSpec(),
              Qt::UTC);
    for (const char* notOurs :
         {"progress.db", "progress-20261122T153012Z.db.bak", "progress-20261122T153012Z.db-wal",
          "progress-20261322T153012Z.db", "progress-20261122T253012Z.db", "progress-20261122T153012.db",
          "progress-20261122T153012Z_1.db", "progress-20261122T153012Z_0.db",
          "progress-20261122T153012Z_02.db", "progress-20261122T153012Z-2.db",
          "replaced-progress-20261122T153012Z.db", "Progress-20261122T153012Z.db",
          "progress-２０261122T153012Z.db"}) {
        EXPECT_FALSE(ProgressBackups::parseFileName(QString::fromUtf8(notOurs)).isValid()) << notOurs;
    }
}

TEST_F(Backups, RotationKeepsTheNewestAndOneADayAndAWeekAndNeverTouchesOtherFiles)
{
    addReviews(progress(), 1);
    ASSERT_TRUE(QDir().mkpath(folder()));
    // Things a learner or another program may keep in the folder, some named almost like backups.
    writeBytes(inFolder(QStringLiteral("notes.txt")), "mine");
    writeBytes(inFolder(QStringLiteral("progress-20200101T000000Z.db.bak")), "mine");
    writeBytes(inFolder(QStringLiteral("progress-2020.db")), "mine");
    writeBytes(inFolder(QStringLiteral("my-progress-20200101T000000Z.db")), "mine");
    writeBytes(inFolder(QStringLiteral("progress-20200101T000000Z.db-wal")), "mine");
    ASSERT_TRUE(QDir().mkpath(inFolder(QStringLiteral("progress-20200102T000000Z.db")))); // a folder
    ASSERT_TRUE(QFile::link(inFolder(QStringLiteral("notes.txt")),
                            inFolder(QStringLiteral("progress-20200103T000000Z.db"))));
    const QMap<QString, QByteArray> foreign = folderSnapshot(folder());

    // One backup a day at noon for 40 days, rotating after each, up to Wednesday 2026-11-18.
    const QDateTime last = at("2026-11-18T12:00:00Z");
    for (int daysAgo = 39; daysAgo >= 0; --daysAgo) {
        create(last.addDays(-daysAgo));
    }
    // The newest 8 (11-11 to 11-18) and the newest of each calendar week before: Sundays 11-08 and 11-01.
    QStringList expected = foreign.keys();
    for (const char* day : {"1101", "1108", "1111", "1112", "1113", "1114", "1115", "1116", "1117", "1118"}) {
        expected.append(QStringLiteral("progress-2026%1T120000Z.db").arg(QLatin1String(day)));
    }
    expected.sort();
    EXPECT_EQ(names(), expected);
    QMap<QString, QByteArray> after = folderSnapshot(folder());
    for (auto it = foreign.begin(); it != foreign.end(); ++it) {
        EXPECT_EQ(after.value(it.key()), it.value()) << it.key().toStdString() << " was left as it was";
    }

    // What a rotation removes is reported.
    const ProgressBackups::CreateResult r = create(last.addSecs(3600));
    EXPECT_EQ(r.removed, QStringList{inFolder(QStringLiteral("progress-20261111T120000Z.db"))});
}

TEST_F(Backups, TheTemporaryFileOfABackupCutShortIsRemovedADayLater)
{
    addReviews(progress(), 1);
    ASSERT_TRUE(QDir().mkpath(folder()));
    const QDateTime now = at("2026-11-22T15:30:12Z");
    for (const char* name : {".progress-backup-a1B2c3", ".progress-backup-a1B2c3-journal",
                             ".progress-backup-x9Y8z7", ".progress-backup-notes"}) {
        writeBytes(inFolder(QString::fromLatin1(name)), "cut short");
    }
    auto age = [&](const char* name, qint64 seconds) {
        QFile f(inFolder(QString::fromLatin1(name)));
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(now.addSecs(-seconds), QFileDevice::FileModificationTime));
    };
    age(".progress-backup-a1B2c3", 2 * 86400);
    age(".progress-backup-a1B2c3-journal", 2 * 86400);
    age(".progress-backup-x9Y8z7", 600);      // perhaps another Certdeck's backup in progress
    age(".progress-backup-notes", 2 * 86400); // not a name Certdeck makes

    create(now);
    EXPECT_EQ(names(), (QStringList{QStringLiteral(".progress-backup-notes"),
                                    QStringLiteral(".progress-backup-x9Y8z7"),
                                    QStringLiteral("progress-20261122T153012Z.db")}));
}

TEST_F(Backups, ListShowsReviewCountsNewestFirstAndUnreadableFilesWithTheirError)
{
    addReviews(progress(), 2);
    create(at("2026-11-20T10:00:00Z"));
    addReviews(progress(), 3);
    create(at("2026-11-21T10:00:00Z"));
    writeBytes(inFolder(QStringLiteral("progress-20261121T110000Z.db")), "my shopping list\n");
    writeDamagedDatabase(inFolder(QStringLiteral("progress-20261121T120000Z.db")));
    writeBytes(inFolder(QStringLiteral("unrelated.db")), "not listed");

    const QList<ProgressBackups::BackupInfo> listed = backups().list();
    ASSERT_EQ(listed.size(), 4);
    EXPECT_EQ(listed[0].created, at("2026-11-21T12:00:00Z"));
    EXPECT_FALSE(listed[0].ok());
    EXPECT_TRUE(listed[0].error.contains(listed[0].path)) << listed[0].error.toStdString();
    EXPECT_TRUE(listed[0].error.contains(QStringLiteral("damaged"))) << listed[0].error.toStdString();

    EXPECT_EQ(listed[1].created, at("2026-11-21T11:00:00Z"));
    EXPECT_FALSE(listed[1].ok());
    EXPECT_TRUE(listed[1].error.contains(QStringLiteral("not a Certdeck progress database")))
        << listed[1].error.toStdString();
    EXPECT_EQ(listed[1].size, 17);

    EXPECT_EQ(listed[2].created, at("2026-11-21T10:00:00Z"));
    EXPECT_TRUE(listed[2].ok()) << listed[2].error.toStdString();
    EXPECT_EQ(listed[2].reviews, 5);
    EXPECT_EQ(listed[2].size, QFileInfo(listed[2].path).size());
    EXPECT_EQ(listed[3].created, at("2026-11-20T10:00:00Z"));
    EXPECT_EQ(listed[3].reviews, 2);

    EXPECT_TRUE(ProgressBackups(dir.filePath(QStringLiteral("none")), QTimeZone::utc()).list().isEmpty());
}

TEST_F(Backups, RestoreReplacesTheContentAndKeepsTheReplacedDatabaseAsABackup)
{
    addReviews(progress(), 2);
    const ProgressBackups::CreateResult early = create(at("2026-11-20T10:00:00Z"));
    addReviews(progress(), 3);

    const ProgressBackups::RestoreResult r =
        backups().restore(early.path, progress(), at("2026-11-22T09:00:00Z"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_EQ(r.previous, inFolder(QStringLiteral("progress-20261122T090000Z.db")));
    EXPECT_EQ(reviewsIn(progress()), 2);
    EXPECT_EQ(reviewsIn(r.previous), 5) << "the restore can be undone";
    EXPECT_FALSE(QFile::exists(progress() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(progress() + QStringLiteral("-shm")));

    ProgressDatabase db;
    const ProgressDatabase::OpenResult opened = db.open(progress());
    ASSERT_TRUE(opened.ok()) << opened.message.toStdString();
    EXPECT_EQ(opened.status, ProgressDatabase::Status::Opened);
    EXPECT_EQ(db.count(QStringLiteral("review_log")), 2);
    db.close();

    // And undone.
    const ProgressBackups::RestoreResult undo =
        backups().restore(r.previous, progress(), at("2026-11-22T09:05:00Z"));
    ASSERT_TRUE(undo.ok()) << undo.message.toStdString();
    EXPECT_EQ(reviewsIn(progress()), 5);
}

TEST_F(Backups, RestoreNeverRotatesAwayTheBackupBeingRestored)
{
    addReviews(progress(), 1);
    QList<QString> made;
    for (int i = 0; i < 8; ++i) { // eight the same day: all kept as the newest 8, the oldest by that alone
        made.append(create(at("2026-11-22T08:00:00Z").addSecs(600 * i)).path);
    }
    const ProgressBackups::RestoreResult r =
        backups().restore(made.first(), progress(), at("2026-11-22T10:00:00Z"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_TRUE(QFile::exists(made.first())) << "no longer among the newest 8, but being restored";
    EXPECT_EQ(backups().list().size(), 9);
}

TEST_F(Backups, RestoreRefusesWhatIsNotAWholeCertdeckDatabaseAndTouchesNothing)
{
    addReviews(progress(), 2);
    create(at("2026-11-20T10:00:00Z"));
    const QString text = dir.filePath(QStringLiteral("shopping.db"));
    writeBytes(text, "milk\n");
    const QString other = dir.filePath(QStringLiteral("cookies.db"));
    {
        SqliteConnection c;
        QString error;
        ASSERT_TRUE(c.open(other, SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_TRUE(c.exec(QStringLiteral("CREATE TABLE cookies(name TEXT)")));
    }
    const QString newer = dir.filePath(QStringLiteral("newer.db"));
    {
        SqliteConnection c;
        QString error;
        ASSERT_TRUE(c.open(newer, SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_TRUE(
            c.exec(QStringLiteral("PRAGMA application_id = %1").arg(ProgressDatabase::kApplicationId)));
        ASSERT_TRUE(
            c.exec(QStringLiteral("PRAGMA user_version = %1").arg(ProgressDatabase::kSchemaVersion + 1)));
        ASSERT_TRUE(c.exec(QStringLiteral("CREATE TABLE review_log(x)")));
    }
    const QString damaged = dir.filePath(QStringLiteral("damaged.db"));
    writeDamagedDatabase(damaged);

    struct Refusal {
        QString file;
        Status status;
        const char* says;
    };
    const QList<Refusal> refusals{
        {text, Status::Foreign, "is not a Certdeck progress database"},
        {other, Status::Foreign, "is not a Certdeck progress database"},
        {newer, Status::TooNew, "newer Certdeck"},
        {damaged, Status::Damaged, "is damaged"},
        {dir.filePath(QStringLiteral("missing.db")), Status::Missing, "does not exist"},
        {dir.path(), Status::Foreign, "is a folder"},
        {progress(), Status::Foreign, "your progress database itself"},
    };
    const QMap<QString, QByteArray> dataBefore = folderSnapshot(data());
    const QMap<QString, QByteArray> backupsBefore = folderSnapshot(folder());
    for (const Refusal& refusal : refusals) {
        const ProgressBackups::RestoreResult r =
            backups().restore(refusal.file, progress(), at("2026-11-22T09:00:00Z"));
        EXPECT_EQ(r.status, refusal.status) << r.message.toStdString();
        EXPECT_TRUE(r.message.contains(refusal.file)) << r.message.toStdString();
        EXPECT_TRUE(r.message.contains(QLatin1String(refusal.says))) << r.message.toStdString();
        EXPECT_TRUE(r.previous.isEmpty());
        EXPECT_EQ(folderSnapshot(data()), dataBefore) << "progress.db untouched";
        EXPECT_EQ(folderSnapshot(folder()), backupsBefore) << "no backup made for a restore refused";
    }
    EXPECT_EQ(reviewsIn(progress()), 2);
}

TEST_F(Backups, RestoreOverADamagedProgressDatabaseKeepsItsBytesAside)
{
    addReviews(progress(), 4);
    const QString good = create(at("2026-11-20T10:00:00Z")).path;
    writeDamagedDatabase(progress());
    const QByteArray damagedBytes = readFile(progress());

    // The damaged file is not backed up as a backup (it would push good ones out)...
    const ProgressBackups::CreateResult refused = backups().create(progress(), at("2026-11-22T08:00:00Z"));
    EXPECT_EQ(refused.status, Status::Damaged) << refused.message.toStdString();
    EXPECT_TRUE(refused.message.contains(progress())) << refused.message.toStdString();
    EXPECT_EQ(names(), QStringList{QFileInfo(good).fileName()}) << "nothing made, nothing rotated";

    // ...but a restore keeps its bytes, under a name rotation never deletes.
    const ProgressBackups::RestoreResult r = backups().restore(good, progress(), at("2026-11-22T09:00:00Z"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_EQ(r.previous, inFolder(QStringLiteral("replaced-progress-20261122T090000Z.db")));
    EXPECT_EQ(readFile(r.previous), damagedBytes);
    EXPECT_EQ(reviewsIn(progress()), 4);
    ProgressDatabase db;
    EXPECT_TRUE(db.open(progress()).ok());
    db.close();

    create(at("2026-12-31T09:00:00Z"));
    EXPECT_TRUE(QFile::exists(r.previous)) << "not a name rotation deletes";
    EXPECT_EQ(backups().list().size(), 2) << "nor one that is listed as a backup";
}

TEST_F(Backups, RestoreWithoutAProgressDatabaseCreatesOneAndIgnoresStaleSideFiles)
{
    addReviews(progress(), 3);
    const QString good = create(at("2026-11-20T10:00:00Z")).path;
    ASSERT_TRUE(QFile::remove(progress()));
    // A -wal file of another database (left by a crash) would be replayed into the restored one.
    {
        const QString other = dir.filePath(QStringLiteral("other.db"));
        ProgressDatabase crashed;
        ASSERT_TRUE(crashed.open(other).ok());
        for (int i = 0; i < 20; ++i) {
            addReview(crashed.connection(), QStringLiteral("other-%1").arg(i));
        }
        ASSERT_TRUE(QFile::copy(other + QStringLiteral("-wal"), progress() + QStringLiteral("-wal")));
        ASSERT_GT(QFileInfo(progress() + QStringLiteral("-wal")).size(), 4096);
    }

    const ProgressBackups::RestoreResult r = backups().restore(good, progress(), at("2026-11-22T09:00:00Z"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_TRUE(r.previous.isEmpty());
    EXPECT_FALSE(QFile::exists(progress() + QStringLiteral("-wal")));
    EXPECT_EQ(reviewsIn(progress()), 3);
    EXPECT_TRUE(ProgressBackups::check(progress()).healthy());
    QStringList hidden = QDir(data()).entryList(QDir::Hidden | QDir::Files);
    EXPECT_EQ(hidden, QStringList{QStringLiteral("progress.db")}) << "no temporary file left";
}

TEST_F(Backups, CreateRefusesWhatIsNotAProgressDatabase)
{
    {
        const ProgressBackups::CreateResult r = backups().create(progress(), at("2026-11-22T09:00:00Z"));
        EXPECT_EQ(r.status, Status::Missing);
        EXPECT_TRUE(r.message.contains(progress())) << r.message.toStdString();
    }
    writeBytes(progress(), "milk\n");
    {
        const ProgressBackups::CreateResult r = backups().create(progress(), at("2026-11-22T09:00:00Z"));
        EXPECT_EQ(r.status, Status::Foreign);
        EXPECT_TRUE(r.message.contains(progress())) << r.message.toStdString();
    }
    EXPECT_TRUE(names().isEmpty()) << "no temporary file left";
    ASSERT_TRUE(QFile::remove(progress()));
    addReviews(progress(), 1);
    writeBytes(folder() + QStringLiteral("-file"), "x");
    const ProgressBackups::CreateResult r =
        ProgressBackups(folder() + QStringLiteral("-file"), QTimeZone::utc())
            .create(progress(), at("2026-11-22T09:00:00Z"));
    EXPECT_EQ(r.status, Status::Foreign);
    EXPECT_TRUE(r.message.contains(QStringLiteral("a file is at that path"))) << r.message.toStdString();
}

TEST_F(Backups, BackupsCanBeMadeOnAnotherThreadWhileTheAppWrites)
{
    ProgressDatabase app;
    ASSERT_TRUE(app.open(progress()).ok());
    addReview(app.connection(), QStringLiteral("sqs.first"));
    const ProgressBackups store = backups();
    QList<ProgressBackups::CreateResult> made;
    std::thread worker([&] {
        for (int i = 0; i < 10; ++i) {
            made.append(store.create(progress(), at("2026-11-22T08:00:00Z").addSecs(60 * i)));
        }
    });
    for (int i = 0; i < 200; ++i) {
        addReview(app.connection(), QStringLiteral("sqs.card-%1").arg(i));
    }
    worker.join();

    ASSERT_EQ(made.size(), 10);
    for (const ProgressBackups::CreateResult& r : std::as_const(made)) {
        ASSERT_TRUE(r.ok()) << r.message.toStdString();
    }
    EXPECT_FALSE(QFile::exists(made[0].path)) << "rotation ran on the worker too: the newest 8 are left";
    EXPECT_FALSE(QFile::exists(made[1].path));
    qint64 previous = 0;
    for (const ProgressBackups::CreateResult& r : made.mid(2)) {
        EXPECT_TRUE(ProgressBackups::check(r.path).healthy()) << r.path.toStdString();
        const qint64 reviews = reviewsIn(r.path);
        EXPECT_GE(reviews, previous) << "each backup holds a moment of the app's work, in order";
        EXPECT_LE(reviews, 201);
        previous = reviews;
    }
}

TEST_F(Backups, CheckFindsOrphanedRowsWithoutChangingAnything)
{
    addReviews(progress(), 3);
    {
        const ProgressBackups::CheckReport report = ProgressBackups::check(progress());
        EXPECT_TRUE(report.healthy()) << report.message.toStdString();
    }
    {
        // Foreign keys are off on a plain connection, as in any tool a learner might use.
        SqliteConnection c;
        QString error;
        ASSERT_TRUE(c.open(progress(), SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_TRUE(c.exec(
            QStringLiteral("INSERT INTO exam_answer(attempt_id, position, question_id) VALUES(42, 0, 'q')"),
            &error))
            << error.toStdString();
        ASSERT_TRUE(c.exec(QStringLiteral("DELETE FROM card_state WHERE card_id = 'sqs.card-1'"), &error));
    }
    // The app keeps it open (WAL), as when the learner checks from the app.
    ProgressDatabase app;
    ASSERT_TRUE(app.open(progress()).ok());
    const QMap<QString, QByteArray> before = folderSnapshot(data(), {QStringLiteral("progress.db-shm")});
    const ProgressBackups::CheckReport report = ProgressBackups::check(progress());
    EXPECT_TRUE(report.ran()) << report.message.toStdString();
    EXPECT_FALSE(report.healthy());
    EXPECT_TRUE(report.integrityProblems.isEmpty()) << report.integrityProblems.join(u'\n').toStdString();
    EXPECT_EQ(report.answersWithoutAttempt, 1);
    EXPECT_EQ(report.reviewsWithoutCard, 1);
    ASSERT_EQ(report.foreignKeyProblems.size(), 1);
    EXPECT_TRUE(report.foreignKeyProblems[0].contains(QStringLiteral("exam_answer")))
        << report.foreignKeyProblems[0].toStdString();
    EXPECT_EQ(folderSnapshot(data(), {QStringLiteral("progress.db-shm")}), before);
}

TEST_F(Backups, CheckReportsADamagedOrForeignFile)
{
    writeDamagedDatabase(progress());
    const ProgressBackups::CheckReport damaged = ProgressBackups::check(progress());
    EXPECT_FALSE(damaged.healthy());
    EXPECT_TRUE(!damaged.ran() || !damaged.integrityProblems.isEmpty());

    writeBytes(progress(), "milk\n");
    const ProgressBackups::CheckReport foreign = ProgressBackups::check(progress());
    EXPECT_EQ(foreign.status, Status::Foreign);
    EXPECT_TRUE(foreign.message.contains(progress())) << foreign.message.toStdString();
}

} // namespace
