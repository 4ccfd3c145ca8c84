#pragma once

// Study statistics as a pure function of the content, what progress.db holds and the time (StatsReport.h
// says what each number is). No SQL here: StatsStore reads the facts, compact and already mapped to content
// indices, so that 200,000 reviews are counted in a few milliseconds.
//
// Days are the learner's study days (StudyDay: from "next day starts at", 04:00 by default, in the local
// zone), so a review at 01:00 counts for the evening before, as the flashcards' daily limits do.
// Windows: activity is kept for max(days, 365) study days ending today (the calendar needs a year);
// retention per topic and accuracy per domain count the last `days` study days; exam history, card states
// and the streak look at all time; the forecast at the next 30 study days.

#include "content/ContentModel.h"
#include "content/ContentRepository.h"
#include "review/Fsrs.h"
#include "stats/StatsReport.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <vector>

namespace certdeck {

/// One grade of the review log, as the statistics need it.
struct ReviewFact {
    qint64 atMs = 0;
    qint32 card = -1; ///< index into StatsContent::cards; -1 for a card no longer in the content
    quint8 rating = 3;
    quint8 stateBefore = 0; ///< CardState before the grade
    qint32 durationMs = 0;
};

/// A content card's row in card_state (cards never graded have none).
struct CardFact {
    qint32 card = -1; ///< index into StatsContent::cards
    CardState state = CardState::New;
    qint64 dueMs = 0;
    qint64 lastReviewMs = 0; ///< 0: never reviewed
    double stability = 0;
    bool suspended = false;
    bool leech = false;
};

/// A final answer (the question was checked in practice, or its attempt was submitted).
struct AnswerFact {
    qint64 atMs = 0;
    qint32 question = -1; ///< index into StatsContent::questions; -1 for a question no longer in the content
    bool correct = false;
    qint32 timeMs = 0;
};

/// A finished attempt with a scaled score (a timed exam of a profile).
struct ScoredAttempt {
    qint64 id = 0;
    QString profileId;
    qint64 finishedAtMs = 0;
    int correct = 0, total = 0, scaledScore = 0;
};

/// What progress.db holds, read by StatsStore. Reviews and answers are in time order.
struct ProgressFacts {
    std::vector<ReviewFact> reviews;
    std::vector<CardFact> cards;
    std::vector<AnswerFact> answers;
    QList<ScoredAttempt> exams;
    /// Time spent on questions that were answered but are not final yet, or were never answered: counted
    /// as study time only. Pairs of (time, ms).
    std::vector<std::pair<qint64, qint32>> otherQuestionTime;
};

/// What the statistics read of the content.
struct StatsContent {
    QList<Card> cards; ///< in deck order
    QList<Question> questions;
    QList<ExamProfile> profiles;
    QList<TopicRow> topics; ///< in catalog order
};

struct StatsOptions {
    QDateTime now; ///< UTC
    QTimeZone zone = QTimeZone::systemTimeZone();
    QTime dayStartsAt{4, 0}; ///< the learner's "next day starts at"
    int days = 30;           ///< the window, 1 to 3650
    FsrsParameters fsrs;     ///< for the probability of recall
    static constexpr int kForecastDays = 30;
    static constexpr int kCalendarDays = 365;
    static constexpr int kMaxDays = 3650;
};

/// Every series of the Stats page and `certdeck stats`, readiness included.
StatsReport computeStats(const StatsContent& content, const ProgressFacts& facts,
                         const StatsOptions& options);

} // namespace certdeck
