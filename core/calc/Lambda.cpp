// AWS Lambda: one function's monthly bill on demand, worked as the "AWS Lambda Pricing" page works its
// examples (each invocation's duration rounded up to the next 1 ms; GB-seconds = requests x seconds x memory
// MB / 1,024; the monthly free tier of 1 million requests and 400,000 GB-s; the duration price tiers per
// architecture; ephemeral storage above the free 512 MB), and the concurrency a load needs by Little's law
// ("Understanding Lambda function scaling": requests per second x duration in seconds) against the account's
// concurrency limit and the scaling rate of "Lambda scaling behavior".
#include "calc/AllCalculators.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace certdeck::calc {

namespace {

const QString kRequests = QStringLiteral("requests");
const QString kDurationMs = QStringLiteral("duration-ms");
const QString kMemoryMb = QStringLiteral("memory-mb");
const QString kArch = QStringLiteral("arch");
const QString kEphemeralMb = QStringLiteral("ephemeral-mb");
const QString kNoFreeTier = QStringLiteral("no-free-tier");
const QString kRps = QStringLiteral("requests-per-sec");
const QString kAccountLimit = QStringLiteral("account-limit");
const QString kX86 = QStringLiteral("x86_64");
const QString kArm = QStringLiteral("arm64");

constexpr double kMaxRequests = 1e13; // ~3.8 million requests a second all month: beyond any account's quota
constexpr double kMaxRate = 1e9;      // requests per second; far above any account's quota
constexpr double kMaxAccountLimit = 1e6;
constexpr double kMinDurationMs = 0.001; // billed as one whole millisecond
constexpr double kMsPerSecond = 1000;
constexpr double kPerMillion = 1e6;

/// The duration ceiling of the timeout (15 minutes), in ms.
double maxDurationMs(const FactBook& facts)
{
    return facts.value(QStringLiteral("lambda.timeout-max-seconds"), 900) * kMsPerSecond;
}

Field durationField(const FactBook& facts, const QString& label, const QString& example, const QString& help)
{
    Field f = Field::number(kDurationMs, label, QStringLiteral("ms"), kMinDurationMs, maxDurationMs(facts));
    f.required = true;
    f.example = example;
    f.help = help;
    return f;
}

// ---------------------------------------------------------------------------------------------- cost

/// The price ids of one architecture's duration tiers.
struct TierIds {
    QString price[3];
    QString firstSize, secondSize;
};

TierIds tierIds(bool arm)
{
    if (arm) {
        return {{QStringLiteral("lambda.price.arm.gb-second"),
                 QStringLiteral("lambda.price.arm.gb-second-tier2"),
                 QStringLiteral("lambda.price.arm.gb-second-tier3")},
                QStringLiteral("lambda.price.arm.tier1-gb-seconds"),
                QStringLiteral("lambda.price.arm.tier2-gb-seconds")};
    }
    return {{QStringLiteral("lambda.price.x86.gb-second"), QStringLiteral("lambda.price.x86.gb-second-tier2"),
             QStringLiteral("lambda.price.x86.gb-second-tier3")},
            QStringLiteral("lambda.price.tier1-gb-seconds"),
            QStringLiteral("lambda.price.tier2-gb-seconds")};
}

/// The figures a bill is worked from; read from facts (Work records each use, a drill reads the FactBook).
struct Prices {
    double granularityMs = 0;
    double mbPerGb = 0;
    double freeRequests = 0;
    double freeGbSeconds = 0;
    std::array<double, 3> tierPrice{};
    double tier1Size = 0;
    double tier2Size = 0;
    double requestPerMillion = 0;
    double ephemeralFreeMb = 0;
    double ephemeralPrice = 0;
};

Prices readPrices(const std::function<double(const QString&)>& fact, bool arm)
{
    const TierIds ids = tierIds(arm);
    Prices p;
    p.granularityMs = fact(QStringLiteral("lambda.billing-granularity-ms"));
    p.mbPerGb = fact(QStringLiteral("lambda.mb-per-gb"));
    p.freeGbSeconds = fact(QStringLiteral("lambda.free-tier.gb-seconds"));
    for (int i = 0; i < 3; ++i) {
        p.tierPrice[size_t(i)] = fact(ids.price[i]);
    }
    p.tier1Size = fact(ids.firstSize);
    p.tier2Size = fact(ids.secondSize);
    p.freeRequests = fact(QStringLiteral("lambda.free-tier.requests"));
    p.requestPerMillion = fact(QStringLiteral("lambda.price.requests-per-million"));
    p.ephemeralFreeMb = fact(QStringLiteral("lambda.ephemeral-free-mb"));
    p.ephemeralPrice = fact(QStringLiteral("lambda.price.ephemeral-gb-second"));
    return p;
}

Prices readPrices(const FactBook& facts, bool arm)
{
    return readPrices([&](const QString& id) { return facts.value(id, 0); }, arm);
}

struct Usage {
    double requests = 0;
    double durationMs = 0;
    double memoryMb = 0;
    double ephemeralMb = 0;
    bool freeTier = true;
};

struct Bill {
    double billedMs = 0;
    double seconds = 0;
    double memoryGb = 0;
    double gbSeconds = 0;
    double freeGbSeconds = 0; ///< the part of the free tier used
    double billableGbSeconds = 0;
    std::array<double, 3> tierGbSeconds{}; ///< billable GB-s at each tier's price
    std::array<double, 3> tierUsd{};
    double computeUsd = 0;
    double billableRequests = 0;
    double requestsUsd = 0;
    double extraEphemeralMb = 0;
    double ephemeralGbSeconds = 0;
    double ephemeralUsd = 0;
    double totalUsd = 0;
};

/// One month of one function. The tiers count every GB-second of the month; the free tier's GB-seconds are
/// the month's first, so they come off the first tier.
Bill monthlyBill(const Prices& p, const Usage& u)
{
    Bill b;
    b.billedMs =
        p.granularityMs > 0 ? ceilUnits(u.durationMs / p.granularityMs) * p.granularityMs : u.durationMs;
    b.seconds = u.requests * b.billedMs / kMsPerSecond;
    b.memoryGb = p.mbPerGb > 0 ? u.memoryMb / p.mbPerGb : 0;
    b.gbSeconds = b.seconds * b.memoryGb;
    b.freeGbSeconds = u.freeTier ? std::min(b.gbSeconds, p.freeGbSeconds) : 0;
    b.billableGbSeconds = b.gbSeconds - b.freeGbSeconds;
    const std::array<double, 4> bounds{0, p.tier1Size, p.tier1Size + p.tier2Size,
                                       std::numeric_limits<double>::infinity()};
    for (size_t i = 0; i < 3; ++i) {
        b.tierGbSeconds[i] =
            std::max(0.0, std::min(bounds[i + 1], b.gbSeconds) - std::max(bounds[i], b.freeGbSeconds));
        b.tierUsd[i] = b.tierGbSeconds[i] * p.tierPrice[i];
        b.computeUsd += b.tierUsd[i];
    }
    b.billableRequests = u.freeTier ? std::max(0.0, u.requests - p.freeRequests) : u.requests;
    b.requestsUsd = b.billableRequests / kPerMillion * p.requestPerMillion;
    b.extraEphemeralMb = std::max(0.0, u.ephemeralMb - p.ephemeralFreeMb);
    b.ephemeralGbSeconds = p.mbPerGb > 0 ? b.seconds * b.extraEphemeralMb / p.mbPerGb : 0;
    b.ephemeralUsd = b.ephemeralGbSeconds * p.ephemeralPrice;
    b.totalUsd = b.computeUsd + b.requestsUsd + b.ephemeralUsd;
    return b;
}

class LambdaCost : public Calculator {
    Q_DECLARE_TR_FUNCTIONS(LambdaCost)

public:
    QString id() const override { return QStringLiteral("lambda"); }
    QString title() const override { return tr("Lambda monthly cost"); }
    QString summary() const override
    {
        return tr("One function's month on demand: requests, duration in GB-seconds, ephemeral storage, with "
                  "the free tier and the price tiers");
    }
    QStringList factIds() const override
    {
        QStringList ids{QStringLiteral("lambda.billing-granularity-ms"),
                        QStringLiteral("lambda.billing-granularity-ms-before-2020"),
                        QStringLiteral("lambda.mb-per-gb"),
                        QStringLiteral("lambda.free-tier.gb-seconds"),
                        QStringLiteral("lambda.free-tier.requests"),
                        QStringLiteral("lambda.price.requests-per-million"),
                        QStringLiteral("lambda.ephemeral-free-mb"),
                        QStringLiteral("lambda.price.ephemeral-gb-second"),
                        QStringLiteral("lambda.memory-min-mb"),
                        QStringLiteral("lambda.memory-max-mb"),
                        QStringLiteral("lambda.ephemeral-min-mb"),
                        QStringLiteral("lambda.ephemeral-max-mb"),
                        QStringLiteral("lambda.timeout-max-seconds")};
        for (const bool arm : {false, true}) {
            const TierIds t = tierIds(arm);
            ids << t.price[0] << t.price[1] << t.price[2] << t.firstSize << t.secondSize;
        }
        return ids;
    }
    QList<Field> fields(const FactBook& facts) const override
    {
        Field requests = Field::number(kRequests, tr("Requests per month"), QString(), 0, kMaxRequests);
        requests.integer = true;
        requests.required = true;
        requests.example = QStringLiteral("3000000");
        requests.help = tr("Invocations in one month");
        const Field duration =
            durationField(facts, tr("Duration of each invocation"), QStringLiteral("120"),
                          tr("Average run time; each invocation is billed rounded up to the next 1 ms"));
        Field memory = Field::number(kMemoryMb, tr("Memory"), QStringLiteral("MB"),
                                     facts.value(QStringLiteral("lambda.memory-min-mb"), 128),
                                     facts.value(QStringLiteral("lambda.memory-max-mb"), 10240));
        memory.integer = true;
        memory.required = true;
        memory.example = QStringLiteral("1536");
        memory.help = tr("The function's memory setting, in 1 MB steps");
        Field arch =
            Field::choice(kArch, tr("Architecture"), {kX86, kArm}, {tr("x86_64"), tr("arm64 (Graviton)")});
        const double ephemeralMin = facts.value(QStringLiteral("lambda.ephemeral-min-mb"), 512);
        Field ephemeral =
            Field::number(kEphemeralMb, tr("Ephemeral storage (/tmp)"), QStringLiteral("MB"), ephemeralMin,
                          facts.value(QStringLiteral("lambda.ephemeral-max-mb"), 10240));
        ephemeral.integer = true;
        ephemeral.defaultValue = QLocale::c().toString(ephemeralMin, 'f', 0);
        ephemeral.example = ephemeral.defaultValue;
        ephemeral.help = tr("Storage configured for /tmp; only the part above the free 512 MB is billed");
        Field noFreeTier = Field::toggle(kNoFreeTier, tr("Without the free tier"));
        noFreeTier.help =
            tr("The free tier is the account's, shared by all its functions; switch it off when "
               "other functions already use it");
        return {requests, duration, memory, arch, ephemeral, noFreeTier};
    }

