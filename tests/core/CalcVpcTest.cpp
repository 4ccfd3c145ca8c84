// The VPC subnet calculator (core/calc/Vpc.cpp) with the figures of the bundled content: block sizes, the
// five addresses AWS reserves in each subnet, splits and overlaps against tables of cases, the AWS VPC User
// Guide's own examples ("Subnet CIDR blocks": 10.0.0.0/24 has 256 addresses, splits into 10.0.0.0/25 and
// 10.0.0.128/25, and reserves 10.0.0.0-3 and 10.0.0.255), and every malformed block refused at its field.
#include "CalcTestSupport.h"
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

/// The page every case below comes from or is checked against.
constexpr const char* kGuide = "Amazon VPC User Guide, Subnet CIDR blocks (subnet sizing), "
                               "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html";

const Calculator& vpc()
{
    const Calculator* c = calculator(QStringLiteral("vpc"));
    EXPECT_NE(c, nullptr);
    return *c;
}

CalcResult run(const QHash<QString, QString>& inputs)
{
    return vpc().run(Inputs{inputs, QLocale::c()}, bundledFacts());
}

/// A figure that is expected to have a value; -1 when it has none.
double value(const CalcResult& r, const char* key)
{
    return r.figure(QString::fromLatin1(key)).value_or(-1);
}

bool hasStep(const CalcResult& r, const QString& text)
{
    return std::any_of(r.steps.cbegin(), r.steps.cend(), [&](const QString& s) { return s.contains(text); });
}

struct Case {
    QHash<QString, QString> inputs;
    QHash<QString, std::optional<double>> expected; ///< figure key -> value, or none ("does not apply")
    const char* source;
};

void check(const Case& c)
{
    const CalcResult r = run(c.inputs);
    ASSERT_TRUE(r.ok()) << c.inputs.value(QStringLiteral("cidr")).toStdString() << ": "
                        << r.errors.first().key.toStdString() << " "
                        << r.errors.first().message.toStdString();
    for (auto it = c.expected.cbegin(); it != c.expected.cend(); ++it) {
        const auto figure = std::find_if(r.figures.cbegin(), r.figures.cend(),
                                         [&](const Figure& f) { return f.key == it.key(); });
        ASSERT_NE(figure, r.figures.cend()) << it.key().toStdString() << " (" << c.source << ")";
        if (it.value()) {
            ASSERT_TRUE(figure->value.has_value()) << it.key().toStdString() << " (" << c.source << ")";
            EXPECT_EQ(*figure->value, *it.value())
                << c.inputs.value(QStringLiteral("cidr")).toStdString() << " " << it.key().toStdString()
                << " (" << c.source << ")";
        } else {
            EXPECT_FALSE(figure->value.has_value()) << it.key().toStdString() << " does not apply";
        }
    }
    EXPECT_FALSE(r.steps.isEmpty()) << "an answer shows its working";
    EXPECT_TRUE(r.factIds.contains(QStringLiteral("vpc.reserved-per-subnet"))) << "it names the 5 reserved";
}

QHash<QString, std::optional<double>>
out(std::initializer_list<std::pair<const char*, std::optional<double>>> pairs)
{
    QHash<QString, std::optional<double>> h;
    for (const auto& [k, v] : pairs) {
        h.insert(QString::fromLatin1(k), v);
    }
    return h;
}

