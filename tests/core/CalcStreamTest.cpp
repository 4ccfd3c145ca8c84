// The streaming and request-rate calculators (kinesis, sqs, s3-prefix) with the figures of the bundled
// content: the AWS pages' own formulas and worked examples (each case names its page), the edges of each
// limit, the combinations a calculator refuses at a field, and drills of 100 different questions.
#include "CalcTestSupport.h"
#include "calc/CalcLibrary.h"
#include "calc/Calculator.h"
#include "calc/Drill.h"
#include "content/ContentRepository.h"

#include <QSet>

#include <gtest/gtest.h>

#include <cmath>

using namespace certdeck;
using namespace certdeck::calc;
using namespace certdeck::calctest;

namespace {

CalcResult run(const char* id, const QHash<QString, QString>& inputs)
{
    return runCalc(QString::fromLatin1(id), inputs);
}

/// The first error of `inputs`, which must be refused.
FieldError refusal(const char* id, const QHash<QString, QString>& inputs)
{
    const CalcResult r = run(id, inputs);
    EXPECT_FALSE(r.ok()) << id;
    EXPECT_TRUE(r.figures.isEmpty()) << id;
    return r.errors.value(0);
}

const char* kSizing = "Kinesis Data Streams Developer Guide, Choose the data stream capacity mode "
                      "(how-do-i-size-a-stream): ceiling(max(write KiB/s / 1024, read KiB/s / 2048))";
const char* kKinesisQuotas =
    "Kinesis Data Streams Developer Guide, Quotas and limits: 1,000 records/s per shard";
const char* kEfo = "Kinesis Data Streams Developer Guide, Develop enhanced fan-out consumers: 2 MB/s per "
                   "consumer per shard";

TEST(CalcStream, KinesisFollowsTheSizingGuide)
{
    const QList<Case> cases{
        // 2 KiB x 1,000 records/s = 2,000 KiB/s in; 3 shared consumers read 6,000 KiB/s:
        // max(2000 / 1024, 6000 / 2048) = max(1.95, 2.93) -> 3; the reads decide.
        {"kinesis", in({{"record-kb", "2"}, {"records-per-sec", "1000"}, {"consumers", "3"}}),
         out({{"write_kib_per_sec", 2000},
              {"read_kib_per_sec", 6000},
              {"shards_for_write_bandwidth", 2},
              {"shards_for_records", 1},
              {"shards_for_reads", 3},
              {"shards", 3}}),
         kSizing},
        // The average record size rounds up to the next 1 KB: 2.5 KiB counts as 3 KiB.
        {"kinesis", in({{"record-kb", "2.5"}, {"records-per-sec", "400"}}),
         out({{"write_kib_per_sec", 1200}, {"read_kib_per_sec", 1200}, {"shards", 2}}), kSizing},
        {"kinesis", in({{"record-kb", "0.5"}, {"records-per-sec", "500"}}),
         out({{"write_kib_per_sec", 500}, {"shards", 1}}), kSizing},
        // Exactly 1 MiB/s in (4 KiB x 256) fills one shard; it does not round up to two.
        {"kinesis", in({{"record-kb", "4"}, {"records-per-sec", "256"}}),
         out({{"write_kib_per_sec", 1024}, {"shards_for_write_bandwidth", 1}, {"shards", 1}}), kSizing},
        // One consumer reads no more than is written: 2 MiB/s of reads never decides for a single reader.
        {"kinesis", in({{"record-kb", "10"}, {"records-per-sec", "500"}}),
         out({{"write_kib_per_sec", 5000},
              {"shards_for_write_bandwidth", 5},
              {"shards_for_reads", 3},
              {"shards", 5}}),
         kSizing},
        // The records limit, which the sizing formula leaves out: 1,020 records/s of 1 KiB are under 1 MiB/s
        // (1,020 KiB/s) but over 1,000 records/s.
        {"kinesis", in({{"record-kb", "1"}, {"records-per-sec", "1020"}}),
         out({{"shards_for_write_bandwidth", 1}, {"shards_for_records", 2}, {"shards", 2}}), kKinesisQuotas},
        {"kinesis", in({{"record-kb", "0.1"}, {"records-per-sec", "5500"}}),
         out({{"write_kib_per_sec", 5500},
              {"shards_for_write_bandwidth", 6},
              {"shards_for_records", 6},
              {"shards", 6}}),
         kKinesisQuotas},
        // Enhanced fan-out: five consumers read 10,000 KiB/s, but each has its own 2 MB/s per shard.
        {"kinesis",
         in({{"record-kb", "2"},
             {"records-per-sec", "1000"},
             {"consumers", "5"},
             {"enhanced-fanout", "true"}}),
         out({{"write_kib_per_sec", 2000}, {"read_kib_per_sec", 10000}, {"shards", 2}}), kEfo},
        // The same five consumers sharing GetRecords: 10,000 / 2,048 = 4.88 -> 5 shards.
        {"kinesis", in({{"record-kb", "2"}, {"records-per-sec", "1000"}, {"consumers", "5"}}),
         out({{"shards_for_reads", 5}, {"shards", 5}}), kSizing},
        // Large records (a stream can be set to 10 MiB): 2 MiB x 10 records/s = 20 MiB/s = 20 shards.
        {"kinesis", in({{"record-kb", "2048"}, {"records-per-sec", "10"}}),
         out({{"write_kib_per_sec", 20480}, {"shards", 20}}), kSizing},
    };
    for (const Case& c : cases) {
        check(c);
    }
}

TEST(CalcStream, KinesisSaysWhichLimitDecides)
{
    const CalcResult records = run("kinesis", in({{"record-kb", "1"}, {"records-per-sec", "1020"}}));
    ASSERT_TRUE(records.ok());
    EXPECT_TRUE(records.steps.last().contains(QStringLiteral("decided by records per second")))
        << records.steps.last().toStdString();
    const CalcResult reads =
        run("kinesis", in({{"record-kb", "2"}, {"records-per-sec", "1000"}, {"consumers", "3"}}));
    ASSERT_TRUE(reads.ok());
    EXPECT_TRUE(reads.steps.last().contains(QStringLiteral("decided by read bandwidth")))
        << reads.steps.last().toStdString();
    EXPECT_TRUE(reads.steps.first().contains(QStringLiteral("2 KiB")));

    // Enhanced fan-out: reads add no shards, so that figure does not apply.
    const CalcResult efo =
        run("kinesis", in({{"record-kb", "2"}, {"records-per-sec", "1000"}, {"enhanced-fanout", "true"}}));
    ASSERT_TRUE(efo.ok());
    EXPECT_FALSE(efo.figure(QStringLiteral("shards_for_reads")).has_value());
    EXPECT_TRUE(efo.factIds.contains(QStringLiteral("kinesis.efo-read-mib-per-sec")));

    // A record above the 1 MiB default needs the stream setting; the steps say so.
    const CalcResult large = run("kinesis", in({{"record-kb", "2048"}, {"records-per-sec", "10"}}));
    ASSERT_TRUE(large.ok());
    EXPECT_TRUE(large.steps.join(u'\n').contains(QStringLiteral("maximum record size raised")));
    EXPECT_TRUE(large.factIds.contains(QStringLiteral("kinesis.record-default-max-mib")));
    const CalcResult small = run("kinesis", in({{"record-kb", "1024"}, {"records-per-sec", "1"}}));
    ASSERT_TRUE(small.ok());
    EXPECT_FALSE(small.steps.join(u'\n').contains(QStringLiteral("maximum record size raised")));
}

TEST(CalcStream, KinesisRefusesWhatAStreamCannotTake)
{
    // The record size goes up to the 10 MiB a stream can be set to.
    EXPECT_TRUE(run("kinesis", in({{"record-kb", "10240"}, {"records-per-sec", "1"}})).ok());
    EXPECT_EQ(refusal("kinesis", in({{"record-kb", "10241"}, {"records-per-sec", "1"}})).key,
              QStringLiteral("record-kb"));
    // Enhanced fan-out registers at most 20 consumers on a provisioned stream; shared readers are not
    // registered.
    EXPECT_TRUE(run("kinesis", in({{"record-kb", "1"},
                                   {"records-per-sec", "1"},
                                   {"consumers", "20"},
                                   {"enhanced-fanout", "true"}}))
                    .ok());
    const FieldError tooMany = refusal(
        "kinesis",
        in({{"record-kb", "1"}, {"records-per-sec", "1"}, {"consumers", "21"}, {"enhanced-fanout", "true"}}));
    EXPECT_EQ(tooMany.key, QStringLiteral("consumers"));
    EXPECT_TRUE(tooMany.message.contains(QStringLiteral("1 to 20"))) << tooMany.message.toStdString();
    EXPECT_TRUE(run("kinesis", in({{"record-kb", "1"}, {"records-per-sec", "1"}, {"consumers", "21"}})).ok());
    EXPECT_EQ(refusal("kinesis", in({{"record-kb", "1"}, {"records-per-sec", "1"}, {"consumers", "0"}})).key,
              QStringLiteral("consumers"));
}

const char* kFifoThrottling = "Amazon SQS Developer Guide, Troubleshoot FIFO throttling issues: 300 TPS per "
                              "action, up to 3,000 messages per second with batching";
const char* kSqsQuotas =
    "Amazon SQS Developer Guide, Amazon SQS message quotas: 3,000 transactions per second "
    "represents 300 API calls, each with a batch of 10 messages; high throughput 70,000 TPS";
const char* kSqsPricing = "Amazon SQS pricing: an API action with a 256 KB payload is billed as 4 requests";

TEST(CalcStream, SqsFollowsTheQuotasAndPricing)
{
    const QList<Case> cases{
        // 300 calls x 10 messages = 3,000 messages/s per action (also the sqs deck's formula example).
        {"sqs", in({{"queue-type", "fifo"}, {"messages-per-sec", "3000"}, {"batch-size", "10"}}),
         out({{"api_calls_per_sec", 300},
              {"api_calls_limit_per_sec", 300},
              {"max_messages_per_sec", 3000},
              {"fits", 1},
              {"queues_needed", 1}}),
         kSqsQuotas},
        {"sqs", in({{"queue-type", "fifo"}, {"messages-per-sec", "300"}}),
         out({{"api_calls_per_sec", 300}, {"max_messages_per_sec", 300}, {"fits", 1}}), kFifoThrottling},
        // Without batching 2,000 messages/s are 2,000 calls/s: over 300, seven FIFO queues or high
        // throughput.
        {"sqs", in({{"queue-type", "fifo"}, {"messages-per-sec", "2000"}}),
         out({{"api_calls_per_sec", 2000}, {"max_messages_per_sec", 300}, {"fits", 0}, {"queues_needed", 7}}),
         kFifoThrottling},
        {"sqs", in({{"queue-type", "fifo"}, {"messages-per-sec", "2000"}, {"batch-size", "5"}}),
         out({{"api_calls_per_sec", 400}, {"max_messages_per_sec", 1500}, {"fits", 0}, {"queues_needed", 2}}),
         kFifoThrottling},
        // High throughput: limits count API calls, so batches of 10 carry 700,000 messages/s.
        {"sqs", in({{"queue-type", "fifo-high-throughput"}, {"messages-per-sec", "70000"}}),
         out({{"api_calls_limit_per_sec", 70000}, {"max_messages_per_sec", 70000}, {"fits", 1}}), kSqsQuotas},
        {"sqs",
         in({{"queue-type", "fifo-high-throughput"}, {"messages-per-sec", "100000"}, {"batch-size", "10"}}),
         out({{"api_calls_per_sec", 10000}, {"max_messages_per_sec", 700000}, {"fits", 1}}), kSqsQuotas},
        // Standard: nearly unlimited; one queue.
        {"sqs", in({{"messages-per-sec", "50000"}, {"batch-size", "10"}}),
         out({{"api_calls_per_sec", 5000}, {"fits", 1}, {"queues_needed", 1}}), kSqsQuotas},
        // Billing in 64 KB chunks of a call's payload: 256 KiB = 4 requests; 10 x 10 KiB = 100 KiB = 2.
        {"sqs", in({{"messages-per-sec", "100"}, {"message-kib", "256"}}),
         out({{"billed_requests_per_call", 4}, {"billed_requests_per_sec", 400}}), kSqsPricing},
        {"sqs", in({{"messages-per-sec", "100"}, {"batch-size", "10"}, {"message-kib", "10"}}),
         out({{"api_calls_per_sec", 10}, {"billed_requests_per_call", 2}, {"billed_requests_per_sec", 20}}),
         kSqsPricing},
        {"sqs", in({{"messages-per-sec", "10"}, {"message-kib", "64"}}),
         out({{"billed_requests_per_call", 1}}), kSqsPricing},
        // The largest message, 1 MiB, alone in its call: 16 chunks.
        {"sqs", in({{"messages-per-sec", "1"}, {"message-kib", "1024"}}),
         out({{"billed_requests_per_call", 16}}), kSqsPricing},
    };
    for (const Case& c : cases) {
        check(c);
    }

    const CalcResult standard = run("sqs", in({{"messages-per-sec", "50000"}}));
    ASSERT_TRUE(standard.ok());
    EXPECT_FALSE(standard.figure(QStringLiteral("max_messages_per_sec")).has_value());
    EXPECT_FALSE(standard.figure(QStringLiteral("api_calls_limit_per_sec")).has_value());
    EXPECT_TRUE(standard.steps.join(u'\n').contains(QStringLiteral("nearly unlimited")));

    const CalcResult high =
        run("sqs", in({{"queue-type", "fifo-high-throughput"}, {"messages-per-sec", "10"}}));
    ASSERT_TRUE(high.ok());
    EXPECT_TRUE(high.steps.join(u'\n').contains(QStringLiteral("US East (N. Virginia)")));
    EXPECT_TRUE(high.steps.join(u'\n').contains(QStringLiteral("MessageGroupId")));
}

TEST(CalcStream, SqsRefusesWhatAQueueCannotTake)
{
    // A batch carries 10 messages and 1 MiB at most; a message 1 MiB.
    EXPECT_EQ(refusal("sqs", in({{"messages-per-sec", "10"}, {"batch-size", "11"}})).key,
              QStringLiteral("batch-size"));
    EXPECT_EQ(refusal("sqs", in({{"messages-per-sec", "10"}, {"message-kib", "1025"}})).key,
              QStringLiteral("message-kib"));
    const FieldError batch =
        refusal("sqs", in({{"messages-per-sec", "10"}, {"batch-size", "10"}, {"message-kib", "200"}}));
    EXPECT_EQ(batch.key, QStringLiteral("batch-size"));
    EXPECT_TRUE(batch.message.contains(QStringLiteral("1,024 KiB"))) << batch.message.toStdString();
    EXPECT_TRUE(batch.message.contains(QStringLiteral("from 1 to 5"))) << batch.message.toStdString();
    EXPECT_TRUE(
        run("sqs", in({{"messages-per-sec", "10"}, {"batch-size", "4"}, {"message-kib", "256"}})).ok());
    EXPECT_EQ(refusal("sqs", in({{"messages-per-sec", "10"}, {"queue-type", "fifo-ht"}})).key,
              QStringLiteral("queue-type"));
}

const char* kS3Guide =
    "Amazon S3 User Guide, Best practices design patterns: optimizing Amazon S3 performance";

TEST(CalcStream, S3PrefixesFollowTheUserGuide)
{
    const QList<Case> cases{
        // "if you create 10 prefixes in an Amazon S3 bucket to parallelize reads, you could scale your read
        // performance to 55,000 read requests per second."
        {"s3-prefix", in({{"get-per-sec", "55000"}}),
         out({{"prefixes_needed", 10},
              {"prefixes_for_get", 10},
              {"prefixes_for_put", 1},
              {"get_limit_per_prefix", 5500},
              {"put_limit_per_prefix", 3500}}),
         kS3Guide},
        {"s3-prefix", in({{"get-per-sec", "5500"}, {"put-per-sec", "3500"}}), out({{"prefixes_needed", 1}}),
         kS3Guide},
        {"s3-prefix", in({{"get-per-sec", "5501"}}), out({{"prefixes_needed", 2}}), kS3Guide},
        {"s3-prefix", in({{"put-per-sec", "7001"}}), out({{"prefixes_for_put", 3}, {"prefixes_needed", 3}}),
         kS3Guide},
        // The larger count decides, not the sum: 12,000 GET -> 3, 4,000 PUT -> 2.
        {"s3-prefix", in({{"get-per-sec", "12000"}, {"put-per-sec", "4000"}}),
         out({{"prefixes_for_get", 3}, {"prefixes_for_put", 2}, {"prefixes_needed", 3}}), kS3Guide},
        {"s3-prefix", in({{"get-per-sec", "1000"}, {"put-per-sec", "10000"}}),
         out({{"prefixes_for_get", 1}, {"prefixes_for_put", 3}, {"prefixes_needed", 3}}), kS3Guide},
        {"s3-prefix", in({}), out({{"prefixes_needed", 1}}), kS3Guide},
    };
    for (const Case& c : cases) {
        check(c);
    }
    const CalcResult r = run("s3-prefix", in({{"get-per-sec", "55000"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.steps.join(u'\n').contains(QStringLiteral("per prefix, not per bucket")));
    EXPECT_TRUE(r.steps.join(u'\n').contains(QStringLiteral("spread the keys")));
}

/// Each drill gives 100 different questions with four different options, one of them right, every wrong one
/// with its reason.
TEST(CalcStream, DrillsGiveAHundredDifferentQuestions)
{
    for (const char* id : {"kinesis", "sqs", "s3-prefix"}) {
        const Calculator* calc = calculator(QString::fromLatin1(id));
        ASSERT_NE(calc, nullptr) << id;
        for (const quint64 seed : {quint64(1), quint64(2), quint64(99)}) {
            const Result<QList<DrillQuestion>> questions =
                drill(*calc, bundledFacts(), seed, 100, QLocale::c());
            ASSERT_TRUE(questions) << id << ": " << questions.error().toStdString();
            ASSERT_EQ(questions->size(), 100) << id;
            QSet<QString> stems;
            for (const DrillQuestion& q : *questions) {
                stems.insert(q.stem);
                ASSERT_EQ(q.options.size(), 4) << id << " " << q.stem.toStdString();
                int correct = 0;
                QSet<QString> texts;
                for (const DrillOption& o : q.options) {
                    correct += o.correct ? 1 : 0;
                    texts.insert(o.text);
                    EXPECT_FALSE(o.why.isEmpty()) << id;
                }
                EXPECT_EQ(correct, 1) << id;
                EXPECT_EQ(texts.size(), 4) << id;
                EXPECT_FALSE(q.explanation.isEmpty()) << id;
            }
            EXPECT_EQ(stems.size(), 100) << id;
        }
    }
}

} // namespace
