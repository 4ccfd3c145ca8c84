// Each command's output and exit status, run in-process, and the real binary without a display.

#include "cli/CommandLine.h"

#include "TestSupport.h"
#include "content/QualityGate.h"
#include "progress/ProgressDatabase.h"
#include "util/SqliteConnection.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace certdeck;
using namespace certdeck::test;

namespace {

class Cli : public ::testing::Test {
protected:
    CliRun run(const QStringList& args, const QByteArray& input = {}) const
    {
        QBuffer in;
        in.setData(input);
        in.open(QIODevice::ReadOnly);
        return runCli(progress.filePath(QStringLiteral("progress.db")), args, &in, contentDb);
    }

    QString contentDb = QStringLiteral(CERTDECK_TEST_CONTENT_DB);
    QTemporaryDir progress;
};

TEST_F(Cli, VersionAndHelp)
{
    CliRun r = run({QStringLiteral("--version")});
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_EQ(r.out, QStringLiteral("certdeck " CERTDECK_VERSION "\n"));

    r = run({QStringLiteral("--help")});
    EXPECT_EQ(r.status, ExitOk);
    for (const char* command :
         {"content stats", "content check", "content export", "lookup", "progress info"}) {
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(command))) << command;
    }
}

TEST_F(Cli, EveryCommandHasItsOwnHelp)
{
    // The command table is the one list: --help shows every row, and every row and family has its own help.
    const QString topHelp = run({QStringLiteral("--help")}).out;
    QList<QStringList> commands;
    for (const CliCommand& c : CommandLine::commands()) {
        EXPECT_TRUE(topHelp.contains(c.words.join(u' ') + u' ' + c.synopsis))
            << c.words.join(u' ').toStdString();
        EXPECT_TRUE(topHelp.contains(c.summary)) << c.summary.toStdString();
        commands.append(c.words);
        if (c.words.size() > 1 && !commands.contains(QStringList{c.words.first()})) {
            commands.append(QStringList{c.words.first()});
        }
    }
    EXPECT_GE(commands.size(), 7);
    for (const QStringList& command : commands) {
        const CliRun r = run(command + QStringList{QStringLiteral("--help")});
        EXPECT_EQ(r.status, ExitOk) << command.join(u' ').toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: certdeck ") + command.join(u' ')))
            << r.out.toStdString();
        EXPECT_TRUE(r.err.isEmpty());
    }
}

