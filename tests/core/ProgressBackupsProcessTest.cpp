// Progress backups against the file system saying no: a backup folder the user may not write, and a full
// disk. Each case runs certdeck_backup_progress (which backs up or restores as the app does) as a separate
// process: as an unprivileged user through setpriv, or inside a private mount namespace (unshare) with a
// tiny tmpfs, as in ProgressProcessTest.

#include "TestSupport.h"
#include "progress/ProgressDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

using namespace certdeck;
using namespace certdeck::test;

namespace {

const QString kBackupTool = QStringLiteral(CERTDECK_TEST_BACKUP_PROGRESS);
const QString kOpenTool = QStringLiteral(CERTDECK_TEST_OPEN_PROGRESS);
const QString kNow = QStringLiteral("2026-11-22T15:30:12Z");

struct Outcome {
    int exitCode = -1;
    QString status;
    QString message;
    QString path;
    QString rest; ///< anything a wrapping script printed after the tool
};

Outcome parse(const ProcessRun& run)
{
    Outcome o;
    o.exitCode = run.exitCode;
    const QStringList lines = run.out.split(u'\n');
    o.status = lines.value(0);
    o.message = lines.value(1);
    o.path = lines.value(2);
    o.rest = lines.mid(3).join(u'\n').trimmed();
    return o;
}

using BackupsProcess = ProcessTest;

TEST_F(BackupsProcess, AReadOnlyBackupFolderIsReportedAndLeftAsItWas)
{
    requireAnotherUser();
    const QString data = folder(QStringLiteral("data"));
    const QString progress = data + QStringLiteral("/progress.db");
    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(progress).ok());
    }
    const auto readOnlyFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                QFileDevice::ExeOther; // writable by its owner only, not by the other user
    QFile::setPermissions(data, readOnlyFolder);
    QFile::setPermissions(progress, QFileDevice::Permissions(0x6644));
    const QString backups = folder(QStringLiteral("data/backups"));
    QFile::setPermissions(backups, readOnlyFolder);
    const QMap<QString, QByteArray> before = folderSnapshot(data);
    const QMap<QString, QByteArray> backupsBefore = folderSnapshot(backups);

    const Outcome o =
        parse(runWith(asAnotherUser(), {kBackupTool, QStringLiteral("create"), progress, backups, kNow}));
    EXPECT_EQ(o.exitCode, 1);
    EXPECT_EQ(o.status, QStringLiteral("ReadOnly")) << o.message.toStdString();
    EXPECT_TRUE(o.message.contains(QStringLiteral("The backup folder %1 is read-only").arg(backups)))
        << o.message.toStdString();
    EXPECT_EQ(folderSnapshot(backups), backupsBefore);
    EXPECT_EQ(folderSnapshot(data), before) << "nothing beside progress.db either";

    // A backup folder that does not exist yet, in a folder the user may not write.
    const QString missing = data + QStringLiteral("/more/backups");
    const Outcome m =
        parse(runWith(asAnotherUser(), {kBackupTool, QStringLiteral("create"), progress, missing, kNow}));
    EXPECT_EQ(m.status, QStringLiteral("ReadOnly")) << m.message.toStdString();
    EXPECT_TRUE(m.message.contains(QStringLiteral("Cannot create the backup folder %1").arg(missing)))
        << m.message.toStdString();
    EXPECT_EQ(folderSnapshot(data), before);
}

TEST_F(BackupsProcess, AFullDiskIsReportedAndLeavesNoHalfWrittenBackup)
{
    requireMountNamespace();
    const QString data = folder(QStringLiteral("data"));
    // Create progress.db and the backup folder, fill the disk to the last byte, then back up.
    const Outcome o = parse(runWith(
        inMountNamespace(),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral(
             R"sh(mount -t tmpfs -o size=256k certdeck-test "$1" || exit 9; )sh"
             R"sh("$2" "$1/progress.db" >/dev/null || exit 8; mkdir "$1/backups"; )sh"
             R"sh(a=$(sha256sum < "$1/progress.db"); )sh"
             R"sh(dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null; )sh"
             R"sh("$3" create "$1/progress.db" "$1/backups" "$4"; )sh"
             R"sh(echo "left: $(ls -A "$1/backups")"; )sh"
             R"sh(b=$(sha256sum < "$1/progress.db"); [ "$a" = "$b" ] && echo kept || echo changed)sh"),
         QStringLiteral("sh"), data, kOpenTool, kBackupTool, kNow}));
    EXPECT_EQ(o.status, QStringLiteral("DiskFull")) << o.message.toStdString() << o.rest.toStdString();
    EXPECT_TRUE(o.message.contains(QStringLiteral("is full"))) << o.message.toStdString();
    EXPECT_TRUE(o.message.contains(QStringLiteral("Free some space"))) << o.message.toStdString();
    EXPECT_EQ(o.rest, QStringLiteral("left: \nkept")) << "no temporary file is left behind";
}

TEST_F(BackupsProcess, ARestoreOnAFullDiskLeavesProgressAsItWas)
{
    requireMountNamespace();
    const QString data = folder(QStringLiteral("data"));
    // A backup made while there was room; then the disk fills and the learner restores it.
    const Outcome o = parse(runWith(
        inMountNamespace(),
        {QStringLiteral("sh"), QStringLiteral("-c"),
         QStringLiteral(
             R"sh(mount -t tmpfs -o size=256k certdeck-test "$1" || exit 9; )sh"
             R"sh("$2" "$1/progress.db" >/dev/null || exit 8; )sh"
             R"sh(backup=$("$3" create "$1/progress.db" "$1/backups" 2026-11-20T10:00:00Z | sed -n 3p); )sh"
             R"sh([ -f "$backup" ] || exit 7; a=$(sha256sum < "$1/progress.db"); )sh"
             R"sh(dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null; )sh"
             R"sh("$3" restore "$backup" "$1/progress.db" "$1/backups" "$4"; )sh"
             R"sh(echo "left: $(ls -A "$1/backups" | wc -l) $(ls -A "$1" | tr '\n' ' ')"; )sh"
             R"sh(b=$(sha256sum < "$1/progress.db"); [ "$a" = "$b" ] && echo kept || echo changed)sh"),
         QStringLiteral("sh"), data, kOpenTool, kBackupTool, kNow}));
    EXPECT_EQ(o.status, QStringLiteral("DiskFull")) << o.message.toStdString() << o.rest.toStdString();
    EXPECT_TRUE(o.message.contains(QStringLiteral("could not first back up"))) << o.message.toStdString();
    EXPECT_EQ(o.rest, QStringLiteral("left: 1 backups filler progress.db \nkept"));
}

} // namespace
