// Kinesis Data Streams: the shard count of a provisioned stream. Amazon Kinesis Data Streams Developer Guide,
// "Choose the data stream capacity mode" (how-do-i-size-a-stream): the average record size rounds up to the
// next 1 KB, incoming write bandwidth = record size x records per second, outgoing read bandwidth = write
// bandwidth x consumers, and number_of_shards = ceiling(max(write KiB/s / 1024, read KiB/s / 2048)). The
// guide's formula leaves out the shard's other write limit, 1,000 records per second ("Quotas and limits"),
// which decides for small records, so it is added here. Enhanced fan-out consumers each get their own 2 MB/s
// per shard ("Develop enhanced fan-out consumers with dedicated throughput"), so their reads add no shards.
//
// The record size may go up to the 10 MiB a stream can be configured for (kinesis.record-max-mib), not the
// 1 MiB default (kinesis.record-default-max-mib): a larger record is a stream setting away, not an invalid
// input, so it is accepted and the steps say the setting has to be raised.
#include "calc/AllCalculators.h"

#include <algorithm>
#include <cmath>

namespace certdeck::calc {

namespace {

const QString kRecordKb = QStringLiteral("record-kb");
const QString kRecords = QStringLiteral("records-per-sec");
const QString kConsumers = QStringLiteral("consumers");
const QString kFanOut = QStringLiteral("enhanced-fanout");
const QString kShards = QStringLiteral("shards");

const QString kWriteMib = QStringLiteral("kinesis.shard-write-mib-per-sec");
const QString kWriteRecords = QStringLiteral("kinesis.shard-write-records-per-sec");
const QString kReadMib = QStringLiteral("kinesis.shard-read-mib-per-sec");
const QString kGetRecords = QStringLiteral("kinesis.shard-getrecords-per-sec");
const QString kEfoMib = QStringLiteral("kinesis.efo-read-mib-per-sec");
const QString kRecordMax = QStringLiteral("kinesis.record-max-mib");
const QString kRecordDefaultMax = QStringLiteral("kinesis.record-default-max-mib");
const QString kEfoMax = QStringLiteral("kinesis.efo-max-consumers");
const QString kEfoMaxAdvantage = QStringLiteral("kinesis.efo-max-consumers-advantage");

constexpr double kKibPerMib = 1024; // a unit, not an AWS figure
constexpr double kMaxRate = 1e9;    // far above any stream's quota, still a finite, exact double
/// Shared-throughput consumers have no quota of their own; they share a shard's 2 MB/s and five GetRecords
/// calls per second, so far fewer than this are useful. Enhanced fan-out narrows it to the
/// registered-consumer quota (a fact).
constexpr int kMaxSharedConsumers = 100;

class KinesisShards : public Calculator {
    Q_DECLARE_TR_FUNCTIONS(KinesisShards)

public:
    QString id() const override { return QStringLiteral("kinesis"); }
    QString title() const override { return tr("Kinesis Data Streams shards"); }
    QString summary() const override
    {
        return tr("Shards a provisioned stream needs for its writes, its records per second and its readers");
    }
    QStringList factIds() const override
    {
        return {kWriteMib,  kWriteRecords,     kReadMib, kGetRecords,     kEfoMib,
                kRecordMax, kRecordDefaultMax, kEfoMax,  kEfoMaxAdvantage};
    }
    QList<Field> fields(const FactBook& facts) const override
    {
        const CalcFact* max = facts.find(kRecordMax);
        Field size = Field::number(kRecordKb, tr("Average record size"), QStringLiteral("KiB"), 0.001,
                                   (max ? max->value : 10) * kKibPerMib);
        size.required = true;
        size.example = QStringLiteral("2");
        size.help = tr("Average size of one record's data; the sizing guide rounds it up to the next 1 KiB");
        Field records = Field::number(kRecords, tr("Records per second"), QString(), 1, kMaxRate);
        records.required = true;
        records.example = QStringLiteral("1000");
        records.help = tr("Records the producers write each second");
        Field consumers = Field::number(kConsumers, tr("Consumers"), QString(), 1, kMaxSharedConsumers);
        consumers.integer = true;
        consumers.defaultValue = QStringLiteral("1");
        consumers.example = QStringLiteral("3");
        consumers.help = tr("Applications that each read every record of the stream");
        Field fanOut = Field::toggle(kFanOut, tr("Enhanced fan-out"));
        fanOut.help = tr("Each consumer gets its own read throughput per shard (SubscribeToShard)");
        return {size, records, consumers, fanOut};
    }