TEST_F(Cli, UnknownCommandsAndFlagsExitTwo)
{
    const QList<QStringList> wrong{
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--frobnicate")},
        {QStringLiteral("content")},
        {QStringLiteral("content"), QStringLiteral("delete")},
        {QStringLiteral("content"), QStringLiteral("stats"), QStringLiteral("--yaml")},
        {QStringLiteral("content"), QStringLiteral("export"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        {QStringLiteral("lookup")},
        {QStringLiteral("lookup"), QStringLiteral("sqs"), QStringLiteral("--limit"), QStringLiteral("0")},
        {QStringLiteral("lookup"), QStringLiteral("sqs"), QStringLiteral("--limit"), QStringLiteral("many")},
        {QStringLiteral("lookup"), QStringLiteral("sqs"), QStringLiteral("--limit")},
        {QStringLiteral("progress"), QStringLiteral("wipe")},
    };
    for (const QStringList& args : wrong) {
        const CliRun r = run(args);
        EXPECT_EQ(r.status, ExitUsage) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("certdeck"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--help"))) << r.err.toStdString();
    }
    EXPECT_TRUE(
        run({QStringLiteral("frobnicate")}).err.contains(QStringLiteral("unknown command 'frobnicate'")));
    EXPECT_TRUE(run({QStringLiteral("content"), QStringLiteral("stats"), QStringLiteral("--yaml")})
                    .err.contains(QStringLiteral("yaml")));
}

TEST_F(Cli, ContentStatsJson)
{
    const CliRun r = run({QStringLiteral("content"), QStringLiteral("stats"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    const QJsonObject stats = r.json().object();
    for (const char* key : {"topics", "sections", "cards", "questions", "multi_response_questions", "limits",
                            "formulas", "errata", "cited_sections", "section_coverage", "per_topic"}) {
        EXPECT_TRUE(stats.contains(QString::fromLatin1(key))) << key;
    }
    const QJsonObject perTopic = stats.value(QStringLiteral("per_topic")).toObject();
    EXPECT_EQ(perTopic.size(), stats.value(QStringLiteral("topics")).toInt());
    ASSERT_TRUE(perTopic.contains(QStringLiteral("sqs")));
    ASSERT_TRUE(perTopic.contains(QStringLiteral("dynamodb")));
    for (const char* key :
         {"cards", "questions", "multi_response_questions", "limits", "formulas", "errata", "sections"}) {
        int sum = 0;
        for (const QJsonValue& topic : perTopic) {
            sum += topic.toObject().value(QString::fromLatin1(key)).toInt();
        }
        EXPECT_EQ(sum, stats.value(QString::fromLatin1(key)).toInt())
            << key << " per topic adds up to the total";
    }
    EXPECT_GT(stats.value(QStringLiteral("cards")).toInt(), 0);
    EXPECT_GT(stats.value(QStringLiteral("multi_response_questions")).toInt(), 0);
    EXPECT_LE(stats.value(QStringLiteral("multi_response_questions")).toInt(),
              stats.value(QStringLiteral("questions")).toInt());
    const double coverage = stats.value(QStringLiteral("section_coverage")).toDouble();
    EXPECT_GT(coverage, 0.0);
    EXPECT_LE(coverage, 1.0);
    EXPECT_NEAR(coverage,
                stats.value(QStringLiteral("cited_sections")).toDouble() /
                    stats.value(QStringLiteral("sections")).toDouble(),
                1e-4);

    // Per exam profile: questions per domain and per task statement, and the task statements none covers.
    const QJsonObject profiles = stats.value(QStringLiteral("profiles")).toObject();
    ASSERT_EQ(profiles.keys(), (QStringList{QStringLiteral("dva-c02"), QStringLiteral("saa-c03")}));
    for (const QJsonValue& value : profiles) {
        const QJsonObject p = value.toObject();
        const QJsonArray tasks = p.value(QStringLiteral("tasks")).toArray();
        ASSERT_GE(tasks.size(), 13);
        QMap<QString, int> perDomain;
        QStringList uncovered;
        for (const QJsonValue& t : tasks) {
            const QJsonObject task = t.toObject();
            perDomain[task.value(QStringLiteral("domain")).toString()] +=
                task.value(QStringLiteral("questions")).toInt();
            if (task.value(QStringLiteral("questions")).toInt() == 0) {
                uncovered.append(task.value(QStringLiteral("id")).toString());
            }
        }
        const QJsonObject domains = p.value(QStringLiteral("domains")).toObject();
        EXPECT_EQ(domains.size(), 4);
        int total = 0;
        for (auto it = perDomain.cbegin(); it != perDomain.cend(); ++it) {
            EXPECT_EQ(domains.value(it.key()).toInt(), it.value()) << "a domain's questions are its tasks'";
            total += it.value();
        }
        EXPECT_EQ(p.value(QStringLiteral("questions")).toInt(), total);
        QStringList listed;
        for (const QJsonValue& t : p.value(QStringLiteral("uncovered_tasks")).toArray()) {
            listed.append(t.toObject().value(QStringLiteral("id")).toString());
        }
        EXPECT_EQ(listed, uncovered);
    }
    const QJsonObject quality = stats.value(QStringLiteral("quality")).toObject();
    for (const char* key :
         {"scenario_share", "recall_share", "correct_sole_longest_share", "correct_to_distractor_length"}) {
        EXPECT_TRUE(quality.contains(QString::fromLatin1(key))) << key;
    }
    // The bundled bank passes its own gate.
    EXPECT_GE(quality.value(QStringLiteral("scenario_share")).toDouble(), QualityGate::kMinScenarioShare);
    EXPECT_LE(quality.value(QStringLiteral("correct_sole_longest_share")).toDouble(),
              QualityGate::kMaxSoleLongestShare);
    EXPECT_TRUE(stats.value(QStringLiteral("uncited_sections")).isArray());
}

TEST_F(Cli, ContentStatsTable)
{
    const CliRun r = run({QStringLiteral("content"), QStringLiteral("stats")});
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_TRUE(r.out.contains(QStringLiteral("dynamodb")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("of note sections are cited")));
}

TEST_F(Cli, ContentCheckPassesOnTheShippedContent)
{
    const CliRun r = run({QStringLiteral("content"), QStringLiteral("check")});
    EXPECT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 problem(s)"))) << r.out.toStdString();
}

TEST_F(Cli, ContentCheckReportsFileAndLineAndExitsOne)
{
    ContentFixture content;
    QByteArray deck = ContentFixture::validDeck();
    deck.replace("    back: 30 seconds.\n", "");
    content.write(QStringLiteral("decks/sqs.yaml"), deck);
    const CliRun r = run({QStringLiteral("content"), QStringLiteral("check"), content.root()});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.err.contains(content.path(QStringLiteral("decks/sqs.yaml")) +
                               QStringLiteral(":3: card has no 'back'")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1 problem(s)")));

    EXPECT_EQ(
        run({QStringLiteral("content"), QStringLiteral("check"), content.path(QStringLiteral("nowhere"))})
            .status,
        ExitFailure);
}

TEST_F(Cli, ContentExportIsTheWholeBank)
{
    const CliRun r = run({QStringLiteral("content"), QStringLiteral("export"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    const QJsonObject bank = r.json().object();

    const QJsonArray profiles = bank.value(QStringLiteral("exam_profiles")).toArray();
    ASSERT_EQ(profiles.size(), 2);
    for (const QJsonValue& v : profiles) {
        const QJsonObject p = v.toObject();
        EXPECT_EQ(p.value(QStringLiteral("questions")).toInt(), 65);
        EXPECT_EQ(p.value(QStringLiteral("minutes")).toInt(), 130);
        EXPECT_EQ(p.value(QStringLiteral("score")).toObject().value(QStringLiteral("pass")).toInt(), 720);
        EXPECT_EQ(p.value(QStringLiteral("score")).toObject().value(QStringLiteral("min")).toInt(), 100);
        EXPECT_EQ(p.value(QStringLiteral("score")).toObject().value(QStringLiteral("max")).toInt(), 1000);
        int weights = 0;
        for (const QJsonValue& d : p.value(QStringLiteral("domains")).toArray()) {
            weights += d.toObject().value(QStringLiteral("weight")).toInt();
        }
        EXPECT_EQ(weights, 100);
    }
    EXPECT_EQ(profiles.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("SAA-C03"));
    EXPECT_EQ(profiles.at(0)
                  .toObject()
                  .value(QStringLiteral("domains"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("name"))
                  .toString(),
              QStringLiteral("Design Secure Architectures"));
    EXPECT_EQ(profiles.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("DVA-C02"));

    const QJsonArray questions = bank.value(QStringLiteral("questions")).toArray();
    ASSERT_FALSE(questions.isEmpty());
    for (const QJsonValue& v : questions) {
        const QJsonObject q = v.toObject();
        const QJsonArray options = q.value(QStringLiteral("options")).toArray();
        int correct = 0;
        for (const QJsonValue& o : options) {
            correct += o.toObject().value(QStringLiteral("correct")).toBool() ? 1 : 0;
            EXPECT_FALSE(o.toObject().value(QStringLiteral("why")).toString().isEmpty());
        }
        EXPECT_EQ(correct, q.value(QStringLiteral("choose")).toInt())
            << q.value(QStringLiteral("id")).toString().toStdString();
        EXPECT_FALSE(q.value(QStringLiteral("domains")).toObject().isEmpty());
        EXPECT_GT(q.value(QStringLiteral("source")).toObject().value(QStringLiteral("line")).toInt(), 0);
    }
    for (const char* kind : {"cards", "limits", "formulas", "errata", "topics"}) {
        EXPECT_FALSE(bank.value(QString::fromLatin1(kind)).toArray().isEmpty()) << kind;
    }
    // Export and stats agree.
    const QJsonObject stats =
        run({QStringLiteral("content"), QStringLiteral("stats"), QStringLiteral("--json")}).json().object();
    EXPECT_EQ(bank.value(QStringLiteral("cards")).toArray().size(),
              stats.value(QStringLiteral("cards")).toInt());
    EXPECT_EQ(questions.size(), stats.value(QStringLiteral("questions")).toInt());
}

TEST_F(Cli, LookupJsonHasTheDocumentedShape)
{
    const CliRun r = run({QStringLiteral("lookup"), QStringLiteral("visibility timeout"),
                          QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    const QJsonArray results = r.json().array();
    ASSERT_EQ(results.size(), 1);
    const QJsonObject first = results.first().toObject();
    EXPECT_EQ(first.keys(),
              (QStringList{QStringLiteral("answer"), QStringLiteral("id"), QStringLiteral("kind"),
                           QStringLiteral("source"), QStringLiteral("title"), QStringLiteral("topic")}));
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("sqs.visibility-timeout-default"));
    EXPECT_TRUE(first.value(QStringLiteral("answer")).toString().startsWith(QStringLiteral("30 seconds")));
}

TEST_F(Cli, LookupWithoutMatchesIsNotAnError)
{
    CliRun r = run({QStringLiteral("lookup"), QStringLiteral("zzqxv"), QStringLiteral("--json")});
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_EQ(r.json().array().size(), 0);
    r = run({QStringLiteral("lookup"), QStringLiteral("\"); DROP TABLE items; --")});
    EXPECT_EQ(r.status, ExitOk);
    r = run({QStringLiteral("lookup"), QStringLiteral("visibility"), QStringLiteral("timeout")});
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Default visibility timeout")));
}

TEST_F(Cli, AMissingContentDatabaseIsReportedOnStderr)
{
    contentDb = progress.filePath(QStringLiteral("no-such.db"));
    const CliRun r = run({QStringLiteral("lookup"), QStringLiteral("sqs")});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(QStringLiteral("is missing"))) << r.err.toStdString();
}

TEST_F(Cli, ADamagedContentDatabaseIsReportedNotShownAsEmpty)
{
    QByteArray bytes = readFile(contentDb);
    bytes.truncate(bytes.size() / 3);
    contentDb = progress.filePath(QStringLiteral("content.db"));
    QFile f(contentDb);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    for (const QStringList& command : {QStringList{QStringLiteral("lookup"), QStringLiteral("sqs")},
                                       QStringList{QStringLiteral("content"), QStringLiteral("stats")}}) {
        const CliRun r = run(command);
        EXPECT_EQ(r.status, ExitFailure);
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(contentDb + QStringLiteral(" is damaged"))) << r.err.toStdString();
    }
}

TEST_F(Cli, ProgressInfoReportsWithoutCreatingAnything)
{
    CliRun r = run({QStringLiteral("progress"), QStringLiteral("info"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_FALSE(r.json().object().value(QStringLiteral("exists")).toBool());
    EXPECT_TRUE(folderSnapshot(progress.path()).isEmpty()) << "reading creates no file";
    r = run({QStringLiteral("progress"), QStringLiteral("info")});
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("No progress yet"))) << r.out.toStdString();

    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(progress.filePath(QStringLiteral("progress.db"))).ok());
    }
    r = run({QStringLiteral("progress"), QStringLiteral("info"), QStringLiteral("--json")});
    const QJsonObject info = r.json().object();
    EXPECT_TRUE(info.value(QStringLiteral("exists")).toBool());
    EXPECT_TRUE(info.value(QStringLiteral("writable")).toBool());
    EXPECT_EQ(info.value(QStringLiteral("schema_version")).toInt(), ProgressDatabase::kSchemaVersion);
    EXPECT_EQ(info.value(QStringLiteral("cards")).toInt(), 0);
}

TEST_F(Cli, ControlCharactersFromArgumentsNeverReachTheTerminalRaw)
{
    const CliRun r = run({QStringLiteral("lookup"), QStringLiteral("\u001b[qqxz\u0007 \u009bqqvw")});
    EXPECT_EQ(r.status, ExitOk);
    EXPECT_FALSE(r.out.contains(QChar(0x1b)) || r.out.contains(QChar(0x07)) || r.out.contains(QChar(0x9b)))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("No matches for \"\\x1b[qqxz\\x07 \\x9bqqvw\"")))
        << r.out.toStdString();
}

TEST_F(Cli, ControlCharactersInFileNamesNeverReachTheTerminalRaw)
{
    ContentFixture content;
    content.write(QStringLiteral("decks/\x1b[2Jclear.yaml"), "topic: sqs\n");
    const CliRun r = run({QStringLiteral("content"), QStringLiteral("check"), content.root()});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_FALSE(r.err.contains(QChar(0x1b))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("decks/\\x1b[2Jclear.yaml:1: deck for topic 'sqs'")))
        << r.err.toStdString();
}

TEST_F(Cli, AForeignProgressFileIsReportedOnStderrAndKept)
{
    const QString file = progress.filePath(QStringLiteral("progress.db"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    const CliRun r = run({QStringLiteral("progress"), QStringLiteral("info")});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.err.contains(file)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a Certdeck progress database"))) << r.err.toStdString();
    EXPECT_EQ(readFile(file), QByteArray("not a database"));
}

/// The installed binary, started as a user would, with no display at all.
class Binary : public ::testing::Test {
protected:
    CliRun exec(const QStringList& args, const std::function<void()>& inChild = {},
                const QString& stdoutFile = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"),
                   QStringLiteral("xcb")); // would abort if a GUI were created
        env.insert(QStringLiteral("CERTDECK_DATA_DIR"), data.path());
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it) {
            env.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(env);
        if (inChild) {
            process.setChildProcessModifier(inChild);
        }
        if (!stdoutFile.isEmpty()) {
            process.setStandardOutputFile(stdoutFile);
        }
        process.start(QStringLiteral(CERTDECK_TEST_BINARY), args);
        EXPECT_TRUE(process.waitForFinished(30000));
        CliRun r;
        r.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }
    QTemporaryDir data;
    QHash<QString, QString> extraEnv;
};

TEST_F(Binary, RunsSubcommandsWithoutADisplay)
{
    CliRun r = exec({QStringLiteral("lookup"), QStringLiteral("visibility timeout"), QStringLiteral("--json"),
                     QStringLiteral("--limit"), QStringLiteral("1")});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().array().first().toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("sqs.visibility-timeout-default"));
    r = exec({QStringLiteral("content"), QStringLiteral("check")});
    EXPECT_EQ(r.status, 0) << r.err.toStdString();
    r = exec({QStringLiteral("--version")});
    EXPECT_EQ(r.out, QStringLiteral("certdeck " CERTDECK_VERSION "\n"));
}

TEST_F(Binary, ExitStatusesReachTheShell)
{
    EXPECT_EQ(exec({QStringLiteral("nope")}).status, 2);
    EXPECT_EQ(exec({QStringLiteral("lookup"), QStringLiteral("x"), QStringLiteral("--bogus")}).status, 2);
    const CliRun r =
        exec({QStringLiteral("content"), QStringLiteral("check"), data.filePath(QStringLiteral("missing"))});
    EXPECT_EQ(r.status, 1);
    EXPECT_FALSE(r.err.isEmpty());
}

TEST_F(Binary, OutputLostToAFullDiskExitsOneWithAMessage)
{
    const CliRun r = exec({QStringLiteral("--help")}, {}, QStringLiteral("/dev/full"));
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("certdeck: cannot write the output: ")))
        << r.err.toStdString();
}

TEST_F(Binary, OutputLostToAClosedPipeExitsOneWithAMessage)
{
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    ::close(fds[0]); // nobody will ever read: every write fails with EPIPE
    const int writeEnd = fds[1];
    const CliRun r = exec({QStringLiteral("content"), QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("json")},
                          [writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    ::close(writeEnd);
    EXPECT_EQ(r.status, 1) << "not killed by SIGPIPE, and not 0";
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("certdeck: cannot write the output: ")))
        << r.err.toStdString();
}

TEST_F(Binary, OutputToAClosedStdoutExitsOneAndNeverLandsInAFile)
{
    const CliRun r = exec({QStringLiteral("lookup"), QStringLiteral("visibility timeout")},
                          [] { ::close(STDOUT_FILENO); });
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("standard output is closed"))) << r.err.toStdString();
}

TEST_F(Binary, CommandsThatOnlyReadLeaveEveryFileAsItWas)
{
    // Content of its own, so that the snapshot covers content.db and the sources the commands read.
    QTemporaryDir content;
    ASSERT_TRUE(QFile::copy(QStringLiteral(CERTDECK_TEST_CONTENT_DB),
                            content.filePath(QStringLiteral("content.db"))));
    ContentFixture sources;
    extraEnv.insert(QStringLiteral("CERTDECK_CONTENT_DB"), content.filePath(QStringLiteral("content.db")));
    extraEnv.insert(QStringLiteral("CERTDECK_CONTENT_SOURCE"), sources.root());
    const QList<QStringList> readers{
        {QStringLiteral("progress"), QStringLiteral("info")},
        {QStringLiteral("progress"), QStringLiteral("info"), QStringLiteral("--json")},
        {QStringLiteral("content"), QStringLiteral("stats")},
        {QStringLiteral("content"), QStringLiteral("stats"), QStringLiteral("--json")},
        {QStringLiteral("content"), QStringLiteral("check")},
        {QStringLiteral("content"), QStringLiteral("export"), QStringLiteral("--format"),
         QStringLiteral("json")},
        {QStringLiteral("lookup"), QStringLiteral("visibility timeout")},
        {QStringLiteral("lookup"), QStringLiteral("sqs"), QStringLiteral("--json")},
    };
    const QString progressFile = data.filePath(QStringLiteral("progress.db"));
    auto everyCommandLeavesItAsItWas = [&](const char* state, const QStringList& namesOnly = {}) {
        const auto dataBefore = folderSnapshot(data.path(), namesOnly);
        const auto contentBefore = folderSnapshot(content.path());
        const auto sourcesBefore = folderSnapshot(sources.root());
        for (const QStringList& command : readers) {
            const CliRun r = exec(command);
            EXPECT_EQ(r.status, 0) << state << ": " << command.join(u' ').toStdString() << "\n"
                                   << r.err.toStdString();
            EXPECT_EQ(folderSnapshot(data.path(), namesOnly), dataBefore)
                << state << ": " << command.join(u' ').toStdString();
            EXPECT_EQ(folderSnapshot(content.path()), contentBefore) << command.join(u' ').toStdString();
            EXPECT_EQ(folderSnapshot(sources.root()), sourcesBefore) << command.join(u' ').toStdString();
        }
    };
    everyCommandLeavesItAsItWas("no progress yet");

    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(progressFile).ok());
    }
    everyCommandLeavesItAsItWas("a progress database nobody has open");

    // A Certdeck window has it open: -wal and -shm exist; a reader may update the -shm index, which is
    // shared memory rather than the learner's data, so it counts by name only.
    SqliteConnection window;
    QString error;
    ASSERT_TRUE(window.open(progressFile, SqliteConnection::Mode::ReadWrite, &error));
    ASSERT_TRUE(
        window.exec(QStringLiteral("INSERT INTO card_state(card_id, due) VALUES('sqs.a', '2026-11-22')")));
    ASSERT_TRUE(QFile::exists(progressFile + QStringLiteral("-wal")));
    everyCommandLeavesItAsItWas("a progress database a window has open", {QStringLiteral("progress.db-shm")});
    const CliRun r = exec({QStringLiteral("progress"), QStringLiteral("info"), QStringLiteral("--json")});
    EXPECT_EQ(r.json().object().value(QStringLiteral("cards")).toInt(), 1) << "what the window wrote is seen";
}

} // namespace