    void compute(const Values& v, Work& w) const override
    {
        const bool arm = v.choice(kArch) == kArm;
        const Prices p = readPrices([&](const QString& id) { return w.fact(id); }, arm);
        if (w.failed() || p.granularityMs <= 0 || p.mbPerGb <= 0) {
            return;
        }
        Usage u;
        u.requests = v.number(kRequests);
        u.durationMs = v.number(kDurationMs);
        u.memoryMb = v.number(kMemoryMb);
        u.ephemeralMb = v.number(kEphemeralMb);
        u.freeTier = !v.isSet(kNoFreeTier);
        const Bill b = monthlyBill(p, u);
        const TierIds ids = tierIds(arm);
        auto usd = [&](double x) -> QString {
            // to the cent, half up, forgiving the last bits of a product such as 69.525 (69.52499999...)
            return QStringLiteral("$") + w.locale().toString(std::round(x * 100 + 1e-6) / 100, 'f', 2);
        };
        auto price = [&](double x) -> QString { return QStringLiteral("$") + w.num(x, 10); };
        auto where = [&](const QString& id) -> QString {
            const CalcFact* f = w.factInfo(id);
            //: %1 a Region code (us-east-1), %2 the month the price was read (YYYY-MM)
            return f ? tr("%1, %2").arg(f->region, f->asOf) : QString();
        };
        const int requestCount = int(std::min(u.requests, 1e6));

        if (b.billedMs == u.durationMs) {
            //: %1 a duration in ms, %2 the billing step in ms
            w.step(tr("Each invocation is billed for its duration, %1 ms (billed per %2 ms, rounded up).")
                       .arg(w.num(b.billedMs, 3), w.num(p.granularityMs)));
        } else {
            //: %1 a duration in ms, %2 the duration rounded up, %3 the billing step in ms
            w.step(tr("Each invocation's %1 ms is billed as %2 ms (rounded up to the next %3 ms).")
                       .arg(w.num(u.durationMs, 3), w.num(b.billedMs, 3), w.num(p.granularityMs)));
        }
        //: %1 requests, %2 billed seconds per request, %3 total seconds
        w.step(tr("Compute time: %1 request(s) x %2 s = %3 s.", nullptr, requestCount)
                   .arg(w.num(u.requests), w.num(b.billedMs / kMsPerSecond, 6), w.num(b.seconds, 3)));
        //: %1 memory in MB, %2 MB per GB (1,024), %3 memory in GB, %4 seconds, %5 GB-seconds
        w.step(tr("Memory %1 MB / %2 = %3 GB; %4 s x %3 GB = %5 GB-s.")
                   .arg(w.num(u.memoryMb), w.num(p.mbPerGb), w.num(b.memoryGb, 6), w.num(b.seconds, 3),
                        w.num(b.gbSeconds, 3)));
        if (u.freeTier) {
            //: %1 GB-seconds used, %2 the free tier's GB-seconds, %3 billable GB-seconds
            w.step(tr("Free tier: %1 GB-s - %2 free GB-s = %3 billable GB-s (the free tier is the account's, "
                      "shared by all its functions).")
                       .arg(w.num(b.gbSeconds, 3), w.num(b.freeGbSeconds, 3), w.num(b.billableGbSeconds, 3)));
        } else {
            w.step(tr("No free tier: all %1 GB-s are billable.").arg(w.num(b.billableGbSeconds, 3)));
        }
        const QString archName = arm ? tr("arm64") : tr("x86_64");
        if (b.gbSeconds <= p.tier1Size) {
            //: %1 billable GB-s, %2 the price per GB-s, %3 the charge, %4 x86_64 or arm64, %5 region and date
            w.step(tr("Duration: %1 GB-s x %2 (%4 price per GB-s, %5) = %3.")
                       .arg(w.num(b.billableGbSeconds, 3), price(p.tierPrice[0]), usd(b.computeUsd), archName,
                            where(ids.price[0])));
        } else {
            //: %1 x86_64 or arm64, %2 GB-s in the month, %3 the first tier's size in GB-s
            w.step(tr("The month's %2 GB-s pass the first %1 price tier (%3 GB-s); the tiers count every "
                      "GB-second of the month and the free tier comes off the first.")
                       .arg(archName, w.num(b.gbSeconds, 3), w.num(p.tier1Size)));
            const QStringList names{tr("First tier"), tr("Second tier"), tr("Third tier")};
            for (size_t i = 0; i < 3; ++i) {
                if (b.tierGbSeconds[i] <= 0) {
                    continue;
                }
                //: %1 "First tier" and so on, %2 billable GB-s, %3 price per GB-s, %4 charge, %5 region and
                //: date
                w.step(tr("%1: %2 GB-s x %3 (%5) = %4.")
                           .arg(names[qsizetype(i)], w.num(b.tierGbSeconds[i], 3), price(p.tierPrice[i]),
                                usd(b.tierUsd[i]), where(ids.price[i])));
            }
            w.step(tr("Duration charge: %1.").arg(usd(b.computeUsd)));
        }
        const QString requestPrice = QStringLiteral("lambda.price.requests-per-million");
        if (u.freeTier) {
            //: %1 requests, %2 free requests, %3 billable requests, %4 price per million, %5 charge,
            //: %6 region and date
            w.step(tr("Requests: %1 - %2 free = %3 billable x %4 per million (%6) = %5.")
                       .arg(w.num(u.requests), w.num(p.freeRequests), w.num(b.billableRequests),
                            usd(p.requestPerMillion), usd(b.requestsUsd), where(requestPrice)));
        } else {
            //: %1 requests, %2 price per million, %3 charge, %4 region and date
            w.step(tr("Requests: %1 x %2 per million (%4) = %3.")
                       .arg(w.num(u.requests), usd(p.requestPerMillion), usd(b.requestsUsd),
                            where(requestPrice)));
        }
        if (b.extraEphemeralMb > 0) {
            //: %1 ephemeral storage in MB, %2 free MB, %3 billed MB, %4 billed GB, %5 seconds, %6 GB-s,
            //: %7 price per GB-s, %8 charge, %9 region and date
            w.step(tr("Ephemeral storage: %1 MB - %2 MB free = %3 MB = %4 GB; %5 s x %4 GB = %6 GB-s x %7 "
                      "(%9) = %8.")
                       .arg(w.num(u.ephemeralMb), w.num(p.ephemeralFreeMb), w.num(b.extraEphemeralMb),
                            w.num(b.extraEphemeralMb / p.mbPerGb, 6), w.num(b.seconds, 3),
                            w.num(b.ephemeralGbSeconds, 3), price(p.ephemeralPrice), usd(b.ephemeralUsd),
                            where(QStringLiteral("lambda.price.ephemeral-gb-second"))));
        } else {
            //: %1 the free ephemeral storage in MB
            w.step(tr("Ephemeral storage: the first %1 MB cost nothing.").arg(w.num(p.ephemeralFreeMb)));
        }
        //: %1 duration, %2 requests, %3 ephemeral storage, %4 total (all in dollars)
        w.step(tr("Total: %1 + %2 + %3 = %4 per month.")
                   .arg(usd(b.computeUsd), usd(b.requestsUsd), usd(b.ephemeralUsd), usd(b.totalUsd)));

        w.figure(QStringLiteral("billed_duration_ms"), tr("Billed duration per invocation"), b.billedMs,
                 QStringLiteral("ms"), 3);
        w.figure(QStringLiteral("gb_seconds"), tr("Compute"), b.gbSeconds, QStringLiteral("GB-s"), 3);
        w.figure(QStringLiteral("billable_gb_seconds"), tr("Billable compute"), b.billableGbSeconds,
                 QStringLiteral("GB-s"), 3);
        w.figure(QStringLiteral("compute_usd"), tr("Duration charge"), b.computeUsd, QStringLiteral("USD"),
                 2);
        w.figure(QStringLiteral("billable_requests"), tr("Billable requests"), b.billableRequests, QString());
        w.figure(QStringLiteral("requests_usd"), tr("Request charge"), b.requestsUsd, QStringLiteral("USD"),
                 2);
        w.figure(QStringLiteral("ephemeral_gb_seconds"), tr("Billable ephemeral storage"),
                 b.ephemeralGbSeconds, QStringLiteral("GB-s"), 3);
        w.figure(QStringLiteral("ephemeral_usd"), tr("Ephemeral storage charge"), b.ephemeralUsd,
                 QStringLiteral("USD"), 2);
        w.figure(QStringLiteral("total_usd"), tr("Total per month"), b.totalUsd, QStringLiteral("USD"), 2);
    }

