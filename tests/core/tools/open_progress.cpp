// certdeck_open_progress PATH [BUSY_MS]: opens a progress database as the app does and prints the outcome
// (status name on the first line, the learner's message on the second). The progress tests run it as
// another process: several at once, as an unprivileged user, or inside a mount namespace with a full or
// read-only file system.
// certdeck_open_progress --killed-while-creating PATH: starts to set up a new database at PATH as Certdeck
// does (rollback journal, application id first) and dies by SIGKILL halfway, after pages have reached the
// file but before its header has: what a kill -9 or power cut during the first start leaves behind.
// certdeck_open_progress --hold PATH: opens PATH as the app does, prints the outcome, and keeps the database
// open until its standard input ends, as a running Certdeck keeps it open.

#include "progress/ProgressDatabase.h"
#include "util/SqliteConnection.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

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
    if (args.size() == 3 && args[1] == u"--killed-while-creating") {
        certdeck::SqliteConnection c;
        QString error;
        if (!c.open(args[2], certdeck::SqliteConnection::Mode::ReadWrite, &error) ||
            !c.exec(QStringLiteral("PRAGMA cache_size = 2"), &error) || // dirty pages spill to the file early
            !c.exec(QStringLiteral("BEGIN IMMEDIATE"), &error) ||
            !c.exec(QStringLiteral("PRAGMA application_id = %1").arg(ProgressDatabase::kApplicationId),
                    &error) ||
            !c.exec(
                QStringLiteral("CREATE TABLE card_state(card_id TEXT PRIMARY KEY, due TEXT) WITHOUT ROWID"),
                &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        for (int i = 0; i < 2000; ++i) {
            c.exec(QStringLiteral("INSERT INTO card_state VALUES('card-%1-%2', 'x')")
                       .arg(i)
                       .arg(QString(200, u'0')));
        }
        std::raise(SIGKILL);
    }
    if (args.size() == 3 && args[1] == u"--hold") {
        ProgressDatabase db;
        const ProgressDatabase::OpenResult result = db.open(args[2]);
        QTextStream(stdout) << statusName(result.status) << '\n' << result.message << '\n' << Qt::flush;
        while (std::fgetc(stdin) != EOF) {
        }
        return result.ok() ? 0 : 1;
    }
    if (args.size() < 2 || args.size() > 3) {
        QTextStream(stderr) << "usage: certdeck_open_progress PATH [BUSY_MS]\n"
                               "       certdeck_open_progress --hold PATH\n";
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
