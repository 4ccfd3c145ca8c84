#pragma once

#include "content/ContentModel.h"

#include <QCoreApplication>
#include <QList>

namespace certdeck {

/// How a question's stem reads. A scenario sets a situation and a requirement that decides between designs
/// (two sentences or more, with "must", "needs", "MOST", "LEAST", ...); a recall stem asks for a fact on its
/// own ("Which statement is correct?", or one sentence); an applied stem is neither (a short situation).
enum class StemStyle { Scenario, Applied, Recall };

/// What a learner could read off a bank of questions without knowing the answer.
struct QuestionFigures {
    int questions = 0;
    int scenarios = 0;
    int recalls = 0;
    int singleAnswer = 0;
    int soleLongest = 0;         ///< single-answer questions whose correct option is the only longest one
    double correctLength = 0;    ///< mean length of correct options, in characters
    double distractorLength = 0; ///< mean length of the other options

    double scenarioShare() const { return questions ? double(scenarios) / questions : 0.0; }
    double recallShare() const { return questions ? double(recalls) / questions : 0.0; }
    double soleLongestShare() const { return singleAnswer ? double(soleLongest) / singleAnswer : 0.0; }
    /// Mean correct length over mean distractor length: 1 when nothing gives the key away.
    double lengthRatio() const { return distractorLength > 0 ? correctLength / distractorLength : 0.0; }
};

/// The exam-quality rules for every question and card of a bank (see content/README.md, "Quality"). Per item:
/// option counts, the "(Choose two.)" phrase, no "all/none of the above", no throwaway distractor, no
/// repeated stem or card front. Over the bank: the share of scenarios and recall stems, and how often the
/// correct option's length gives it away.
class QualityGate {
    Q_DECLARE_TR_FUNCTIONS(QualityGate)

public:
    static constexpr int kSingleAnswerOptions = 4;
    static constexpr int kMinMultiOptions = 5;
    static constexpr int kMaxMultiOptions = 6;
    static constexpr int kMaxChoose = 3;
    static constexpr double kMinScenarioShare = 0.5;
    static constexpr double kMaxRecallShare = 0.2;
    static constexpr double kMaxSoleLongestShare = 0.3;
    static constexpr double kMaxLengthRatio = 1.15;
    /// A distractor shorter than this share of the correct option's length is one nobody would pick...
    static constexpr double kThrowawayShare = 0.4;
    /// ...when the correct option is at least this long (short values such as "160 RCU" are exempt).
    static constexpr int kThrowawayMinLength = 30;

    /// Sentences in `text`: one more than the sentence ends followed by a new sentence ("…. X"). An option's
    /// `why` is one sentence; a scenario stem has two or more.
    static int sentenceCount(const QString& text);
    static StemStyle style(const QString& stem);
    static QuestionFigures measure(const QList<Question>& questions);
    static QList<Diagnostic> check(const ContentBank& bank);
};

} // namespace certdeck
