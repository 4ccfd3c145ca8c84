// VPC: the size of an IPv4 CIDR block, the addresses AWS reserves in a subnet, splitting a block into equal
// subnets, and whether two blocks overlap. Amazon VPC User Guide, "Subnet CIDR blocks": a block is from /16
// (65,536 addresses) to /28 (16); "the first four IP addresses and the last IP address in each subnet CIDR
// block are not available for your use" (the network address, the VPC router, the Amazon DNS server at the
// base plus two, one reserved for future use, and the broadcast address). IPv4 only; the text is parsed by
// hand (QtNetwork is not a dependency of core).
#include "calc/AllCalculators.h"

#include <algorithm>
#include <cmath>

namespace certdeck::calc {

namespace {

const QString kCidr = QStringLiteral("cidr");
const QString kSplitPrefix = QStringLiteral("split-prefix");
const QString kOverlapWith = QStringLiteral("overlap-with");
const QString kReserved = QStringLiteral("vpc.reserved-per-subnet");
const QString kVpcMinPrefix = QStringLiteral("vpc.cidr-min-prefix");
const QString kVpcMaxPrefix = QStringLiteral("vpc.cidr-max-prefix");
const QString kSubnetMinPrefix = QStringLiteral("vpc.subnet-min-prefix");
const QString kSubnetMaxPrefix = QStringLiteral("vpc.subnet-max-prefix");

constexpr int kIpv4Bits = 32;
constexpr int kSubnetsListed = 4; // subnets of a split the steps list one by one

/// An IPv4 block: its first address and its prefix length.
struct Block {
    quint32 base = 0;
    int prefix = 0;

    quint64 size() const { return quint64(1) << (kIpv4Bits - prefix); }
    quint32 last() const { return quint32(quint64(base) + size() - 1); }
};

QString address(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(a >> 24)
        .arg((a >> 16) & 0xff)
        .arg((a >> 8) & 0xff)
        .arg(a & 0xff);
}

QString blockText(const Block& b)
{
    return address(b.base) + u'/' + QString::number(b.prefix);
}

quint32 maskOf(int prefix)
{
    return prefix == 0 ? 0 : quint32(0xffffffffu << (kIpv4Bits - prefix));
}

double powerOfTwo(int exponent)
{
    return std::ldexp(1.0, exponent);
}

/// Whole ASCII digits only ("1" to "999"), no sign, no spaces, no leading zeros; -1 otherwise.
int plainNumber(QStringView text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits || (text.size() > 1 && text.front() == u'0')) {
        return -1;
    }
    int n = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return -1;
        }
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

class VpcSubnets : public Calculator {
    Q_DECLARE_TR_FUNCTIONS(VpcSubnets)

public:
    QString id() const override { return QStringLiteral("vpc"); }
    QString title() const override { return tr("VPC subnets (IPv4)"); }
    QString summary() const override
    {
        return tr(
            "Addresses in a CIDR block, the five AWS reserves in each subnet, equal subnets of a block, "
            "and overlap with another block");
    }
    QStringList factIds() const override
    {
        return {kReserved, kVpcMinPrefix, kVpcMaxPrefix, kSubnetMinPrefix, kSubnetMaxPrefix};
    }
    QList<Field> fields(const FactBook& facts) const override
    {
        const CalcFact* minPrefix = facts.find(kSubnetMinPrefix);
        const CalcFact* maxPrefix = facts.find(kSubnetMaxPrefix);
        Field cidr;
        cidr.key = kCidr;
        cidr.label = tr("CIDR block");
        cidr.type = Field::Type::Text;
        cidr.required = true;
        cidr.example = QStringLiteral("10.0.0.0/16");
        cidr.help = tr("The VPC's or subnet's IPv4 block, from /16 to /28, such as 10.0.0.0/16");
        // The static range is the subnet sizes AWS allows; compute() narrows it to the block's prefix to 28.
        Field split = Field::number(kSplitPrefix, tr("Split into subnets of prefix"), QString(),
                                    minPrefix ? minPrefix->value : 16, maxPrefix ? maxPrefix->value : 28);
        split.integer = true;
        split.example = QStringLiteral("24");
        split.help = tr("The prefix length of equal subnets to split the block into, such as 24; from the "
                        "block's own prefix to 28");
        Field overlap;
        overlap.key = kOverlapWith;
        overlap.label = tr("Check overlap with");
        overlap.type = Field::Type::Text;
        overlap.example = QStringLiteral("172.31.0.0/16");
        overlap.help =
            tr("Another IPv4 block (a peer VPC, an on-premises network), any prefix from /0 to /32");
        return {cidr, split, overlap};
    }

