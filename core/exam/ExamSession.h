#pragma once

// An exam being taken: the controller the Practice exam page draws. It holds the paper (questions, option
// order), the learner's responses, where they are, and the clock.
//
// Saving. Every choice, flag and check is stored at once (ExamStore, one transaction each) together with the
// exam time used so far, and the page stores the time used every few seconds: an exam interrupted by a crash
// or a closed window resumes (resume()) with the time it had left. Time runs only while the session is open:
// a resumed session counts from the time stored.
//
// Time. A timed exam has the profile's minutes plus any extra minutes (ESL +30). tick() reports, once each,
// when 15 and 5 minutes are left (a resumed exam does not repeat a warning whose moment had passed), and at
// zero submits the exam itself. Practice and drills are untimed; their time is measured for the report. The
// time spent on each question is added up as the learner moves between questions.
//
// Answers. A single-answer question takes one option (choosing another replaces it); a multi-response
// question asks for k and takes at most k (choosing a chosen option again takes it back); it counts as
// answered with exactly k. Practice and drills check each answer when the learner asks (check()): the answer
// is then final and the page shows whether it is right and why. A timed exam shows nothing until it is
// submitted. A final wrong answer brings related flashcards forward (CardFollowUp), when a card store is set.

#include "content/ContentModel.h"
#include "exam/CardFollowUp.h"
#include "exam/ExamPaper.h"
#include "exam/ExamReport.h"
#include "exam/ExamStore.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace certdeck {

class ReviewStore;

/// How an attempt is set up beyond its paper.
struct ExamSetup {
    ExamMode mode = ExamMode::Timed;
    QString title;
    QString scope;
    int extraMinutes = 0; ///< timed exams: added to the profile's minutes
};

class ExamSession {
    Q_DECLARE_TR_FUNCTIONS(ExamSession)

public:
    enum class Event { FifteenMinutesLeft, FiveMinutesLeft, TimeUp };
    static constexpr qint64 kFirstWarningMs = 15 * 60 * 1000;
    static constexpr qint64 kLastWarningMs = 5 * 60 * 1000;
    static constexpr int kMaxOptions = 6; ///< A to F

    /// `questions` by id: every question a paper may ask (the bank). `profile` (may be null) scales scores.
    ExamSession(const ExamStore& store, const Clock& clock, QHash<QString, Question> questions,
                std::optional<ExamProfile> profile, QHash<QString, QString> topicTitles = {});

    /// Brings related cards forward after a final wrong answer (see CardFollowUp).
    void setCardFollowUp(const ReviewStore* reviews, CardFollowUp followUp);

    /// Stores a new attempt of `paper` and shows its first question.
    Result<bool> start(const ExamPaper& paper, const ExamSetup& setup);
    /// Takes up attempt `attemptId` where it was left, with the time it had left. Fails when it is not in
    /// progress or asks a question the bank no longer holds.
    Result<bool> resume(qint64 attemptId);

    const ExamAttempt& attempt() const { return m_attempt; }
    int count() const { return int(m_attempt.items.size()); }
    int currentIndex() const { return m_current; }
    const ExamItem& item(int index) const { return m_attempt.items[index]; }
    const Question& question(int index) const;
    const ExamResponse& response(int index) const { return m_attempt.responses[index]; }
    /// The shown letter positions (0 = A) the learner chose for question `index`, in shown order.
    QList<int> shownSelection(int index) const;
    /// Shown position -> written option of question `index`.
    const QuestionOption& shownOption(int index, int shown) const;

    bool isTimed() const { return m_attempt.timeLimitMs > 0; }
    /// Practice and drills: each answer can be checked and explained as it is given.
    bool givesFeedback() const { return m_attempt.mode != ExamMode::Timed; }
    bool isFinished() const { return m_attempt.status != ExamAttempt::Status::InProgress; }
    bool isAnswered(int index) const;
    int answeredCount() const;
    QList<int> unanswered() const;
    QList<int> flagged() const;

    qint64 elapsedMs() const;
    /// Time left on a timed exam (0 at the end; the full limit minus elapsed), or -1 when untimed.
    qint64 remainingMs() const;

    void goTo(int index);
    void next() { goTo(m_current + 1); }
    void previous() { goTo(m_current - 1); }

    /// Chooses (or takes back) the option shown at `shown` (0 = A) on the current question and stores it.
    /// Returns false, changing nothing, when the question takes no more options, the option does not exist,
    /// or the answer is final.
    Result<bool> choose(int shown);
    /// Flags or unflags the current question for review, and stores it.
    Result<bool> toggleFlag();
    /// Practice: makes the current answer final and stores its result. False when there is nothing to check
    /// (not answered with k options, already checked, or a timed exam).
    Result<bool> check();
    /// The current question's answer is final (checked, or the exam is over).
    bool isLocked(int index) const;

    /// Looks at the clock: returns the warnings due since the last tick and, at zero, TimeUp after
    /// submitting the exam.
    Result<QList<Event>> tick();
    /// Stores the time used so far (no other change).
    Result<bool> saveTime();
    /// Ends the attempt: scores it, stores every result, brings cards forward for wrong answers.
    Result<ExamReport> submit();
    ExamReport report() const;

private:
    void leaveCurrent();
    Result<bool> store(int index);
    Result<bool> followUp(const QList<int>& wrong);

    const ExamStore& m_store;
    const Clock& m_clock;
    QHash<QString, Question> m_questions;
    std::optional<ExamProfile> m_profile;
    QHash<QString, QString> m_topicTitles;
    const ReviewStore* m_reviews = nullptr;
    CardFollowUp m_followUp;

    ExamAttempt m_attempt;
    int m_current = 0;
    qint64 m_elapsedBase = 0; ///< time used before m_runningSince
    QDateTime m_runningSince;
    QDateTime m_shownAt; ///< when the current question was shown
    bool m_warned15 = false;
    bool m_warned5 = false;
};

} // namespace certdeck
