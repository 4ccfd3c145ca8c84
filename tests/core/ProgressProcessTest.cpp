// The progress database against the world outside one process: several Certdecks starting at once, a user
// who may not write the file or its folder, a read-only file system and a full disk. Each case runs
// certdeck_open_progress (which opens a progress database as the app does) as a separate process: as an
// unprivileged user through setpriv, or inside a private mount namespace (unshare) with a tiny tmpfs or a
// read-only bind mount, so that the file system itself says no, as it would on a learner's machine.

#include "TestSupport.h"
#include "progress/ProgressDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using namespace certdeck;
using namespace certdeck::test;

namespace {

const QString kTool = QStringLiteral(CERTDECK_TEST_OPEN_PROGRESS);

struct Opened {
    int exitCode = -1;
    QString status;
    QString message;
    QString rest; ///< anything a wrapping script printed after the tool
};

Opened parse(const ProcessRun& run)
{
    Opened o;
    o.exitCode = run.exitCode;
    QStringList lines = run.out.split(u'\n');
    o.status = lines.value(0);
    o.message = lines.value(1);
    o.rest = lines.mid(2).join(u'\n').trimmed();
    return o;
}

class ProgressProcess : public ProcessTest {
protected:
    static void createDatabase(const QString& file)
    {
        ProgressDatabase db;
        const ProgressDatabase::OpenResult result = db.open(file);
        ASSERT_TRUE(result.ok()) << result.message.toStdString();
    }
};

TEST_F(ProgressProcess, TwoCertdecksStartingTogetherBothGetTheirProgress)
{
    // Before the fix about one start in five failed with "table card_state already exists".
    for (int round = 0; round < 12; ++round) {
        const QString file = dir.filePath(QStringLiteral("round-%1/progress.db").arg(round));
        QList<QProcess*> starts;
        for (int i = 0; i < 4; ++i) {
            auto* p = new QProcess;
            p->start(kTool, {file});
            starts.append(p);
        }
        int created = 0;
        for (QProcess* p : std::as_const(starts)) {
            ASSERT_TRUE(p->waitForFinished(60000));
            const QStringList lines = QString::fromUtf8(p->readAllStandardOutput()).split(u'\n');
            EXPECT_EQ(p->exitCode(), 0) << "round " << round << ": " << lines.join(u' ').toStdString();
            EXPECT_TRUE(lines.value(0) == u"Created" || lines.value(0) == u"Opened")
                << lines.value(0).toStdString();
            created += lines.value(0) == u"Created" ? 1 : 0;
            delete p;
        }
        EXPECT_EQ(created, 1) << "exactly one start creates the database, the others open it";
    }
}

TEST_F(ProgressProcess, ADatabaseARunningCertdeckHasOpenIsInUseUntilItCloses)
{
    // What `progress restore` asks before replacing the database under a running app. The folder lock of
    // open() is no such sign: it is released as soon as the database is open.
    const QString file = folder(QStringLiteral("data")) + QStringLiteral("/progress.db");
    EXPECT_FALSE(ProgressDatabase::inUse(file));
    EXPECT_FALSE(QFileInfo::exists(file)) << "asking creates nothing";
    createDatabase(file);
    const QMap<QString, QByteArray> closed = folderSnapshot(QFileInfo(file).path());
    EXPECT_FALSE(ProgressDatabase::inUse(file)) << "nothing has it open";
    EXPECT_EQ(folderSnapshot(QFileInfo(file).path()), closed) << "asking changes nothing";

    QProcess app;
    app.start(kTool, {QStringLiteral("--hold"), file});
    ASSERT_TRUE(app.waitForStarted());
    while (!app.canReadLine()) {
        ASSERT_TRUE(app.waitForReadyRead(30000));
    }
    ASSERT_EQ(app.readLine().trimmed(), QByteArray("Opened"));
    const QStringList shm{QStringLiteral("progress.db-shm")};
    const QMap<QString, QByteArray> open = folderSnapshot(QFileInfo(file).path(), shm);
    EXPECT_TRUE(ProgressDatabase::inUse(file));
    EXPECT_EQ(folderSnapshot(QFileInfo(file).path(), shm), open);
    EXPECT_TRUE(ProgressDatabase::inUse(file)) << "asking again finds it still open";
    {
        // A second app is told, and writes nothing beside the first.
        ProgressDatabase second;
        const ProgressDatabase::OpenResult refused = second.open(file, true);
        EXPECT_EQ(refused.status, ProgressDatabase::Status::Locked);
        EXPECT_TRUE(refused.message.contains(QStringLiteral("already open in another Certdeck")))
            << refused.message.toStdString();
        EXPECT_FALSE(second.isOpen());
    }

    app.closeWriteChannel();
    ASSERT_TRUE(app.waitForFinished(30000));
    EXPECT_EQ(app.exitCode(), 0);
    EXPECT_FALSE(ProgressDatabase::inUse(file)) << "closed";

    ProgressDatabase self;
    ASSERT_TRUE(self.open(file).ok());
    EXPECT_TRUE(ProgressDatabase::inUse(file)) << "another connection of this process counts too";
    self.close();
    EXPECT_FALSE(ProgressDatabase::inUse(file));

    const QString text = dir.filePath(QStringLiteral("data/notes.txt"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("milk\n");
    f.close();
    EXPECT_FALSE(ProgressDatabase::inUse(text));
    EXPECT_EQ(readFile(text), QByteArray("milk\n"));
}

TEST_F(ProgressProcess, AStartKilledWhileCreatingTheDatabaseLeavesNothingInTheWay)
{
    const QString file = folder(QStringLiteral("data")) + QStringLiteral("/progress.db");
    const ProcessRun killed = runProcess(kTool, {QStringLiteral("--killed-while-creating"), file});
    ASSERT_EQ(killed.exitCode, -1) << "the tool dies by SIGKILL " << killed.err.toStdString();
    ASSERT_TRUE(QFile::exists(file + QStringLiteral("-journal")))
        << "a hot journal is left, as after kill -9";

    // progress info reads only: it says what happened and changes nothing.
    const QMap<QString, QByteArray> before = folderSnapshot(QFileInfo(file).absolutePath());
    ProgressDatabase::Summary summary;
    const ProgressDatabase::OpenResult inspected = ProgressDatabase::inspect(file, &summary);
    EXPECT_TRUE(inspected.ok()) << inspected.message.toStdString();
    EXPECT_TRUE(summary.interrupted);
    EXPECT_EQ(folderSnapshot(QFileInfo(file).absolutePath()), before);

    // The next start rolls the half-made file back and sets it up: no "damaged", no "not a database".
    const Opened o = parse(runProcess(kTool, {file}));
    EXPECT_EQ(o.exitCode, 0) << o.message.toStdString();
    EXPECT_EQ(o.status, QStringLiteral("Created"));
    EXPECT_FALSE(QFile::exists(file + QStringLiteral("-journal")));
}

TEST_F(ProgressProcess, AReadOnlyProgressFileIsReportedAndNeverUsed)
{
    requireAnotherUser();
    const QString data = folder(QStringLiteral("data"));
    const QString file = data + QStringLiteral("/progress.db");
    createDatabase(file);
    QFile::setPermissions(data, QFileDevice::Permissions(0x7777)); // a folder anyone may write
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QMap<QString, QByteArray> before = folderSnapshot(data);

    const Opened o = parse(runWith(asAnotherUser(), {kTool, file}));
    EXPECT_EQ(o.exitCode, 1);
    EXPECT_EQ(o.status, QStringLiteral("ReadOnly")) << o.message.toStdString();
    EXPECT_TRUE(o.message.contains(file + QStringLiteral(" is read-only"))) << o.message.toStdString();
    EXPECT_TRUE(o.message.contains(QStringLiteral("chmod u+w"))) << o.message.toStdString();
    EXPECT_EQ(folderSnapshot(data), before) << "no -wal or -shm beside a file that was refused";
}

TEST_F(ProgressProcess, AReadOnlyFolderIsReportedForANewAndAnExistingDatabase)
{
    requireAnotherUser();
    const QString empty = folder(QStringLiteral("empty"));
    const QString data = folder(QStringLiteral("data"));
    const QString file = data + QStringLiteral("/progress.db");
    createDatabase(file);
    const auto readOnlyFolder = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QFile::setPermissions(empty, readOnlyFolder);
    QFile::setPermissions(data, readOnlyFolder);
    QFile::setPermissions(file, QFileDevice::Permissions(0x6666)); // the file itself anyone may write

    for (const QString& where : {empty, data}) {
        const QMap<QString, QByteArray> before = folderSnapshot(where);
        const Opened o = parse(runWith(asAnotherUser(), {kTool, where + QStringLiteral("/progress.db")}));
        EXPECT_EQ(o.status, QStringLiteral("ReadOnly")) << o.message.toStdString();
        EXPECT_TRUE(o.message.contains(QStringLiteral("The folder %1").arg(where)))
            << o.message.toStdString();
        EXPECT_TRUE(o.message.contains(QStringLiteral("CERTDECK_DATA_DIR"))) << o.message.toStdString();
        EXPECT_EQ(folderSnapshot(where), before);
    }
}

TEST_F(ProgressProcess, AProgressDatabaseOnAReadOnlyFileSystemIsReportedAsSuch)
{
    requireMountNamespace();
    const QString data = folder(QStringLiteral("data"));
    const QString file = data + QStringLiteral("/progress.db");
    createDatabase(file);
    const QMap<QString, QByteArray> before = folderSnapshot(data);
    const Opened o = parse(runWith(
        inMountNamespace(),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral(
             R"sh(mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec "$2" "$1/progress.db")sh"),
         QStringLiteral("sh"), data, kTool}));
    EXPECT_EQ(o.status, QStringLiteral("ReadOnly")) << o.message.toStdString() << o.rest.toStdString();
    EXPECT_TRUE(o.message.contains(QStringLiteral("read-only file system"))) << o.message.toStdString();
    EXPECT_EQ(folderSnapshot(data), before);
}

TEST_F(ProgressProcess, AFullDiskIsReportedAndLeavesNoHalfMadeDatabase)
{
    requireMountNamespace();
    const QString data = folder(QStringLiteral("data"));
    // 12 KiB: room for the file to be created, not for its tables.
    const Opened o = parse(
        runWith(inMountNamespace(),
                {QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral(
                     R"sh(mount -t tmpfs -o size=12k certdeck-test "$1" || exit 9; "$2" "$1/progress.db"; )sh"
                     R"sh(echo "left: $(ls -A "$1")")sh"),
                 QStringLiteral("sh"), data, kTool}));
    EXPECT_EQ(o.status, QStringLiteral("DiskFull")) << o.message.toStdString() << o.rest.toStdString();
    EXPECT_TRUE(o.message.contains(QStringLiteral("is full"))) << o.message.toStdString();
    EXPECT_TRUE(o.message.contains(QStringLiteral("Free some space"))) << o.message.toStdString();
    EXPECT_EQ(o.rest, QStringLiteral("left:")) << "a database that could not be set up is not kept";
}

TEST_F(ProgressProcess, AFullDiskUnderAnExistingDatabaseIsReportedAndTheFileKept)
{
    requireMountNamespace();
    const QString data = folder(QStringLiteral("data"));
    // Create, then fill the disk to the last byte, then open again.
    const Opened o = parse(runWith(
        inMountNamespace(),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral(
             R"sh(mount -t tmpfs -o size=256k certdeck-test "$1" || exit 9; )sh"
             R"sh("$2" "$1/progress.db" >/dev/null || exit 8; a=$(sha256sum < "$1/progress.db"); )sh"
             R"sh(dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null; "$2" "$1/progress.db"; )sh"
             R"sh(b=$(sha256sum < "$1/progress.db"); [ "$a" = "$b" ] && echo kept || echo changed)sh"),
         QStringLiteral("sh"), data, kTool}));
    EXPECT_EQ(o.status, QStringLiteral("DiskFull")) << o.message.toStdString() << o.rest.toStdString();
    EXPECT_EQ(o.rest, QStringLiteral("kept"));
}

} // namespace
