// `certdeck progress backup|backups|restore|check`, run in-process against a progress database in a temporary
// folder: what each prints, its JSON, its exit status, and that a refused command changes nothing.

#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "progress/ProgressBackups.h"
#include "progress/ProgressDatabase.h"
#include "util/SqliteConnection.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <pty.h>
#include <unistd.h>

using namespace certdeck;
using namespace certdeck::test;

namespace {

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

QStringList keysOf(const QJsonObject& o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

class ProgressCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(QDir().mkpath(data()));
    }

    QString data() const { return dir.filePath(QStringLiteral("data")); }
    QString progress() const { return data() + QStringLiteral("/progress.db"); }
    QString folder() const { return ProgressBackups::defaultFolder(progress()); }

    /// `command` (words split at spaces) followed by `more`; standard input is `input`, or an empty stream
    /// that is not a terminal.
    CliRun run(const QString& command, const QStringList& more = {}, QIODevice* input = nullptr) const
    {
        return runCli(progress(), command.split(u' ') + more, input);
    }

    /// The backups in the folder, as full paths, sorted by name (oldest first).
    QStringList backupFiles() const
    {
        QStringList files;
        for (const QString& name :
             QDir(folder()).entryList({QStringLiteral("progress-*.db")}, QDir::Files, QDir::Name)) {
            files.append(folder() + u'/' + name);
        }
        return files;
    }

    /// Makes a backup with the command and returns its path.
    QString backUp() const
    {
        const QStringList before = backupFiles();
        const CliRun r = run(QStringLiteral("progress backup"));
        EXPECT_EQ(r.status, ExitOk) << r.err.toStdString();
        for (const QString& file : backupFiles()) {
            if (!before.contains(file)) {
                return file;
            }
        }
        ADD_FAILURE() << "no new backup";
        return {};
    }

    QTemporaryDir dir;
};

TEST_F(ProgressCli, ABackupIsListedWithItsReviewCount)
{
    addReviews(progress(), 3, 3);
    CliRun r = run(QStringLiteral("progress backups"));
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("No backups yet in ") + folder())) << r.out.toStdString();
    r = run(QStringLiteral("progress backups --json"));
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_TRUE(r.json().isArray());
    EXPECT_TRUE(r.json().array().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(folder())) << "listing creates nothing";

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    r = run(QStringLiteral("progress backup"));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    ASSERT_EQ(backupFiles().size(), 1);
    const QString made = backupFiles().first();
    EXPECT_EQ(r.out,
              QStringLiteral("Backed up your progress to %1\nRotation removed no older backup.\n").arg(made));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(reviewsIn(made), 3);

    r = run(QStringLiteral("progress backups"));
    EXPECT_EQ(r.status, ExitOk);
    const QStringList lines = r.out.split(u'\n');
    const auto row = std::find_if(lines.begin(), lines.end(),
                                  [&](const QString& l) { return l.endsWith(QFileInfo(made).fileName()); });
    ASSERT_NE(row, lines.end()) << r.out.toStdString();
    EXPECT_TRUE(row->contains(QRegularExpression(QStringLiteral("\\s3\\s")))) << row->toStdString();

    r = run(QStringLiteral("progress backups --json"));
    EXPECT_EQ(r.status, ExitOk);
    const QJsonArray listed = r.json().array();
    ASSERT_EQ(listed.size(), 1);
    const QJsonObject b = listed.first().toObject();
    EXPECT_EQ(keysOf(b), (QStringList{QStringLiteral("created"), QStringLiteral("path"),
                                      QStringLiteral("reviews"), QStringLiteral("size")}));
    EXPECT_EQ(b.value(QStringLiteral("path")).toString(), made);
    EXPECT_EQ(b.value(QStringLiteral("reviews")).toInteger(), 3);
    EXPECT_EQ(b.value(QStringLiteral("size")).toInteger(), QFileInfo(made).size());
    const QString created = b.value(QStringLiteral("created")).toString();
    EXPECT_TRUE(created.endsWith(u'Z')) << created.toStdString();
    const QDateTime when = QDateTime::fromString(created, Qt::ISODate);
    EXPECT_TRUE(when.isValid());
    EXPECT_GE(when, before.addMSecs(-before.time().msec()));
    EXPECT_LE(when, after);
}

