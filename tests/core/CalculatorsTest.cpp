// The calculators (core/calc) with the figures of the bundled content: every calculator's answers against
// tables of inputs and expected figures (AWS documentation's own examples named where they come from), and
// for every calculator and every input, that a bad value is reported at its field with its range.
#include "CalcTestSupport.h"
#include "TestSupport.h"
#include "calc/CalcLibrary.h"
#include "calc/Calculator.h"
#include "calc/Drill.h"
#include "content/ContentRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace certdeck;
using namespace certdeck::calc;
using namespace certdeck::calctest;

namespace {

TEST(Calculators, DynamoDbCapacityFollowsTheDeveloperGuide)
{
    const char* guide = "Amazon DynamoDB Developer Guide, DynamoDB read and write operations";
    const QList<Case> cases{
        // 6 KB rounds up to 8 KB: 2 units strongly consistent, 1 eventually consistent, 4 transactional.
        {"dynamodb", in({{"item-kb", "6"}, {"reads-per-sec", "10"}}),
         out({{"rcu", 10}, {"read_units_per_item", 1}}), guide},
        {"dynamodb", in({{"item-kb", "6"}, {"reads-per-sec", "10"}, {"read-mode", "strong"}}),
         out({{"rcu", 20}, {"read_units_per_item", 2}}), guide},
        {"dynamodb", in({{"item-kb", "6"}, {"reads-per-sec", "10"}, {"read-mode", "transactional"}}),
         out({{"rcu", 40}, {"read_units_per_item", 4}}), guide},
        // An exact multiple does not round up; an eventually consistent read of 4 KB is half a unit, and a
        // provisioned table rounds the total up to whole units.
        {"dynamodb", in({{"item-kb", "4"}, {"reads-per-sec", "10"}, {"read-mode", "strong"}}),
         out({{"rcu", 10}}), guide},
        {"dynamodb", in({{"item-kb", "4"}, {"reads-per-sec", "3"}}),
         out({{"rcu", 2}, {"read_request_units_per_sec", 1.5}}), guide},
        // The notes' examples (lines 1757, 1780, 1784 of the developer notes).
        {"dynamodb", in({{"item-kb", "4.5"}, {"writes-per-sec", "2"}}),
         out({{"wcu", 10}, {"write_units_per_item", 5}}), "notes: 120 writes/min of 4.5 KB = 10 WCU"},
        {"dynamodb", in({{"item-kb", "2"}, {"writes-per-sec", "20"}}), out({{"wcu", 40}}),
         "notes: 20 x ceil(2KB) = 40"},
        // Transactional writes of 1.5 KB: 2 units each, doubled.
        {"dynamodb", in({{"item-kb", "1.5"}, {"writes-per-sec", "50"}, {"write-mode", "transactional"}}),
         out({{"wcu", 200}, {"write_units_per_item", 4}, {"write_request_units_per_sec", 200}}), guide},
        // The largest item: 400 KB = 100 read units, 400 write units.
        {"dynamodb",
         in({{"item-kb", "400"}, {"reads-per-sec", "1"}, {"read-mode", "strong"}, {"writes-per-sec", "1"}}),
         out({{"rcu", 100}, {"wcu", 400}}), guide},
    };
    for (const Case& c : cases) {
        check(c);
    }
}

TEST(Calculators, DynamoDbPartitionsIsTheNotesRuleAndSaysItIsHistorical)
{
    const Calculator* calc = calculator(QStringLiteral("dynamodb-partitions"));
    ASSERT_NE(calc, nullptr);
    check({"dynamodb-partitions", in({{"rcu", "7500"}, {"wcu", "2000"}, {"size-gb", "50"}}),
           out({{"by_throughput", 5}, {"by_size", 5}, {"partitions", 5}}), "notes: RCU/3000 + WCU/1000"});
    check({"dynamodb-partitions", in({{"rcu", "1000"}, {"wcu", "500"}, {"size-gb", "95"}}),
           out({{"by_throughput", 1}, {"by_size", 10}, {"partitions", 10}}), "notes: size / 10 GB"});
    const CalcResult r = calc->run(Inputs{in({{"rcu", "1"}, {"wcu", "1"}}), QLocale::c()}, bundledFacts());
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.steps.first().contains(QStringLiteral("no longer documents")))
        << r.steps.first().toStdString();
}