TEST(CalcVpc, BlockSizesAndSplitsFollowTheUserGuide)
{
    const QList<Case> cases{
        // The largest VPC or subnet, /16, and the smallest, /28.
        {in({{"cidr", "10.0.0.0/16"}}),
         out({{"addresses", 65536},
              {"reserved", 5},
              {"usable", 65531},
              {"subnets", std::nullopt},
              {"usable_per_subnet", std::nullopt},
              {"total_usable", std::nullopt},
              {"overlaps", std::nullopt},
              {"shared_addresses", std::nullopt}}),
         kGuide},
        {in({{"cidr", "10.0.0.0/28"}}), out({{"addresses", 16}, {"usable", 11}}), kGuide},
        // The page's own example: "if you create a VPC with CIDR block 10.0.0.0/24, it supports 256 IP
        // addresses. You can break this CIDR block into two subnets, each supporting 128 IP addresses."
        {in({{"cidr", "10.0.0.0/24"}}), out({{"addresses", 256}, {"usable", 251}}), kGuide},
        {in({{"cidr", "10.0.0.0/24"}, {"split-prefix", "25"}}),
         out({{"addresses", 256}, {"subnets", 2}, {"usable_per_subnet", 123}, {"total_usable", 246}}),
         kGuide},
        // A /24 into /26: 4 subnets of 64 addresses, 59 usable each.
        {in({{"cidr", "10.0.0.0/24"}, {"split-prefix", "26"}}),
         out({{"subnets", 4}, {"usable_per_subnet", 59}, {"total_usable", 236}}), kGuide},
        // A /16 into /24: 256 subnets of 251; into /28: 4,096 of 11; into itself: one subnet.
        {in({{"cidr", "172.16.0.0/16"}, {"split-prefix", "24"}}),
         out({{"subnets", 256}, {"usable_per_subnet", 251}, {"total_usable", 64256}}), kGuide},
        {in({{"cidr", "192.168.0.0/16"}, {"split-prefix", "28"}}),
         out({{"subnets", 4096}, {"usable_per_subnet", 11}, {"total_usable", 45056}}), kGuide},
        {in({{"cidr", "10.0.0.0/16"}, {"split-prefix", "16"}}),
         out({{"subnets", 1}, {"usable_per_subnet", 65531}, {"total_usable", 65531}}), kGuide},
        // Surrounding spaces are trimmed.
        {in({{"cidr", " 10.0.0.0/16 "}}), out({{"addresses", 65536}, {"usable", 65531}}), kGuide},
        // An aligned block that is not at the start of a /16 (the default VPC's subnets are /20).
        {in({{"cidr", "172.31.16.0/20"}}), out({{"addresses", 4096}, {"usable", 4091}}), kGuide},
    };
    for (const Case& c : cases) {
        check(c);
    }
}

TEST(CalcVpc, StepsNameTheFiveReservedAddressesAsTheUserGuideDoes)
{
    // "in a subnet with CIDR block 10.0.0.0/24, the following five IP addresses are reserved: 10.0.0.0:
    // Network address. 10.0.0.1: Reserved by AWS for the VPC router. 10.0.0.2: ... DNS server ... 10.0.0.3:
    // Reserved by AWS for future use. 10.0.0.255: Network broadcast address."
    const CalcResult r = run(in({{"cidr", "10.0.0.0/24"}}));
    ASSERT_TRUE(r.ok()) << kGuide;
    EXPECT_TRUE(hasStep(r, QStringLiteral("10.0.0.0: the network address"))) << kGuide;
    EXPECT_TRUE(hasStep(r, QStringLiteral("10.0.0.1: the VPC router"))) << kGuide;
    EXPECT_TRUE(hasStep(r, QStringLiteral("10.0.0.2: the Amazon DNS server (the base plus two)"))) << kGuide;
    EXPECT_TRUE(hasStep(r, QStringLiteral("10.0.0.3: reserved by AWS for future use"))) << kGuide;
    EXPECT_TRUE(hasStep(r, QStringLiteral("10.0.0.255: the broadcast address"))) << kGuide;
    EXPECT_TRUE(hasStep(r, QStringLiteral("256 - 5 = 251 addresses, from 10.0.0.4 (first usable) to "
                                          "10.0.0.254 (last usable)")))
        << r.steps.join(u'\n').toStdString();
    EXPECT_TRUE(hasStep(r, QStringLiteral("2^8 = 256 addresses, from 10.0.0.0 to 10.0.0.255")));

    // Split: the reserved addresses are the first subnet's; the page's two /25 halves are listed.
    const CalcResult split = run(in({{"cidr", "10.0.0.0/24"}, {"split-prefix", "25"}}));
    ASSERT_TRUE(split.ok());
    EXPECT_TRUE(hasStep(split, QStringLiteral("10.0.0.127: the broadcast address")))
        << split.steps.join(u'\n').toStdString();
    EXPECT_TRUE(hasStep(split, QStringLiteral("Subnet 1: 10.0.0.0/25, usable 10.0.0.4 to 10.0.0.126")));
    EXPECT_TRUE(hasStep(split, QStringLiteral("Subnet 2: 10.0.0.128/25, usable 10.0.0.132 to 10.0.0.254")));
    EXPECT_FALSE(hasStep(split, QStringLiteral("more")));
}

