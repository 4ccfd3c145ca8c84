// certdeck_open_progress PATH [BUSY_MS]: opens a progress database as the app does and prints the outcome
// (status name on the first line, the learner's message on the second). The progress tests run it as
// another process: several at once, as an unprivileged user, or inside a mount namespace with a full or
// read-only file system.

#include "progress/ProgressDatabase.h"

#include <QCoreApplication>
#include <QTextStream>

using certdeck::ProgressDatabase;

namespace {

const char* statusName(ProgressDatabase::Status status)
{
    switch (status) {
    case ProgressDatabase::Status::Opened:
        return "Opened";
    case ProgressDatabase::Status::Created:
        return "Created";
    case ProgressDatabase::Status::Foreign:
        return "Foreign";
    case ProgressDatabase::Status::Damaged:
        return "Damaged";
    case ProgressDatabase::Status::TooNew:
        return "TooNew";
    case ProgressDatabase::Status::ReadOnly:
        return "ReadOnly";
    case ProgressDatabase::Status::Locked:
        return "Locked";
    case ProgressDatabase::Status::DiskFull:
        return "DiskFull";
    case ProgressDatabase::Status::Failed:
        break;
    }
    return "Failed";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 3) {
        QTextStream(stderr) << "usage: certdeck_open_progress PATH [BUSY_MS]\n";
        return 2;
    }
    ProgressDatabase db;
    if (args.size() == 3) {
        db.setBusyTimeout(args[2].toInt());
    }
    const ProgressDatabase::OpenResult result = db.open(args[1]);
    QTextStream out(stdout);
    out << statusName(result.status) << '\n' << result.message << '\n';
    return result.ok() ? 0 : 1;
}
