#pragma once

// Readiness: an estimate of the scaled score a learner would get on a profile's exam today, with a range.
//
// Per domain D of the profile (weight W_D percent of the exam):
//   Answers. Every final answer (timed, practice or drill) of the last 90 days to a question that serves D
//     in the profile, each weighted by its age: 0.5^(days ago / 30). n = sum of weights, s = weighted right.
//   Cards. A card is linked to D through its topic: a topic whose profile questions serve D in a share q
//     of cases links each of its cards to D with weight q. The cards' recall k is the weighted mean of
//     their FSRS probability of recall now, a card never graded counting 0: it measures coverage and memory
//     together, so knowing 10 cards of 100 perfectly is 10%.
//   Prior from the cards: m = g + (c - g) x k, with g = 0.25 (guessing one of four options) and c = 0.85
//     (cards alone do not carry a learner past 85% on scenario questions). It counts as n0 = 8 answers.
//   Estimate: p = (n0 x m + s) / (n0 + n), a beta-binomial mean; its variance p(1 - p) / (n0 + n + 1).
//   So answers soon outweigh the cards, and a domain with no answers rests on its cards with a wide range.
// Exam: share = sum of W_D x p_D / 100; variance = sum of (W_D / 100)^2 x var_D plus share(1 - share)/65,
// the spread of a real 65-question exam even for a learner whose share were known exactly. The scaled
// score is min + (max - min) x share (Certdeck's scoring, see ExamReport.h), the range the 80% interval
// (share ± 1.2816 sd, clamped to the scale), the pass chance P(share >= pass share) under a normal law.
// No estimate while there is no evidence: no linked card graded and no question of the profile answered.
// It is an estimate of Certdeck's own scoring on this bank, not of AWS's unpublished scaling: the pages say
// so.

#include "content/ContentModel.h"
#include "stats/StatsReport.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace certdeck {

struct ReadinessModel {
    static constexpr double kGuess = 0.25;
    static constexpr double kCardCeiling = 0.85;
    static constexpr double kPriorAnswers = 8;
    static constexpr int kWindowDays = 90;
    static constexpr double kHalfLifeDays = 30;
    static constexpr int kExamQuestions = 65;
    static constexpr double kInterval80 = 1.2816;
};

/// One answer as readiness sees it: right or wrong, and how many days ago.
struct ReadinessAnswer {
    double ageDays = 0;
    bool correct = false;
};

/// What readiness needs per domain: the cards' links and recall, the answers.
struct DomainEvidence {
    double linkedCards = 0;  ///< sum of link weights
    double linkedRecall = 0; ///< sum of link weight x probability of recall
    int studiedCards = 0;
    QList<ReadinessAnswer> answers;
};

/// A share right estimated from cards and answers as above (the domain's or a topic's).
struct ShareEstimate {
    double estimate = 0, sd = 0;
    double cardRecall = 0;
    double answerWeight = 0;
    int answers = 0, correct = 0;
};
ShareEstimate estimateShare(const DomainEvidence& evidence);

/// The estimate for `profile` from the evidence of each of its domains (by domain id).
ProfileReadiness estimateReadiness(const ExamProfile& profile,
                                   const QHash<QString, DomainEvidence>& evidence);

/// Per topic id: the domains of `profile` its questions serve, with the share of the topic's questions
/// serving each (summing to 1 for a topic with questions in the profile).
QHash<QString, QHash<QString, double>> topicDomainLinks(const ExamProfile& profile,
                                                        const QList<Question>& questions);

/// Probability of a standard normal value at most `z`.
double normalCdf(double z);

} // namespace certdeck
