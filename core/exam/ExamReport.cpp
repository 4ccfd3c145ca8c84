#include "exam/ExamReport.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace certdeck {

namespace {

/// The default scale when an attempt has no profile: AWS's associate scale.
constexpr int kMinScore = 100;
constexpr int kMaxScore = 1000;
constexpr int kPassScore = 720;

} // namespace

bool ExamScoring::isCorrect(const Question& question, const QList<int>& selected)
{
    QSet<int> chosen(selected.begin(), selected.end());
    if (chosen.size() != selected.size()) {
        return false;
    }
    int correct = 0;
    for (qsizetype i = 0; i < question.options.size(); ++i) {
        if (question.options[i].correct) {
            ++correct;
            if (!chosen.contains(int(i))) {
                return false;
            }
        }
    }
    return correct == chosen.size();
}

int ExamScoring::scaledScore(const ExamProfile& profile, int correct, int total)
{
    if (total <= 0) {
        return profile.minScore;
    }
    const double share = std::clamp(double(correct) / total, 0.0, 1.0);
    return int(std::lround(profile.minScore + (profile.maxScore - profile.minScore) * share));
}

double ExamScoring::passShare(const ExamProfile& profile)
{
    const int range = profile.maxScore - profile.minScore;
    return range > 0 ? double(profile.passScore - profile.minScore) / range : 1.0;
}

namespace {

/// `profile`'s score scale, or the associate scale for an attempt without one.
ExamProfile scaleOf(const ExamProfile* profile)
{
    if (profile) {
        return *profile;
    }
    ExamProfile scale;
    scale.minScore = kMinScore;
    scale.maxScore = kMaxScore;
    scale.passScore = kPassScore;
    return scale;
}

} // namespace

bool ExamScoring::passed(const ExamAttempt& attempt, const ExamProfile* profile)
{
    const ExamProfile scale = scaleOf(profile);
    if (attempt.scaledScore > 0) {
        return attempt.scaledScore >= scale.passScore;
    }
    return attempt.total > 0 && double(attempt.correct) / attempt.total >= passShare(scale) - 1e-9;
}

ExamReport ExamScoring::score(const ExamAttempt& attempt, const QHash<QString, Question>& questions,
                              const ExamProfile* profile, const QHash<QString, QString>& topicTitles)
{
    const ExamProfile scale = scaleOf(profile);
    ExamReport report;
    report.answered = attempt.answeredCount();
    report.passScore = scale.passScore;
    report.passShare = passShare(scale);
    report.usedMs = attempt.elapsedMs;
    report.timeLimitMs = attempt.timeLimitMs;

    QHash<QString, qsizetype> domainAt;
    if (profile) {
        for (const ExamDomain& d : profile->domains) {
            domainAt.insert(d.id, report.domains.size());
            report.domains.append(DomainResult{d.id, d.name, 0, 0, false});
        }
    }
    for (qsizetype i = 0; i < attempt.items.size(); ++i) {
        const ExamItem& item = attempt.items[i];
        const ExamResponse response = i < attempt.responses.size() ? attempt.responses[i] : ExamResponse{};
        const auto q = questions.constFind(item.questionId);
        const bool right = q != questions.constEnd() && isCorrect(*q, response.selected);
        ++report.total;
        report.correct += right ? 1 : 0;
        auto at = domainAt.constFind(item.domain);
        if (at == domainAt.constEnd()) {
            at = domainAt.insert(item.domain, report.domains.size());
            report.domains.append(
                DomainResult{item.domain, topicTitles.value(item.domain, item.domain), 0, 0, false});
        }
        DomainResult& d = report.domains[*at];
        ++d.total;
        d.correct += right ? 1 : 0;
    }
    if (!profile) {
        std::stable_sort(report.domains.begin(), report.domains.end(),
                         [](const DomainResult& a, const DomainResult& b) { return a.name < b.name; });
    }
    for (DomainResult& d : report.domains) {
        d.meets = d.total > 0 && double(d.correct) / d.total >= report.passShare - 1e-9;
    }
    if (profile && attempt.mode == ExamMode::Timed) {
        report.scaledScore = scaledScore(scale, report.correct, report.total);
        report.passed = *report.scaledScore >= scale.passScore;
    } else {
        report.passed = report.total > 0 && report.share() >= report.passShare - 1e-9;
    }
    return report;
}

} // namespace certdeck
