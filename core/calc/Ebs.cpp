// EBS: a gp2 volume's baseline IOPS, its burst from a full I/O credit bucket and the bucket's refill, its
// throughput, and what the other volume types give at the same size. Amazon EBS User Guide, "Amazon EBS
// General Purpose SSD volumes": 3 IOPS per GiB between 100 and 16,000; volumes below 3,000 IOPS burst to
// 3,000 while they have credits; the bucket holds 5.4 million credits; burst duration = credits / (burst -
// baseline). The other types' figures come from the same guide's pages (and the EC2 API's ranges), all in
// calculators.yaml.
#include "calc/AllCalculators.h"

#include <algorithm>
#include <cmath>

namespace certdeck::calc {

namespace {

const QString kSize = QStringLiteral("size-gib");
const QString kDemand = QStringLiteral("iops-demand");

// Unit definitions, not AWS figures: EBS sizes are binary (1 TiB = 1,024 GiB, 1 MiB = 1,024 KiB, and
// 1 GiB = 1.073741824 GB, used only for the GB-vs-GiB mistake of the drills).
constexpr double kGibPerTib = 1024;
constexpr double kKibPerMib = 1024;
constexpr double kGbPerGib = 1.073741824;

class Gp2 : public Calculator {
    Q_DECLARE_TR_FUNCTIONS(Gp2)

public:
    QString id() const override { return QStringLiteral("gp2"); }
    QString title() const override { return tr("EBS gp2 IOPS and burst"); }
    QString summary() const override
    {
        return tr(
            "A gp2 volume's baseline IOPS, burst duration, refill time and throughput, and what gp3, io1, "
            "io2, st1 and sc1 give at the same size");
    }
    QStringList factIds() const override
    {
        return {QStringLiteral("ebs.gp2.iops-per-gib"),
                QStringLiteral("ebs.gp2.min-iops"),
                QStringLiteral("ebs.gp2.max-iops"),
                QStringLiteral("ebs.gp2.max-iops-min-size-gib"),
                QStringLiteral("ebs.gp2.burst-iops"),
                QStringLiteral("ebs.gp2.credit-bucket"),
                QStringLiteral("ebs.gp2.max-throughput-mibps"),
                QStringLiteral("ebs.gp2.min-throughput-mibps"),
                QStringLiteral("ebs.gp2.throughput-128-max-size-gib"),
                QStringLiteral("ebs.gp2.throughput-250-min-size-gib"),
                QStringLiteral("ebs.gp2.throughput-io-size-kib"),
                QStringLiteral("ebs.gp2.min-size-gib"),
                QStringLiteral("ebs.gp2.max-size-gib"),
                QStringLiteral("ebs.gp3.baseline-iops"),
                QStringLiteral("ebs.gp3.baseline-throughput-mibps"),
                QStringLiteral("ebs.gp3.max-iops"),
                QStringLiteral("ebs.gp3.max-throughput-mibps"),
                QStringLiteral("ebs.gp3.iops-per-gib-max"),
                QStringLiteral("ebs.gp3.throughput-per-iops-max"),
                QStringLiteral("ebs.gp3.min-size-gib"),
                QStringLiteral("ebs.gp3.max-size-gib"),
                QStringLiteral("ebs.io1.iops-per-gib-max"),
                QStringLiteral("ebs.io1.max-iops"),
                QStringLiteral("ebs.io1.min-size-gib"),
                QStringLiteral("ebs.io1.max-size-gib"),
                QStringLiteral("ebs.io2.iops-per-gib-max"),
                QStringLiteral("ebs.io2.max-iops"),
                QStringLiteral("ebs.io2.max-throughput-mibps"),
                QStringLiteral("ebs.io2.throughput-per-iops"),
                QStringLiteral("ebs.io2.min-size-gib"),
                QStringLiteral("ebs.io2.max-size-gib"),
                QStringLiteral("ebs.st1.baseline-mibps-per-tib"),
                QStringLiteral("ebs.st1.burst-mibps-per-tib"),
                QStringLiteral("ebs.st1.max-throughput-mibps"),
                QStringLiteral("ebs.st1.min-size-gib"),
                QStringLiteral("ebs.st1.max-size-gib"),
                QStringLiteral("ebs.sc1.baseline-mibps-per-tib"),
                QStringLiteral("ebs.sc1.burst-mibps-per-tib"),
                QStringLiteral("ebs.sc1.max-throughput-mibps"),
                QStringLiteral("ebs.sc1.min-size-gib"),
                QStringLiteral("ebs.sc1.max-size-gib")};
    }