namespace {

TEST_F(Cli, SrsReplayPrintsTheScheduleAfterEveryReviewAsTsFsrsDoes)
{
    const QByteArray histories = readFile(QStringLiteral(CERTDECK_TEST_DATA_DIR "/fsrs/histories.json"));
    const QJsonArray expected =
        QJsonDocument::fromJson(readFile(QStringLiteral(CERTDECK_TEST_DATA_DIR "/fsrs/expected.json")))
            .object()
            .value(QStringLiteral("cards"))
            .toArray();
    const CliRun r =
        run({QStringLiteral("srs"), QStringLiteral("replay"), QStringLiteral("--json")}, histories);
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    const QJsonArray cards = r.json().object().value(QStringLiteral("cards")).toArray();
    ASSERT_EQ(cards.size(), expected.size());
    qsizetype steps = 0;
    for (qsizetype c = 0; c < cards.size(); ++c) {
        const QJsonObject got = cards.at(c).toObject();
        const QJsonObject want = expected.at(c).toObject();
        ASSERT_EQ(got.value(QStringLiteral("id")), want.value(QStringLiteral("id")));
        const QJsonArray gotSteps = got.value(QStringLiteral("steps")).toArray();
        const QJsonArray wantSteps = want.value(QStringLiteral("steps")).toArray();
        ASSERT_EQ(gotSteps.size(), wantSteps.size());
        for (qsizetype i = 0; i < gotSteps.size(); ++i, ++steps) {
            const QJsonObject g = gotSteps.at(i).toObject();
            const QJsonObject w = wantSteps.at(i).toObject();
            for (const char* key : {"state", "due", "reps", "lapses"}) {
                EXPECT_EQ(g.value(QLatin1String(key)), w.value(QLatin1String(key)))
                    << want.value(QStringLiteral("id")).toString().toStdString() << " step " << i << " "
                    << key;
            }
            for (const char* key : {"stability", "difficulty"}) {
                EXPECT_NEAR(g.value(QLatin1String(key)).toDouble(), w.value(QLatin1String(key)).toDouble(),
                            1e-4);
            }
        }
    }
    EXPECT_GT(steps, 5000);
}

TEST_F(Cli, SrsReplayNamesTheCardAndTheProblemInBadInput)
{
    const QStringList replay{QStringLiteral("srs"), QStringLiteral("replay"), QStringLiteral("--json")};
    const QList<std::pair<QByteArray, QString>> bad{
        {"not json", QStringLiteral("not JSON")},
        {R"({"decks":[]})", QStringLiteral("expected {\"cards\"")},
        {R"({"cards":[{"id":"c1","reviews":[{"at":"2025-01-01T00:00:00Z","rating":5}]}]})",
         QStringLiteral("card c1, review 1: \"rating\" must be 1")},
        {R"({"cards":[{"id":"c1","reviews":[{"at":"2025-01-01T00:00:00Z","rating":2.5}]}]})",
         QStringLiteral("card c1, review 1: \"rating\"")},
        {R"({"cards":[{"id":"c2","reviews":[{"at":"01/02/2025","rating":3}]}]})",
         QStringLiteral("card c2, review 1: \"at\" must be an ISO-8601 time")},
        {R"({"cards":[{"id":"c2","reviews":[{"at":"2025-01-01T10:00:00","rating":3}]}]})",
         QStringLiteral("with a zone")},
        {R"({"cards":[{"id":7,"reviews":[{"at":"2025-01-02T00:00:00Z","rating":3},)"
         R"({"at":"2025-01-01T00:00:00Z","rating":3}]}]})",
         QStringLiteral("card 7, review 2: reviews are out of order")},
        {R"({"cards":[{"reviews":[]}]})", QStringLiteral("card #1 (no id)")},
    };
    for (const auto& [input, message] : bad) {
        const CliRun r = run(replay, input);
        EXPECT_EQ(r.status, ExitUsage) << input.constData();
        EXPECT_TRUE(r.out.isEmpty()) << "nothing printed to stdout for " << input.constData();
        EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
    }
}

TEST_F(Cli, SrsReplayTakesZonesAndSameTimeReviews)
{
    const CliRun r = run({QStringLiteral("srs"), QStringLiteral("replay"), QStringLiteral("--json")},
                         R"({"cards":[{"id":"z","reviews":[{"at":"2025-03-30T03:30:00+02:00","rating":3},)"
                         R"({"at":"2025-03-30T01:30:00Z","rating":3}]},{"id":"empty","reviews":[]}]})");
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    const QJsonArray cards = r.json().object().value(QStringLiteral("cards")).toArray();
    const QJsonArray steps = cards.at(0).toObject().value(QStringLiteral("steps")).toArray();
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps.at(0).toObject().value(QStringLiteral("due")).toString(),
              QStringLiteral("2025-03-30T01:40:00Z"))
        << "03:30+02:00 is 01:30 UTC; Good on a new card: 10 minutes";
    EXPECT_TRUE(cards.at(1).toObject().value(QStringLiteral("steps")).toArray().isEmpty());
}

} // namespace
