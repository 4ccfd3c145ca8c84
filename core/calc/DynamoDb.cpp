// DynamoDB: provisioned read and write capacity units, on-demand request units for the same load, and the
// old partition-count rule the notes teach. Amazon DynamoDB Developer Guide, "Read consistency" and "DynamoDB
// provisioned capacity mode": one read unit covers 4 KB (a strongly consistent read; an eventually consistent
// read takes half, a transactional read twice), one write unit 1 KB (a transactional write twice); item sizes
// round up to the next 4 KB or 1 KB.
#include "calc/AllCalculators.h"

#include <cmath>

namespace certdeck::calc {

namespace {

const QString kItemKb = QStringLiteral("item-kb");
const QString kReads = QStringLiteral("reads-per-sec");
const QString kReadMode = QStringLiteral("read-mode");
const QString kWrites = QStringLiteral("writes-per-sec");
const QString kWriteMode = QStringLiteral("write-mode");
const QString kSizeGb = QStringLiteral("size-gb");
const QString kRcu = QStringLiteral("rcu");
const QString kWcu = QStringLiteral("wcu");

constexpr double kMaxRate = 1e9; // far above any table's quota, still a finite, exact double

class DynamoDbCapacity : public Calculator {
    Q_DECLARE_TR_FUNCTIONS(DynamoDbCapacity)

public:
    QString id() const override { return QStringLiteral("dynamodb"); }
    QString title() const override { return tr("DynamoDB capacity"); }
    QString summary() const override
    {
        return tr("Read and write capacity units for a provisioned table, and request units on demand");
    }
    QStringList factIds() const override
    {
        return {QStringLiteral("dynamodb.rcu-size-kb"), QStringLiteral("dynamodb.wcu-size-kb"),
                QStringLiteral("dynamodb.eventual-read-factor"),
                QStringLiteral("dynamodb.transaction-factor"), QStringLiteral("dynamodb.item-size-max-kb")};
    }
    QList<Field> fields(const FactBook& facts) const override
    {
        const CalcFact* max = facts.find(QStringLiteral("dynamodb.item-size-max-kb"));
        Field item =
            Field::number(kItemKb, tr("Item size"), QStringLiteral("KB"), 0.001, max ? max->value : 400);
        item.required = true;
        item.example = QStringLiteral("6");
        item.help = tr("Size of one item; reads round it up to the next 4 KB, writes to the next 1 KB");
        Field reads = Field::number(kReads, tr("Reads per second"), QString(), 0, kMaxRate);
        reads.defaultValue = QStringLiteral("0");
        reads.example = QStringLiteral("10");
        reads.help = tr("Items read each second (divide a per-minute rate by 60)");
        Field readMode = Field::choice(
            kReadMode, tr("Read consistency"),
            {QStringLiteral("eventual"), QStringLiteral("strong"), QStringLiteral("transactional")},
            {tr("Eventually consistent"), tr("Strongly consistent"), tr("Transactional")});
        Field writes = Field::number(kWrites, tr("Writes per second"), QString(), 0, kMaxRate);
        writes.defaultValue = QStringLiteral("0");
        writes.example = QStringLiteral("0");
        writes.help = tr("Items written each second");
        Field writeMode = Field::choice(kWriteMode, tr("Write type"),
                                        {QStringLiteral("standard"), QStringLiteral("transactional")},
                                        {tr("Standard"), tr("Transactional")});
        return {item, reads, readMode, writes, writeMode};
    }

