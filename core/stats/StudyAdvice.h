#pragma once

// What to study now: the Today page's plain answer, as a pure function of the statistics and today's queue.
//
// The focus profile is the one with the most answers in the last 90 days (the first profile on a tie or
// without answers). The next step is the first of these that applies:
//   1. Nothing studied yet: learn the first cards (then answer questions for an estimate).
//   2. Cards due now: review them (forgetting costs more later than reviewing costs now).
//   3. The focus profile's weakest domain is estimated below the pass share plus 5 points: drill it.
//   4. New cards left for today: learn them.
//   5. No timed exam of the focus profile in the last 7 days: take one (it checks the estimate).
//   6. Otherwise: done for today (the weakest domain can still be drilled).
// Weak spots: per profile with an estimate, its two weakest domains; and the three weakest topics the learner
// has touched (a card studied or a question answered) that have questions to drill, lowest estimate first.

#include "stats/StatsReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certdeck {

struct WeakSpot {
    QString profileId; ///< a domain's profile; empty for a topic
    QString domainId;  ///< empty for a topic
    QString topicId;   ///< empty for a domain
    QString name;
    double estimate = 0; ///< estimated share right
    int weight = 0;      ///< a domain's percent of its exam
};

struct NextStep {
    enum class Kind { FirstCards, Reviews, DrillDomain, NewCards, FullExam, Done };
    Kind kind = Kind::FirstCards;
    QString profileId, domainId; ///< DrillDomain, FullExam
    int count = 0;               ///< cards for Reviews, NewCards, FirstCards
    QString title;               ///< what to do, for a button ("Review 12 due cards")
    QString reason;              ///< why, in a sentence
};

struct TodayPlan {
    NextStep next;
    QString focusProfileId;
    QList<WeakSpot> weakDomains; ///< per profile in content order, weakest first within it
    QList<WeakSpot> weakTopics;
};

class StudyAdvice {
    Q_DECLARE_TR_FUNCTIONS(StudyAdvice)

public:
    static constexpr double kDrillMargin = 0.05;
    static constexpr int kExamEveryDays = 7;

    /// `dueNow`: cards due now (learning and review, within today's limit); `newToday`: new cards left for
    /// today.
    static TodayPlan plan(const StatsReport& report, int dueNow, int newToday);
};

} // namespace certdeck
