#include "stats/Readiness.h"

#include <algorithm>
#include <cmath>

namespace certdeck {

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

QHash<QString, QHash<QString, double>> topicDomainLinks(const ExamProfile& profile,
                                                        const QList<Question>& questions)
{
    QHash<QString, QHash<QString, int>> counts;
    QHash<QString, int> totals;
    for (const Question& q : questions) {
        const QString domain = q.domains.value(profile.id);
        if (domain.isEmpty() || !profile.domain(domain)) {
            continue;
        }
        ++counts[q.topic][domain];
        ++totals[q.topic];
    }
    QHash<QString, QHash<QString, double>> links;
    for (auto topic = counts.cbegin(); topic != counts.cend(); ++topic) {
        const double total = totals.value(topic.key());
        for (auto d = topic->cbegin(); d != topic->cend(); ++d) {
            links[topic.key()].insert(d.key(), d.value() / total);
        }
    }
    return links;
}

ShareEstimate estimateShare(const DomainEvidence& e)
{
    using M = ReadinessModel;
    ShareEstimate x;
    x.cardRecall = e.linkedCards > 0 ? std::clamp(e.linkedRecall / e.linkedCards, 0.0, 1.0) : 0.0;
    double s = 0;
    for (const ReadinessAnswer& a : e.answers) {
        if (a.ageDays > M::kWindowDays) {
            continue;
        }
        const double w = std::pow(0.5, std::max(0.0, a.ageDays) / M::kHalfLifeDays);
        x.answerWeight += w;
        s += a.correct ? w : 0;
        ++x.answers;
        x.correct += a.correct ? 1 : 0;
    }
    const double prior = M::kGuess + (M::kCardCeiling - M::kGuess) * x.cardRecall;
    x.estimate = (M::kPriorAnswers * prior + s) / (M::kPriorAnswers + x.answerWeight);
    x.sd = std::sqrt(x.estimate * (1 - x.estimate) / (M::kPriorAnswers + x.answerWeight + 1));
    return x;
}

ProfileReadiness estimateReadiness(const ExamProfile& profile, const QHash<QString, DomainEvidence>& evidence)
{
    using M = ReadinessModel;
    ProfileReadiness r;
    r.profileId = profile.id;
    r.code = profile.code;
    r.name = profile.name;
    r.minScore = profile.minScore;
    r.maxScore = profile.maxScore;
    r.passScore = profile.passScore;

    double weightSum = 0, share = 0, variance = 0;
    for (const ExamDomain& domain : profile.domains) {
        const DomainEvidence e = evidence.value(domain.id);
        DomainReadiness d;
        d.domainId = domain.id;
        d.name = domain.name;
        d.weight = domain.weight;
        d.linkedCards = e.linkedCards;
        d.studiedCards = e.studiedCards;
        const ShareEstimate x = estimateShare(e);
        d.cardRecall = x.cardRecall;
        d.answers = x.answers;
        d.correctAnswers = x.correct;
        d.answerWeight = x.answerWeight;
        d.estimate = x.estimate;
        d.sd = x.sd;
        const double var = x.sd * x.sd;
        r.answers += d.answers;
        r.studiedCards += d.studiedCards;

        const double w = domain.weight / 100.0;
        weightSum += w;
        share += w * d.estimate;
        variance += w * w * var;
        r.domains.append(d);
    }
    r.hasEstimate = weightSum > 0 && (r.answers > 0 || r.studiedCards > 0);
    if (!r.hasEstimate) {
        return r;
    }
    share /= weightSum;
    variance = variance / (weightSum * weightSum) + share * (1 - share) / M::kExamQuestions;
    const double sd = std::sqrt(variance);
    const double range = profile.maxScore - profile.minScore;
    const auto scaled = [&](double x) {
        return int(std::lround(profile.minScore + range * std::clamp(x, 0.0, 1.0)));
    };
    r.share = share;
    r.score = scaled(share);
    r.low = scaled(share - M::kInterval80 * sd);
    r.high = scaled(share + M::kInterval80 * sd);
    const double passShare = range > 0 ? (profile.passScore - profile.minScore) / range : 1.0;
    r.passChance = sd > 0 ? normalCdf((share - passShare) / sd) : (share >= passShare ? 1.0 : 0.0);
    return r;
}

} // namespace certdeck
