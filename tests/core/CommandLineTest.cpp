// Each command's output and exit status, run in-process, and the real binary without a display.

#include "cli/CommandLine.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace certdeck;
using namespace certdeck::test;

namespace {

struct CliRun {
    int status = -1;
    QString out;
    QString err;

    QJsonDocument json() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n"
                                                         << out.toStdString();
        return doc;
    }
};

class Cli : public ::testing::Test {
protected:
    CliRun run(const QStringList& args) const
    {
        CliRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        const CliEnvironment env{contentDb, contentDir, progress.filePath(QStringLiteral("progress.db")),
                                 QStringLiteral(CERTDECK_VERSION)};
        r.status = CommandLine(env, out, err).run(args);
        out.flush();
        err.flush();
        return r;
    }

    QString contentDb = QStringLiteral(CERTDECK_TEST_CONTENT_DB);
    QString contentDir = QStringLiteral(CERTDECK_TEST_CONTENT_DIR);
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
    const QList<QStringList> commands{{QStringLiteral("content")},
                                      {QStringLiteral("content"), QStringLiteral("stats")},
                                      {QStringLiteral("content"), QStringLiteral("check")},
                                      {QStringLiteral("content"), QStringLiteral("export")},
                                      {QStringLiteral("lookup")},
                                      {QStringLiteral("progress")},
                                      {QStringLiteral("progress"), QStringLiteral("info")}};
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

TEST_F(Cli, ProgressInfoCreatesThenReports)
{
    CliRun r = run({QStringLiteral("progress"), QStringLiteral("info"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.json().object().value(QStringLiteral("created")).toBool());
    EXPECT_EQ(r.json().object().value(QStringLiteral("schema_version")).toInt(), 1);
    r = run({QStringLiteral("progress"), QStringLiteral("info"), QStringLiteral("--json")});
    EXPECT_FALSE(r.json().object().value(QStringLiteral("created")).toBool());
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
    CliRun exec(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"),
                   QStringLiteral("xcb")); // would abort if a GUI were created
        env.insert(QStringLiteral("CERTDECK_DATA_DIR"), data.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CERTDECK_TEST_BINARY), args);
        EXPECT_TRUE(process.waitForFinished(30000));
        CliRun r;
        r.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }
    QTemporaryDir data;
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

} // namespace
