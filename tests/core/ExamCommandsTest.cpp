// `certdeck exam generate`: a full practice exam drawn from the shipped bank, run in-process.

#include "TestSupport.h"
#include "cli/CommandLine.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

using namespace certdeck;
using namespace certdeck::test;

namespace {

class ExamCli : public ::testing::Test {
protected:
    CliRun run(const QStringList& args) const
    {
        return runCli(progress.filePath(QStringLiteral("progress.db")),
                      QStringList{QStringLiteral("exam")} + args);
    }

    QTemporaryDir progress;
};

TEST_F(ExamCli, GenerateJsonListsSixtyFiveQuestionsWithTheirShownOptionOrder)
{
    const CliRun r = run({QStringLiteral("generate"), QStringLiteral("--profile"), QStringLiteral("saa-c03"),
                          QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const QJsonObject exam = r.json().object();
    EXPECT_EQ(exam.value(QStringLiteral("profile")).toString(), QStringLiteral("saa-c03"));
    EXPECT_EQ(exam.value(QStringLiteral("seed")).toInteger(), 3);
    EXPECT_EQ(exam.value(QStringLiteral("minutes")).toInt(), 130);
    const QJsonArray questions = exam.value(QStringLiteral("questions")).toArray();
    ASSERT_EQ(questions.size(), 65);
    QSet<QString> ids;
    QHash<QString, int> perDomain;
    for (const QJsonValue& value : questions) {
        const QJsonObject q = value.toObject();
        const QString id = q.value(QStringLiteral("id")).toString();
        EXPECT_FALSE(id.isEmpty());
        ids.insert(id);
        const QString domain = q.value(QStringLiteral("domain")).toString();
        ++perDomain[domain];
        const int choose = q.value(QStringLiteral("choose")).toInt();
        EXPECT_GE(choose, 1) << id.toStdString();
        EXPECT_LE(choose, 3) << id.toStdString();
        QList<int> options;
        for (const QJsonValue& option : q.value(QStringLiteral("options")).toArray()) {
            EXPECT_TRUE(option.isDouble()) << id.toStdString();
            options.append(option.toInt(-1));
        }
        if (choose == 1) {
            EXPECT_EQ(options.size(), 4) << id.toStdString();
        } else {
            EXPECT_TRUE(options.size() == 5 || options.size() == 6) << id.toStdString();
        }
        QList<int> sorted = options;
        std::sort(sorted.begin(), sorted.end());
        for (int i = 0; i < sorted.size(); ++i) {
            EXPECT_EQ(sorted[i], i) << id.toStdString() << ": the options are a permutation of 0..n-1";
        }
    }
    EXPECT_EQ(ids.size(), 65) << "no question twice";
    EXPECT_EQ(perDomain.value(QStringLiteral("secure")), 19);
    EXPECT_EQ(perDomain.value(QStringLiteral("resilient")), 17);
    EXPECT_EQ(perDomain.value(QStringLiteral("performant")), 16);
    EXPECT_EQ(perDomain.value(QStringLiteral("cost")), 13);
}

TEST_F(ExamCli, TheSameSeedGivesTheSameOutputAndAnotherSeedAnotherExam)
{
    const QStringList args{QStringLiteral("generate"), QStringLiteral("--profile"), QStringLiteral("saa-c03"),
                           QStringLiteral("--seed"),   QStringLiteral("3"),         QStringLiteral("--json")};
    const CliRun first = run(args);
    const CliRun again = run(args);
    ASSERT_EQ(first.status, ExitOk) << first.err.toStdString();
    EXPECT_EQ(again.out, first.out);
    QStringList other = args;
    other[4] = QStringLiteral("4");
    EXPECT_NE(run(other).out, first.out);

    // The table says the same, for either profile.
    for (const char* profile : {"saa-c03", "DVA-C02"}) {
        const QStringList table{QStringLiteral("generate"), QStringLiteral("--profile"),
                                QString::fromLatin1(profile), QStringLiteral("--seed"),
                                QStringLiteral("18446744073709551615")};
        const CliRun one = run(table);
        ASSERT_EQ(one.status, ExitOk) << profile << ": " << one.err.toStdString();
        EXPECT_EQ(run(table).out, one.out);
        EXPECT_TRUE(one.out.contains(QStringLiteral("65 questions, 130 minutes"))) << one.out.toStdString();
        EXPECT_EQ(one.out.count(QLatin1Char('\n')), 66);
    }
}

TEST_F(ExamCli, AnUnknownProfileOrABadSeedExitsTwoWithAMessage)
{
    const CliRun unknown = run({QStringLiteral("generate"), QStringLiteral("--profile"),
                                QStringLiteral("sap-c02"), QStringLiteral("--seed"), QStringLiteral("1")});
    EXPECT_EQ(unknown.status, ExitUsage);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("sap-c02"))) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("saa-c03"))) << "names the profiles there are";
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("dva-c02"))) << unknown.err.toStdString();

    for (const char* seed : {"-1", "abc", "1.5", "18446744073709551616", ""}) {
        const CliRun bad =
            run({QStringLiteral("generate"), QStringLiteral("--profile"), QStringLiteral("saa-c03"),
                 QStringLiteral("--seed"), QString::fromLatin1(seed)});
        EXPECT_EQ(bad.status, ExitUsage) << "seed '" << seed << "'";
        EXPECT_TRUE(bad.out.isEmpty());
        EXPECT_TRUE(bad.err.contains(QStringLiteral("--seed"))) << bad.err.toStdString();
    }
    const CliRun noSeed =
        run({QStringLiteral("generate"), QStringLiteral("--profile"), QStringLiteral("saa-c03")});
    EXPECT_EQ(noSeed.status, ExitUsage);
    EXPECT_TRUE(noSeed.err.contains(QStringLiteral("--seed"))) << noSeed.err.toStdString();
    const CliRun noProfile = run({QStringLiteral("generate"), QStringLiteral("--seed"), QStringLiteral("1")});
    EXPECT_EQ(noProfile.status, ExitUsage);
    EXPECT_TRUE(noProfile.err.contains(QStringLiteral("--profile"))) << noProfile.err.toStdString();
}

} // namespace