TEST(Calculators, BundledContentHoldsEveryFigureEachCalculatorUses)
{
    for (const Calculator* c : calculators()) {
        for (const QString& id : c->factIds()) {
            EXPECT_NE(bundledFacts().find(id), nullptr)
                << c->id().toStdString() << " needs " << id.toStdString();
        }
    }
}

TEST(Calculators, EveryFormulaNamesACalculatorThatExists)
{
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
    const Result<CalcLibrary> library = CalcLibrary::load(repo);
    ASSERT_TRUE(library) << library.error().toStdString();
    const Result<QList<Formula>> formulas = repo.formulas();
    ASSERT_TRUE(formulas);
    int named = 0;
    for (const Formula& f : *formulas) {
        if (!f.calculator.isEmpty()) {
            ++named;
            EXPECT_NE(calculator(f.calculator), nullptr)
                << f.id.toStdString() << " names " << f.calculator.toStdString();
        }
    }
    EXPECT_GE(named, 5);
    const QList<CalcLibrary::Formula> dynamo = library->formulasFor(QStringLiteral("dynamodb"));
    ASSERT_FALSE(dynamo.isEmpty());
    ASSERT_TRUE(dynamo.first().section.has_value()) << "a formula leads to its notes section";
}

/// A formula's example, given to its calculator as its `inputs`, gives the number the example ends with:
/// the deck and the calculator agree (and Lookup opens the calculator with that example filled in).
TEST(Calculators, EveryFormulasExampleGivesTheSameAnswerInItsCalculator)
{
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
    const Result<QList<Formula>> formulas = repo.formulas();
    ASSERT_TRUE(formulas);
    static const QRegularExpression lastNumber(QStringLiteral(R"(([0-9][0-9,]*(?:\.[0-9]+)?)[^0-9]*$)"));
    int checked = 0;
    for (const Formula& f : *formulas) {
        if (f.calculator.isEmpty() || f.inputs.isEmpty()) {
            continue;
        }
        const Calculator* calc = calculator(f.calculator);
        ASSERT_NE(calc, nullptr) << f.id.toStdString();
        QHash<QString, QString> inputs;
        for (const auto& [key, value] : f.inputs) {
            inputs.insert(key, value);
        }
        const CalcResult r = calc->run(Inputs{inputs, QLocale::c()}, bundledFacts());
        ASSERT_TRUE(r.ok()) << f.id.toStdString() << ": " << r.errors.value(0).message.toStdString();
        const QRegularExpressionMatch m = lastNumber.match(f.example);
        ASSERT_TRUE(m.hasMatch()) << f.id.toStdString() << " example ends with its answer";
        const double expected = m.captured(1).remove(u',').toDouble();
        bool found = false;
        for (const Figure& figure : r.figures) {
            found = found || (figure.value && std::abs(*figure.value - expected) < 1e-9);
        }
        EXPECT_TRUE(found) << f.id.toStdString() << ": no figure is " << expected;
        ++checked;
    }
    EXPECT_GE(checked, 5);
}

/// For every calculator and every numeric input: empty (when required), negative, words, 1e308, inf, nan and
/// beyond the range are each reported at that field with the range; never a figure that is not finite.
TEST(Calculators, EveryBadInputIsReportedAtItsFieldWithItsRange)
{
    for (const Calculator* c : calculators()) {
        const QList<Field> fields = c->fields(bundledFacts());
        QHash<QString, QString> good;
        for (const Field& f : fields) {
            if (!f.example.isEmpty()) {
                good.insert(f.key, f.example);
            }
        }
        const CalcResult example = c->run(Inputs{good, QLocale::c()}, bundledFacts());
        ASSERT_TRUE(example.ok()) << c->id().toStdString()
                                  << " example: " << example.errors.value(0).message.toStdString();
        for (const Field& f : fields) {
            if (f.type != Field::Type::Number) {
                continue;
            }
            const QString above = QLocale::c().toString(f.max * 1.5 + 1, 'g', 17);
            QStringList bad{QStringLiteral("-1"),
                            QStringLiteral("abc"),
                            QStringLiteral("1e308"),
                            QStringLiteral("inf"),
                            QStringLiteral("nan"),
                            QStringLiteral("1,5x"),
                            above};
            if (f.min > 0) {
                bad.append(QLocale::c().toString(f.min / 2, 'g', 17));
            }
            if (f.integer) {
                bad.append(QStringLiteral("1.5"));
            }
            for (const QString& value : bad) {
                QHash<QString, QString> inputs = good;
                inputs.insert(f.key, value);
                const CalcResult r = c->run(Inputs{inputs, QLocale::c()}, bundledFacts());
                ASSERT_FALSE(r.ok()) << c->id().toStdString() << " --" << f.key.toStdString() << " "
                                     << value.toStdString();
                EXPECT_EQ(r.errors.first().key, f.key);
                EXPECT_TRUE(r.errors.first().message.contains(QStringLiteral(" to ")))
                    << "the range is given";
                EXPECT_TRUE(r.figures.isEmpty());
            }
        }
    }
}