TEST(CalcVpc, ASplitListsFourSubnetsThenHowManyMore)
{
    const CalcResult r = run(in({{"cidr", "10.0.0.0/16"}, {"split-prefix", "24"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(hasStep(r, QStringLiteral("2^(24 - 16) = 2^8 = 256 subnet")))
        << r.steps.join(u'\n').toStdString();
    EXPECT_TRUE(hasStep(r, QStringLiteral("of 2^(32 - 24) = 256 addresses each")));
    EXPECT_TRUE(hasStep(r, QStringLiteral("Subnet 4: 10.0.3.0/24")));
    EXPECT_FALSE(hasStep(r, QStringLiteral("Subnet 5:")));
    EXPECT_TRUE(hasStep(r, QStringLiteral("... and 252 more, up to 10.0.255.0/24.")));

    const CalcResult four = run(in({{"cidr", "10.0.0.0/24"}, {"split-prefix", "26"}}));
    ASSERT_TRUE(four.ok());
    EXPECT_TRUE(hasStep(four, QStringLiteral("Subnet 4: 10.0.0.192/26, usable 10.0.0.196 to 10.0.0.254")))
        << four.steps.join(u'\n').toStdString();
    EXPECT_FALSE(hasStep(four, QStringLiteral("more")));
}

TEST(CalcVpc, OverlapIsOneOrZeroWithTheSharedAddresses)
{
    struct Overlap {
        const char* cidr;
        const char* other;
        double overlaps;
        double shared;
    };
    const QList<Overlap> cases{
        {"10.0.0.0/16", "10.0.128.0/17", 1, 32768}, // the other block lies inside
        {"10.0.0.0/16", "10.0.0.0/16", 1, 65536},   // the same block
        {"10.0.128.0/17", "10.0.0.0/16", 1, 32768}, // the block lies inside the other
        {"10.0.0.0/16", "10.0.255.0/24", 1, 256},   // the last /24
        {"10.0.0.0/16", "10.0.0.0/8", 1, 65536},    // an on-premises /8 may be larger than any VPC
        {"10.0.0.0/16", "10.1.0.0/16", 0, 0},       // the next /16
        {"10.1.0.0/16", "10.0.0.0/16", 0, 0},       // the previous /16
        {"10.0.0.0/24", "10.0.1.0/24", 0, 0},       // adjacent /24s
        {"10.0.0.0/16", "172.31.0.0/16", 0, 0},     // the default VPC's block
        {"192.168.0.0/16", "0.0.0.0/0", 1, 65536},  // everything
        {"192.168.0.0/28", "192.168.0.16/32", 0, 0}, {"192.168.0.0/28", "192.168.0.15/32", 1, 1},
    };
    for (const Overlap& c : cases) {
        const CalcResult r = run(in({{"cidr", c.cidr}, {"overlap-with", c.other}}));
        ASSERT_TRUE(r.ok()) << c.cidr << " " << c.other << ": " << r.errors.first().message.toStdString();
        EXPECT_EQ(value(r, "overlaps"), c.overlaps) << c.cidr << " vs " << c.other << " (" << kGuide << ")";
        EXPECT_EQ(value(r, "shared_addresses"), c.shared) << c.cidr << " vs " << c.other;
        EXPECT_TRUE(hasStep(r, c.overlaps == 1 ? QStringLiteral("overlap: they share")
                                               : QStringLiteral("do not overlap")))
            << r.steps.join(u'\n').toStdString();
    }
    const CalcResult shared = run(in({{"cidr", "10.0.0.0/16"}, {"overlap-with", "10.0.128.0/17"}}));
    EXPECT_TRUE(hasStep(shared, QStringLiteral("they share 32,768 addresses, 10.0.128.0 to 10.0.255.255")))
        << shared.steps.join(u'\n').toStdString();
}

TEST(CalcVpc, EveryMalformedBlockIsRefusedAtItsField)
{
    struct Bad {
        const char* text;
        const char* says; ///< part of the message
    };
    const QList<Bad> bad{
        {"10.0.0/16", "four numbers from 0 to 255"},
        {"10.0.0.0/33", "/33 is not an IPv4 prefix length"},
        {"10.0.0.256/24", "four numbers from 0 to 255 (got 256 in"},
        {"10.0.0.0/8", "from /16 (65,536 addresses) to /28 (16 addresses): /8 is too big for a VPC"},
        {"10.0.0.0/29", "to /28 (16 addresses): /29 is too small for a VPC"},
        {"10.0.0.1/24", "did you mean 10.0.0.0/24?"},
        {"10.0.0.5/16", "first address of a /16 block, and 10.0.0.5 does not: did you mean 10.0.0.0/16?"},
        {"100.68.0.18/18", "did you mean 100.68.0.0/18?"},
        {"abc", "such as 10.0.0.0/16"},
        {"10.0.0.0/16/1", "such as 10.0.0.0/16"},
        {"10.0.0.0", "such as 10.0.0.0/16"},
        {"10.0.0.0/", "such as 10.0.0.0/16"},
        {"/16", "such as 10.0.0.0/16"},
        {"10.0.0.0.0/16", "such as 10.0.0.0/16"},
        {"10..0.0/16", "such as 10.0.0.0/16"},
        {"10.0.0.-1/16", "such as 10.0.0.0/16"},
        {"10.0.0.+0/16", "such as 10.0.0.0/16"},
        {"010.0.0.0/16", "such as 10.0.0.0/16"},
        {"10.0.0.0/016", "such as 10.0.0.0/16"},
        {"10.0.0.0 /16", "such as 10.0.0.0/16"},
        {"1e1.0.0.0/16", "such as 10.0.0.0/16"},
        {"10.0.0.0/1x", "such as 10.0.0.0/16"},
        {"99999999999.0.0.0/16", "such as 10.0.0.0/16"},
    };
    for (const Bad& b : bad) {
        const CalcResult r = run(in({{"cidr", b.text}}));
        ASSERT_FALSE(r.ok()) << b.text << " (" << kGuide << ")";
        EXPECT_EQ(r.errors.first().key, QStringLiteral("cidr")) << b.text;
        EXPECT_TRUE(r.errors.first().message.contains(QString::fromLatin1(b.says)))
            << b.text << ": " << r.errors.first().message.toStdString();
        EXPECT_TRUE(r.figures.isEmpty());
        EXPECT_TRUE(r.steps.isEmpty());
    }
    // Empty (or only spaces) is refused as missing.
    for (const char* empty : {"", "   "}) {
        const CalcResult r = run(in({{"cidr", empty}}));
        ASSERT_FALSE(r.ok()) << "'" << empty << "'";
        EXPECT_EQ(r.errors.first().key, QStringLiteral("cidr"));
    }
    const CalcResult absent = run({});
    ASSERT_FALSE(absent.ok());
    EXPECT_EQ(absent.errors.first().key, QStringLiteral("cidr"));

    // The other block is refused at its own field; it may be any prefix from /0 to /32, but still aligned.
    for (const char* text :
         {"10.0.0/16", "10.0.0.0/33", "10.0.0.256/24", "10.0.0.1/24", "abc", "10.0.0.0/16/1"}) {
        const CalcResult r = run(in({{"cidr", "10.0.0.0/16"}, {"overlap-with", text}}));
        ASSERT_FALSE(r.ok()) << text;
        EXPECT_EQ(r.errors.first().key, QStringLiteral("overlap-with")) << text;
    }
}

TEST(CalcVpc, SplitPrefixIsFromTheBlocksPrefixTo28)
{
    // Smaller than the block's own prefix: refused at split-prefix with the range for this block.
    const CalcResult larger = run(in({{"cidr", "10.0.0.0/24"}, {"split-prefix", "20"}}));
    ASSERT_FALSE(larger.ok());
    EXPECT_EQ(larger.errors.first().key, QStringLiteral("split-prefix"));
    EXPECT_TRUE(larger.errors.first().message.contains(QStringLiteral("from 24 to 28")))
        << larger.errors.first().message.toStdString();
    EXPECT_TRUE(larger.figures.isEmpty());
    // Beyond /28 (the smallest subnet, the field's range) or not a whole number.
    for (const char* split : {"29", "32", "15", "24.5", "x"}) {
        const CalcResult r = run(in({{"cidr", "10.0.0.0/16"}, {"split-prefix", split}}));
        ASSERT_FALSE(r.ok()) << split;
        EXPECT_EQ(r.errors.first().key, QStringLiteral("split-prefix")) << split;
        EXPECT_TRUE(r.errors.first().message.contains(QStringLiteral(" to "))) << "the range is given";
    }
    // Both ends of the range for a /20.
    EXPECT_TRUE(run(in({{"cidr", "10.0.16.0/20"}, {"split-prefix", "20"}})).ok());
    EXPECT_TRUE(run(in({{"cidr", "10.0.16.0/20"}, {"split-prefix", "28"}})).ok());
}

TEST(CalcVpc, DrillsAskDifferentQuestionsWithTypicalMistakes)
{
    const Result<QList<DrillQuestion>> questions = drill(vpc(), bundledFacts(), 1, 100, QLocale::c());
    ASSERT_TRUE(questions) << questions.error().toStdString();
    ASSERT_EQ(questions->size(), 100);
    QSet<QString> stems;
    int usable = 0;
    int fit = 0;
    for (const DrillQuestion& q : *questions) {
        stems.insert(q.stem);
        ASSERT_EQ(q.options.size(), 4) << q.stem.toStdString();
        EXPECT_EQ(std::count_if(q.options.cbegin(), q.options.cend(),
                                [](const DrillOption& o) { return o.correct; }),
                  1);
        for (const DrillOption& o : q.options) {
            EXPECT_FALSE(o.why.isEmpty()) << q.stem.toStdString();
        }
        usable += q.stem.contains(QStringLiteral("assigned to instances")) ? 1 : 0;
        fit += q.stem.contains(QStringLiteral("How many subnets")) ? 1 : 0;
    }
    EXPECT_EQ(stems.size(), 100);
    EXPECT_GT(usable, 20);
    EXPECT_GT(fit, 20);

    // The usable-addresses drill's wrong answers: forgetting the 5, subtracting 2, and a power of two off by
    // one.
    DrillRandom random(3);
    for (int i = 0; i < 50; ++i) {
        const DrillCase c =
            vpc().drillCase(random, bundledFacts(), QLocale(QLocale::English, QLocale::UnitedStates));
        const CalcResult r = vpc().run(Inputs{c.inputs, QLocale::c()}, bundledFacts());
        ASSERT_TRUE(r.ok()) << c.stem.toStdString();
        ASSERT_GE(c.mistakes.size(), 3);
        if (c.answer == QLatin1String("usable")) {
            const double addresses = value(r, "addresses");
            EXPECT_EQ(c.mistakes.at(0).value, addresses);
            EXPECT_EQ(c.mistakes.at(1).value, addresses - 2);
            EXPECT_EQ(c.mistakes.at(2).value, addresses / 2 - 5);
        } else {
            ASSERT_EQ(c.answer, QStringLiteral("subnets"));
            EXPECT_EQ(c.mistakes.at(0).value, value(r, "subnets") / 2);
        }
    }
}

} // namespace