TEST_F(ProgressCli, BackupsListsAnUnreadableBackupWithItsError)
{
    addReviews(progress(), 2, 3);
    const QString made = backUp();
    const QString shopping = folder() + QStringLiteral("/progress-20200101T000000Z.db");
    writeBytes(shopping, "milk\n");

    CliRun r = run(QStringLiteral("progress backups"));
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_TRUE(r.out.contains(QStringLiteral("progress-20200101T000000Z.db\n      ") + shopping +
                               QStringLiteral(" is not a Certdeck progress database")))
        << r.out.toStdString();
    EXPECT_LT(r.out.indexOf(QFileInfo(made).fileName()), r.out.indexOf(shopping)) << "newest first";

    r = run(QStringLiteral("progress backups --json"));
    const QJsonArray listed = r.json().array();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("path")).toString(), made);
    const QJsonObject bad = listed[1].toObject();
    EXPECT_EQ(keysOf(bad),
              (QStringList{QStringLiteral("created"), QStringLiteral("error"), QStringLiteral("path"),
                           QStringLiteral("reviews"), QStringLiteral("size")}));
    EXPECT_EQ(bad.value(QStringLiteral("created")).toString(), QStringLiteral("2020-01-01T00:00:00Z"));
    EXPECT_TRUE(bad.value(QStringLiteral("reviews")).isNull());
    EXPECT_EQ(bad.value(QStringLiteral("size")).toInteger(), 5);
    EXPECT_TRUE(bad.value(QStringLiteral("error")).toString().contains(QStringLiteral("not a Certdeck")));
}

TEST_F(ProgressCli, BackupReportsWhatRotationRemoved)
{
    addReviews(progress(), 1, 3);
    // Nine backups from one day in 2020: past every day and week the policy keeps, so only the newest 8
    // of all backups stay once a new one is made.
    const ProgressBackups::CreateResult first =
        ProgressBackups(folder(), QTimeZone::utc()).create(progress(), at("2020-01-01T00:00:00Z"));
    ASSERT_TRUE(first.ok()) << first.message.toStdString();
    QStringList old{first.path};
    for (int i = 1; i < 9; ++i) {
        old.append(folder() + u'/' + ProgressBackups::fileName(at("2020-01-01T00:00:00Z").addSecs(60 * i)));
        ASSERT_TRUE(QFile::copy(first.path, old.last()));
    }

    CliRun r = run(QStringLiteral("progress backup --json"));
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    const QJsonObject made = r.json().object();
    EXPECT_EQ(keysOf(made), (QStringList{QStringLiteral("path"), QStringLiteral("removed")}));
    const QString path = made.value(QStringLiteral("path")).toString();
    EXPECT_TRUE(path.startsWith(folder() + QStringLiteral("/progress-"))) << path.toStdString();
    EXPECT_TRUE(QFile::exists(path));
    QStringList removed;
    for (const QJsonValue& v : made.value(QStringLiteral("removed")).toArray()) {
        removed.append(v.toString());
    }
    removed.sort();
    EXPECT_EQ(removed, old.first(2));
    EXPECT_FALSE(QFile::exists(old[0]) || QFile::exists(old[1]));
    EXPECT_EQ(backupFiles().size(), 8);

    r = run(QStringLiteral("progress backup"));
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Rotation removed 1 older backup(s):\n  ") + old[2] + u'\n'))
        << r.out.toStdString();
    EXPECT_FALSE(QFile::exists(old[2]));
}

TEST_F(ProgressCli, BackupWorksWhileCertdeckHasTheDatabaseOpen)
{
    addReviews(progress(), 2, 3);
    ProgressDatabase app;
    ASSERT_TRUE(app.open(progress()).ok());
    addReview(app.connection(), QStringLiteral("sqs.open"));
    const QString made = backUp();
    EXPECT_EQ(reviewsIn(made), 3) << "what the app saved is in the backup";
}