    void compute(const Values& v, Work& w) const override
    {
        const double reserved = w.fact(kReserved);
        const double vpcMin = w.fact(kVpcMinPrefix);
        const double vpcMax = w.fact(kVpcMaxPrefix);
        const double subnetMax = w.fact(kSubnetMaxPrefix);
        if (w.failed()) {
            return;
        }
        const std::optional<Block> block = parse(w, kCidr, v.text(kCidr), int(vpcMin), int(vpcMax));
        std::optional<Block> other;
        if (v.has(kOverlapWith)) {
            other = parse(w, kOverlapWith, v.text(kOverlapWith), 0, kIpv4Bits);
        }
        std::optional<int> split;
        if (v.has(kSplitPrefix)) {
            split = int(v.number(kSplitPrefix));
            if (block && (*split < block->prefix || *split > int(subnetMax))) {
                //: %1 and %2 are the shortest and longest prefix lengths allowed, %3 the block, %4 what was
                //: given
                w.error(kSplitPrefix, tr("must be a whole number from %1 to %2: a subnet of %3 is at most as "
                                         "large as the block and at least a /%2 (got %4)")
                                          .arg(block->prefix)
                                          .arg(int(subnetMax))
                                          .arg(blockText(*block))
                                          .arg(*split));
            }
        }
        if (w.failed() || !block) {
            return;
        }

        const Block& b = *block;
        const int hostBits = kIpv4Bits - b.prefix;
        const double addresses = powerOfTwo(hostBits);
        //: %1 a block such as 10.0.0.0/16, %2 its prefix length, %3 the host bits (32 - %2), %4 the address
        //: count, %5 and %6 its first and last address
        w.step(tr("%1: 32 - %2 = %3 host bits, so 2^%3 = %4 addresses, from %5 to %6.")
                   .arg(blockText(b))
                   .arg(b.prefix)
                   .arg(hostBits)
                   .arg(w.num(addresses), address(b.base), address(b.last())));

        // The first subnet: the block itself, or the first of the split.
        const Block first{b.base, split.value_or(b.prefix)};
        if (split) {
            //: %1 the number of reserved addresses, %2 the first subnet of a split such as 10.0.0.0/24
            w.step(tr("AWS reserves %1 addresses in every subnet, the first four and the last; in the first "
                      "subnet, %2, they are:")
                       .arg(w.num(reserved), blockText(first)));
        } else {
            //: %1 the number of reserved addresses, %2 a block such as 10.0.0.0/16
            w.step(tr("AWS reserves %1 addresses in every subnet, the first four and the last; in %2 as one "
                      "subnet they are:")
                       .arg(w.num(reserved), blockText(first)));
        }
        //: %1 an IPv4 address
        w.step(tr("%1: the network address.").arg(address(first.base)));
        w.step(tr("%1: the VPC router.").arg(address(first.base + 1)));
        w.step(tr("%1: the Amazon DNS server (the base plus two).").arg(address(first.base + 2)));
        w.step(tr("%1: reserved by AWS for future use.").arg(address(first.base + 3)));
        w.step(tr("%1: the broadcast address (a VPC does not support broadcast, so it is reserved).")
                   .arg(address(first.last())));

        const double usable = addresses - reserved;
        const quint32 firstUsable = b.base + quint32(reserved) - 1;
        //: %1 addresses in the block, %2 reserved addresses, %3 the difference, %4 and %5 the first and last
        //: address an instance can have
        w.step(tr("Usable: %1 - %2 = %3 addresses, from %4 (first usable) to %5 (last usable).")
                   .arg(w.num(addresses), w.num(reserved), w.num(usable), address(firstUsable),
                        address(b.last() - 1)));

        std::optional<double> subnets;
        std::optional<double> usablePerSubnet;
        std::optional<double> totalUsable;
        if (split) {
            const int bits = *split - b.prefix;
            subnets = powerOfTwo(bits);
            const double perSubnet = powerOfTwo(kIpv4Bits - *split);
            usablePerSubnet = perSubnet - reserved;
            totalUsable = *subnets * *usablePerSubnet;
            const int count = int(*subnets);
            //: %1 the subnets' prefix length, %2 the block's, %3 the difference, %n the subnet count, %4
            //: addresses in each subnet
            w.step(tr("Split into /%1: 2^(%1 - %2) = 2^%3 = %n subnet(s) of 2^(32 - %1) = %4 addresses each.",
                      nullptr, count)
                       .arg(*split)
                       .arg(b.prefix)
                       .arg(bits)
                       .arg(w.num(perSubnet)));
            //: %1 addresses per subnet, %2 reserved per subnet, %3 usable per subnet, %4 the subnet count, %5
            //: usable in all subnets
            w.step(tr("Each subnet: %1 - %2 = %3 usable; %4 x %3 = %5 usable in all.")
                       .arg(w.num(perSubnet), w.num(reserved), w.num(*usablePerSubnet), w.num(*subnets),
                            w.num(*totalUsable)));
            for (int i = 0; i < std::min(count, kSubnetsListed); ++i) {
                const Block s{quint32(b.base + quint64(i) * quint64(perSubnet)), *split};
                //: %1 the subnet's number, %2 a subnet such as 10.0.1.0/24, %3 and %4 its first and last
                //: usable addresses
                w.step(
                    tr("Subnet %1: %2, usable %3 to %4.")
                        .arg(i + 1)
                        .arg(blockText(s), address(s.base + quint32(reserved) - 1), address(s.last() - 1)));
            }
            if (count > kSubnetsListed) {
                const Block last{quint32(b.base + quint64(count - 1) * quint64(perSubnet)), *split};
                //: %n how many subnets are not listed, %1 the last subnet such as 10.0.255.0/24
                w.step(
                    tr("... and %n more, up to %1.", nullptr, count - kSubnetsListed).arg(blockText(last)));
            }
        }

        std::optional<double> overlaps;
        std::optional<double> shared;
        if (other) {
            const quint32 from = std::max(b.base, other->base);
            const quint32 to = std::min(b.last(), other->last());
            const bool overlap = b.base <= other->last() && other->base <= b.last();
            overlaps = overlap ? 1.0 : 0.0;
            shared = overlap ? double(quint64(to) - quint64(from) + 1) : 0.0;
            //: %1 and %4 blocks such as 10.0.0.0/16, %2 %3 and %5 %6 their first and last addresses
            const QString ranges = tr("%1 (%2 to %3) and %4 (%5 to %6)")
                                       .arg(blockText(b), address(b.base), address(b.last()),
                                            blockText(*other), address(other->base), address(other->last()));
            if (overlap) {
                //: %1 names both blocks with their ranges, %2 the shared address count, %3 and %4 the first
                //: and last shared address
                w.step(tr("%1 overlap: they share %2 addresses, %3 to %4. VPCs whose CIDR blocks overlap "
                          "cannot be peered.")
                           .arg(ranges, w.num(double(quint64(to) - quint64(from) + 1)), address(from),
                                address(to)));
            } else {
                //: %1 names both blocks with their ranges
                w.step(tr("%1 do not overlap: no address is in both.").arg(ranges));
            }
        }

        w.figure(QStringLiteral("addresses"), tr("Addresses in the block"), addresses, QString());
        w.figure(QStringLiteral("reserved"), tr("Reserved by AWS per subnet"), reserved, QString());
        w.figure(QStringLiteral("usable"), tr("Usable addresses (block as one subnet)"), usable, QString());
        w.figure(QStringLiteral("subnets"), tr("Subnets in the split"), subnets, QString());
        w.figure(QStringLiteral("usable_per_subnet"), tr("Usable addresses per subnet"), usablePerSubnet,
                 QString());
        w.figure(QStringLiteral("total_usable"), tr("Usable addresses in all subnets"), totalUsable,
                 QString());
        w.figure(QStringLiteral("overlaps"), tr("Overlaps the other block (1 yes, 0 no)"), overlaps,
                 QString());
        w.figure(QStringLiteral("shared_addresses"), tr("Addresses in both blocks"), shared, QString());
    }

