// The EBS calculator (gp2) with the figures of the bundled content: the gp2 burst table of the Amazon EBS
// User Guide, the boundaries of the baseline and throughput rules, the IOPS demand's range, the other volume
// types' figures at the same size (with the guide's own examples), and its drill.
#include "CalcTestSupport.h"
#include "calc/Calculator.h"
#include "calc/Drill.h"
#include "content/ContentRepository.h"

#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

using namespace certdeck;
using namespace certdeck::calc;
using namespace certdeck::calctest;

namespace {

CalcResult run(const QHash<QString, QString>& inputs)
{
    return runCalc(QStringLiteral("gp2"), inputs);
}

/// A figure expected: a value (to 1e-9 relative, or to `tolerance`) or none (n/a).
struct Expect {
    const char* key;
    std::optional<double> value;
    double tolerance = -1; ///< < 0: 1e-9 relative; else absolute (a table rounded to whole seconds)
};

constexpr std::nullopt_t none = std::nullopt;

void check(const QHash<QString, QString>& inputs, const QList<Expect>& expected, const char* source)
{
    const CalcResult r = run(inputs);
    const std::string what =
        QStringLiteral("gp2 --size-gib %1").arg(inputs.value(QStringLiteral("size-gib"))).toStdString() +
        " (" + source + ")";
    ASSERT_TRUE(r.ok()) << what << ": " << r.errors.first().key.toStdString() << " "
                        << r.errors.first().message.toStdString();
    for (const Expect& e : expected) {
        const QString key = QString::fromLatin1(e.key);
        const auto it =
            std::find_if(r.figures.cbegin(), r.figures.cend(), [&](const Figure& f) { return f.key == key; });
        ASSERT_NE(it, r.figures.cend()) << what << ": no figure " << e.key;
        if (!e.value) {
            EXPECT_FALSE(it->value.has_value())
                << what << " " << e.key << " should be n/a, is " << *it->value;
            continue;
        }
        ASSERT_TRUE(it->value.has_value()) << what << " " << e.key << " is n/a";
        const double tolerance = e.tolerance >= 0 ? e.tolerance : std::abs(*e.value) * 1e-9 + 1e-12;
        EXPECT_NEAR(*it->value, *e.value, tolerance) << what << " " << e.key;
    }
    EXPECT_FALSE(r.steps.isEmpty()) << what << ": an answer shows its working";
    EXPECT_FALSE(r.factIds.isEmpty()) << what << ": an answer names the figures it used";
}

bool anyStepContains(const CalcResult& r, const char* text)
{
    return std::any_of(r.steps.cbegin(), r.steps.cend(),
                       [&](const QString& s) { return s.contains(QString::fromLatin1(text)); });
}

TEST(CalcEbs, Gp2BurstTableOfTheEbsUserGuide)
{
    // Amazon EBS User Guide, "Amazon EBS General Purpose SSD volumes": baseline, burst duration at 3,000 IOPS
    // from 5.4 million credits, and time to refill an empty balance, printed rounded to whole seconds.
    const char* page = "Amazon EBS User Guide, Amazon EBS General Purpose SSD volumes, gp2 burst table";
    const double half = 0.5;
    for (const char* size : {"1", "20", "33"}) { // "1 to 33.33"
        check(in({{"size-gib", size}}),
              {{"baseline_iops", 100}, {"burst_seconds", 1862, half}, {"refill_seconds", 54000, half}}, page);
    }
    check(in({{"size-gib", "100"}}),
          {{"baseline_iops", 300}, {"burst_seconds", 2000, half}, {"refill_seconds", 18000, half}}, page);
    check(in({{"size-gib", "334"}}),
          {{"baseline_iops", 1002}, {"burst_seconds", 2703, half}, {"refill_seconds", 5389, half}}, page);
    check(in({{"size-gib", "750"}}),
          {{"baseline_iops", 2250}, {"burst_seconds", 7200, half}, {"refill_seconds", 2400, half}}, page);
    // "N/A: the baseline performance of the volume exceeds the maximum burst performance."
    for (const char* size : {"1000", "5334", "10000", "16384"}) {
        check(in({{"size-gib", size}}),
              {{"baseline_iops", std::stod(size) >= 5334 ? 16000 : 3000},
               {"burst_iops", none},
               {"burst_seconds", none},
               {"refill_seconds", none}},
              page);
    }
    // The exact values behind the table's rounding: 5,400,000 / (3,000 - 100) and 5,400,000 / 100.
    check(in({{"size-gib", "1"}}), {{"burst_seconds", 5400000.0 / 2900}, {"refill_seconds", 54000}}, page);
}

TEST(CalcEbs, Gp2Boundaries)
{
    const char* mine = "boundaries of 3 IOPS/GiB, 100 to 16,000";
    check(in({{"size-gib", "33"}}), {{"baseline_iops", 100}, {"burst_iops", 3000}, {"peak_iops", 3000}},
          mine);
    check(in({{"size-gib", "34"}}),
          {{"baseline_iops", 102}, {"burst_seconds", 5400000.0 / 2898}, {"refill_seconds", 5400000.0 / 102}},
          mine);
    check(in({{"size-gib", "999"}}),
          {{"baseline_iops", 2997},
           {"burst_iops", 3000},
           {"burst_seconds", 1800000},
           {"refill_seconds", 5400000.0 / 2997}},
          mine);
    check(in({{"size-gib", "1000"}}),
          {{"baseline_iops", 3000}, {"burst_iops", none}, {"peak_iops", 3000}, {"burst_seconds", none}},
          mine);
    check(in({{"size-gib", "5333"}}), {{"baseline_iops", 15999}, {"peak_iops", 15999}}, mine);
    check(in({{"size-gib", "5334"}}), {{"baseline_iops", 16000}, {"peak_iops", 16000}}, mine);
    check(in({{"size-gib", "16384"}}),
          {{"baseline_iops", 16000}, {"burst_seconds", none}, {"max_throughput_mibps", 250}}, mine);

    // Throughput: 128 MiB/s up to 170 GiB, 250 MiB/s from 334 GiB, 250 while bursting in between.
    const char* tp = "Amazon EBS User Guide, Amazon EBS General Purpose SSD volumes, gp2 throughput";
    check(in({{"size-gib", "1"}}), {{"max_throughput_mibps", 128}}, tp);
    check(in({{"size-gib", "170"}}), {{"max_throughput_mibps", 128}}, tp);
    check(in({{"size-gib", "171"}}), {{"max_throughput_mibps", 250}}, tp);
    check(in({{"size-gib", "333"}}), {{"max_throughput_mibps", 250}}, tp);
    check(in({{"size-gib", "334"}}), {{"max_throughput_mibps", 250}}, tp);
    const CalcResult between = run(in({{"size-gib", "200"}}));
    ASSERT_TRUE(between.ok());
    EXPECT_TRUE(anyStepContains(between, "only while it bursts")) << between.steps.join(u'\n').toStdString();
    EXPECT_TRUE(anyStepContains(between, "600 IOPS baseline x 256 KiB per I/O gives 150 MiB/s"))
        << "600 IOPS x 256 KiB = 150 MiB/s without credits";
    // The older page's derivation: 334 x 3 = 1,002 IOPS x 256 KiB = 250.5 MiB/s reaches the cap.
    EXPECT_TRUE(anyStepContains(run(in({{"size-gib", "334"}})), "250.5 MiB/s"));
}

TEST(CalcEbs, Gp2BurstAtADemand)
{
    const char* mine = "credits / (demand - baseline)";
    check(in({{"size-gib", "100"}, {"iops-demand", "2000"}}),
          {{"iops_demand", 2000}, {"burst_seconds", 5400000.0 / 1700}, {"refill_seconds", 18000}}, mine);
    check(in({{"size-gib", "100"}, {"iops-demand", "3000"}}), {{"burst_seconds", 2000}}, mine);
    check(in({{"size-gib", "100"}}), {{"iops_demand", 3000}, {"burst_seconds", 2000}},
          "default demand: burst");

    // At or below the baseline: no credits spent, no burst duration, and the steps say so.
    for (const char* demand : {"1", "200", "300"}) {
        const CalcResult r = run(in({{"size-gib", "100"}, {"iops-demand", demand}}));
        ASSERT_TRUE(r.ok()) << demand;
        EXPECT_FALSE(r.figure(QStringLiteral("burst_seconds")).has_value()) << demand;
        EXPECT_EQ(r.figure(QStringLiteral("refill_seconds")), 18000.0);
        EXPECT_TRUE(anyStepContains(r, "indefinitely")) << r.steps.join(u'\n').toStdString();
    }
    const CalcResult flat = run(in({{"size-gib", "2000"}, {"iops-demand", "6000"}}));
    ASSERT_TRUE(flat.ok());
    EXPECT_FALSE(flat.figure(QStringLiteral("burst_seconds")).has_value());
    EXPECT_TRUE(anyStepContains(flat, "does not burst")) << flat.steps.join(u'\n').toStdString();

    // Above the burst level (or the baseline when larger) is refused at the field, with the range.
    struct Refused {
        const char* size;
        const char* demand;
        const char* range;
    };
    for (const Refused& c :
         {Refused{"100", "3001", "from 1 to 3,000 IOPS"}, Refused{"1", "16000", "from 1 to 3,000 IOPS"},
          Refused{"1000", "3001", "from 1 to 3,000 IOPS"}, Refused{"2000", "6001", "from 1 to 6,000 IOPS"},
          Refused{"100", "0", "from 1 to"}, Refused{"100", "16001", "from 1 to"},
          Refused{"100", "2500.5", "whole number"}}) {
        const CalcResult r = run(in({{"size-gib", c.size}, {"iops-demand", c.demand}}));
        ASSERT_FALSE(r.ok()) << c.size << " GiB at " << c.demand;
        EXPECT_EQ(r.errors.first().key, QStringLiteral("iops-demand"));
        EXPECT_TRUE(r.errors.first().message.contains(QString::fromLatin1(c.range)))
            << r.errors.first().message.toStdString();
        EXPECT_TRUE(r.figures.isEmpty());
    }
}

TEST(CalcEbs, SizesOutsideGp2AreRefusedAtTheirField)
{
    for (const char* size : {"20480" /* 20 TiB */, "16385", "0", "0.5", "100.5", "-1"}) {
        const CalcResult r = run(in({{"size-gib", size}}));
        ASSERT_FALSE(r.ok()) << size;
        EXPECT_EQ(r.errors.first().key, QStringLiteral("size-gib")) << size;
        EXPECT_TRUE(r.errors.first().message.contains(QStringLiteral("from 1 to 16384 GiB")))
            << r.errors.first().message.toStdString();
    }
}

TEST(CalcEbs, OtherVolumeTypesAtTheSameSize)
{
    const char* piops = "Amazon EBS User Guide, Provisioned IOPS SSD volumes";
    // "a 100 GiB io1 volume can be provisioned with up to 5,000 IOPS"; "io1 volume 1,280 GiB in size or
    // greater (50 x 1,280 GiB = 64,000 IOPS)"; io2 Block Express "(1,000 IOPS x 256 GiB = 256,000 IOPS)";
    // "Maximum throughput can be achieved at 16,000 IOPS or higher."
    check(in({{"size-gib", "100"}}),
          {{"io1_max_iops", 5000}, {"io2_max_iops", 100000}, {"io2_max_throughput_mibps", 4000}}, piops);
    check(in({{"size-gib", "1280"}}), {{"io1_max_iops", 64000}}, piops);
    check(in({{"size-gib", "16384"}}), {{"io1_max_iops", 64000}, {"io2_max_iops", 256000}}, piops);
    check(in({{"size-gib", "256"}}), {{"io2_max_iops", 256000}}, piops);
    check(in({{"size-gib", "4"}}),
          {{"io1_max_iops", 200}, {"io2_max_iops", 4000}, {"io2_max_throughput_mibps", 4000 * 0.256}}, piops);
    check(in({{"size-gib", "16"}}), {{"io2_max_throughput_mibps", 4000}}, piops);
    check(in({{"size-gib", "15"}}), {{"io2_max_throughput_mibps", 15000 * 0.256}}, piops);

    const char* gp = "Amazon EBS User Guide, Amazon EBS General Purpose SSD volumes, gp3";
    // 3,000 IOPS and 125 MiB/s at any size; 500 IOPS per GiB up to 80,000 (reached at 160 GiB); 0.25 MiB/s
    // per IOPS up to 2,000 MiB/s (reached at 8,000 IOPS, so 16 GiB).
    check(in({{"size-gib", "1"}}),
          {{"gp3_baseline_iops", 3000},
           {"gp3_max_iops", 3000},
           {"gp3_baseline_throughput_mibps", 125},
           {"gp3_max_throughput_mibps", 750}},
          gp);
    check(in({{"size-gib", "6"}}), {{"gp3_max_iops", 3000}}, gp);
    check(in({{"size-gib", "7"}}), {{"gp3_max_iops", 3500}, {"gp3_max_throughput_mibps", 875}}, gp);
    check(in({{"size-gib", "16"}}), {{"gp3_max_iops", 8000}, {"gp3_max_throughput_mibps", 2000}}, gp);
    check(in({{"size-gib", "160"}}), {{"gp3_max_iops", 80000}, {"gp3_max_throughput_mibps", 2000}}, gp);
    check(in({{"size-gib", "16384"}}), {{"gp3_max_iops", 80000}}, gp);

    // Throughput Optimized HDD and Cold HDD volumes: the guide's tables (TiB: baseline / burst MiB/s).
    const char* hdd = "Amazon EBS User Guide, Throughput Optimized HDD and Cold HDD volumes";
    check(in({{"size-gib", "512"}}),
          {{"st1_baseline_mibps", 20},
           {"st1_burst_mibps", 125},
           {"sc1_baseline_mibps", 6},
           {"sc1_burst_mibps", 40}},
          hdd);
    check(in({{"size-gib", "1024"}}),
          {{"st1_baseline_mibps", 40},
           {"st1_burst_mibps", 250},
           {"sc1_baseline_mibps", 12},
           {"sc1_burst_mibps", 80}},
          hdd);
    check(in({{"size-gib", "2048"}}),
          {{"st1_baseline_mibps", 80},
           {"st1_burst_mibps", 500},
           {"sc1_baseline_mibps", 24},
           {"sc1_burst_mibps", 160}},
          hdd);
    check(in({{"size-gib", "3200"}}), {{"sc1_baseline_mibps", 37.5}, {"sc1_burst_mibps", 250}}, hdd);
    check(in({{"size-gib", "12800"}}), {{"st1_baseline_mibps", 500}, {"st1_burst_mibps", 500}}, hdd);
    check(in({{"size-gib", "16384"}}),
          {{"st1_baseline_mibps", 500},
           {"st1_burst_mibps", 500},
           {"sc1_baseline_mibps", 192},
           {"sc1_burst_mibps", 250}},
          hdd);
    check(in({{"size-gib", "125"}}),
          {{"st1_baseline_mibps", 125 / 1024.0 * 40}, {"sc1_burst_mibps", 125 / 1024.0 * 80}}, hdd);

    // Sizes a type does not offer: its figures are n/a, and a step says why.
    check(in({{"size-gib", "124"}}),
          {{"st1_baseline_mibps", none},
           {"st1_burst_mibps", none},
           {"sc1_baseline_mibps", none},
           {"sc1_burst_mibps", none},
           {"io1_max_iops", 6200}},
          "st1 and sc1: 125 - 16,384 GiB");
    check(in({{"size-gib", "3"}}),
          {{"io1_max_iops", none},
           {"io2_max_iops", none},
           {"io2_max_throughput_mibps", none},
           {"gp3_max_iops", 3000}},
          "io1: 4 - 16,384 GiB; io2: 4 - 65,536 GiB");
    const CalcResult tiny = run(in({{"size-gib", "3"}}));
    ASSERT_TRUE(tiny.ok());
    EXPECT_TRUE(anyStepContains(tiny, "io1 volumes are 4 to 16,384 GiB"))
        << tiny.steps.join(u'\n').toStdString();
    EXPECT_TRUE(anyStepContains(tiny, "st1 volumes are 125 to 16,384 GiB"));
    EXPECT_TRUE(anyStepContains(tiny, "sc1 volumes are 125 to 16,384 GiB"));
}

TEST(CalcEbs, StepsShowTheWorking)
{
    const CalcResult small = run(in({{"size-gib", "20"}}));
    ASSERT_TRUE(small.ok());
    EXPECT_TRUE(anyStepContains(small, "3 IOPS/GiB x 20 GiB = 60 IOPS, below the gp2 minimum, so 100 IOPS"))
        << small.steps.join(u'\n').toStdString();
    EXPECT_TRUE(anyStepContains(small, "5,400,000 / (3,000 - 100) = 5,400,000 / 2,900 = 1,862 s"));
    const CalcResult big = run(in({{"size-gib", "6000"}}));
    ASSERT_TRUE(big.ok());
    EXPECT_TRUE(anyStepContains(big, "18,000 IOPS, above the gp2 maximum, so 16,000 IOPS"))
        << big.steps.join(u'\n').toStdString();
    const CalcResult mid = run(in({{"size-gib", "100"}}));
    ASSERT_TRUE(mid.ok());
    EXPECT_TRUE(anyStepContains(mid, "5,400,000 / 300 = 18,000 s")) << mid.steps.join(u'\n').toStdString();
}

TEST(CalcEbs, DrillGivesAHundredDifferentQuestions)
{
    const Calculator* calc = calculator(QStringLiteral("gp2"));
    ASSERT_NE(calc, nullptr);
    const auto questions = drill(*calc, bundledFacts(), 1, 100, QLocale::c());
    ASSERT_TRUE(questions) << questions.error().toStdString();
    ASSERT_EQ(questions->size(), 100);
    QSet<QString> stems;
    QSet<QString> whys;
    for (const DrillQuestion& q : *questions) {
        stems.insert(q.stem);
        ASSERT_EQ(q.options.size(), 4) << q.stem.toStdString();
        EXPECT_EQ(std::count_if(q.options.cbegin(), q.options.cend(),
                                [](const DrillOption& o) { return o.correct; }),
                  1);
        for (const DrillOption& o : q.options) {
            if (!o.correct) {
                whys.insert(o.why);
            }
        }
    }
    EXPECT_EQ(stems.size(), 100);
    // The typical mistakes turn up: the floor, the cap, demand instead of (demand - baseline), GiB, 3,000.
    for (const char* why : {"Forgot the 100 IOPS floor", "Forgot the 16,000 IOPS cap",
                            "divide by (demand - baseline)", "GiB", "3,000 IOPS is the burst level"}) {
        EXPECT_TRUE(std::any_of(whys.cbegin(), whys.cend(), [&](const QString& w) {
            return w.contains(QString::fromLatin1(why));
        })) << why;
    }
}

} // namespace
