// An exam survives being killed: a timed exam in a child process is killed (SIGKILL) at random moments, again
// and again on the same progress.db, and started again each time, as a learner reopens the app. After each
// kill the database passes PRAGMA integrity_check, holds one attempt (the restarted child resumed it rather
// than starting another), still has every answer the child acknowledged, and the exam time used never went
// backwards.

#include "TestSupport.h"
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

struct ChildOutput {
    QMap<int, QString> acks; ///< position -> selected, as acknowledged
    QList<qint64> attempts;  ///< ids printed on "attempt" and "resumed"
    bool allAnswered = false;
};

ChildOutput parse(const QByteArray& output)
{
    ChildOutput parsed;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "ack") {
            parsed.acks.insert(parts[1].toInt(), QString::fromUtf8(parts[2]));
        } else if (parts.size() == 2 && (parts[0] == "attempt" || parts[0] == "resumed")) {
            parsed.attempts.append(parts[1].toLongLong());
        } else if (line == "all answered") {
            parsed.allAnswered = true;
        }
    }
    return parsed;
}

TEST(ExamKill, EveryAcknowledgedAnswerSurvivesSigkillAndTheExamResumesWithTimeThatNeverGoesBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.db"));
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    SCOPED_TRACE(testing::Message() << "seed " << seed);
    QMap<int, QString> acknowledged;
    QList<qint64> attemptIds;
    qint64 lastElapsed = 0;
    constexpr int kKills = 24;
    int killedMidRun = 0;
    int killedWhileAnswering = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess child;
        child.start(QStringLiteral(CERTDECK_TEST_EXAM_SESSION), {path});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Let it store a random few answers (the 65 last about 24 runs), then kill it a random few hundred
        // microseconds later: before, inside or after the next answer's transaction.
        const int answers = int(random.bounded(1, 5));
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (child.state() == QProcess::Running && waited.elapsed() < 20000) {
            const ChildOutput so = parse(output);
            if (so.acks.size() >= answers || so.allAnswered) {
                break;
            }
            child.waitForReadyRead(100);
            output += child.readAllStandardOutput();
        }
        const bool answering = !parse(output).allAnswered;
        const qint64 spinUntil = qint64(random.bounded(0, 800)) * 1000; // nanoseconds
        QElapsedTimer spin;
        spin.start();
        while (spin.nsecsElapsed() < spinUntil) {
        }
        const bool running = child.state() == QProcess::Running;
        if (running) {
            ::kill(pid_t(child.processId()), SIGKILL);
            ++killedMidRun;
            killedWhileAnswering += answering ? 1 : 0;
        }
        child.waitForFinished(10000);
        output += child.readAllStandardOutput();
        ASSERT_TRUE(running) << "kill " << kill
                             << ": the child ended by itself: " << child.readAllStandardError().constData();
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit) << "kill " << kill;
        const ChildOutput run = parse(output);
        for (auto it = run.acks.cbegin(); it != run.acks.cend(); ++it) {
            EXPECT_FALSE(acknowledged.contains(it.key())) << "question " << it.key() << " answered twice";
            acknowledged.insert(it.key(), it.value());
        }
        attemptIds += run.attempts;

        SqliteConnection c; // a plain reader: it finds the hot WAL and reads what was committed
        QString error;
        ASSERT_TRUE(c.open(path, SqliteConnection::Mode::ReadWrite, &error)) << error.toStdString();
        EXPECT_EQ(c.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"))
            << "after kill " << kill;
        const int attempts = c.scalar(QStringLiteral("SELECT count(*) FROM exam_attempt")).toInt();
        EXPECT_LE(attempts, 1) << "the restarted exam resumed, after kill " << kill;
        if (attempts == 0) {
            EXPECT_TRUE(acknowledged.isEmpty()) << "killed before the exam was created";
            continue;
        }
        EXPECT_EQ(c.scalar(QStringLiteral("SELECT status FROM exam_attempt")).toString(),
                  QStringLiteral("in_progress"));
        EXPECT_EQ(c.scalar(QStringLiteral("SELECT count(*) FROM exam_answer")).toInt(), 65)
            << "an attempt is stored with all its questions or not at all";
        const qint64 elapsed = c.scalar(QStringLiteral("SELECT elapsed_ms FROM exam_attempt")).toLongLong();
        EXPECT_GE(elapsed, lastElapsed) << "the time used went backwards after kill " << kill;
        lastElapsed = elapsed;
        QSqlQuery q(c.database());
        q.prepare(
            QStringLiteral("SELECT selected, answered_at IS NOT NULL FROM exam_answer WHERE position = ?"));
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            q.bindValue(0, it.key());
            ASSERT_TRUE(q.exec() && q.next());
            EXPECT_EQ(q.value(0).toString(), it.value())
                << "question " << it.key() << " was acknowledged before kill " << kill;
            EXPECT_TRUE(q.value(1).toBool());
            q.finish();
        }
    }
    ASSERT_FALSE(attemptIds.isEmpty());
    for (const qint64 id : std::as_const(attemptIds)) {
        EXPECT_EQ(id, attemptIds.first()) << "every run took the same exam";
    }
    EXPECT_EQ(killedMidRun, kKills);
    EXPECT_GE(killedWhileAnswering, 10) << "most kills came while the child was answering";
    EXPECT_GE(acknowledged.size(), 30);
    EXPECT_GT(lastElapsed, 0);
}

} // namespace