TEST_F(ProgressCli, RestoreBringsBackTheBackupAndKeepsTheReplacedProgressAsABackup)
{
    addReviews(progress(), 2, 3);
    const QString early = backUp();
    addReviews(progress(), 3, 3);
    ASSERT_EQ(reviewsIn(progress()), 5);

    // Just the file name: it is taken from the backups folder.
    CliRun r =
        run(QStringLiteral("progress restore"), {QFileInfo(early).fileName(), QStringLiteral("--yes")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(reviewsIn(progress()), 2);
    const QStringList files = backupFiles();
    ASSERT_EQ(files.size(), 2);
    const QString previous = files.first() == early ? files.last() : files.first();
    EXPECT_EQ(reviewsIn(previous), 5) << "the replaced progress is a backup";
    const qsizetype says = r.out.indexOf(QStringLiteral("your current progress is kept as a backup"));
    const qsizetype restored = r.out.indexOf(QStringLiteral("Restored ") + early);
    const qsizetype kept =
        r.out.indexOf(QStringLiteral("Your progress as it was is kept in the backup ") + previous);
    EXPECT_GE(says, 0) << r.out.toStdString();
    EXPECT_GT(restored, says) << r.out.toStdString();
    EXPECT_GT(kept, restored) << r.out.toStdString();

    {
        ProgressDatabase db;
        const ProgressDatabase::OpenResult opened = db.open(progress());
        ASSERT_TRUE(opened.ok()) << opened.message.toStdString();
        EXPECT_EQ(db.count(QStringLiteral("review_log")), 2);
    }

    // And undone, by a full path.
    r = run(QStringLiteral("progress restore"), {previous, QStringLiteral("--yes")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_EQ(reviewsIn(progress()), 5);
}

TEST_F(ProgressCli, RestoreRefusesWhatIsNotABackupAndChangesNothing)
{
    addReviews(progress(), 2, 3);
    backUp();
    const QString text = dir.filePath(QStringLiteral("shopping.db"));
    writeBytes(text, "milk\n");
    const QMap<QString, QByteArray> before = folderSnapshot(dir.path());

    CliRun r = run(QStringLiteral("progress restore"), {text, QStringLiteral("--yes")});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.err.contains(text + QStringLiteral(" is not a Certdeck progress database")))
        << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("Restored"))) << r.out.toStdString();
    EXPECT_EQ(folderSnapshot(dir.path()), before)
        << "the progress database, the backups and the file as they were";

    const QString missing = QStringLiteral("progress-20200101T000000Z.db");
    r = run(QStringLiteral("progress restore"), {missing, QStringLiteral("--yes")});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("The backup %1/%2 does not exist").arg(folder(), missing)))
        << r.err.toStdString();
    EXPECT_EQ(folderSnapshot(dir.path()), before);

    r = run(QStringLiteral("progress restore"), {progress(), QStringLiteral("--yes")});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("your progress database itself"))) << r.err.toStdString();
    EXPECT_EQ(folderSnapshot(dir.path()), before);
}

TEST_F(ProgressCli, RestoreWithoutYesWhereNoOneCanBeAskedIsAUsageError)
{
    addReviews(progress(), 2, 3);
    const QString made = backUp();
    const QMap<QString, QByteArray> before = folderSnapshot(dir.path());
    QBuffer piped;
    piped.setData("y\n");
    piped.open(QIODevice::ReadOnly);
    const CliRun r = run(QStringLiteral("progress restore"), {made}, &piped);
    EXPECT_EQ(r.status, ExitUsage);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a terminal"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--yes"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(folderSnapshot(dir.path()), before);
}