    void compute(const Values& v, Work& w) const override
    {
        const double writeMib = w.fact(kWriteMib);
        const double writeRecords = w.fact(kWriteRecords);
        const double readMib = w.fact(kReadMib);
        const double defaultMaxMib = w.fact(kRecordDefaultMax);
        const bool fanOut = v.isSet(kFanOut);
        const double consumers = v.number(kConsumers);
        double efoMax = 0;
        if (fanOut) {
            efoMax = w.fact(kEfoMax);
            if (!w.failed() && consumers > efoMax) {
                //: %1 the consumers given, %2 the registered-consumer quota of a provisioned stream
                w.error(kConsumers,
                        tr("must be a whole number from 1 to %2 with enhanced fan-out: a provisioned stream "
                           "registers at most %2 enhanced fan-out consumers (got '%1')")
                            .arg(w.num(consumers), w.num(efoMax)));
            }
        }
        if (w.failed() || writeMib <= 0 || writeRecords <= 0 || readMib <= 0) {
            return;
        }
        const double size = v.number(kRecordKb);
        const double records = v.number(kRecords);
        const double counted = ceilUnits(size);
        const double writeKib = counted * records;
        const double readKib = writeKib * consumers;
        const double writePerShard = writeMib * kKibPerMib;
        const double readPerShard = readMib * kKibPerMib;

        if (counted == size) {
            //: %1 a record size in KiB
            w.step(tr("Records average %1 KiB.").arg(w.num(size, 3)));
        } else {
            //: %1 a record size, %2 the size rounded up to whole KiB
            w.step(
                tr("The sizing guide rounds the average record size up to the next 1 KiB: %1 KiB counts as "
                   "%2 KiB.")
                    .arg(w.num(size, 3), w.num(counted)));
        }
        if (size > defaultMaxMib * kKibPerMib) {
            //: %1 the default maximum record size in MiB, %2 the largest a stream can be set to
            w.step(tr("Records above %1 MiB need the stream's maximum record size raised (the default is %1 "
                      "MiB; "
                      "a stream can be set to up to %2 MiB). A shard still averages its write limit: large "
                      "records only burst above it.")
                       .arg(w.num(defaultMaxMib), w.num(w.fact(kRecordMax))));
        }
        //: %1 KiB per record, %2 records per second, %3 the product in KiB/s
        w.step(tr("Write bandwidth: %1 KiB x %2 records/s = %3 KiB/s.")
                   .arg(w.num(counted), w.num(records, 3), w.num(writeKib, 3)));

        const double byWrite = ceilUnits(writeKib / writePerShard);
        //: %1 write KiB/s, %2 KiB/s one shard takes (1 MiB/s), %3 the quotient, %n shards (rounded up)
        w.step(tr("By write bandwidth: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard(s).", nullptr,
                  countOf(byWrite))
                   .arg(w.num(writeKib, 3), w.num(writePerShard), w.num(writeKib / writePerShard, 3)));
        const double byRecords = ceilUnits(records / writeRecords);
        //: %1 records per second, %2 records per second one shard takes, %3 the quotient, %n shards
        w.step(tr("By records: %1 records/s / %2 records/s per shard = %3, rounded up: %n shard(s).", nullptr,
                  countOf(byRecords))
                   .arg(w.num(records, 3), w.num(writeRecords), w.num(records / writeRecords, 3)));

        std::optional<double> byReads;
        if (fanOut) {
            //: %n consumers, %1 MiB/s each gets per shard, %2 the read bandwidth of all consumers in KiB/s
            w.step(
                tr("With enhanced fan-out each of the %n consumer(s) gets its own %1 MiB/s per shard, more "
                   "than a shard can take in, so reads add no shards (%2 KiB/s read in total).",
                   nullptr, countOf(consumers))
                    .arg(w.num(w.fact(kEfoMib)), w.num(readKib, 3)));
            //: %1 registered consumers per provisioned stream, %2 in On-demand Advantage mode
            w.step(
                tr("A stream registers up to %1 enhanced fan-out consumers (%2 in On-demand Advantage mode).")
                    .arg(w.num(efoMax), w.num(w.fact(kEfoMaxAdvantage))));
        } else {
            //: %1 write KiB/s, %n consumers, %2 the read bandwidth in KiB/s
            w.step(tr("Read bandwidth: %1 KiB/s x %n consumer(s) = %2 KiB/s, all sharing each shard's read "
                      "throughput.",
                      nullptr, countOf(consumers))
                       .arg(w.num(writeKib, 3), w.num(readKib, 3)));
            byReads = ceilUnits(readKib / readPerShard);
            //: %1 read KiB/s, %2 KiB/s one shard serves (2 MiB/s), %3 the quotient, %n shards
            w.step(tr("By reads: %1 KiB/s / %2 KiB/s per shard = %3, rounded up: %n shard(s).", nullptr,
                      countOf(*byReads))
                       .arg(w.num(readKib, 3), w.num(readPerShard), w.num(readKib / readPerShard, 3)));
            if (consumers > 1) {
                //: %n consumers, %1 GetRecords calls per second per shard
                w.step(
                    tr("The %n consumers also share %1 GetRecords calls per second per shard; with several "
                       "consumers, enhanced fan-out avoids read throttling.",
                       nullptr, countOf(consumers))
                        .arg(w.num(w.fact(kGetRecords))));
            }
        }

        const double shards = std::max({byWrite, byRecords, byReads.value_or(0.0), 1.0});
        QStringList deciding;
        if (byWrite == shards) {
            deciding.append(tr("write bandwidth"));
        }
        if (byRecords == shards) {
            deciding.append(tr("records per second"));
        }
        if (byReads && *byReads == shards) {
            deciding.append(tr("read bandwidth"));
        }
        //: %n shards, %1 the limit(s) that decide: "read bandwidth" or "write bandwidth, records per second"
        w.step(tr("Shards: the largest count = %n shard(s); decided by %1.", nullptr, countOf(shards))
                   .arg(deciding.join(QStringLiteral(", "))));

        w.figure(kShards, tr("Shards"), shards, QString());
        w.figure(QStringLiteral("write_kib_per_sec"), tr("Write bandwidth"), writeKib,
                 QStringLiteral("KiB/s"), 3);
        w.figure(QStringLiteral("read_kib_per_sec"), tr("Read bandwidth (all consumers)"), readKib,
                 QStringLiteral("KiB/s"), 3);
        w.figure(QStringLiteral("shards_for_write_bandwidth"), tr("Shards for write bandwidth"), byWrite,
                 QString());
        w.figure(QStringLiteral("shards_for_records"), tr("Shards for records per second"), byRecords,
                 QString());
        w.figure(QStringLiteral("shards_for_reads"), tr("Shards for shared reads"), byReads, QString());
    }

