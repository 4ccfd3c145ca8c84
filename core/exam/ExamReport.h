#pragma once

// Scoring. AWS reports a scaled score from 100 to 1000 (720 passes) but does not publish how raw answers map
// to it: its scaling equates exam forms of different difficulty, and 15 of the 65 questions are unscored.
// Certdeck's estimate is linear over every question asked: scaled = min + (max - min) x right / asked,
// rounded to the nearest whole number, so 720 on 100-1000 needs 620/900 = 68.9% right (45 of 65). An
// unanswered question counts as wrong, as on the exam, and a multi-response question is right only when the
// chosen options are exactly the correct ones (no partial credit). The pass line is compensatory, as AWS's:
// the total decides, not each domain.
//
// Per domain, the official report says "meets competencies" or "needs improvement"; Certdeck says a domain
// meets competencies when its share right is at least the share the pass line needs (68.9%).
// Practice and drills are scored the same way per domain or topic, without a scaled score: a short set is
// no estimate of an exam result.

#include "content/ContentModel.h"
#include "exam/ExamStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace certdeck {

struct DomainResult {
    QString id, name;
    int correct = 0;
    int total = 0;
    bool meets = false; ///< meets competencies (right share at least the pass line's share)
};

struct ExamReport {
    int correct = 0;
    int total = 0;
    int answered = 0;
    std::optional<int> scaledScore; ///< timed exams of a profile only
    int passScore = 0;
    bool passed = false;         ///< with a scaled score: at least passScore; otherwise the pass share
    double passShare = 0;        ///< the share right that passes (0.689 for 720 on 100-1000)
    QList<DomainResult> domains; ///< in the profile's order (or by topic title for drills)
    qint64 usedMs = 0;
    qint64 timeLimitMs = 0;

    double share() const { return total ? double(correct) / total : 0.0; }
    qint64 msPerQuestion() const { return total ? usedMs / total : 0; }
};

class ExamScoring {
    Q_DECLARE_TR_FUNCTIONS(ExamScoring)

public:
    /// True when `selected` (written positions) are exactly the correct options of `question`.
    static bool isCorrect(const Question& question, const QList<int>& selected);
    /// The scaled score for `correct` of `total` on `profile`'s scale.
    static int scaledScore(const ExamProfile& profile, int correct, int total);
    /// The share right the pass line needs on `profile`'s scale.
    static double passShare(const ExamProfile& profile);
    /// Whether a finished attempt (as the history lists it: its counts and scaled score) passed: its scaled
    /// score reaches the pass line, or, without one, its share right reaches the pass share.
    static bool passed(const ExamAttempt& attempt, const ExamProfile* profile);
    /// Scores `attempt`. `questions` holds its questions by id; `profile` is its profile (or null); a
    /// domain not in the profile is named by `topicTitles` (drills group by topic).
    static ExamReport score(const ExamAttempt& attempt, const QHash<QString, Question>& questions,
                            const ExamProfile* profile, const QHash<QString, QString>& topicTitles);
};

} // namespace certdeck
