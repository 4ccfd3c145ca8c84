#include "TestSupport.h"

#include "cli/CommandLine.h"
#include "progress/ProgressDatabase.h"
#include "util/SqliteConnection.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <unistd.h>

namespace certdeck::test {

ContentFixture::ContentFixture()
{
    write(QStringLiteral("topics.yaml"), R"(topics:
  - {id: general, title: General}
  - {id: sqs, title: Amazon SQS, aliases: [simple queue service]}
  - {id: sns, title: Amazon SNS}
  - {id: dynamodb, title: Amazon DynamoDB, aliases: [dynamo db]}
)");
    write(QStringLiteral("exams.yaml"), readFile(QStringLiteral(CERTDECK_TEST_CONTENT_DIR "/exams.yaml")));
    write(QStringLiteral("notes/notes.txt"), R"(SQS
    - default retention 4 days (min 1 minute to max 14 days)
    - Message visibilty timeout - default 30 second
    - call changeMessageVisibility API to get more time
    - Long Polling - 20 seconds
===
SNS : pub/sub
    - Producer -> SNS Topic -> Many subscription
)");
    write(QStringLiteral("decks/sqs.yaml"), validDeck());
}

QByteArray ContentFixture::validDeck()
{
    return R"(topic: sqs
cards:
  - id: sqs.visibility-timeout-default
    front: Default visibility timeout?
    back: 30 seconds.
    source: "visibilty timeout - default 30 second"
questions:
  - id: sqs.q.slow-consumer
    tasks: {saa-c03: "2.1", dva-c02: "4.1"}
    stem: A consumer needs 2 minutes per message and messages are processed twice. What should it do?
    choose: 1
    options:
      - text: Extend visibility.
        correct: true
        why: The message stays hidden while the consumer works.
      - text: Use long polling.
        why: Long polling reduces empty receives only.
      - text: Use a FIFO queue.
        why: FIFO ordering does not extend the timeout.
      - text: Add a delay queue.
        why: A delay applies before the first receive.
    explanation: Extending the visibility timeout keeps the message hidden.
    source: "call changeMessageVisibility API"
    ref: Amazon SQS Developer Guide, Amazon SQS visibility timeout
limits:
  - {id: sqs.long-poll-max, name: Maximum long polling wait, value: 20, unit: seconds, source: "Long Polling - 20 seconds",
     ref: "Amazon SQS Developer Guide, Amazon SQS short and long polling"}
formulas:
  - id: sqs.retention
    name: Retention in seconds
    expression: seconds = days x 86400
    where: {days: retention in days}
    source: "default retention 4 days"
errata:
  - id: sqs.erratum.visibility
    source: "visibilty timeout - default"
    says: visibilty
    correct: visibility (spelling)
    ref: Amazon SQS Developer Guide
)";
}

void ContentFixture::write(const QString& relative, const QByteArray& text) const
{
    const QString file = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ADD_FAILURE() << "cannot write " << file.toStdString();
        return;
    }
    f.write(text);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return f.readAll();
}

QString describe(const QList<Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics) {
        lines.append(d.toString());
    }
    return lines.join(u'\n');
}

QMap<QString, QByteArray> folderSnapshot(const QString& dir, const QStringList& namesOnly)
{
    QMap<QString, QByteArray> snapshot;
    const QDir folder(dir);
    for (const QFileInfo& entry :
         folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        QByteArray digest;
        if (namesOnly.contains(entry.fileName())) {
            digest = "present";
        } else if (entry.isSymLink()) {
            digest = "link:" + entry.symLinkTarget().toUtf8();
        } else if (entry.isDir()) {
            digest = "folder";
        } else if (entry.isFile()) {
            digest = QCryptographicHash::hash(readFile(entry.filePath()), QCryptographicHash::Sha256).toHex();
        } else {
            digest = "special";
        }
        snapshot.insert(entry.fileName(), digest);
    }
    return snapshot;
}