/// Random values inside every range (and both ends) always give finite figures.
TEST(Calculators, EveryValueInRangeGivesFiniteFigures)
{
    quint32 x = 7;
    for (const Calculator* c : calculators()) {
        const QList<Field> fields = c->fields(bundledFacts());
        for (int round = 0; round < 200; ++round) {
            QHash<QString, QString> inputs;
            for (const Field& f : fields) {
                x = x * 1664525u + 1013904223u;
                if (f.type == Field::Type::Number) {
                    const double t = round == 0 ? 0.0 : round == 1 ? 1.0 : double(x >> 8) / double(1u << 24);
                    double v =
                        f.min + (f.max - f.min) * (round < 2 ? t : t * t * t); // small values more often
                    if (f.integer) {
                        v = std::round(v);
                    }
                    inputs.insert(f.key, QLocale::c().toString(v, 'g', 17));
                } else if (f.type == Field::Type::Choice) {
                    inputs.insert(f.key, f.choices.at(qsizetype(x % quint32(f.choices.size()))));
                } else if (f.type == Field::Type::Switch) {
                    inputs.insert(f.key, (x & 1) ? QStringLiteral("true") : QStringLiteral("false"));
                } else if (!f.example.isEmpty()) {
                    inputs.insert(f.key, f.example);
                }
            }
            const CalcResult r = c->run(Inputs{inputs, QLocale::c()}, bundledFacts());
            if (!r.ok()) {
                continue; // a combination the calculator refuses (e.g. a subnet larger than its block) is
                          // fine
            }
            for (const Figure& f : r.figures) {
                if (f.value) {
                    ASSERT_TRUE(std::isfinite(*f.value))
                        << c->id().toStdString() << " " << f.key.toStdString();
                }
            }
        }
    }
}