TEST_F(ProgressCli, RestoreOnATerminalAsksFirst)
{
    addReviews(progress(), 2, 3);
    const QString made = backUp();
    addReviews(progress(), 1, 3);
    const QMap<QString, QByteArray> before = folderSnapshot(dir.path());

    int controller = -1;
    int terminalFd = -1;
    ASSERT_EQ(::openpty(&controller, &terminalFd, nullptr, nullptr, nullptr), 0);
    QFile terminal;
    ASSERT_TRUE(terminal.open(terminalFd, QIODevice::ReadOnly | QIODevice::Unbuffered));

    ASSERT_EQ(::write(controller, "n\n", 2), 2);
    CliRun r = run(QStringLiteral("progress restore"), {made}, &terminal);
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("Restore it? [y/N] "))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing was restored."))) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("your current progress is kept as a backup")))
        << r.out.toStdString();
    EXPECT_EQ(folderSnapshot(dir.path()), before);

    ASSERT_EQ(::write(controller, "y\n", 2), 2);
    r = run(QStringLiteral("progress restore"), {made}, &terminal);
    EXPECT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_EQ(reviewsIn(progress()), 2);

    terminal.close();
    ::close(terminalFd);
    ::close(controller);
}

TEST_F(ProgressCli, RestoreIsRefusedWhileCertdeckHasTheDatabaseOpen)
{
    addReviews(progress(), 2, 3);
    const QString made = backUp();
    addReviews(progress(), 3, 3);
    {
        ProgressDatabase app;
        ASSERT_TRUE(app.open(progress()).ok());
        const QStringList shm{QStringLiteral("progress.db-shm")};
        const QMap<QString, QByteArray> before = folderSnapshot(dir.path(), shm);
        const CliRun r = run(QStringLiteral("progress restore"), {made, QStringLiteral("--yes")});
        EXPECT_EQ(r.status, ExitFailure);
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("certdeck: Certdeck is running; close it first.")))
            << r.err.toStdString();
        EXPECT_EQ(folderSnapshot(dir.path(), shm), before);
        EXPECT_EQ(app.count(QStringLiteral("review_log")), 5);
    }
    const CliRun r = run(QStringLiteral("progress restore"), {made, QStringLiteral("--yes")});
    EXPECT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_EQ(reviewsIn(progress()), 2);
}

TEST_F(ProgressCli, CheckPassesAHealthyDatabaseAndNamesAnOrphanedReview)
{
    addReviews(progress(), 3, 3);
    CliRun r = run(QStringLiteral("progress check"));
    EXPECT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_EQ(r.out,
              progress() + QStringLiteral(": healthy (integrity, foreign keys and orphaned rows checked)\n"));
    EXPECT_TRUE(r.err.isEmpty());

    r = run(QStringLiteral("progress check --json"));
    EXPECT_EQ(r.status, ExitOk);
    QJsonObject report = r.json().object();
    EXPECT_EQ(keysOf(report), (QStringList{QStringLiteral("answers_without_attempt"),
                                           QStringLiteral("exists"), QStringLiteral("foreign_keys"),
                                           QStringLiteral("healthy"), QStringLiteral("integrity"),
                                           QStringLiteral("path"), QStringLiteral("reviews_without_card")}));
    EXPECT_EQ(report.value(QStringLiteral("path")).toString(), progress());
    EXPECT_TRUE(report.value(QStringLiteral("exists")).toBool());
    EXPECT_TRUE(report.value(QStringLiteral("healthy")).toBool());
    EXPECT_TRUE(report.value(QStringLiteral("integrity")).toArray().isEmpty());
    EXPECT_TRUE(report.value(QStringLiteral("foreign_keys")).toArray().isEmpty());
    EXPECT_EQ(report.value(QStringLiteral("answers_without_attempt")).toInteger(), 0);
    EXPECT_EQ(report.value(QStringLiteral("reviews_without_card")).toInteger(), 0);

    {
        SqliteConnection c;
        QString error;
        ASSERT_TRUE(c.open(progress(), SqliteConnection::Mode::ReadWrite, &error)) << error.toStdString();
        ASSERT_TRUE(c.exec(QStringLiteral("DELETE FROM card_state WHERE card_id = 'sqs.card-1'"), &error))
            << error.toStdString();
    }
    const QMap<QString, QByteArray> before = folderSnapshot(data());
    r = run(QStringLiteral("progress check"));
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(
        r.err.contains(progress() + QStringLiteral(": 1 review(s) in review_log are of a card without a "
                                                   "schedule (no card_state row)\n")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.endsWith(progress() + QStringLiteral(": 1 problem(s) found\n"))) << r.err.toStdString();

    r = run(QStringLiteral("progress check --json"));
    EXPECT_EQ(r.status, ExitFailure);
    report = r.json().object();
    EXPECT_FALSE(report.value(QStringLiteral("healthy")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("reviews_without_card")).toInteger(), 1);
    EXPECT_EQ(report.value(QStringLiteral("answers_without_attempt")).toInteger(), 0);
    EXPECT_EQ(folderSnapshot(data()), before) << "checking changes nothing";
}

TEST_F(ProgressCli, CheckOfAFileThatIsNotAProgressDatabaseFails)
{
    writeBytes(progress(), "milk\n");
    for (const char* command : {"progress check", "progress check --json"}) {
        const CliRun r = run(QString::fromLatin1(command));
        EXPECT_EQ(r.status, ExitFailure) << command;
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(progress() + QStringLiteral(" is not a Certdeck progress database")))
            << r.err.toStdString();
    }
    EXPECT_EQ(readFile(progress()), QByteArray("milk\n"));
}