ProcessRun runProcess(const QString& program, const QStringList& args, const std::function<void()>& inChild)
{
    QProcess process;
    if (inChild) {
        process.setChildProcessModifier(inChild);
    }
    process.start(program, args);
    ProcessRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << program.toStdString() << " did not finish";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ProcessRun runWith(const QStringList& prefix, const QStringList& args)
{
    const QStringList all = prefix + args;
    return runProcess(all.first(), all.mid(1));
}

QStringList asAnotherUser()
{
    if (::geteuid() != 0) {
        return {};
    }
    return {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), QStringLiteral("--")};
}

QStringList inMountNamespace()
{
    return ::geteuid() == 0 ? QStringList{QStringLiteral("unshare"), QStringLiteral("--mount")}
                            : QStringList{QStringLiteral("unshare"), QStringLiteral("--mount"),
                                          QStringLiteral("--map-root-user")};
}

void ProcessTest::SetUp()
{
    ASSERT_TRUE(dir.isValid());
    // Another user must be able to reach the folders the tests make, and read what is in them.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                          QFileDevice::ExeGroup);
}

QString ProcessTest::folder(const QString& name) const
{
    const QString path = dir.filePath(name);
    EXPECT_TRUE(QDir().mkpath(path));
    return path;
}

void ProcessTest::requireAnotherUser() const
{
    const QStringList prefix = asAnotherUser();
    if (!prefix.isEmpty() && runWith(prefix, {QStringLiteral("true")}).exitCode != 0) {
        GTEST_SKIP() << "cannot run a process as another user here (setpriv refused)";
    }
}

void ProcessTest::requireMountNamespace() const
{
    if (runWith(inMountNamespace(), {QStringLiteral("true")}).exitCode != 0) {
        GTEST_SKIP() << "cannot make a mount namespace here (unshare refused)";
    }
}

void addReview(const SqliteConnection& c, const QString& cardId)
{
    QSqlQuery state(c.database());
    state.prepare(
        QStringLiteral("INSERT OR IGNORE INTO card_state(card_id, due) VALUES(?, '2026-11-23T10:00:00Z')"));
    state.addBindValue(cardId);
    ASSERT_TRUE(state.exec()) << sqlErrorText(state.lastError()).toStdString();
    QSqlQuery review(c.database());
    review.prepare(
        QStringLiteral("INSERT INTO review_log(card_id, rating, reviewed_at, state, due, stability,"
                       " difficulty, elapsed_days, last_elapsed_days, scheduled_days)"
                       " VALUES(?, 3, ?, 0, '2026-11-23T10:00:00Z', 2.3, 5.1, 0, 0, 1)"));
    static int reviewed = 0;
    review.addBindValue(cardId);
    review.addBindValue(
        QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC).addSecs(reviewed++).toString(Qt::ISODate));
    ASSERT_TRUE(review.exec()) << sqlErrorText(review.lastError()).toStdString();
}

void addReviews(const QString& path, int reviews, int cards)
{
    ProgressDatabase db;
    const ProgressDatabase::OpenResult opened = db.open(path);
    ASSERT_TRUE(opened.ok()) << opened.message.toStdString();
    for (int i = 0; i < reviews; ++i) {
        addReview(db.connection(), QStringLiteral("sqs.card-%1").arg(i % cards));
    }
}

qint64 reviewsIn(const QString& path)
{
    SqliteConnection c;
    QString error;
    EXPECT_TRUE(c.open(path, SqliteConnection::Mode::Immutable, &error)) << error.toStdString();
    return c.scalar(QStringLiteral("SELECT count(*) FROM review_log")).toLongLong();
}

QJsonDocument CliRun::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n"
                                                     << out.toStdString();
    return doc;
}

CliRun runCli(const QString& progressDatabase, const QStringList& args, QIODevice* input,
              const QString& contentDatabase)
{
    QBuffer empty;
    empty.open(QIODevice::ReadOnly);
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    const CliEnvironment env{contentDatabase.isEmpty() ? QStringLiteral(CERTDECK_TEST_CONTENT_DB)
                                                       : contentDatabase,
                             QStringLiteral(CERTDECK_TEST_CONTENT_DIR), progressDatabase,
                             QStringLiteral(CERTDECK_VERSION), input ? input : &empty};
    r.status = CommandLine(env, out, err).run(args);
    out.flush();
    err.flush();
    return r;
}

} // namespace certdeck::test
