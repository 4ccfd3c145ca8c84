#include "stats/StudyAdvice.h"

#include <algorithm>
#include <cmath>

namespace certdeck {

namespace {

double passShareOf(const ProfileReadiness& r)
{
    const double range = r.maxScore - r.minScore;
    return range > 0 ? (r.passScore - r.minScore) / range : 1.0;
}

int percent(double share)
{
    return int(std::lround(share * 100));
}

} // namespace

TodayPlan StudyAdvice::plan(const StatsReport& report, int dueNow, int newToday)
{
    TodayPlan plan;
    const ProfileStats* focus = nullptr;
    for (const ProfileStats& p : report.profiles) {
        if (!focus || p.readiness.answers > focus->readiness.answers) {
            focus = &p;
        }
        if (!p.readiness.hasEstimate) {
            continue;
        }
        QList<DomainReadiness> domains = p.readiness.domains;
        std::stable_sort(
            domains.begin(), domains.end(),
            [](const DomainReadiness& a, const DomainReadiness& b) { return a.estimate < b.estimate; });
        for (qsizetype i = 0; i < std::min<qsizetype>(2, domains.size()); ++i) {
            plan.weakDomains.append(WeakSpot{p.profileId, domains[i].domainId, QString(), domains[i].name,
                                             domains[i].estimate, domains[i].weight});
        }
    }
    QList<TopicStrength> topics;
    for (const TopicStrength& t : report.topics) {
        if (t.touched() && t.questions > 0) {
            topics.append(t);
        }
    }
    std::stable_sort(topics.begin(), topics.end(),
                     [](const TopicStrength& a, const TopicStrength& b) { return a.estimate < b.estimate; });
    for (qsizetype i = 0; i < std::min<qsizetype>(3, topics.size()); ++i) {
        plan.weakTopics.append(
            WeakSpot{QString(), QString(), topics[i].topicId, topics[i].title, topics[i].estimate, 0});
    }

    NextStep& next = plan.next;
    if (focus) {
        plan.focusProfileId = focus->profileId;
    }
    const DomainReadiness* weakest = nullptr;
    if (focus && focus->readiness.hasEstimate) {
        for (const DomainReadiness& d : focus->readiness.domains) {
            if (!weakest || d.estimate < weakest->estimate) {
                weakest = &d;
            }
        }
    }
    if (!report.hasProgress()) {
        next.kind = NextStep::Kind::FirstCards;
        next.count = newToday;
        next.title = tr("Learn your first cards");
        next.reason = tr("Start with a few flashcards, then answer practice questions: after both, Certdeck "
                         "estimates your exam score and shows your weakest domains here.");
        return plan;
    }
    if (dueNow > 0) {
        next.kind = NextStep::Kind::Reviews;
        next.count = dueNow;
        next.title = tr("Review %n due card(s)", "", dueNow);
        next.reason = tr("These cards are at the point of being forgotten: a review now takes seconds, "
                         "relearning a forgotten card takes minutes.");
        return plan;
    }
    if (weakest && weakest->estimate < passShareOf(focus->readiness) + kDrillMargin) {
        next.kind = NextStep::Kind::DrillDomain;
        next.profileId = focus->profileId;
        next.domainId = weakest->domainId;
        //: %1 an exam domain ("Design Secure Architectures"), %2 the exam code
        next.title = tr("Drill %1 (%2)").arg(weakest->name, focus->code);
        //: %1 domain name, %2 exam code, %3 estimated percent right, %4 percent the pass line needs, %5 the
        //: domain's percent of the exam
        next.reason =
            tr("%1 is your weakest %2 domain: about %3% right estimated, where passing needs about %4%, "
               "and it is %5% of the exam.")
                .arg(weakest->name, focus->code)
                .arg(percent(weakest->estimate))
                .arg(percent(passShareOf(focus->readiness)))
                .arg(weakest->weight);
        return plan;
    }
    if (newToday > 0) {
        next.kind = NextStep::Kind::NewCards;
        next.count = newToday;
        next.title = tr("Learn %n new card(s)", "", newToday);
        next.reason = tr("No card is due and every domain is estimated above the pass line: new cards widen "
                         "what you know.");
        return plan;
    }
    if (focus && focus->readiness.hasEstimate) {
        const qint64 weekAgoMs = report.now.toMSecsSinceEpoch() - qint64(kExamEveryDays) * 24 * 3600 * 1000;
        const bool recentExam =
            !focus->history.isEmpty() && focus->history.back().finishedAt.toMSecsSinceEpoch() >= weekAgoMs;
        if (!recentExam) {
            next.kind = NextStep::Kind::FullExam;
            next.profileId = focus->profileId;
            //: %1 exam code
            next.title = tr("Take a timed %1 exam").arg(focus->code);
            //: %1 estimated score, %2 and %3 its range, %4 exam code
            next.reason = tr("Your estimate is %1 (likely %2 to %3): a timed exam of %4 checks it under exam "
                             "conditions.")
                              .arg(focus->readiness.score)
                              .arg(focus->readiness.low)
                              .arg(focus->readiness.high)
                              .arg(focus->code);
            return plan;
        }
    }
    next.kind = NextStep::Kind::Done;
    next.title = tr("Done for today");
    next.reason = weakest
                      ? tr("Nothing is due. To keep sharp, drill your weakest domain: %1.").arg(weakest->name)
                      : tr("Nothing is due and no new card is left for today.");
    if (weakest) {
        next.profileId = focus->profileId;
        next.domainId = weakest->domainId;
    }
    return plan;
}

} // namespace certdeck