    void compute(const Values& v, Work& w) const override
    {
        const double size = v.number(kItemKb);
        const double readKb = w.fact(QStringLiteral("dynamodb.rcu-size-kb"));
        const double writeKb = w.fact(QStringLiteral("dynamodb.wcu-size-kb"));
        const double half = w.fact(QStringLiteral("dynamodb.eventual-read-factor"));
        const double twice = w.fact(QStringLiteral("dynamodb.transaction-factor"));
        if (w.failed() || readKb <= 0 || writeKb <= 0) {
            return;
        }
        const double reads = v.number(kReads);
        const double writes = v.number(kWrites);
        const QString readMode = v.choice(kReadMode);
        const bool transactionalWrite = v.choice(kWriteMode) == QLatin1String("transactional");

        const bool showReads = reads > 0 || writes == 0;
        const bool showWrites = writes > 0 || reads == 0;
        auto rounding = [&](double blocks, double unitKb) {
            //: %1 an item size, %2 the size rounded up to whole units, %3 how many units of %4 KB
            return blocks * unitKb == size
                       ? tr("%1 KB is %3 unit(s) of %4 KB", nullptr, int(std::min(blocks, 1e6)))
                             .arg(w.num(size, 3), w.num(blocks), w.num(unitKb))
                       : tr("%1 KB rounds up to %2 KB = %3 unit(s) of %4 KB", nullptr,
                            int(std::min(blocks, 1e6)))
                             .arg(w.num(size, 3), w.num(blocks * unitKb), w.num(blocks), w.num(unitKb));
        };

        const double readBlocks = ceilUnits(size / readKb);
        double readFactor = 1;
        if (readMode == QLatin1String("eventual")) {
            readFactor = half;
        } else if (readMode == QLatin1String("transactional")) {
            readFactor = twice;
        }
        const double perRead = readBlocks * readFactor;
        const double readUnits = reads * perRead;
        const double rcu = ceilUnits(readUnits);
        if (showReads) {
            //: %1 says how an item size rounds to read units
            w.step(tr("Reads: %1; a strongly consistent read uses one unit per 4 KB block.")
                       .arg(rounding(readBlocks, readKb)));
            if (readMode == QLatin1String("eventual")) {
                w.step(tr("Eventually consistent reads cost half: %1 x %2 = %3 per read.")
                           .arg(w.num(readBlocks), w.num(half), w.num(perRead)));
            } else if (readMode == QLatin1String("transactional")) {
                w.step(tr("Transactional reads cost twice: %1 x %2 = %3 per read.")
                           .arg(w.num(readBlocks), w.num(twice), w.num(perRead)));
            }
            w.step(tr("%1 reads/s x %2 = %3, provisioned as %4 RCU (whole units, rounded up).")
                       .arg(w.num(reads, 3), w.num(perRead), w.num(readUnits, 3), w.num(rcu)));
        }

        const double writeBlocks = ceilUnits(size / writeKb);
        const double perWrite = writeBlocks * (transactionalWrite ? twice : 1);
        const double writeUnits = writes * perWrite;
        const double wcu = ceilUnits(writeUnits);
        if (showWrites) {
            w.step(tr("Writes: %1.").arg(rounding(writeBlocks, writeKb)));
            if (transactionalWrite) {
                w.step(tr("Transactional writes cost twice: %1 x %2 = %3 per write.")
                           .arg(w.num(writeBlocks), w.num(twice), w.num(perWrite)));
            }
            w.step(tr("%1 writes/s x %2 = %3, provisioned as %4 WCU (whole units, rounded up).")
                       .arg(w.num(writes, 3), w.num(perWrite), w.num(writeUnits, 3), w.num(wcu)));
        }
        w.step(
            tr("On demand, the same load uses %1 read request units and %2 write request units each second.")
                .arg(w.num(readUnits, 3), w.num(writeUnits, 3)));

        w.figure(kRcu, tr("Read capacity units"), rcu, QStringLiteral("RCU"));
        w.figure(kWcu, tr("Write capacity units"), wcu, QStringLiteral("WCU"));
        w.figure(QStringLiteral("read_units_per_item"), tr("Read units per item"), perRead, QString(), 2);
        w.figure(QStringLiteral("write_units_per_item"), tr("Write units per item"), perWrite, QString(), 2);
        w.figure(QStringLiteral("read_request_units_per_sec"), tr("On-demand read request units per second"),
                 readUnits, QStringLiteral("RRU/s"), 2);
        w.figure(QStringLiteral("write_request_units_per_sec"),
                 tr("On-demand write request units per second"), writeUnits, QStringLiteral("WRU/s"), 2);
    }