TEST_F(ProgressCli, WithoutAProgressDatabaseNothingIsCreated)
{
    CliRun r = run(QStringLiteral("progress check"));
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_TRUE(r.out.contains(QStringLiteral("nothing to check"))) << r.out.toStdString();
    r = run(QStringLiteral("progress check --json"));
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_FALSE(r.json().object().value(QStringLiteral("exists")).toBool());
    EXPECT_TRUE(r.json().object().value(QStringLiteral("healthy")).toBool());

    r = run(QStringLiteral("progress backups"));
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("No backups yet"))) << r.out.toStdString();

    for (const char* command : {"progress backup", "progress backup --json"}) {
        r = run(QString::fromLatin1(command));
        EXPECT_EQ(r.status, ExitFailure) << command;
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("No progress yet: ") + progress())) << r.err.toStdString();
    }

    r = run(QStringLiteral("progress restore"),
            {QStringLiteral("progress-20200101T000000Z.db"), QStringLiteral("--yes")});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    EXPECT_TRUE(folderSnapshot(data()).isEmpty()) << "no command made a file";

    // A backup from elsewhere becomes the progress database.
    const QString other = dir.filePath(QStringLiteral("other/progress.db"));
    addReviews(other, 2, 3);
    const ProgressBackups::CreateResult made = ProgressBackups(dir.filePath(QStringLiteral("other/backups")))
                                                   .create(other, at("2026-11-20T10:00:00Z"));
    ASSERT_TRUE(made.ok()) << made.message.toStdString();
    r = run(QStringLiteral("progress restore"), {made.path, QStringLiteral("--yes")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("There was no progress database before")))
        << r.out.toStdString();
    EXPECT_EQ(reviewsIn(progress()), 2);
}

TEST_F(ProgressCli, WrongCommandLinesExitTwo)
{
    addReviews(progress(), 1, 3);
    const QMap<QString, QByteArray> before = folderSnapshot(dir.path());
    const QList<QStringList> wrong{
        {QStringLiteral("restore")},
        {QStringLiteral("restore"), QStringLiteral("--yes")},
        {QStringLiteral("restore"), QStringLiteral("a.db"), QStringLiteral("b.db"), QStringLiteral("--yes")},
        {QStringLiteral("restore"), QStringLiteral("a.db"), QStringLiteral("--force")},
        {QStringLiteral("backup"), QStringLiteral("now")},
        {QStringLiteral("backups"), QStringLiteral("--all")},
        {QStringLiteral("check"), QStringLiteral("progress.db")},
    };
    for (const QStringList& args : wrong) {
        const CliRun r = run(QStringLiteral("progress"), args);
        EXPECT_EQ(r.status, ExitUsage) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Try 'certdeck progress %1 --help'.").arg(args.first())))
            << r.err.toStdString();
    }
    EXPECT_EQ(folderSnapshot(dir.path()), before);
}

} // namespace