    DrillCase drillCase(DrillRandom& random, const FactBook& facts, const QLocale&) const override
    {
        auto fact = [&](const QString& id, double fallback) { return facts.value(id, fallback); };
        const double reserved = fact(kReserved, 5);
        const int vpcMin = int(fact(kVpcMinPrefix, 16));
        const int vpcMax = int(fact(kVpcMaxPrefix, 28));
        const int subnetMax = int(fact(kSubnetMaxPrefix, 28));

        DrillCase c;
        if (random.between(0, 1) == 0) {
            // Usable addresses in a /n subnet.
            const int n = random.between(std::max(vpcMin, 20), vpcMax);
            const Block b = randomBlock(random, n);
            c.inputs = {{kCidr, blockText(b)}};
            //: %1 a subnet's CIDR block such as 10.0.32.0/22
            c.stem =
                tr("A subnet in a VPC has the CIDR block %1. How many IP addresses in it can be assigned "
                   "to instances?")
                    .arg(blockText(b));
            c.answer = QStringLiteral("usable");
            const int hostBits = kIpv4Bits - n;
            const QString n5 = QString::number(reserved);
            //: %1 a prefix length such as 26, %2 the host bits (32 - %1)
            const QString power = tr("a /%1 has 2^(32 - %1) = 2^%2 addresses").arg(n).arg(hostBits);
            c.mistakes = {
                //: %1 the number of reserved addresses (5)
                {powerOfTwo(hostBits),
                 tr("AWS reserves %1 addresses in every subnet; they cannot be assigned.").arg(n5)},
                {powerOfTwo(hostBits) - 2,
                 tr("AWS reserves %1 addresses per subnet, not only the network and broadcast addresses an "
                    "on-premises network loses.")
                     .arg(n5)},
                //: %1 says how many addresses a block has, such as "a /26 has 2^(32 - 26) = 2^6 addresses"
                {powerOfTwo(hostBits - 1) - reserved,
                 tr("Off by one power of two: %1, not half as many.").arg(power)},
                {powerOfTwo(hostBits + 1) - reserved,
                 tr("Off by one power of two: %1, not twice as many.").arg(power)},
                //: %1 the number of reserved addresses (5)
                {powerOfTwo(hostBits) - reserved + 1,
                 tr("The last address, the broadcast address, is reserved too: %1 in all.").arg(n5)},
            };
        } else {
            // How many /m subnets fit in a /n VPC.
            const int n = random.between(vpcMin, std::min(vpcMax, 24));
            const int m = random.between(n + 1, std::min(subnetMax, n + 10));
            const Block b = randomBlock(random, n);
            c.inputs = {{kCidr, blockText(b)}, {kSplitPrefix, QString::number(m)}};
            //: %1 a VPC's CIDR block such as 10.20.0.0/16, %2 a longer prefix length such as 24
            c.stem = tr("A VPC has the CIDR block %1. How many subnets of size /%2 can it be divided into, "
                        "without overlap?")
                         .arg(blockText(b))
                         .arg(m);
            c.answer = QStringLiteral("subnets");
            const int bits = m - n;
            //: %1 the subnets' prefix length, %2 the VPC's, %3 the difference
            const QString count = tr("2^(%1 - %2) = 2^%3").arg(m).arg(n).arg(bits);
            c.mistakes = {
                //: %1 the count as a power of two, such as "2^(24 - 16) = 2^8"
                {powerOfTwo(bits - 1),
                 tr("Off by one power of two: the count is %1, not half of it.").arg(count)},
                {powerOfTwo(bits + 1),
                 tr("Off by one power of two: the count is %1, not twice it.").arg(count)},
                {powerOfTwo(bits) - 1, tr("The reserved addresses are inside each subnet; they do not take a "
                                          "subnet away from the VPC.")},
                {powerOfTwo(kIpv4Bits - m),
                 tr("That is the number of addresses in each subnet, not the number of subnets.")},
                //: %1 the subnets' prefix length, %2 the VPC's
                {double(bits),
                 tr("Each extra prefix bit doubles the count; %1 - %2 only counts the bits.").arg(m).arg(n)},
            };
        }
        return c;
    }

private:
    /// Parses "a.b.c.d/n" strictly: four numbers 0-255, a prefix from `minPrefix` to `maxPrefix`, and the
    /// address the first of its block. Reports a problem at `key` and gives none.
    static std::optional<Block> parse(Work& w, const QString& key, const QString& input, int minPrefix,
                                      int maxPrefix)
    {
        const QString text = input.trimmed();
        const QString got = text.left(40);
        auto malformed = [&] {
            //: %1 what was given
            w.error(key, tr("must be an IPv4 CIDR block: four numbers from 0 to 255, a slash and a prefix "
                            "length, such as 10.0.0.0/16 (got '%1')")
                             .arg(got));
            return std::nullopt;
        };
        const QList<QStringView> halves = QStringView(text).split(u'/');
        if (halves.size() != 2) {
            return malformed();
        }
        const QList<QStringView> octets = halves.at(0).split(u'.');
        if (octets.size() != 4) {
            return malformed();
        }
        quint32 base = 0;
        for (const QStringView octet : octets) {
            const int n = plainNumber(octet, 3);
            if (n < 0) {
                return malformed();
            }
            if (n > 255) {
                //: %1 the number given, %2 the whole text
                w.error(key, tr("must have four numbers from 0 to 255 (got %1 in '%2')").arg(n).arg(got));
                return std::nullopt;
            }
            base = (base << 8) | quint32(n);
        }
        const int prefix = plainNumber(halves.at(1), 2);
        if (prefix < 0) {
            return malformed();
        }
        if (prefix > kIpv4Bits) {
            //: %1 and %2 the range of prefix lengths accepted here, %3 the prefix length given
            w.error(key, tr("must end in a prefix length from /%1 to /%2; /%3 is not an IPv4 prefix length")
                             .arg(minPrefix)
                             .arg(maxPrefix)
                             .arg(prefix));
            return std::nullopt;
        }
        if (prefix < minPrefix || prefix > maxPrefix) {
            //: %1 and %3 the shortest and longest prefix lengths of a VPC, %2 and %4 their address counts, %5
            //: the prefix length given
            const QString message =
                prefix < minPrefix
                    ? tr("must be from /%1 (%2 addresses) to /%3 (%4 addresses): /%5 is too big for a VPC")
                    : tr("must be from /%1 (%2 addresses) to /%3 (%4 addresses): /%5 is too small for a VPC");
            w.error(key, message.arg(minPrefix)
                             .arg(w.num(powerOfTwo(kIpv4Bits - minPrefix)))
                             .arg(maxPrefix)
                             .arg(w.num(powerOfTwo(kIpv4Bits - maxPrefix)))
                             .arg(prefix));
            return std::nullopt;
        }
        const Block aligned{base & maskOf(prefix), prefix};
        if (aligned.base != base) {
            //: %1 a prefix length, %2 the address given, %3 the block it lies in, such as 10.0.0.0/16
            w.error(key,
                    tr("must start at the first address of a /%1 block, and %2 does not: did you mean %3?")
                        .arg(prefix)
                        .arg(address(base), blockText(aligned)));
            return std::nullopt;
        }
        return aligned;
    }

    /// A private (RFC 1918) block of prefix `n` at a random place, as exam questions write them.
    static Block randomBlock(DrillRandom& random, int n)
    {
        quint32 a = 0;
        switch (random.between(0, 3)) {
        case 0:
        case 1:
            a = (10u << 24) | (quint32(random.between(0, 255)) << 16);
            break;
        case 2:
            a = (172u << 24) | (quint32(random.between(16, 31)) << 16);
            break;
        default:
            a = (192u << 24) | (168u << 16);
            break;
        }
        a |= quint32(random.between(0, 255)) << 8 | quint32(random.between(0, 255));
        return Block{a & maskOf(n), n};
    }
};

} // namespace

const Calculator& vpcSubnets()
{
    static const VpcSubnets c;
    return c;
}

} // namespace certdeck::calc
