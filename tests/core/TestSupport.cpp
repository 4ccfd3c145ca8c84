#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

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
    domains: {saa-c03: resilient, dva-c02: troubleshooting}
    stem: A consumer needs 2 minutes per message and messages are processed twice. What should it do?
    choose: 1
    options:
      - text: Call ChangeMessageVisibility while processing.
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
limits:
  - {id: sqs.long-poll-max, name: Maximum long polling wait, value: 20, unit: seconds, source: "Long Polling - 20 seconds"}
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

} // namespace certdeck::test
