#pragma once

// What the Stats and Today pages draw and `certdeck stats --json` prints: value types only, computed by
// computeStats (StatsEngine.h) and readiness (Readiness.h). Header-only so that the chart library, loaded
// when the Stats page is first opened, shares them without linking the core.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <algorithm>

namespace certdeck {

/// One study day (from "next day starts at" to the next): grades by rating, questions answered, time spent.
struct StudyDayActivity {
    QDate date;
    int again = 0, hard = 0, good = 0, easy = 0;
    int answers = 0;       ///< exam questions answered (any mode)
    qint64 reviewMs = 0;   ///< time spent grading cards
    qint64 questionMs = 0; ///< time spent on exam questions

    int reviews() const { return again + hard + good + easy; }
    bool studied() const { return reviews() > 0 || answers > 0; }
};

/// Cards coming due on one study day of the next 30 (the first holds every card already overdue).
struct ForecastDay {
    QDate date;
    int due = 0;
};

/// True retention of a topic: of the grades given to cards in review (not new, not on a learning step), the
/// share that were recalled (Hard, Good or Easy), over the report's window.
struct TopicRetention {
    QString topicId, title;
    int reviews = 0;
    int recalled = 0;

    double retention() const { return reviews ? double(recalled) / reviews : 0.0; }
};

/// How well a topic is known: the same estimate as a readiness domain (Readiness.h), from the topic's cards
/// and its questions' answers.
struct TopicStrength {
    QString topicId, title;
    double estimate = 0; ///< estimated share right on the topic's questions, 0 to 1
    int cards = 0, studiedCards = 0;
    int questions = 0;                   ///< questions in the bank (a drill needs some)
    int answers = 0, correctAnswers = 0; ///< last 90 days

    bool touched() const { return studiedCards > 0 || answers > 0; }
};

/// The content's cards by where they are in learning. Suspended cards count only as suspended; leeches
/// are also counted in their state (a leech is suspended when tagged, but may be unsuspended).
struct CardStateCounts {
    int fresh = 0; ///< never graded
    int learning = 0;
    int review = 0;
    int relearning = 0;
    int suspended = 0;
    int leeches = 0;

    int total() const { return fresh + learning + review + relearning + suspended; }
};

/// Days in a row with study (a grade or an answered question). The current streak counts today when
/// studied, else it ends yesterday: a streak is not broken until a whole study day passes without study.
struct StudyStreak {
    int current = 0;
    int longest = 0;
    bool studiedToday = false;
};

/// A finished timed exam of a profile.
struct ExamScorePoint {
    qint64 attemptId = 0;
    QDateTime finishedAt; ///< UTC
    int scaledScore = 0;
    int correct = 0, total = 0;
    bool passed = false;
};

/// Answers to questions that serve one domain of a profile (any mode), over the report's window.
struct DomainAccuracy {
    QString domainId, name;
    int weight = 0; ///< percent of the exam
    int correct = 0, total = 0;

    double share() const { return total ? double(correct) / total : 0.0; }
};

/// The readiness model's view of one domain (see Readiness.h for the model).
struct DomainReadiness {
    QString domainId, name;
    int weight = 0;          ///< percent of the exam
    double estimate = 0;     ///< estimated share right on this domain's questions, 0 to 1
    double sd = 0;           ///< its standard deviation under the model
    double cardRecall = 0;   ///< probability of recall of the linked cards (never studied: 0), 0 to 1
    double linkedCards = 0;  ///< how many cards are linked (a card can be shared between domains)
    int studiedCards = 0;    ///< linked cards graded at least once
    int answers = 0;         ///< answers counted (last 90 days)
    int correctAnswers = 0;  ///< of them right
    double answerWeight = 0; ///< the answers' weight after ageing (each counts 0.5^(days/30))
};

/// Estimated exam result of one profile. hasEstimate is false while there is nothing to estimate from
/// (no card studied that links to the profile, no question of it answered).
struct ProfileReadiness {
    QString profileId, code, name;
    int minScore = 100, maxScore = 1000, passScore = 720;
    bool hasEstimate = false;
    double share = 0;               ///< estimated share right over the exam
    int score = 0;                  ///< estimated scaled score
    int low = 0, high = 0;          ///< the 80% range of the scaled score
    double passChance = 0;          ///< probability that a real attempt scores at least passScore, 0 to 1
    int answers = 0;                ///< answers the estimate rests on (last 90 days)
    int studiedCards = 0;           ///< cards linked to any domain, graded at least once (each once)
    QList<DomainReadiness> domains; ///< in the exam guide's order
};

/// Everything about one exam profile.
struct ProfileStats {
    QString profileId, code, name;
    int passScore = 720, minScore = 100, maxScore = 1000;
    QList<ExamScorePoint> history;  ///< timed exams, oldest first (all time)
    QList<DomainAccuracy> accuracy; ///< in the exam guide's order (the report's window)
    ProfileReadiness readiness;
};

struct StatsReport {
    QDateTime now; ///< UTC: when the report was made
    QDate today;   ///< the current study day
    int days = 30; ///< the window of activity, retention and accuracy, in study days ending today
    QList<StudyDayActivity> activity;       ///< every study day of max(days, 365) ending today, oldest first
    QList<ForecastDay> forecast;            ///< 30 study days from today
    QList<TopicRetention> retentionByTopic; ///< topics with graded review cards, in catalog order
    TopicRetention overallRetention;        ///< every topic together (topicId empty)
    QList<TopicStrength> topics;            ///< every topic, in catalog order
    CardStateCounts cardStates;
    StudyStreak streak;
    QList<ProfileStats> profiles; ///< in the content's order
    int totalReviews = 0;         ///< every grade ever
    int totalAnswers = 0;         ///< every final exam answer ever

    /// The last `n` study days of activity (all of them when fewer), oldest first.
    QList<StudyDayActivity> lastDays(int n) const
    {
        return activity.mid(std::max<qsizetype>(0, activity.size() - n));
    }
    bool hasProgress() const { return totalReviews > 0 || totalAnswers > 0; }
};

} // namespace certdeck