    DrillCase drillCase(DrillRandom& random, const FactBook& facts, const QLocale& locale) const override
    {
        Usage u;
        u.requests = random.pick(QList<double>{1.5e6, 2e6, 3e6, 4e6, 5e6, 8e6, 10e6, 12e6, 15e6, 20e6, 25e6,
                                               30e6, 50e6, 60e6, 100e6});
        u.durationMs =
            random.pick(QList<double>{25, 45, 80, 120, 150, 230, 280, 340, 450, 575, 800, 1250, 2000});
        u.memoryMb = random.pick(QList<double>{128, 256, 512, 1024, 1536, 2048, 3008, 4096});
        const bool arm = random.between(0, 2) == 0;
        u.freeTier = random.between(0, 2) != 0;
        u.ephemeralMb = random.between(0, 3) == 0 ? random.pick(QList<double>{1024, 2048, 4096, 10240})
                                                  : facts.value(QStringLiteral("lambda.ephemeral-min-mb"), 0);
        const Prices p = readPrices(facts, arm);
        const Bill right = monthlyBill(p, u);

        DrillCase c;
        const QString archName = arm ? tr("arm64") : tr("x86_64");
        c.inputs = {{kRequests, QLocale::c().toString(u.requests, 'f', 0)},
                    {kDurationMs, QLocale::c().toString(u.durationMs)},
                    {kMemoryMb, QLocale::c().toString(u.memoryMb)},
                    {kArch, arm ? kArm : kX86},
                    {kEphemeralMb, QLocale::c().toString(u.ephemeralMb)}};
        if (!u.freeTier) {
            c.inputs.insert(kNoFreeTier, QStringLiteral("true"));
        }
        //: %1 an architecture, %2 memory in MB, %3 requests per month, %4 a duration in ms
        QString stem =
            tr("A Lambda function (%1, %2 MB of memory) is invoked %3 times a month and runs %4 ms "
               "each time.")
                .arg(archName, locale.toString(u.memoryMb), locale.toString(u.requests, 'f', 0),
                     locale.toString(u.durationMs));
        if (right.extraEphemeralMb > 0) {
            //: %1 ephemeral storage in MB
            stem +=
                u' ' +
                tr("It is configured with %1 MB of ephemeral storage.").arg(locale.toString(u.ephemeralMb));
        }
        stem +=
            u' ' + (u.freeTier ? tr("What does it cost per month in us-east-1, after the monthly free tier?")
                               : tr("The account's free tier is already used by other functions. What does "
                                    "it cost per month in us-east-1?"));
        c.stem = stem;
        c.answer = QStringLiteral("total_usd");
        c.unit = QStringLiteral("USD");
        c.decimals = 2;

        Usage flipped = u;
        flipped.freeTier = !u.freeTier;
        Prices inMb = p;
        inMb.mbPerGb = 1;
        Prices per100 = p;
        per100.granularityMs = facts.value(QStringLiteral("lambda.billing-granularity-ms-before-2020"), 0);
        const Bill otherArch = monthlyBill(readPrices(facts, !arm), u);
        c.mistakes = {
            {monthlyBill(p, flipped).totalUsd,
             u.freeTier ? tr("The free tier's 1 million requests and 400,000 GB-s come off first.")
                        : tr("The free tier is already used up, so nothing comes off.")},
            {right.totalUsd - right.requestsUsd,
             tr("Requests are charged on top of duration, per million beyond the free tier.")},
            {monthlyBill(per100, u).totalUsd,
             tr("Duration has been billed per 1 ms since December 2020, not rounded up to 100 ms.")},
            {otherArch.totalUsd,
             arm ? tr("arm64 (Graviton) duration is priced lower than x86_64; that is the x86_64 price.")
                 : tr("That is the arm64 (Graviton) price; x86_64 duration costs more per GB-s.")},
            {monthlyBill(inMb, u).totalUsd,
             tr("Duration is priced per GB-second: divide the memory in MB by 1,024 first.")},
        };
        return c;
    }
};

// ---------------------------------------------------------------------------------------------- concurrency

class LambdaConcurrency : public Calculator {
    Q_DECLARE_TR_FUNCTIONS(LambdaConcurrency)

public:
    QString id() const override { return QStringLiteral("lambda-concurrency"); }
    QString title() const override { return tr("Lambda concurrency"); }
    QString summary() const override
    {
        return tr("Concurrent executions a load needs (requests per second x duration), against the account "
                  "limit and the scaling rate");
    }
    QStringList factIds() const override
    {
        return {QStringLiteral("lambda.concurrency-default"), QStringLiteral("lambda.scaling-rate"),
                QStringLiteral("lambda.scaling-period-seconds"),
                QStringLiteral("lambda.timeout-max-seconds")};
    }
    QList<Field> fields(const FactBook& facts) const override
    {
        Field rps = Field::number(kRps, tr("Requests per second"), QString(), 0, kMaxRate);
        rps.required = true;
        rps.example = QStringLiteral("100");
        rps.help = tr("Average invocations each second (divide a per-minute rate by 60)");
        const Field duration = durationField(facts, tr("Average duration"), QStringLiteral("500"),
                                             tr("How long each invocation runs"));
        Field limit =
            Field::number(kAccountLimit, tr("Account concurrency limit"), QString(), 1, kMaxAccountLimit);
        limit.integer = true;
        if (const CalcFact* f = facts.find(QStringLiteral("lambda.concurrency-default"))) {
            limit.defaultValue = QLocale::c().toString(f->value, 'f', 0);
        }
        limit.example = QStringLiteral("1000");
        limit.help = tr("Concurrent executions for all functions in the Region; 1,000 unless raised");
        return {rps, duration, limit};
    }

