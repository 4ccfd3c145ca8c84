// Nothing lost, ever: a review session in a child process is killed (SIGKILL) at random moments, again and
// again on the same progress.db. After each kill the database passes PRAGMA integrity_check, holds every
// grade the child acknowledged, and every card's schedule matches its log (a grade is stored whole or not at
// all).

#include "TestSupport.h"
#include "progress/ProgressDatabase.h"
#include "util/SqliteConnection.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

using namespace certdeck;

namespace {

struct Ack {
    QString card;
    QString at;
};

QList<Ack> acksIn(const QByteArray& output)
{
    QList<Ack> acks;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "ack") {
            acks.append(Ack{QString::fromUtf8(parts[1]), QString::fromUtf8(parts[2])});
        }
    }
    return acks;
}

TEST(ReviewKill, EveryAcknowledgedGradeSurvivesSigkillAndTheDatabaseStaysWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.db"));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    SCOPED_TRACE(testing::Message() << "seed " << seed);
    QList<Ack> acknowledged;
    constexpr int kKills = 24;
    int killedMidRun = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess child;
        child.start(QStringLiteral(CERTDECK_TEST_REVIEW_SESSION), {path});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Let it store a random number of grades, then kill it a random few hundred microseconds later:
        // before, inside or after the next grade's transaction.
        const int grades = int(random.bounded(1, 40));
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (acksIn(output).size() < grades && child.state() == QProcess::Running &&
               waited.elapsed() < 20000) {
            child.waitForReadyRead(100);
            output += child.readAllStandardOutput();
        }
        const qint64 spinUntil = qint64(random.bounded(0, 800)) * 1000; // nanoseconds
        QElapsedTimer spin;
        spin.start();
        while (spin.nsecsElapsed() < spinUntil) {
        }
        const bool running = child.state() == QProcess::Running;
        if (running) {
            ::kill(pid_t(child.processId()), SIGKILL);
            ++killedMidRun;
        }
        child.waitForFinished(10000);
        output += child.readAllStandardOutput();
        ASSERT_TRUE(!running || child.exitStatus() == QProcess::CrashExit)
            << "kill " << kill << ": " << child.readAllStandardError().constData();
        acknowledged += acksIn(output);

        SqliteConnection c; // a plain reader: it finds the hot WAL and reads what was committed
        QString error;
        ASSERT_TRUE(c.open(path, SqliteConnection::Mode::ReadWrite, &error)) << error.toStdString();
        EXPECT_EQ(c.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"))
            << "after kill " << kill;
        EXPECT_EQ(c.scalar(QStringLiteral("SELECT count(*) FROM card_state s WHERE reps !="
                                          " (SELECT count(*) FROM review_log l WHERE l.card_id = s.card_id)"))
                      .toInt(),
                  0)
            << "every schedule matches its log after kill " << kill;
        QSqlQuery q(c.database());
        q.prepare(QStringLiteral("SELECT count(*) FROM review_log WHERE card_id = ? AND reviewed_at = ?"));
        for (const Ack& a : std::as_const(acknowledged)) {
            q.bindValue(0, a.card);
            q.bindValue(1, a.at);
            ASSERT_TRUE(q.exec() && q.next());
            EXPECT_EQ(q.value(0).toInt(), 1) << a.card.toStdString() << " at " << a.at.toStdString()
                                             << " was acknowledged before kill " << kill;
            q.finish();
        }
    }
    EXPECT_GE(killedMidRun, 20) << "the child was killed while studying, not after it had finished";
    EXPECT_GT(acknowledged.size(), 100);
}

} // namespace