    DrillCase drillCase(DrillRandom& random, const FactBook& facts, const QLocale& locale) const override
    {
        auto fact = [&](const char* id, double fallback) {
            return facts.value(QString::fromLatin1(id), fallback);
        };
        const double readKb = fact("dynamodb.rcu-size-kb", 4);
        const double writeKb = fact("dynamodb.wcu-size-kb", 1);
        const double half = fact("dynamodb.eventual-read-factor", 0.5);
        const double twice = fact("dynamodb.transaction-factor", 2);
        const double size = random.pick(QList<double>{0.5, 1.5, 2.5, 3, 5, 6, 7, 9, 10, 13, 15, 18, 22, 25});
        const int rate = random.pick(QList<int>{5, 8, 10, 12, 20, 25, 40, 50, 75, 80, 100, 150, 200});
        const QString sizeText = QLocale::c().toString(size);
        DrillCase c;
        if (random.between(0, 1) == 0) {
            const QString mode = random.pick(QStringList{QStringLiteral("eventual"), QStringLiteral("strong"),
                                                         QStringLiteral("transactional")});
            c.inputs = {{kItemKb, sizeText}, {kReads, QString::number(rate)}, {kReadMode, mode}};
            const QString how = mode == QLatin1String("eventual") ? tr("eventually consistent")
                                : mode == QLatin1String("strong") ? tr("strongly consistent")
                                                                  : tr("transactional");
            //: %1 reads per second, %2 an item size in KB, %3 the kind of read
            c.stem = tr("An application makes %1 %3 reads per second of items that are %2 KB each. How many "
                        "read capacity units must the table provision?")
                         .arg(rate)
                         .arg(locale.toString(size), how);
            c.answer = kRcu;
            c.unit = QStringLiteral("RCU");
            const double factor = mode == QLatin1String("eventual") ? half
                                  : mode == QLatin1String("strong") ? 1.0
                                                                    : twice;
            const double blocks = ceilUnits(size / readKb);
            c.mistakes = {
                {ceilUnits(rate * size / readKb * factor),
                 tr("Item sizes are not rounded up to the next 4 KB.")},
                {ceilUnits(rate * blocks * (mode == QLatin1String("strong") ? half : 1.0)),
                 mode == QLatin1String("strong") ? tr("That is the figure for eventually consistent reads.")
                                                 : tr("That is the figure for strongly consistent reads.")},
                {ceilUnits(rate * ceilUnits(size / writeKb) * factor),
                 tr("A read unit covers 4 KB; 1 KB is the write unit's size.")},
                {ceilUnits(rate * blocks * factor *
                           (mode == QLatin1String("transactional") ? 1 / twice : twice)),
                 mode == QLatin1String("transactional")
                     ? tr("Transactional reads cost twice a strongly consistent read.")
                     : tr("Only transactional reads cost twice.")},
                {ceilUnits(rate * blocks * factor) * 60,
                 tr("The rate is already per second; do not multiply by 60.")},
            };
        } else {
            const bool transactional = random.between(0, 3) == 0;
            const QString mode = transactional ? QStringLiteral("transactional") : QStringLiteral("standard");
            c.inputs = {{kItemKb, sizeText}, {kWrites, QString::number(rate)}, {kWriteMode, mode}};
            c.stem =
                (transactional
                     //: %1 writes per second, %2 an item size in KB
                     ? tr("An application writes %1 items per second in transactions (TransactWriteItems); "
                          "each item is %2 KB. How many write capacity units must the table provision?")
                     : tr("An application writes %1 items per second; each item is %2 KB. How many write "
                          "capacity units must the table provision?"))
                    .arg(rate)
                    .arg(locale.toString(size));
            c.answer = kWcu;
            c.unit = QStringLiteral("WCU");
            const double factor = transactional ? twice : 1.0;
            const double blocks = ceilUnits(size / writeKb);
            c.mistakes = {
                {ceilUnits(rate * size / writeKb * factor),
                 tr("Item sizes are not rounded up to the next 1 KB.")},
                {ceilUnits(rate * ceilUnits(size / readKb) * factor),
                 tr("A write unit covers 1 KB; 4 KB is the read unit's size.")},
                {ceilUnits(rate * blocks * (transactional ? 1.0 : twice)),
                 transactional ? tr("Transactional writes cost twice a standard write.")
                               : tr("Only transactional writes cost twice.")},
                {ceilUnits(rate * blocks * factor * half),
                 tr("Writes are never halved; only eventually consistent "
                    "reads cost half.")},
            };
        }
        return c;
    }
};

/// The notes' rule of thumb (AWS no longer documents it: partitions are managed, and adaptive capacity and
/// split-for-heat make it a floor at best).
class DynamoDbPartitions : public Calculator {
    Q_DECLARE_TR_FUNCTIONS(DynamoDbPartitions)

public:
    QString id() const override { return QStringLiteral("dynamodb-partitions"); }
    QString title() const override { return tr("DynamoDB partitions (historical rule)"); }
    QString summary() const override
    {
        return tr(
            "The partition count the notes' formula gives: by throughput and by size, whichever is more");
    }
    QStringList factIds() const override
    {
        return {QStringLiteral("dynamodb.partition-rcu"), QStringLiteral("dynamodb.partition-wcu"),
                QStringLiteral("dynamodb.partition-size-gb")};
    }
    QList<Field> fields(const FactBook&) const override
    {
        Field rcu = Field::number(kRcu, tr("Read capacity units"), QStringLiteral("RCU"), 0, kMaxRate);
        rcu.integer = true;
        rcu.required = true;
        rcu.example = QStringLiteral("7500");
        Field wcu = Field::number(kWcu, tr("Write capacity units"), QStringLiteral("WCU"), 0, kMaxRate);
        wcu.integer = true;
        wcu.required = true;
        wcu.example = QStringLiteral("2000");
        Field size = Field::number(kSizeGb, tr("Table size"), QStringLiteral("GB"), 0, 1e9);
        size.defaultValue = QStringLiteral("0");
        size.example = QStringLiteral("50");
        return {rcu, wcu, size};
    }
    void compute(const Values& v, Work& w) const override
    {
        const double perRcu = w.fact(QStringLiteral("dynamodb.partition-rcu"));
        const double perWcu = w.fact(QStringLiteral("dynamodb.partition-wcu"));
        const double perGb = w.fact(QStringLiteral("dynamodb.partition-size-gb"));
        if (w.failed() || perRcu <= 0 || perWcu <= 0 || perGb <= 0) {
            return;
        }
        const double rcu = v.number(kRcu);
        const double wcu = v.number(kWcu);
        const double size = v.number(kSizeGb);
        w.step(tr(
            "This is the rule the notes teach; AWS no longer documents it (DynamoDB manages partitions and "
            "splits them for heat), so read it as an estimate, not a quota."));
        const double load = rcu / perRcu + wcu / perWcu;
        const double byThroughput = std::max(1.0, ceilUnits(load));
        w.step(tr("By throughput: %1 RCU / %2 + %3 WCU / %4 = %5, rounded up: %6 partition(s).", nullptr,
                  int(std::min(byThroughput, 1e6)))
                   .arg(w.num(rcu), w.num(perRcu), w.num(wcu), w.num(perWcu), w.num(load, 3),
                        w.num(byThroughput)));
        const double bySize = std::max(1.0, ceilUnits(size / perGb));
        w.step(tr("By size: %1 GB / %2 GB = %3, rounded up: %4 partition(s).", nullptr,
                  int(std::min(bySize, 1e6)))
                   .arg(w.num(size, 3), w.num(perGb), w.num(size / perGb, 3), w.num(bySize)));
        const double partitions = std::max(byThroughput, bySize);
        w.step(tr("Partitions: the larger of the two = %1.").arg(w.num(partitions)));
        w.figure(QStringLiteral("partitions"), tr("Partitions"), partitions, QString());
        w.figure(QStringLiteral("by_throughput"), tr("Partitions by throughput"), byThroughput, QString());
        w.figure(QStringLiteral("by_size"), tr("Partitions by size"), bySize, QString());
    }