    void compute(const Values& v, Work& w) const override
    {
        const double defaultLimit = w.fact(QStringLiteral("lambda.concurrency-default"));
        const double rate = w.fact(QStringLiteral("lambda.scaling-rate"));
        const double period = w.fact(QStringLiteral("lambda.scaling-period-seconds"));
        if (w.failed() || rate <= 0) {
            return;
        }
        const double rps = v.number(kRps);
        const double durationMs = v.number(kDurationMs);
        const double limit = v.number(kAccountLimit);
        const double seconds = durationMs / kMsPerSecond;
        const double concurrency = rps * seconds;
        const bool fits = concurrency <= limit;

        w.step(
            tr("Little's law: the number of requests in progress at once = how many arrive per second x how "
               "long each one stays. Each request in progress holds its own execution environment, so "
               "concurrency = requests per second x duration in seconds."));
        //: %1 duration in ms, %2 in seconds, %3 requests per second, %4 concurrency
        w.step(tr("%1 ms = %2 s; %3 requests/s x %2 s = %4 concurrent executions.")
                   .arg(w.num(durationMs, 3), w.num(seconds, 6), w.num(rps, 3), w.num(concurrency, 3)));
        //: %1 the account limit, %2 the default limit
        w.step(tr("Account limit: %1 concurrent executions, shared by every function in the Region (the "
                  "default is %2, raised on request).")
                   .arg(w.num(limit), w.num(defaultLimit)));
        if (fits) {
            //: %1 concurrency, %2 limit, %3 headroom
            w.step(tr("%1 of %2 fits, with %3 to spare.")
                       .arg(w.num(concurrency, 3), w.num(limit), w.num(limit - concurrency, 3)));
        } else {
            const double served = limit / seconds;
            //: %1 concurrency, %2 limit, %3 requests per second served at the limit, %4 duration in s,
            //: %5 requests per second, %6 throttled requests per second
            w.step(tr("%1 does not fit in %2: at the limit, %2 / %4 s = %3 requests/s are served; the other "
                      "%5 - %3 = %6 requests/s are throttled (429 TooManyRequestsException).")
                       .arg(w.num(concurrency, 3), w.num(limit), w.num(served, 3), w.num(seconds, 6),
                            w.num(rps, 3), w.num(rps - served, 3)));
        }
        const double target = std::min(concurrency, limit);
        const double toScale = target / rate * period;
        //: %1 the concurrency to reach, %2 environments per period, %3 the period in seconds, %4 seconds
        w.step((fits ? tr("Scaling from zero at %2 new execution environments per %3 s (per function): "
                          "%1 / %2 x %3 s = %4 s.")
                     : tr("Scaling from zero at %2 new execution environments per %3 s (per function), it "
                          "reaches the limit in %1 / %2 x %3 s = %4 s."))
                   .arg(w.num(target, 3), w.num(rate), w.num(period), w.num(toScale, 3)));

        w.figure(QStringLiteral("concurrency"), tr("Concurrent executions needed"), concurrency, QString(),
                 2);
        w.figure(QStringLiteral("limit"), tr("Account concurrency limit"), limit, QString());
        w.figure(QStringLiteral("headroom"), tr("Headroom (limit - needed)"), limit - concurrency, QString(),
                 2);
        w.figure(QStringLiteral("fits"), tr("Fits in the limit (1 yes, 0 no)"), fits ? 1.0 : 0.0, QString());
        w.figure(QStringLiteral("seconds_to_scale"), tr("Time to scale from zero"), toScale,
                 QStringLiteral("s"), 1);
        w.figure(QStringLiteral("throttled_rps"), tr("Throttled requests per second"),
                 fits ? std::nullopt : std::optional<double>(rps - limit / seconds), QStringLiteral("req/s"),
                 1);
    }