    QList<Field> fields(const FactBook& facts) const override
    {
        auto fact = [&](const char* id, double fallback) {
            return facts.value(QString::fromLatin1(id), fallback);
        };
        Field size = Field::number(kSize, tr("Volume size"), QStringLiteral("GiB"),
                                   fact("ebs.gp2.min-size-gib", 1), fact("ebs.gp2.max-size-gib", 16384));
        size.integer = true;
        size.required = true;
        size.example = QStringLiteral("100");
        size.help = tr("Size of the gp2 volume in GiB (1 TiB = 1,024 GiB)");
        // The largest demand any size accepts; compute() refuses more than this size's burst level or
        // baseline, whichever is higher.
        Field demand =
            Field::number(kDemand, tr("IOPS demand"), QStringLiteral("IOPS"), 1,
                          std::max(fact("ebs.gp2.burst-iops", 3000), fact("ebs.gp2.max-iops", 16000)));
        demand.integer = true;
        demand.example = QStringLiteral("3000");
        demand.help =
            tr("IOPS the workload asks for while it bursts; without it, the burst level (3,000). At "
               "most the burst level, or the baseline when that is higher");
        return {size, demand};
    }

    void compute(const Values& v, Work& w) const override
    {
        const double size = v.number(kSize);
        const double perGib = w.fact(QStringLiteral("ebs.gp2.iops-per-gib"));
        const double minIops = w.fact(QStringLiteral("ebs.gp2.min-iops"));
        const double maxIops = w.fact(QStringLiteral("ebs.gp2.max-iops"));
        const double burstLevel = w.fact(QStringLiteral("ebs.gp2.burst-iops"));
        const double credits = w.fact(QStringLiteral("ebs.gp2.credit-bucket"));
        if (w.failed() || minIops <= 0) {
            return;
        }

        // Baseline: 3 IOPS per GiB, at least 100, at most 16,000.
        const double raw = perGib * size;
        const double baseline = std::clamp(raw, minIops, maxIops);
        if (raw < minIops) {
            //: %1 IOPS per GiB, %2 a size in GiB, %3 the product in IOPS, %4 the gp2 minimum IOPS
            w.step(tr("Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS, below the gp2 minimum, so %4 IOPS.")
                       .arg(w.num(perGib), w.num(size), w.num(raw), w.num(minIops)));
        } else if (raw > maxIops) {
            const double capSize = w.fact(QStringLiteral("ebs.gp2.max-iops-min-size-gib"));
            //: %1 IOPS per GiB, %2 a size in GiB, %3 the product in IOPS, %4 the gp2 maximum IOPS, %5 the
            //: size in GiB that reaches it
            w.step(tr("Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS, above the gp2 maximum, so %4 IOPS (reached "
                      "at %5 GiB).")
                       .arg(w.num(perGib), w.num(size), w.num(raw), w.num(maxIops), w.num(capSize)));
        } else {
            //: %1 IOPS per GiB, %2 a size in GiB, %3 the baseline IOPS
            w.step(tr("Baseline: %1 IOPS/GiB x %2 GiB = %3 IOPS.")
                       .arg(w.num(perGib), w.num(size), w.num(baseline)));
        }

        // Burst: only below the burst level; the demand is at most the burst level (or the baseline).
        const bool bursts = baseline < burstLevel;
        const double highest = std::max(baseline, burstLevel);
        const bool demandGiven = v.has(kDemand);
        const double demand = demandGiven ? v.number(kDemand) : burstLevel;
        if (demand > highest) {
            w.error(
                kDemand,
                (bursts
                     //: %1 the largest valid IOPS demand, %2 a size in GiB, %3 the demand given
                     ? tr("must be a whole number from 1 to %1 IOPS for a gp2 volume of %2 GiB, its burst "
                          "level (got '%3')")
                     //: %1 the largest valid IOPS demand, %2 a size in GiB, %3 the demand given
                     : tr("must be a whole number from 1 to %1 IOPS for a gp2 volume of %2 GiB, its baseline "
                          "(it does not burst) (got '%3')"))
                    .arg(w.num(highest), w.num(size), QString::number(demand, 'g', 15)));
            return;
        }
        std::optional<double> burstIops;
        std::optional<double> burstSeconds;
        std::optional<double> refillSeconds;
        if (bursts) {
            burstIops = burstLevel;
            //: %1 the baseline IOPS, %2 the burst IOPS, %3 the credits a full bucket holds
            w.step(
                tr("The %1 IOPS baseline is below %2 IOPS, so the volume can burst to %2 IOPS while it has "
                   "I/O credits; a full bucket (and a new volume) holds %3 credits.")
                    .arg(w.num(baseline), w.num(burstLevel), w.num(credits)));
            if (!demandGiven) {
                //: %1 the burst IOPS
                w.step(tr("No IOPS demand given: the burst level, %1 IOPS.").arg(w.num(burstLevel)));
            }
            if (demand > baseline) {
                const double spend = demand - baseline;
                burstSeconds = credits / spend;
                //: %1 credits, %2 the IOPS demand, %3 the baseline IOPS, %4 demand minus baseline, %5
                //: seconds, %6 the same in minutes
                w.step(tr("Burst duration = credits / (demand - baseline) = %1 / (%2 - %3) = %1 / %4 = %5 s "
                          "(%6 min).")
                           .arg(w.num(credits), w.num(demand), w.num(baseline), w.num(spend),
                                w.num(*burstSeconds, 0), w.num(*burstSeconds / 60, 1)));
            } else {
                //: %1 the IOPS demand, %2 the baseline IOPS
                w.step(tr("A demand of %1 IOPS is at or below the %2 IOPS baseline: the volume serves it "
                          "without "
                          "spending credits, indefinitely (no burst duration).")
                           .arg(w.num(demand), w.num(baseline)));
            }
            refillSeconds = credits / baseline;
            //: %1 credits, %2 the baseline IOPS, %3 seconds, %4 the same in hours
            w.step(
                tr("Refill of an empty bucket while idle: the volume earns credits at its baseline rate, so "
                   "credits / baseline = %1 / %2 = %3 s (%4 h).")
                    .arg(w.num(credits), w.num(baseline), w.num(*refillSeconds, 0),
                         w.num(*refillSeconds / 3600, 2)));
        } else {
            //: %1 the baseline IOPS, %2 the burst IOPS
            w.step(
                tr("The %1 IOPS baseline is at or above the %2 IOPS burst level: the volume does not burst; "
                   "it delivers its baseline all the time (no burst duration, no refill time).")
                    .arg(w.num(baseline), w.num(burstLevel)));
            if (demandGiven) {
                //: %1 the IOPS demand, %2 the baseline IOPS
                w.step(tr("A demand of %1 IOPS is within the %2 IOPS baseline: served indefinitely.")
                           .arg(w.num(demand), w.num(baseline)));
            }
        }

        // Throughput: 128 MiB/s up to 170 GiB, 250 MiB/s from 334 GiB; in between 250 MiB/s while bursting.
        const double smallTp = w.fact(QStringLiteral("ebs.gp2.min-throughput-mibps"));
        const double maxTp = w.fact(QStringLiteral("ebs.gp2.max-throughput-mibps"));
        const double smallSize = w.fact(QStringLiteral("ebs.gp2.throughput-128-max-size-gib"));
        const double fullSize = w.fact(QStringLiteral("ebs.gp2.throughput-250-min-size-gib"));
        const double ioKib = w.fact(QStringLiteral("ebs.gp2.throughput-io-size-kib"));
        const double baselineTp = baseline * ioKib / kKibPerMib;
        double throughput = maxTp;
        if (size <= smallSize) {
            throughput = smallTp;
            //: %1 a size in GiB, %2 the size limit in GiB, %3 MiB/s
            w.step(tr("Throughput: a gp2 volume of %2 GiB or less (this one is %1 GiB) delivers at most %3 "
                      "MiB/s.")
                       .arg(w.num(size), w.num(smallSize), w.num(smallTp)));
        } else if (size >= fullSize) {
            //: %1 the size limit in GiB, %2 the baseline IOPS, %3 the largest I/O in KiB, %4 their product in
            //: MiB/s, %5 the throughput limit in MiB/s
            w.step(
                tr("Throughput: a gp2 volume of %1 GiB or more delivers %5 MiB/s (its %2 IOPS baseline x %3 "
                   "KiB per I/O = %4 MiB/s reaches the %5 MiB/s limit).")
                    .arg(w.num(fullSize), w.num(baseline), w.num(ioKib), w.num(baselineTp), w.num(maxTp)));
        } else {
            //: %1 and %2 the size limits in GiB, %3 the throughput limit in MiB/s, %4 the baseline IOPS,
            //: %5 the largest I/O in KiB, %6 their product in MiB/s
            w.step(tr("Throughput: between %1 and %2 GiB a gp2 volume reaches %3 MiB/s only while it bursts; "
                      "out of credits, its %4 IOPS baseline x %5 KiB per I/O gives %6 MiB/s. The figure here "
                      "is the %3 MiB/s maximum.")
                       .arg(w.num(smallSize), w.num(fullSize), w.num(maxTp), w.num(baseline), w.num(ioKib),
                            w.num(baselineTp)));
        }

        w.figure(QStringLiteral("baseline_iops"), tr("Baseline IOPS"), baseline, QStringLiteral("IOPS"));
        w.figure(QStringLiteral("burst_iops"), tr("Burst IOPS"), burstIops, QStringLiteral("IOPS"));
        w.figure(QStringLiteral("peak_iops"), tr("Highest IOPS (burst or baseline)"), highest,
                 QStringLiteral("IOPS"));
        w.figure(QStringLiteral("iops_demand"), tr("IOPS demand"), demand, QStringLiteral("IOPS"));
        w.figure(QStringLiteral("burst_seconds"), tr("Burst duration from a full bucket"), burstSeconds,
                 QStringLiteral("s"));
        w.figure(QStringLiteral("refill_seconds"), tr("Time to refill an empty bucket"), refillSeconds,
                 QStringLiteral("s"));
        w.figure(QStringLiteral("max_throughput_mibps"), tr("Maximum throughput"), throughput,
                 QStringLiteral("MiB/s"), 2);

        otherTypes(size, w);
    }

