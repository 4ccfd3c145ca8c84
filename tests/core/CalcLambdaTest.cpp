// The Lambda calculators (core/calc/Lambda.cpp) with the figures of the bundled content: every worked example
// of the "AWS Lambda Pricing" page (https://aws.amazon.com/lambda/pricing/, as collected in
// tests/data/calc/aws-examples.md, section 1) that on-demand duration, requests and ephemeral storage cover,
// to the cent the page prints; the AWS News Blog's 1 ms billing example; the duration tiers; the concurrency
// examples of the Lambda Developer Guide; the fields' limits; the command line's keys; the drills.
#include "CalcTestSupport.h"
#include "TestSupport.h"
#include "calc/Calculator.h"
#include "calc/Drill.h"
#include "content/ContentRepository.h"

#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace certdeck;
using namespace certdeck::calc;
using namespace certdeck::calctest;

namespace {

CalcResult run(const char* id, const QHash<QString, QString>& inputs)
{
    return runCalc(QString::fromLatin1(id), inputs);
}

double figure(const CalcResult& r, const char* key)
{
    const std::optional<double> v = r.figure(QString::fromLatin1(key));
    EXPECT_TRUE(v.has_value()) << key;
    return v.value_or(std::nan(""));
}

/// Rounded as the pricing page prints money: to the cent.
double cents(double usd)
{
    return std::round(usd * 100) / 100;
}

/// A figure, unrounded, to 1e-9 relative.
#define EXPECT_FIGURE(r, key, expected)                                                                      \
    EXPECT_NEAR(figure(r, key), (expected), std::abs(double(expected)) * 1e-9 + 1e-12) << key

/// A dollar figure as the page prints it, to the cent.
#define EXPECT_CENTS(r, key, printed) EXPECT_DOUBLE_EQ(cents(figure(r, key)), (printed)) << key

const char* const kPricing = "AWS Lambda Pricing (https://aws.amazon.com/lambda/pricing/)";

// ------------------------------------------------------------------------------- the pricing page's examples

TEST(CalcLambda, PricingPageEphemeralStorageExample1MobileBackend)
{
    SCOPED_TRACE(kPricing);
    // 3 million requests of 120 ms at 1,536 MB, x86, default ephemeral storage; free tier applied.
    const CalcResult r =
        run("lambda", in({{"requests", "3000000"}, {"duration-ms", "120"}, {"memory-mb", "1536"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_FIGURE(r, "gb_seconds", 540000);          // "360,000 * 1536MB/1024 MB = 540,000 GB-s"
    EXPECT_FIGURE(r, "billable_gb_seconds", 140000); // "540,000 GB-s – 400,000 free tier GB-s = 140,000 GB-s"
    EXPECT_CENTS(r, "compute_usd", 2.33);            // "140,000 * $0.0000166667 = $2.33"
    EXPECT_FIGURE(r, "billable_requests", 2000000); // "2 million monthly billable requests"
    EXPECT_CENTS(r, "requests_usd", 0.40);          // "2M * $0.2/M = $0.40"
    EXPECT_FIGURE(r, "ephemeral_usd", 0);
    EXPECT_CENTS(r, "total_usd", 2.73); // "$2.33 + $0.40 = $2.73 per month"
}

TEST(CalcLambda, PricingPageEphemeralStorageExample2StreamingTelemetry)
{
    SCOPED_TRACE(kPricing);
    // 10,000 vehicles x 24 x 31 = 7,440,000 messages; 1,024 MB; 2 s; x86; free tier not applied.
    const CalcResult r = run("lambda", in({{"requests", "7440000"},
                                           {"duration-ms", "2000"},
                                           {"memory-mb", "1024"},
                                           {"no-free-tier", "true"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_FIGURE(r, "requests_usd", 1.488); // "7.44M * $0.20/million = $1.488 ~= $1.49"
    EXPECT_CENTS(r, "requests_usd", 1.49);
    // "14.88M seconds * 1024 MB/1024 MB = 14.88 GB-s": the page's typo for 14.88 million GB-s.
    EXPECT_FIGURE(r, "gb_seconds", 14880000);
    EXPECT_FIGURE(r, "billable_gb_seconds", 14880000);
    EXPECT_CENTS(r, "compute_usd", 248.00); // "14.88M GB-s * $0.0000166667 = $248.00"
    EXPECT_CENTS(r, "total_usd", 249.49);   // "$1.49 + $248.00 = $249.49"
}

TEST(CalcLambda, PricingPageEphemeralStorageExample3SupportTickets)
{
    SCOPED_TRACE(kPricing);
    // 6 million requests of 280 ms at 4,096 MB with 2,048 MB of ephemeral storage; free tier applied.
    const CalcResult r = run("lambda", in({{"requests", "6000000"},
                                           {"duration-ms", "280"},
                                           {"memory-mb", "4096"},
                                           {"ephemeral-mb", "2048"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_FIGURE(r, "gb_seconds", 6720000);           // "1,680,000 * 4096 MB/1024 MB = 6,720,000 GB-s"
    EXPECT_FIGURE(r, "billable_gb_seconds", 6320000);  // "6,720,000 GB-s – 400,000 free tier GB-s"
    EXPECT_CENTS(r, "compute_usd", 105.33);            // "6,320,000 * $0.0000166667 = $105.33"
    EXPECT_CENTS(r, "requests_usd", 1.00);             // "5 million * $0.2/million = $1"
    EXPECT_FIGURE(r, "ephemeral_gb_seconds", 2520000); // "1,680,000 * 1536 MB/1024 MB = 2,520,000 GB-s"
    EXPECT_CENTS(r, "ephemeral_usd", 0.08);            // "2,520,000 * $0.0000000309 = $0.08"
    EXPECT_CENTS(r, "total_usd", 106.41);              // "$105.33 + $1 + $0.08 = $106.41 per month"
}

TEST(CalcLambda, PricingPageProvisionedConcurrencyExamplesOnDemandParts)
{
    SCOPED_TRACE(kPricing);
    // Example 1 (mobile application launch): the 2.5 million requests of 120 ms at 1,536 MB outside the
    // Provisioned Concurrency window are on-demand, with the free tier's GB-seconds; the page counts all 3
    // million requests against the free tier. (Provisioned Concurrency and its duration price are not
    // modelled.)
    const CalcResult onDemand =
        run("lambda", in({{"requests", "2500000"}, {"duration-ms", "120"}, {"memory-mb", "1536"}}));
    ASSERT_TRUE(onDemand.ok());
    EXPECT_FIGURE(onDemand, "gb_seconds", 450000);         // "300,000 * 1536 MB / 1024 MB = 450,000 GB-s"
    EXPECT_FIGURE(onDemand, "billable_gb_seconds", 50000); // "450,000 GB-s – 400,000 free tier GB-s"
    EXPECT_CENTS(onDemand, "compute_usd", 0.83);           // "50,000 * $0.0000166667 = $0.83"
    const CalcResult all =
        run("lambda", in({{"requests", "3000000"}, {"duration-ms", "100"}, {"memory-mb", "1536"}}));
    ASSERT_TRUE(all.ok());
    EXPECT_CENTS(all, "requests_usd", 0.40); // "3,000,000 requests – 1M free tier requests ... = $0.40"
    // Example 2 (Cyber Monday, no free tier): only the request charge is on demand.
    const CalcResult cyber = run("lambda", in({{"requests", "2000000"},
                                               {"duration-ms", "280"},
                                               {"memory-mb", "4096"},
                                               {"no-free-tier", "true"}}));
    ASSERT_TRUE(cyber.ok());
    EXPECT_CENTS(cyber, "requests_usd", 0.40); // "2M * $0.2/M = $0.40"
}

TEST(CalcLambda, PricingPageSnapStartStreamingAndTenantExamplesOnDemandParts)
{
    SCOPED_TRACE(kPricing);
    // SnapStart (no free tier): the inputs of ephemeral example 2; SnapStart's cache and restore are extra.
    const CalcResult snap = run("lambda", in({{"requests", "7440000"},
                                              {"duration-ms", "2000"},
                                              {"memory-mb", "1024"},
                                              {"no-free-tier", "true"}}));
    ASSERT_TRUE(snap.ok());
    EXPECT_CENTS(snap, "requests_usd", 1.49);  // "7.44M * $0.20/million = $1.49"
    EXPECT_CENTS(snap, "compute_usd", 248.00); // "14.88M GB-s * $0.0000166667 = $248.00"

    // HTTP response streaming (free tier applied): 3 million requests of 500 ms at 1,536 MB; the bytes
    // streamed are extra.
    const CalcResult streaming =
        run("lambda", in({{"requests", "3000000"}, {"duration-ms", "500"}, {"memory-mb", "1536"}}));
    ASSERT_TRUE(streaming.ok());
    EXPECT_FIGURE(streaming, "gb_seconds", 2250000);          // "1,500,000 * 1536MB/1024 MB = 2,250,000 GB-s"
    EXPECT_FIGURE(streaming, "billable_gb_seconds", 1850000); // "2,250,000 GB-s – 400,000 free tier GB-s"
    EXPECT_CENTS(streaming, "compute_usd", 30.83);            // "1,850,000 * $0.0000166667 = $30.83"
    EXPECT_CENTS(streaming, "requests_usd", 0.40);            // "2M * $0.2/M = $0.40"

    // Tenant isolation (no free tier): 10 million invokes of 2 s at 1,024 MB; the tenant charge is extra.
    const CalcResult tenants = run("lambda", in({{"requests", "10000000"},
                                                 {"duration-ms", "2000"},
                                                 {"memory-mb", "1024"},
                                                 {"no-free-tier", "true"}}));
    ASSERT_TRUE(tenants.ok());
    EXPECT_CENTS(tenants, "requests_usd", 2.00); // "10M * $0.2/M = $2."
    // "20M * $0.0000166667 = $333.34": the product is $333.334, which the page rounds up to the cent
    // (half-up rounding gives $333.33).
    EXPECT_FIGURE(tenants, "compute_usd", 333.334);
    EXPECT_DOUBLE_EQ(std::ceil(figure(tenants, "compute_usd") * 100) / 100, 333.34);
}

TEST(CalcLambda, PricingPageDurableFunctionsExampleIsArm)
{
    SCOPED_TRACE(kPricing);
    // 1,000,000 executions of two invocations each (2 million requests) with 32 s of compute per execution
    // (16 s per invocation) at 1 GB on Arm; free tier applied. Durable operations and data are extra.
    const CalcResult r = run(
        "lambda",
        in({{"requests", "2000000"}, {"duration-ms", "16000"}, {"memory-mb", "1024"}, {"arch", "arm64"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_FIGURE(r, "gb_seconds", 32000000);          // "32,000,000 × 1GB = 32,000,000 GB-s"
    EXPECT_FIGURE(r, "billable_gb_seconds", 31600000); // "32,000,000 - 400,000 free tier = 31,600,000 GB-s"
    EXPECT_CENTS(r, "compute_usd", 421.34);            // "31,600,000 × $0.0000133334 = $421.34"
    EXPECT_FIGURE(r, "billable_requests", 1000000);    // "2,000,000 - 1M free tier = 1,000,000"
    EXPECT_CENTS(r, "requests_usd", 0.20);             // "1M × $0.20/M = $0.20"
}

TEST(CalcLambda, PricingPageManagedInstancesAndEventSourceMappingExamplesOnDemandParts)
{
    SCOPED_TRACE(kPricing);
    // Lambda Managed Instances: "100M / 1M × $0.20 = $20" (the instances are EC2's price).
    const CalcResult managed = run("lambda", in({{"requests", "100000000"},
                                                 {"duration-ms", "100"},
                                                 {"memory-mb", "1024"},
                                                 {"no-free-tier", "true"}}));
    ASSERT_TRUE(managed.ok());
    EXPECT_CENTS(managed, "requests_usd", 20.00);

    // Provisioned Mode for event source mappings (the EPU charges are extra). Example 1: 1,024 MB x86, 1
    // million invocations a day for 30 days, 2 s each, free tier applied. (Its request line, "60M requests *
    // $0.20 = $12.00", does not follow from its own inputs and is not checked.)
    const CalcResult kafka =
        run("lambda", in({{"requests", "30000000"}, {"duration-ms", "2000"}, {"memory-mb", "1024"}}));
    ASSERT_TRUE(kafka.ok());
    EXPECT_FIGURE(kafka, "gb_seconds", 60000000);          // "60,000,000 GB-s – 400,000 free tier GB-s"
    EXPECT_FIGURE(kafka, "billable_gb_seconds", 59600000); // "= 59,600,000 GB-s"
    EXPECT_DOUBLE_EQ(std::round(figure(kafka, "compute_usd") * 10) / 10, 993.3); // "= $993.3" (to 10 cents)
    EXPECT_CENTS(kafka, "compute_usd", 993.34);

    // Example 2 (SQS, no free tier): 1 million invocations a day of 1 s; 30,000,000 GB-s means 1 GB.
    const CalcResult sqs = run("lambda", in({{"requests", "30000000"},
                                             {"duration-ms", "1000"},
                                             {"memory-mb", "1024"},
                                             {"no-free-tier", "true"}}));
    ASSERT_TRUE(sqs.ok());
    EXPECT_FIGURE(sqs, "gb_seconds", 30000000);
    EXPECT_CENTS(sqs, "compute_usd", 500.00); // "30,000,000 * $0.0000166667 = $500"
    EXPECT_CENTS(sqs, "requests_usd", 6.00);  // "30M requests * $0.20 = $6"

    // Example 3 (ten Kafka mappings, no free tier): 300 million requests of 0.2 s; 60,000,000 GB-s means 1
    // GB.
    const CalcResult ten = run("lambda", in({{"requests", "300000000"},
                                             {"duration-ms", "200"},
                                             {"memory-mb", "1024"},
                                             {"no-free-tier", "true"}}));
    ASSERT_TRUE(ten.ok());
    EXPECT_FIGURE(ten, "gb_seconds", 60000000);
    EXPECT_CENTS(ten, "compute_usd", 1000.00); // "60,000,000 * $0.0000166667 = $1,000"
    EXPECT_CENTS(ten, "requests_usd", 60.00);  // "300M requests * $0.20 = $60.00"
}

// --------------------------------------------------------------------------------- billing per 1 ms

TEST(CalcLambda, NewsBlog1msBillingExample)
{
    SCOPED_TRACE("AWS News Blog, New for AWS Lambda – 1ms Billing Granularity Adds Cost Savings");
    // "Duration: 27.55 ms  Billed Duration: 28 ms"
    const CalcResult report =
        run("lambda", in({{"requests", "1"}, {"duration-ms", "27.55"}, {"memory-mb", "1024"}}));
    ASSERT_TRUE(report.ok());
    EXPECT_FIGURE(report, "billed_duration_ms", 28);
    // 60 million invocations of 28 ms at 1 GB, without the free tier: "60 million invocations * $0.20 per 1M
    // requests = $12"; "60 million invocations * 28ms * 1G memory * $0.0000166667 for every GB-second = $28".
    const CalcResult r = run("lambda", in({{"requests", "60000000"},
                                           {"duration-ms", "28"},
                                           {"memory-mb", "1024"},
                                           {"no-free-tier", "true"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_CENTS(r, "requests_usd", 12.00);
    EXPECT_CENTS(r, "compute_usd", 28.00);
}

TEST(CalcLambda, EachInvocationRoundsUpToTheNextMillisecond)
{
    const CalcResult r = run("lambda", in({{"requests", "1000"},
                                           {"duration-ms", "120.2"},
                                           {"memory-mb", "1024"},
                                           {"no-free-tier", "true"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_FIGURE(r, "billed_duration_ms", 121);
    EXPECT_FIGURE(r, "gb_seconds", 121); // 1,000 x 0.121 s x 1 GB
    const CalcResult tiny =
        run("lambda", in({{"requests", "1000"}, {"duration-ms", "0.001"}, {"memory-mb", "128"}}));
    ASSERT_TRUE(tiny.ok());
    EXPECT_FIGURE(tiny, "billed_duration_ms", 1);
    EXPECT_FIGURE(tiny, "gb_seconds", 0.125); // 1,000 x 0.001 s x 128 / 1,024 GB
    EXPECT_FIGURE(tiny, "total_usd", 0);      // inside the free tier
}

// --------------------------------------------------------------------------------------- price tiers

TEST(CalcLambda, DurationTiersFollowThePricingPageTable)
{
    SCOPED_TRACE("AWS Lambda Pricing: duration tiers per architecture");
    // 75 million invocations of 60 s at 2,048 MB = 9 billion GB-s (the scenario of the AWS Compute Blog's
    // "Introducing tiered pricing for AWS Lambda"; the figures here are the tier table's arithmetic).
    const QHash<QString, QString> nine = in({{"requests", "75000000"},
                                             {"duration-ms", "60000"},
                                             {"memory-mb", "2048"},
                                             {"no-free-tier", "true"}});
    const CalcResult x86 = run("lambda", nine);
    ASSERT_TRUE(x86.ok());
    EXPECT_FIGURE(x86, "gb_seconds", 9e9);
    EXPECT_FIGURE(x86, "compute_usd", 6e9 * 0.0000166667 + 3e9 * 0.000015); // first 6 billion, next 3
    // The free tier's GB-seconds are the month's first: they come off the first tier.
    QHash<QString, QString> withFree = nine;
    withFree.remove(QStringLiteral("no-free-tier"));
    const CalcResult free = run("lambda", withFree);
    ASSERT_TRUE(free.ok());
    EXPECT_FIGURE(free, "billable_gb_seconds", 9e9 - 400000);
    EXPECT_FIGURE(free, "compute_usd", (6e9 - 400000) * 0.0000166667 + 3e9 * 0.000015);
    // Arm's first tier is 7.5 billion GB-s.
    QHash<QString, QString> arm = nine;
    arm.insert(QStringLiteral("arch"), QStringLiteral("arm64"));
    const CalcResult armNine = run("lambda", arm);
    ASSERT_TRUE(armNine.ok());
    EXPECT_FIGURE(armNine, "compute_usd", 7.5e9 * 0.0000133334 + 1.5e9 * 0.0000120001);
    // 20 billion GB-s reach the third tier on both: 100 million invocations of 100 s at 2,048 MB.
    QHash<QString, QString> twenty = nine;
    twenty.insert(QStringLiteral("requests"), QStringLiteral("100000000"));
    twenty.insert(QStringLiteral("duration-ms"), QStringLiteral("100000"));
    const CalcResult x86Twenty = run("lambda", twenty);
    ASSERT_TRUE(x86Twenty.ok());
    EXPECT_FIGURE(x86Twenty, "gb_seconds", 2e10);
    EXPECT_FIGURE(x86Twenty, "compute_usd", 6e9 * 0.0000166667 + 9e9 * 0.000015 + 5e9 * 0.0000133334);
    twenty.insert(QStringLiteral("arch"), QStringLiteral("arm64"));
    const CalcResult armTwenty = run("lambda", twenty);
    ASSERT_TRUE(armTwenty.ok());
    EXPECT_FIGURE(armTwenty, "compute_usd",
                  7.5e9 * 0.0000133334 + 11.25e9 * 0.0000120001 + 1.25e9 * 0.0000106667);
    EXPECT_TRUE(armTwenty.steps.join(u'\n').contains(QStringLiteral("Third tier")));
}

// ------------------------------------------------------------------------------ fields, steps, CLI

TEST(CalcLambda, StepsShowThePricesWithTheirRegionAndDate)
{
    const CalcResult r = run("lambda", in({{"requests", "6000000"},
                                           {"duration-ms", "280"},
                                           {"memory-mb", "4096"},
                                           {"ephemeral-mb", "2048"}}));
    ASSERT_TRUE(r.ok());
    const CalcFact* price = bundledFacts().find(QStringLiteral("lambda.price.x86.gb-second"));
    ASSERT_NE(price, nullptr);
    ASSERT_FALSE(price->region.isEmpty());
    const QString steps = r.steps.join(u'\n');
    const QString where = price->region + QStringLiteral(", ") + price->asOf;
    EXPECT_TRUE(steps.contains(QStringLiteral("$0.0000166667"))) << steps.toStdString();
    EXPECT_TRUE(steps.contains(QStringLiteral("$0.0000000309"))) << steps.toStdString();
    EXPECT_GE(steps.count(where), 3) << "duration, requests and storage prices: " << steps.toStdString();
    EXPECT_TRUE(steps.contains(QStringLiteral("4,096 MB / 1,024"))) << steps.toStdString();
    EXPECT_TRUE(r.factIds.contains(QStringLiteral("lambda.mb-per-gb")));
    EXPECT_TRUE(r.factIds.contains(QStringLiteral("lambda.price.x86.gb-second")));
    EXPECT_FALSE(r.factIds.contains(QStringLiteral("lambda.price.arm.gb-second")));
}

TEST(CalcLambda, ValuesOutsideLambdasLimitsAreRefusedAtTheirField)
{
    const QHash<QString, QString> good =
        in({{"requests", "1000000"}, {"duration-ms", "100"}, {"memory-mb", "1024"}});
    auto refused = [&](const char* key, const char* value) {
        QHash<QString, QString> inputs = good;
        inputs.insert(QString::fromLatin1(key), QString::fromLatin1(value));
        const CalcResult r = run("lambda", inputs);
        EXPECT_FALSE(r.ok()) << key << " " << value;
        return r.ok() ? QString() : r.errors.first().key;
    };
    auto accepted = [&](const char* key, const char* value) {
        QHash<QString, QString> inputs = good;
        inputs.insert(QString::fromLatin1(key), QString::fromLatin1(value));
        return run("lambda", inputs).ok();
    };
    EXPECT_EQ(refused("memory-mb", "11264"), QStringLiteral("memory-mb")); // an 11 GB function
    EXPECT_EQ(refused("memory-mb", "127"), QStringLiteral("memory-mb"));
    EXPECT_EQ(refused("memory-mb", "1536.5"), QStringLiteral("memory-mb")); // 1 MB steps
    EXPECT_TRUE(accepted("memory-mb", "10240"));
    EXPECT_TRUE(accepted("memory-mb", "128"));
    EXPECT_EQ(refused("ephemeral-mb", "511"), QStringLiteral("ephemeral-mb"));
    EXPECT_EQ(refused("ephemeral-mb", "10241"), QStringLiteral("ephemeral-mb"));
    EXPECT_TRUE(accepted("ephemeral-mb", "10240"));
    EXPECT_EQ(refused("duration-ms", "900001"), QStringLiteral("duration-ms")); // over the 15-minute timeout
    EXPECT_TRUE(accepted("duration-ms", "900000"));
    EXPECT_EQ(refused("arch", "arm"), QStringLiteral("arch"));
    EXPECT_EQ(refused("requests", "2.5"), QStringLiteral("requests"));
    const CalcResult missing = run("lambda", in({{"requests", "1000000"}, {"duration-ms", "100"}}));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.errors.first().key, QStringLiteral("memory-mb"));
}

TEST(CalcLambda, CommandLineGivesTheContractsKeys)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString progress = dir.filePath(QStringLiteral("progress.db"));
    const test::CliRun cost = test::runCli(
        progress, {QStringLiteral("calc"), QStringLiteral("lambda"), QStringLiteral("--requests"),
                   QStringLiteral("7440000"), QStringLiteral("--duration-ms"), QStringLiteral("2000"),
                   QStringLiteral("--memory-mb"), QStringLiteral("1024"), QStringLiteral("--arch"),
                   QStringLiteral("x86_64"), QStringLiteral("--no-free-tier"), QStringLiteral("--json")});
    ASSERT_EQ(cost.status, 0) << cost.err.toStdString();
    const QJsonObject o = cost.json().object();
    for (const char* key :
         {"gb_seconds", "billable_gb_seconds", "compute_usd", "requests_usd", "ephemeral_usd", "total_usd"}) {
        EXPECT_TRUE(o.value(QString::fromLatin1(key)).isDouble()) << key;
    }
    EXPECT_DOUBLE_EQ(cents(o.value(QStringLiteral("total_usd")).toDouble()), 249.49);

    const test::CliRun big = test::runCli(progress, {QStringLiteral("calc"), QStringLiteral("lambda"),
                                                     QStringLiteral("--requests"), QStringLiteral("1000"),
                                                     QStringLiteral("--duration-ms"), QStringLiteral("100"),
                                                     QStringLiteral("--memory-mb"), QStringLiteral("11264")});
    EXPECT_NE(big.status, 0);
    EXPECT_TRUE(big.err.contains(QStringLiteral("--memory-mb"))) << big.err.toStdString();

    const test::CliRun conc = test::runCli(
        progress, {QStringLiteral("calc"), QStringLiteral("lambda-concurrency"),
                   QStringLiteral("--requests-per-sec"), QStringLiteral("4000"),
                   QStringLiteral("--duration-ms"), QStringLiteral("500"), QStringLiteral("--json")});
    ASSERT_EQ(conc.status, 0) << conc.err.toStdString();
    const QJsonObject c = conc.json().object();
    EXPECT_DOUBLE_EQ(c.value(QStringLiteral("concurrency")).toDouble(), 2000);
    EXPECT_DOUBLE_EQ(c.value(QStringLiteral("limit")).toDouble(), 1000);
    EXPECT_DOUBLE_EQ(c.value(QStringLiteral("headroom")).toDouble(), -1000);
    EXPECT_DOUBLE_EQ(c.value(QStringLiteral("fits")).toDouble(), 0);
    EXPECT_DOUBLE_EQ(c.value(QStringLiteral("seconds_to_scale")).toDouble(), 10);
    EXPECT_DOUBLE_EQ(c.value(QStringLiteral("throttled_rps")).toDouble(), 2000);
}

// -------------------------------------------------------------------------------------- concurrency

TEST(CalcLambda, ConcurrencyFollowsTheDeveloperGuide)
{
    {
        SCOPED_TRACE("Lambda Developer Guide, Understanding Lambda function scaling: "
                     "Concurrency = (100 requests/second) * (0.5 second/request) = 50");
        const CalcResult r =
            run("lambda-concurrency", in({{"requests-per-sec", "100"}, {"duration-ms", "500"}}));
        ASSERT_TRUE(r.ok());
        EXPECT_FIGURE(r, "concurrency", 50);
        EXPECT_FIGURE(r, "limit", 1000); // the default, from the quotas page
        EXPECT_FIGURE(r, "headroom", 950);
        EXPECT_FIGURE(r, "fits", 1);
        EXPECT_FIGURE(r, "seconds_to_scale", 0.5); // 50 / 1,000 x 10 s
        EXPECT_FALSE(r.figure(QStringLiteral("throttled_rps")).has_value());
        EXPECT_TRUE(r.steps.first().contains(QStringLiteral("Little's law")));
    }
    {
        SCOPED_TRACE(
            "Lambda Developer Guide (awsdocs doc source, scaling.md): 10 S3 events per second of 3 s "
            "= 30 concurrent executions");
        const CalcResult r =
            run("lambda-concurrency", in({{"requests-per-sec", "10"}, {"duration-ms", "3000"}}));
        ASSERT_TRUE(r.ok());
        EXPECT_FIGURE(r, "concurrency", 30);
    }
}

TEST(CalcLambda, ConcurrencyOverTheLimitIsThrottledAndScalingStopsAtTheLimit)
{
    // 4,000 requests/s x 0.5 s = 2,000 > 1,000: 1,000 / 0.5 s = 2,000 requests/s served, 2,000 throttled.
    const CalcResult over =
        run("lambda-concurrency", in({{"requests-per-sec", "4000"}, {"duration-ms", "500"}}));
    ASSERT_TRUE(over.ok());
    EXPECT_FIGURE(over, "concurrency", 2000);
    EXPECT_FIGURE(over, "fits", 0);
    EXPECT_FIGURE(over, "headroom", -1000);
    EXPECT_FIGURE(over, "throttled_rps", 2000);
    EXPECT_FIGURE(over, "seconds_to_scale", 10); // up to the limit: 1,000 / 1,000 x 10 s
    // A raised limit: 30,000 requests/s x 0.5 s = 15,000, reached after 15,000 / 1,000 x 10 s = 150 s.
    const CalcResult raised =
        run("lambda-concurrency",
            in({{"requests-per-sec", "30000"}, {"duration-ms", "500"}, {"account-limit", "20000"}}));
    ASSERT_TRUE(raised.ok());
    EXPECT_FIGURE(raised, "fits", 1);
    EXPECT_FIGURE(raised, "headroom", 5000);
    EXPECT_FIGURE(raised, "seconds_to_scale", 150);
    // The limit is a whole number from 1.
    EXPECT_FALSE(run("lambda-concurrency",
                     in({{"requests-per-sec", "1"}, {"duration-ms", "1"}, {"account-limit", "0"}}))
                     .ok());
    EXPECT_FALSE(run("lambda-concurrency",
                     in({{"requests-per-sec", "1"}, {"duration-ms", "1"}, {"account-limit", "1.5"}}))
                     .ok());
}

// ------------------------------------------------------------------------------------------- drills

TEST(CalcLambda, DrillsMakeAHundredDifferentQuestionsWithOneRightAnswer)
{
    for (const char* id : {"lambda", "lambda-concurrency"}) {
        const Calculator* calc = calculator(QString::fromLatin1(id));
        ASSERT_NE(calc, nullptr);
        for (const quint64 seed : {1ULL, 2ULL, 42ULL}) {
            const Result<QList<DrillQuestion>> questions =
                drill(*calc, bundledFacts(), seed, 100, QLocale::c());
            ASSERT_TRUE(questions) << id << ": " << questions.error().toStdString();
            QSet<QString> stems;
            for (const DrillQuestion& q : *questions) {
                stems.insert(q.stem);
                ASSERT_EQ(q.options.size(), 4) << q.stem.toStdString();
                int right = 0;
                for (const DrillOption& o : q.options) {
                    right += o.correct ? 1 : 0;
                    EXPECT_FALSE(o.why.isEmpty());
                }
                EXPECT_EQ(right, 1) << q.stem.toStdString();
                EXPECT_FALSE(q.explanation.isEmpty());
            }
            EXPECT_EQ(stems.size(), 100) << id;
        }
    }
}

/// Each typical mistake, worked on one case, gives the number that mistake would.
TEST(CalcLambda, CostDrillMistakesAreTheTypicalOnes)
{
    const Calculator* calc = calculator(QStringLiteral("lambda"));
    ASSERT_NE(calc, nullptr);
    DrillRandom random(7);
    for (int i = 0; i < 200; ++i) {
        const DrillCase c =
            calc->drillCase(random, bundledFacts(), QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_GE(c.mistakes.size(), 3);
        const CalcResult r = calc->run(Inputs{c.inputs, QLocale::c()}, bundledFacts());
        ASSERT_TRUE(r.ok()) << c.stem.toStdString();
        const double total = figure(r, "total_usd");
        auto made = [&](double value) {
            return std::any_of(c.mistakes.cbegin(), c.mistakes.cend(), [&](const DrillCase::Mistake& m) {
                return std::abs(m.value - value) <= 1e-9 * std::max(1.0, std::abs(value));
            });
        };
        EXPECT_TRUE(made(total - figure(r, "requests_usd"))) << "forgetting the request charge";
        // Five typical mistakes, each saying why.
        EXPECT_EQ(c.mistakes.size(), 5);
        for (const DrillCase::Mistake& m : c.mistakes) {
            EXPECT_FALSE(m.why.isEmpty());
        }
    }
}

TEST(CalcLambda, ConcurrencyDrillMistakes)
{
    const Calculator* calc = calculator(QStringLiteral("lambda-concurrency"));
    ASSERT_NE(calc, nullptr);
    DrillRandom random(3);
    int throttled = 0;
    for (int i = 0; i < 200; ++i) {
        const DrillCase c =
            calc->drillCase(random, bundledFacts(), QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_GE(c.mistakes.size(), 3);
        const CalcResult r = calc->run(Inputs{c.inputs, QLocale::c()}, bundledFacts());
        ASSERT_TRUE(r.ok());
        const std::optional<double> answer = r.figure(c.answer);
        ASSERT_TRUE(answer.has_value()) << c.stem.toStdString() << " asks for " << c.answer.toStdString();
        if (c.answer == QLatin1String("throttled_rps")) {
            ++throttled;
            EXPECT_GT(*answer, 0);
            EXPECT_TRUE(std::any_of(c.mistakes.cbegin(), c.mistakes.cend(), [](const DrillCase::Mistake& m) {
                return m.value == 0;
            })) << "ignoring the account limit";
        }
    }
    EXPECT_GT(throttled, 50);
}

} // namespace