/// The command line's contract: the --json keys the issue names, and a bad value as one line on standard
/// error that names the flag and its range, with exit status 2 and nothing on standard output.
TEST(Calculators, TheCommandLineKeepsItsContract)
{
    QTemporaryDir dir;
    const QString progress = dir.filePath(QStringLiteral("progress.db"));
    struct Contract {
        QStringList args;
        QStringList keys;
    };
    const QList<Contract> contracts{
        {{"dynamodb", "--item-kb", "6", "--reads-per-sec", "10"},
         {"rcu", "wcu", "read_units_per_item", "write_units_per_item"}},
        {{"gp2", "--size-gib", "100"},
         {"baseline_iops", "burst_iops", "burst_seconds", "refill_seconds", "max_throughput_mibps"}},
        {{"lambda", "--requests", "3000000", "--duration-ms", "1000", "--memory-mb", "512"},
         {"gb_seconds", "billable_gb_seconds", "compute_usd", "requests_usd", "ephemeral_usd", "total_usd"}},
        {{"kinesis", "--record-kb", "3", "--records-per-sec", "1000", "--consumers", "3"},
         {"write_kib_per_sec", "read_kib_per_sec", "shards"}},
    };
    for (const Contract& c : contracts) {
        const test::CliRun run = test::runCli(progress, QStringList{QStringLiteral("calc")} + c.args +
                                                            QStringList{QStringLiteral("--json")});
        ASSERT_EQ(run.status, 0) << run.err.toStdString();
        const QJsonObject o = run.json().object();
        for (const QString& key : c.keys) {
            EXPECT_TRUE(o.value(key).isDouble()) << c.args.first().toStdString() << " " << key.toStdString();
        }
        EXPECT_FALSE(o.value(QStringLiteral("steps")).toArray().isEmpty());
        EXPECT_FALSE(o.value(QStringLiteral("facts")).toArray().isEmpty());
        EXPECT_FALSE(o.value(QStringLiteral("formulas")).toArray().isEmpty())
            << "each names its formula in the notes";
    }
    // The AWS example: 3 million requests of 1 s at 512 MB = $18.33 compute + $0.40 requests.
    const test::CliRun lambda =
        test::runCli(progress, {"calc", "lambda", "--requests", "3000000", "--duration-ms", "1000",
                                "--memory-mb", "512", "--json"});
    EXPECT_NEAR(lambda.json().object().value(QStringLiteral("total_usd")).toDouble(), 18.73, 0.005);
    // A 100 GiB gp2 volume bursts; a 1,000 GiB one does not (burst_seconds null).
    const test::CliRun big = test::runCli(progress, {"calc", "gp2", "--size-gib", "1000", "--json"});
    EXPECT_TRUE(big.json().object().value(QStringLiteral("burst_seconds")).isNull());

    struct Bad {
        QStringList args;
        const char* flag;
        const char* range;
    };
    const QList<Bad> bad{
        {{"gp2", "--size-gib", "20480"}, "--size-gib", "1 to 16384"},
        {{"lambda", "--requests", "1", "--duration-ms", "1", "--memory-mb", "11264"},
         "--memory-mb",
         "128 to 10240"},
        {{"dynamodb", "--item-kb", "1e308"}, "--item-kb", "0.001 to 400"},
        {{"dynamodb", "--item-kb", "-1"}, "--item-kb", "0.001 to 400"},
        {{"kinesis", "--record-kb", "abc", "--records-per-sec", "1"}, "--record-kb", " to "},
    };
    for (const Bad& b : bad) {
        const test::CliRun run = test::runCli(progress, QStringList{QStringLiteral("calc")} + b.args);
        EXPECT_EQ(run.status, 2) << b.flag;
        EXPECT_TRUE(run.out.isEmpty()) << b.flag;
        EXPECT_EQ(run.err.count(u'\n'), 1) << "one line: " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromLatin1(b.flag))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromLatin1(b.range))) << run.err.toStdString();
    }
}

/// Every calculator's drill: 100 different questions, each with four different options of which exactly one
/// is right, a why on each, the steps as the explanation; the same seed gives the same drill, and
/// another seed another one.
TEST(Calculators, EveryDrillIsDeterministicWithoutRepeatsAndOneRightAnswer)
{
    for (const Calculator* c : calculators()) {
        const std::string name = c->id().toStdString();
        const Result<QList<DrillQuestion>> first = drill(*c, bundledFacts(), 42, 100, QLocale::c());
        ASSERT_TRUE(first) << name << ": " << first.error().toStdString();
        ASSERT_EQ(first->size(), 100) << name;
        QSet<QString> stems;
        for (const DrillQuestion& q : *first) {
            stems.insert(q.stem);
            ASSERT_EQ(q.options.size(), 4) << name;
            int right = 0;
            QSet<QString> texts;
            for (const DrillOption& o : q.options) {
                right += o.correct ? 1 : 0;
                texts.insert(o.text);
                EXPECT_FALSE(o.why.isEmpty()) << name;
            }
            EXPECT_EQ(right, 1) << name << ": " << q.stem.toStdString();
            EXPECT_EQ(texts.size(), 4) << name << ": options differ";
            EXPECT_FALSE(q.explanation.isEmpty()) << name;
        }
        EXPECT_EQ(stems.size(), 100) << name << ": no question twice";
        const Result<QList<DrillQuestion>> again = drill(*c, bundledFacts(), 42, 100, QLocale::c());
        ASSERT_TRUE(again);
        for (qsizetype i = 0; i < first->size(); ++i) {
            ASSERT_EQ((*again)[i].stem, (*first)[i].stem) << name << ": the same seed, the same drill";
            ASSERT_EQ((*again)[i].options.first().text, (*first)[i].options.first().text) << name;
        }
        const Result<QList<DrillQuestion>> other = drill(*c, bundledFacts(), 43, 10, QLocale::c());
        ASSERT_TRUE(other);
        int same = 0;
        for (qsizetype i = 0; i < other->size(); ++i) {
            same += (*other)[i].stem == (*first)[i].stem ? 1 : 0;
        }
        EXPECT_LT(same, 10) << name << ": another seed, another drill";
    }
}

} // namespace