    DrillCase drillCase(DrillRandom& random, const FactBook& facts, const QLocale& locale) const override;

private:
    /// Whether `size` is within the type's sizes; if not, a step says so.
    static bool inRange(double size, const QString& type, const QString& name, Work& w)
    {
        const double min = w.fact(QStringLiteral("ebs.%1.min-size-gib").arg(type));
        const double max = w.fact(QStringLiteral("ebs.%1.max-size-gib").arg(type));
        if (size >= min && size <= max) {
            return true;
        }
        //: %1 a volume type ("io1"), %2 and %3 its smallest and largest size in GiB, %4 the size given
        w.step(tr("%1 volumes are %2 to %3 GiB: no %1 figures for %4 GiB.")
                   .arg(name, w.num(min), w.num(max), w.num(size)));
        return false;
    }

    static void otherTypes(double size, Work& w)
    {
        std::optional<double> gp3Base;
        std::optional<double> gp3Max;
        std::optional<double> gp3BaseTp;
        std::optional<double> gp3MaxTp;
        if (inRange(size, QStringLiteral("gp3"), QStringLiteral("gp3"), w)) {
            const double base = w.fact(QStringLiteral("ebs.gp3.baseline-iops"));
            const double baseTp = w.fact(QStringLiteral("ebs.gp3.baseline-throughput-mibps"));
            const double ratio = w.fact(QStringLiteral("ebs.gp3.iops-per-gib-max"));
            const double cap = w.fact(QStringLiteral("ebs.gp3.max-iops"));
            const double tpRatio = w.fact(QStringLiteral("ebs.gp3.throughput-per-iops-max"));
            const double tpCap = w.fact(QStringLiteral("ebs.gp3.max-throughput-mibps"));
            const double byRatio = std::min(ratio * size, cap);
            gp3Base = base;
            gp3BaseTp = baseTp;
            gp3Max = std::max(base, byRatio);
            gp3MaxTp = std::max(baseTp, std::min(*gp3Max * tpRatio, tpCap));
            const QString iops =
                byRatio >= base
                    //: %1 IOPS per GiB, %2 a size in GiB, %3 the largest IOPS, %4 the result
                    ? tr("min(%1 x %2, %3) = %4 IOPS")
                          .arg(w.num(ratio), w.num(size), w.num(cap), w.num(*gp3Max))
                    //: %1 IOPS per GiB, %2 a size in GiB, %3 their product, %4 the baseline IOPS
                    : tr("%4 IOPS (%1 x %2 = %3 is below the %4 every gp3 volume gets)")
                          .arg(w.num(ratio), w.num(size), w.num(byRatio), w.num(base));
            //: %1 a size in GiB, %2 baseline IOPS, %3 baseline MiB/s, %4 how the largest IOPS is worked out,
            //: %5 the largest IOPS, %6 MiB/s per IOPS, %7 the largest MiB/s, %8 the result
            w.step(
                tr("gp3, %1 GiB: %2 IOPS and %3 MiB/s at any size; provisioned up to %4 and min(%5 x %6, %7) "
                   "= %8 MiB/s.")
                    .arg(w.num(size), w.num(base), w.num(baseTp), iops, w.num(*gp3Max), w.num(tpRatio, 3),
                         w.num(tpCap), w.num(*gp3MaxTp, 2)));
        }

        std::optional<double> io1Max;
        if (inRange(size, QStringLiteral("io1"), QStringLiteral("io1"), w)) {
            const double ratio = w.fact(QStringLiteral("ebs.io1.iops-per-gib-max"));
            const double cap = w.fact(QStringLiteral("ebs.io1.max-iops"));
            io1Max = std::min(ratio * size, cap);
            //: %1 a size in GiB, %2 IOPS per GiB, %3 the largest IOPS, %4 the result
            w.step(tr("io1, %1 GiB: up to min(%2 x %1, %3) = %4 IOPS.")
                       .arg(w.num(size), w.num(ratio), w.num(cap), w.num(*io1Max)));
        }

        std::optional<double> io2Max;
        std::optional<double> io2MaxTp;
        if (inRange(size, QStringLiteral("io2"), QStringLiteral("io2 Block Express"), w)) {
            const double ratio = w.fact(QStringLiteral("ebs.io2.iops-per-gib-max"));
            const double cap = w.fact(QStringLiteral("ebs.io2.max-iops"));
            const double tpRatio = w.fact(QStringLiteral("ebs.io2.throughput-per-iops"));
            const double tpCap = w.fact(QStringLiteral("ebs.io2.max-throughput-mibps"));
            io2Max = std::min(ratio * size, cap);
            io2MaxTp = std::min(*io2Max * tpRatio, tpCap);
            //: %1 a size in GiB, %2 IOPS per GiB, %3 the largest IOPS, %4 the result, %5 MiB/s per IOPS,
            //: %6 the largest MiB/s, %7 the result
            w.step(tr("io2 Block Express, %1 GiB: up to min(%2 x %1, %3) = %4 IOPS and min(%4 x %5, %6) = %7 "
                      "MiB/s.")
                       .arg(w.num(size), w.num(ratio), w.num(cap), w.num(*io2Max), w.num(tpRatio, 3),
                            w.num(tpCap), w.num(*io2MaxTp, 2)));
        }

        auto hdd = [&](const QString& type, std::optional<double>* base, std::optional<double>* burst) {
            if (!inRange(size, type, type, w)) {
                return;
            }
            const double basePerTib = w.fact(QStringLiteral("ebs.%1.baseline-mibps-per-tib").arg(type));
            const double burstPerTib = w.fact(QStringLiteral("ebs.%1.burst-mibps-per-tib").arg(type));
            const double cap = w.fact(QStringLiteral("ebs.%1.max-throughput-mibps").arg(type));
            const double tib = size / kGibPerTib;
            *base = std::min(basePerTib * tib, cap);
            *burst = std::min(burstPerTib * tib, cap);
            //: %1 a volume type, %2 a size in GiB, %3 the same in TiB, %4 and %6 MiB/s per TiB, %5 and %7
            //: the results, %8 the largest MiB/s
            w.step(
                tr("%1, %2 GiB = %3 TiB: baseline min(%4 x %3, %8) = %5 MiB/s, burst min(%6 x %3, %8) = %7 "
                   "MiB/s.")
                    .arg(type, w.num(size), w.num(tib, 4), w.num(basePerTib), w.num(**base, 2),
                         w.num(burstPerTib), w.num(**burst, 2), w.num(cap)));
        };
        std::optional<double> st1Base;
        std::optional<double> st1Burst;
        hdd(QStringLiteral("st1"), &st1Base, &st1Burst);
        std::optional<double> sc1Base;
        std::optional<double> sc1Burst;
        hdd(QStringLiteral("sc1"), &sc1Base, &sc1Burst);

        const QString iops = QStringLiteral("IOPS");
        const QString mibps = QStringLiteral("MiB/s");
        w.figure(QStringLiteral("gp3_baseline_iops"), tr("gp3 baseline IOPS"), gp3Base, iops);
        w.figure(QStringLiteral("gp3_max_iops"), tr("gp3 maximum IOPS at this size"), gp3Max, iops);
        w.figure(QStringLiteral("gp3_baseline_throughput_mibps"), tr("gp3 baseline throughput"), gp3BaseTp,
                 mibps, 2);
        w.figure(QStringLiteral("gp3_max_throughput_mibps"), tr("gp3 maximum throughput at this size"),
                 gp3MaxTp, mibps, 2);
        w.figure(QStringLiteral("io1_max_iops"), tr("io1 maximum IOPS at this size"), io1Max, iops);
        w.figure(QStringLiteral("io2_max_iops"), tr("io2 maximum IOPS at this size"), io2Max, iops);
        w.figure(QStringLiteral("io2_max_throughput_mibps"), tr("io2 maximum throughput at this size"),
                 io2MaxTp, mibps, 2);
        w.figure(QStringLiteral("st1_baseline_mibps"), tr("st1 baseline throughput"), st1Base, mibps, 2);
        w.figure(QStringLiteral("st1_burst_mibps"), tr("st1 burst throughput"), st1Burst, mibps, 2);
        w.figure(QStringLiteral("sc1_baseline_mibps"), tr("sc1 baseline throughput"), sc1Base, mibps, 2);
        w.figure(QStringLiteral("sc1_burst_mibps"), tr("sc1 burst throughput"), sc1Burst, mibps, 2);
    }
};

DrillCase Gp2::drillCase(DrillRandom& random, const FactBook& facts, const QLocale& locale) const
{
    auto fact = [&](const char* id, double fallback) {
        return facts.value(QString::fromLatin1(id), fallback);
    };
    const double perGib = fact("ebs.gp2.iops-per-gib", 3);
    const double minIops = fact("ebs.gp2.min-iops", 100);
    const double maxIops = fact("ebs.gp2.max-iops", 16000);
    const double burstLevel = fact("ebs.gp2.burst-iops", 3000);
    const double credits = fact("ebs.gp2.credit-bucket", 5400000);
    auto baselineOf = [&](double gib) { return std::clamp(perGib * gib, minIops, maxIops); };

    // Realistic sizes: small ones below the 100 IOPS floor, ones that burst, ones that do not.
    const QList<int> small{1, 8, 10, 16, 20, 24, 30, 32, 33};
    const QList<int> bursting{34,  40,  50,  64,  80,  100, 120, 128, 150, 200, 250, 256, 300,
                              320, 400, 500, 512, 600, 640, 700, 750, 768, 800, 900, 950};
    const QList<int> large{1000, 1024, 1200, 1500, 2000, 2048,  3000,  4000,
                           4096, 5000, 5334, 6000, 8000, 10000, 12000, 16384};
    const int kind = random.between(0, 3); // 0 baseline, 1 burst duration, 2 highest IOPS, 3 refill
    const bool burstOnly = kind == 1 || kind == 3;
    const int pool = random.between(0, burstOnly ? 1 : 2);
    const int size = random.pick(pool == 0 ? small : pool == 1 ? bursting : large);

    // Whole TiB fractions are sometimes given in TiB, inviting the 1 TiB = 1,000 GiB slip.
    const bool inTib = size % 256 == 0 && random.between(0, 1) == 0;
    //: %1 a volume size in TiB
    const QString sizeText = inTib ? tr("%1 TiB").arg(locale.toString(size / kGibPerTib))
                                   //: %1 a volume size in GiB
                                   : tr("%1 GiB").arg(locale.toString(size));
    const double wrongGib = inTib ? size / kGibPerTib * 1000 : size * kGbPerGib;
    const QString unitSlip = inTib ? tr("1 TiB is 1,024 GiB, not 1,000.")
                                   : tr("The size is already in GiB; converting it to GB first inflates it.");
    const double baseline = baselineOf(size);
    const double raw = perGib * size;
    const QString floorOrCap = raw < minIops
                                   ? tr("Forgot the 100 IOPS floor of volumes of 33 GiB and smaller.")
                                   : tr("Forgot the 16,000 IOPS cap, reached at 5,334 GiB.");
    const QString creditText = locale.toString(credits / 1e6);

    DrillCase c;
    c.inputs = {{kSize, QString::number(size)}};
    c.unit = QStringLiteral("IOPS");
    switch (kind) {
    case 0: {
        //: %1 a volume size with its unit
        c.stem = tr("What is the baseline IOPS of a gp2 volume of %1?").arg(sizeText);
        c.answer = QStringLiteral("baseline_iops");
        c.mistakes = {
            {raw, floorOrCap},
            {burstLevel, tr("3,000 IOPS is the burst level of smaller gp2 volumes (and gp3's baseline), not "
                            "the gp2 baseline.")},
            {baselineOf(wrongGib), unitSlip},
            {maxIops, tr("16,000 IOPS is the gp2 maximum, which only volumes of 5,334 GiB and larger get.")},
            {minIops, tr("100 IOPS is the minimum, which only volumes of 33 GiB and smaller get.")},
        };
        break;
    }
    case 1: {
        QList<int> demands{int(burstLevel), int(burstLevel), 2500, 2000, 1500, 1200};
        int demand = random.pick(demands);
        if (demand <= baseline) {
            demand = int(burstLevel);
        }
        if (demand != int(burstLevel)) {
            c.inputs.insert(kDemand, QString::number(demand));
        }
        //: %1 a volume size with its unit, %2 millions of I/O credits, %3 the IOPS demand
        c.stem =
            tr("A gp2 volume of %1 starts with a full I/O credit bucket (%2 million credits). For how many "
               "seconds can it sustain %3 IOPS before it falls back to its baseline?")
                .arg(sizeText, creditText, locale.toString(demand));
        c.answer = QStringLiteral("burst_seconds");
        c.unit = QStringLiteral("s");
        const double wrongBase = baselineOf(wrongGib);
        c.mistakes = {
            {credits / demand, tr("Credits drain only by the IOPS above the baseline: divide by (demand - "
                                  "baseline), not by the demand.")},
            {raw < demand ? credits / (demand - raw) : -1, floorOrCap},
            {wrongBase < demand ? credits / (demand - wrongBase) : -1, unitSlip},
            {credits / baseline, tr("That is the time to refill an empty bucket at the baseline rate, not "
                                    "the burst duration.")},
            {credits / (demand + baseline), tr("The baseline is subtracted from the demand, not added.")},
        };
        break;
    }
    case 2: {
        //: %1 a volume size with its unit
        c.stem = tr("Can a gp2 volume of %1 burst above its baseline? What is the highest IOPS it "
                    "delivers?")
                     .arg(sizeText);
        c.answer = QStringLiteral("peak_iops");
        const QString added = tr("Bursting does not add 3,000 IOPS to the baseline; 3,000 IOPS is the burst "
                                 "level in total.");
        if (baseline < burstLevel) {
            c.mistakes = {
                {baseline, tr("Forgot the burst: gp2 volumes with a baseline below 3,000 IOPS burst to 3,000 "
                              "IOPS while they have credits.")},
                {baseline + burstLevel, added},
                {raw, floorOrCap},
                {maxIops, tr("16,000 IOPS is the gp2 maximum, for volumes of 5,334 GiB and larger.")},
            };
        } else {
            c.mistakes = {
                {burstLevel, tr("Volumes with a baseline of 3,000 IOPS or more do not burst; their baseline "
                                "is the most they deliver.")},
                {baseline + burstLevel, added},
                {raw, floorOrCap},
                {std::max(baselineOf(wrongGib), burstLevel), unitSlip},
                {maxIops, tr("16,000 IOPS is the gp2 maximum, for volumes of 5,334 GiB and larger.")},
            };
        }
        break;
    }
    default: {
        //: %1 a volume size with its unit, %2 millions of I/O credits
        c.stem =
            tr("A gp2 volume of %1 has used up all its I/O credits. If it then sits idle, how many seconds "
               "until its bucket is full again (%2 million credits)?")
                .arg(sizeText, creditText);
        c.answer = QStringLiteral("refill_seconds");
        c.unit = QStringLiteral("s");
        c.mistakes = {
            {credits / (burstLevel - baseline), tr("That is the burst duration at 3,000 IOPS, not the "
                                                   "refill time.")},
            {credits / burstLevel, tr("Credits are earned at the baseline rate, not at the burst rate.")},
            {credits / raw, floorOrCap},
            {credits / baselineOf(wrongGib), unitSlip},
            {credits / baseline / 60, tr("That is in minutes; the question asks for seconds.")},
        };
        break;
    }
    }
    return c;
}

} // namespace

const Calculator& ebsGp2()
{
    static const Gp2 c;
    return c;
}

} // namespace certdeck::calc
