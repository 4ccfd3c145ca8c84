// S3 request rates per prefix. Amazon S3 User Guide, "Best practices design patterns: optimizing Amazon S3
// performance": an application can achieve at least 3,500 PUT/COPY/POST/DELETE or 5,500 GET/HEAD requests
// per second per partitioned prefix; there is no limit to the number of prefixes in a bucket, so spreading
// keys over prefixes multiplies the rate ("if you create 10 prefixes ... 55,000 read requests per second").
#include "calc/AllCalculators.h"

#include <algorithm>
#include <cmath>

namespace certdeck::calc {

namespace {

const QString kGets = QStringLiteral("get-per-sec");
const QString kPuts = QStringLiteral("put-per-sec");
const QString kPrefixes = QStringLiteral("prefixes_needed");

const QString kGetLimit = QStringLiteral("s3.prefix-get-per-sec");
const QString kPutLimit = QStringLiteral("s3.prefix-put-per-sec");

constexpr double kMaxRate = 1e9; // far above any workload, still a finite, exact double

class S3Prefixes : public Calculator {
    Q_DECLARE_TR_FUNCTIONS(S3Prefixes)

public:
    QString id() const override { return QStringLiteral("s3-prefix"); }
    QString title() const override { return tr("S3 request rates per prefix"); }
    QString summary() const override
    {
        return tr("Prefixes a bucket's keys must spread over for a rate of reads and writes");
    }
    QStringList factIds() const override { return {kGetLimit, kPutLimit}; }
    QList<Field> fields(const FactBook&) const override
    {
        Field gets = Field::number(kGets, tr("GET/HEAD requests per second"), QString(), 0, kMaxRate);
        gets.defaultValue = QStringLiteral("0");
        gets.example = QStringLiteral("12000");
        gets.help = tr("Reads of objects (GET and HEAD) each second");
        Field puts =
            Field::number(kPuts, tr("PUT/COPY/POST/DELETE requests per second"), QString(), 0, kMaxRate);
        puts.defaultValue = QStringLiteral("0");
        puts.example = QStringLiteral("4000");
        puts.help = tr("Writes and deletes of objects each second");
        return {gets, puts};
    }

    void compute(const Values& v, Work& w) const override
    {
        const double getLimit = w.fact(kGetLimit);
        const double putLimit = w.fact(kPutLimit);
        if (w.failed() || getLimit <= 0 || putLimit <= 0) {
            return;
        }
        const double gets = v.number(kGets);
        const double puts = v.number(kPuts);
        //: %1 GET/HEAD per second per prefix, %2 PUT/COPY/POST/DELETE per second per prefix
        w.step(tr("S3 gives at least %1 GET/HEAD and %2 PUT/COPY/POST/DELETE requests per second per "
                  "partitioned prefix: the limits are per prefix, not per bucket.")
                   .arg(w.num(getLimit), w.num(putLimit)));
        const double forGets = std::max(1.0, ceilUnits(gets / getLimit));
        //: %1 GET requests per second, %2 per prefix, %3 the quotient, %n prefixes (rounded up)
        w.step(tr("Reads: %1 GET/HEAD per second / %2 per prefix = %3, rounded up: %n prefix(es).", nullptr,
                  countOf(forGets))
                   .arg(w.num(gets, 3), w.num(getLimit), w.num(gets / getLimit, 3)));
        const double forPuts = std::max(1.0, ceilUnits(puts / putLimit));
        //: %1 PUT requests per second, %2 per prefix, %3 the quotient, %n prefixes (rounded up)
        w.step(
            tr("Writes: %1 PUT/COPY/POST/DELETE per second / %2 per prefix = %3, rounded up: %n prefix(es).",
               nullptr, countOf(forPuts))
                .arg(w.num(puts, 3), w.num(putLimit), w.num(puts / putLimit, 3)));
        const double prefixes = std::max(forGets, forPuts);
        //: %n prefixes
        w.step(tr("Prefixes: the larger of the two = %n prefix(es); each prefix serves its reads and its "
                  "writes, so the counts are not added.",
                  nullptr, countOf(prefixes)));
        if (prefixes > 1) {
            //: %n prefixes, %1 reads per second per prefix, %2 writes per second per prefix
            w.step(
                tr("A bucket may hold any number of prefixes: spread the keys evenly over %n prefixes (for "
                   "example a hash or date part at the start of the key) so that none carries more than "
                   "%1 reads or %2 writes per second.",
                   nullptr, countOf(prefixes))
                    .arg(w.num(gets / prefixes, 3), w.num(puts / prefixes, 3)));
            w.step(
                tr("S3 adds partitions for a prefix gradually; during a sudden rise it may answer 503 Slow "
                   "Down, so ramp up and retry with exponential backoff."));
        }
        w.figure(kPrefixes, tr("Prefixes needed"), prefixes, QString());
        w.figure(QStringLiteral("prefixes_for_get"), tr("Prefixes for GET/HEAD"), forGets, QString());
        w.figure(QStringLiteral("prefixes_for_put"), tr("Prefixes for PUT/COPY/POST/DELETE"), forPuts,
                 QString());
        w.figure(QStringLiteral("get_limit_per_prefix"), tr("GET/HEAD per second per prefix"), getLimit,
                 QStringLiteral("requests/s"));
        w.figure(QStringLiteral("put_limit_per_prefix"), tr("PUT/COPY/POST/DELETE per second per prefix"),
                 putLimit, QStringLiteral("requests/s"));
    }

    DrillCase drillCase(DrillRandom& random, const FactBook& facts, const QLocale& locale) const override
    {
        auto fact = [&](const QString& id, double fallback) { return facts.value(id, fallback); };
        const double getLimit = fact(kGetLimit, 5500);
        const double putLimit = fact(kPutLimit, 3500);
        const int gets = random.between(1, 80) * 1000;
        const int puts = random.between(0, 40) * 1000;
        DrillCase c;
        c.inputs = {{kGets, QString::number(gets)}, {kPuts, QString::number(puts)}};
        c.stem =
            (puts > 0
                 //: %1 GET requests per second, %2 PUT requests per second
                 ? tr("An application makes %1 GET requests and %2 PUT requests per second to objects in "
                      "one S3 bucket. Across at least how many prefixes must it spread the keys?")
                       .arg(locale.toString(gets), locale.toString(puts))
                 //: %1 GET requests per second
                 : tr("An application makes %1 GET requests per second to objects in one S3 bucket. "
                      "Across at least how many prefixes must it spread the keys?")
                       .arg(locale.toString(gets)));
        c.answer = kPrefixes;
        auto count = [](double rate, double limit) { return std::max(1.0, ceilUnits(rate / limit)); };
        c.mistakes = {
            {1.0, tr("The request rates are per prefix, not per bucket.")},
            {std::max(count(gets, putLimit), count(puts, getLimit)),
             tr("Reads get 5,500 requests per second per prefix and writes 3,500, not the other way round.")},
            {count(gets, getLimit) + count(puts, putLimit),
             tr("Each prefix serves both its reads and its writes: take the larger count, not the sum.")},
            {count(gets + puts, getLimit), tr("Writes have their own, lower limit of 3,500 per second.")},
            {std::max({1.0, std::floor(gets / getLimit), std::floor(puts / putLimit)}),
             tr("A part of a prefix's rate needs a whole prefix: round up.")},
            {count(gets + puts, putLimit), tr("Reads and writes have separate limits; reads get 5,500.")},
        };
        return c;
    }
};

} // namespace

const Calculator& s3Prefixes()
{
    static const S3Prefixes c;
    return c;
}

} // namespace certdeck::calc