    DrillCase drillCase(DrillRandom& random, const FactBook& facts, const QLocale&) const override
    {
        auto fact = [&](const char* id, double fallback) {
            return facts.value(QString::fromLatin1(id), fallback);
        };
        const double perRcu = fact("dynamodb.partition-rcu", 3000);
        const double perWcu = fact("dynamodb.partition-wcu", 1000);
        const double perGb = fact("dynamodb.partition-size-gb", 10);
        const int rcu = random.between(2, 40) * 500;
        const int wcu = random.between(1, 30) * 250;
        const int size = random.between(1, 40) * 5;
        DrillCase c;
        c.inputs = {
            {kRcu, QString::number(rcu)}, {kWcu, QString::number(wcu)}, {kSizeGb, QString::number(size)}};
        //: %1 RCU, %2 WCU, %3 table size in GB
        c.stem =
            tr("By the partition rule in the notes (a historical rule AWS no longer documents), how many "
               "partitions does a table with %1 RCU, %2 WCU and %3 GB of data need?")
                .arg(rcu)
                .arg(wcu)
                .arg(size);
        c.answer = QStringLiteral("partitions");
        const double byThroughput = std::max(1.0, ceilUnits(rcu / perRcu + wcu / perWcu));
        const double bySize = std::max(1.0, ceilUnits(size / perGb));
        c.mistakes = {
            {byThroughput + bySize, tr("The rule takes the larger of the two counts, not their sum.")},
            {std::min(byThroughput, bySize),
             tr("The rule takes the larger of the two counts, not the smaller.")},
            {std::max(1.0, ceilUnits(rcu / perWcu + wcu / perRcu)),
             tr("A partition serves 3,000 RCU and 1,000 WCU, not the other way round.")},
            {std::max(1.0, ceilUnits(rcu / perRcu) + ceilUnits(wcu / perWcu)) + 1,
             tr("The throughput parts are added before rounding up.")},
        };
        return c;
    }
};

} // namespace

const Calculator& dynamoDbCapacity()
{
    static const DynamoDbCapacity c;
    return c;
}

const Calculator& dynamoDbPartitions()
{
    static const DynamoDbPartitions c;
    return c;
}

} // namespace certdeck::calc