    DrillCase drillCase(DrillRandom& random, const FactBook& facts, const QLocale& locale) const override
    {
        auto fact = [&](const QString& id, double fallback) { return facts.value(id, fallback); };
        const double writePerShard = fact(kWriteMib, 1) * kKibPerMib;
        const double recordsPerShard = fact(kWriteRecords, 1000);
        const double readPerShard = fact(kReadMib, 2) * kKibPerMib;
        const double size =
            random.pick(QList<double>{0.2, 0.5, 1, 1.5, 2, 3, 4, 5, 8, 10, 20, 25, 50, 100, 200, 400});
        const int records =
            random.pick(QList<int>{100,  200,  250,  400,  500,  800,  1000, 1010, 1200, 1500, 2000,
                                   2040, 2500, 3000, 3050, 4000, 4090, 5000, 5100, 8000, 10000});
        const int consumers = random.between(1, 5);
        const bool fanOut = random.between(0, 3) == 0;

        DrillCase c;
        c.inputs = {{kRecordKb, QLocale::c().toString(size)},
                    {kRecords, QString::number(records)},
                    {kConsumers, QString::number(consumers)}};
        if (fanOut) {
            c.inputs.insert(kFanOut, QStringLiteral("true"));
        }
        c.stem =
            (fanOut
                 //: %1 records per second, %2 record size in KiB, %n consumer applications
                 ? tr("Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data "
                      "stream. %n consumer application(s) read every record using enhanced fan-out. How many "
                      "shards does the stream need?",
                      nullptr, consumers)
                 //: %1 records per second, %2 record size in KiB, %n consumer applications
                 : tr("Producers write %1 records per second of %2 KiB each to a provisioned Kinesis data "
                      "stream. %n consumer application(s) read every record with GetRecords (shared "
                      "throughput). How many shards does the stream need?",
                      nullptr, consumers))
                .arg(locale.toString(records), locale.toString(size));
        c.answer = kShards;

        const double counted = ceilUnits(size);
        /// The shard count with a record size `kib`, per-shard limits, and which limits are counted.
        auto shardsFor = [&](double kib, double writeLimit, double readLimit, bool withRecords, bool reads) {
            double s = std::max(1.0, ceilUnits(kib * records / writeLimit));
            if (withRecords) {
                s = std::max(s, ceilUnits(records / recordsPerShard));
            }
            if (reads) {
                s = std::max(s, ceilUnits(kib * records * consumers / readLimit));
            }
            return s;
        };
        const bool shared = !fanOut;
        const double summed = ceilUnits(counted * records / writePerShard) +
                              ceilUnits(records / recordsPerShard) +
                              (shared ? ceilUnits(counted * records * consumers / readPerShard) : 0.0);
        c.mistakes = {
            {shardsFor(counted, 1000, 2000, true, shared),
             tr("A shard takes 1 MiB/s = 1,024 KiB/s (and serves 2,048 KiB/s); 1,000 and 2,000 are decimal "
                "units.")},
            {shardsFor(counted, writePerShard / 8, readPerShard / 8, true, shared),
             tr("Shard limits are megabytes per second, not megabits: do not multiply by 8.")},
            {shardsFor(counted, writePerShard, readPerShard, false, shared),
             tr("A shard also takes at most 1,000 records per second, whatever their size.")},
            {shardsFor(size, writePerShard, readPerShard, true, shared),
             tr("The sizing guide rounds the average record size up to the next 1 KiB.")},
            {shardsFor(counted, writePerShard, readPerShard, true, fanOut),
             fanOut ? tr("Enhanced fan-out consumers each get their own 2 MiB/s per shard; they do not share "
                         "it.")
                    : tr("Without enhanced fan-out, all consumers share each shard's 2 MiB/s of reads.")},
            {summed, tr("The needs are not added: the largest one decides.")},
        };
        if (shared) {
            c.mistakes.append({shardsFor(counted, writePerShard, writePerShard, true, true),
                               tr("A shard serves 2 MiB/s of reads, twice its 1 MiB/s of writes.")});
        }
        return c;
    }
};

} // namespace

const Calculator& kinesisShards()
{
    static const KinesisShards c;
    return c;
}

} // namespace certdeck::calc
