// certdeck_backup_progress create PROGRESS FOLDER TIME
// certdeck_backup_progress restore BACKUP PROGRESS FOLDER TIME
// Backs a progress database up, or restores a backup, as the app does, and prints the outcome: status name on
// the first line, the learner's message on the second, the new backup (or the replaced database's copy) on
// the third. TIME is ISO 8601. The backup tests run it as another user or inside a mount namespace with a
// full or read-only file system.

#include "progress/ProgressBackups.h"

#include <QCoreApplication>
#include <QTextStream>

using certdeck::ProgressBackups;

namespace {

const char* statusName(ProgressBackups::Status status)
{
    switch (status) {
    case ProgressBackups::Status::Ok:
        return "Ok";
    case ProgressBackups::Status::Missing:
        return "Missing";
    case ProgressBackups::Status::Foreign:
        return "Foreign";
    case ProgressBackups::Status::Damaged:
        return "Damaged";
    case ProgressBackups::Status::TooNew:
        return "TooNew";
    case ProgressBackups::Status::ReadOnly:
        return "ReadOnly";
    case ProgressBackups::Status::Locked:
        return "Locked";
    case ProgressBackups::Status::DiskFull:
        return "DiskFull";
    case ProgressBackups::Status::Failed:
        break;
    }
    return "Failed";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() == 5 && args[1] == u"create") {
        const ProgressBackups backups(args[3], QTimeZone::utc());
        const ProgressBackups::CreateResult r =
            backups.create(args[2], QDateTime::fromString(args[4], Qt::ISODate));
        out << statusName(r.status) << '\n' << r.message << '\n' << r.path << '\n';
        return r.ok() ? 0 : 1;
    }
    if (args.size() == 6 && args[1] == u"restore") {
        const ProgressBackups backups(args[4], QTimeZone::utc());
        const ProgressBackups::RestoreResult r =
            backups.restore(args[2], args[3], QDateTime::fromString(args[5], Qt::ISODate));
        out << statusName(r.status) << '\n' << r.message << '\n' << r.previous << '\n';
        return r.ok() ? 0 : 1;
    }
    QTextStream(stderr) << "usage: certdeck_backup_progress create PROGRESS FOLDER TIME\n"
                           "       certdeck_backup_progress restore BACKUP PROGRESS FOLDER TIME\n";
    return 2;
}