    DrillCase drillCase(DrillRandom& random, const FactBook&, const QLocale& locale) const override
    {
        DrillCase c;
        if (random.between(0, 1) == 0) {
            const double rps = random.pick(
                QList<double>{5, 10, 20, 40, 50, 80, 100, 200, 250, 400, 500, 750, 1200, 2000, 3000});
            const double ms = random.pick(
                QList<double>{50, 100, 150, 200, 250, 300, 400, 500, 750, 800, 1500, 2000, 3000, 5000});
            const double s = ms / kMsPerSecond;
            c.inputs = {{kRps, QLocale::c().toString(rps)}, {kDurationMs, QLocale::c().toString(ms)}};
            //: %1 requests per second, %2 a duration in ms
            c.stem =
                tr("A Lambda function receives %1 requests per second, and each invocation runs for %2 ms "
                   "on average. How many concurrent executions does it need?")
                    .arg(locale.toString(rps), locale.toString(ms));
            c.answer = QStringLiteral("concurrency");
            c.decimals = 2;
            c.mistakes = {
                {rps * ms, tr("The duration must be in seconds before multiplying.")},
                {rps / s, tr("Concurrency is the rate multiplied by the duration, not divided by it.")},
                {rps,
                 tr("Requests per second are not concurrency: each request holds an execution environment "
                    "for its whole duration.")},
                {rps * s * 60, tr("The rate is already per second; do not multiply by 60.")},
            };
            return c;
        }
        const double limit = random.pick(QList<double>{1000, 1000, 1000, 500, 2000, 3000});
        const double ms = random.pick(QList<double>{200, 250, 400, 500, 800, 1200, 1500, 2000, 2500, 3000});
        const double s = ms / kMsPerSecond;
        const double atLimit = limit / s;
        const double rps = (std::floor(atLimit / 50) + 1 + random.between(0, 60)) * 50;
        c.inputs = {{kRps, QLocale::c().toString(rps)},
                    {kDurationMs, QLocale::c().toString(ms)},
                    {kAccountLimit, QLocale::c().toString(limit)}};
        //: %1 requests per second, %2 a duration in ms, %3 the account's concurrency limit
        c.stem =
            tr("A Lambda function receives %1 requests per second, and each invocation runs for %2 ms. The "
               "account's concurrency limit in the Region is %3 and no other function runs. How many "
               "requests per second are throttled?")
                .arg(locale.toString(rps), locale.toString(ms), locale.toString(limit));
        c.answer = QStringLiteral("throttled_rps");
        c.unit = QStringLiteral("req/s");
        c.decimals = 1;
        const double concurrency = rps * s;
        c.mistakes = {
            {0, tr("The account's concurrency limit caps the function; the load needs more than it.")},
            {concurrency - limit,
             tr("The excess is in concurrent executions; divide it by the duration to get requests per "
                "second.")},
            {rps - limit, tr("The limit counts concurrent executions, not requests per second.")},
            {rps - limit / ms, tr("The duration must be in seconds.")},
        };
        return c;
    }
};

} // namespace

const Calculator& lambdaCost()
{
    static const LambdaCost c;
    return c;
}

const Calculator& lambdaConcurrency()
{
    static const LambdaConcurrency c;
    return c;
}

} // namespace certdeck::calc
