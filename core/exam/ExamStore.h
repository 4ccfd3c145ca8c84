#pragma once

#include "exam/ExamPaper.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace certdeck {

class SqliteConnection;

/// How an attempt is taken: a timed exam (scored at the end), practice (feedback after each answer) or a
/// drill (practice on a chosen pool: topics, mistakes, flagged questions).
enum class ExamMode { Timed, Practice, Drill };

QString examModeKey(ExamMode mode); ///< "timed", "practice", "drill": as stored
std::optional<ExamMode> examModeFrom(const QString& key);

/// What the learner did with one question of an attempt.
struct ExamResponse {
    QList<int> selected; ///< written option positions, in the order chosen
    bool flagged = false;
    bool checked = false;        ///< practice: the answer was checked and its feedback shown (it is final)
    qint64 timeMs = 0;           ///< time spent on the question
    QDateTime answeredAt;        ///< UTC; null when never answered
    std::optional<bool> correct; ///< set once the answer is final (checked, or the exam submitted)

    friend bool operator==(const ExamResponse&, const ExamResponse&) = default;
};

/// One attempt as progress.db keeps it.
struct ExamAttempt {
    enum class Status { InProgress, Finished, Abandoned };

    qint64 id = 0;
    QString profileId; ///< empty for a drill not tied to a profile
    ExamMode mode = ExamMode::Timed;
    QString title; ///< what was drilled ("sqs, kinesis"), for the history
    QString scope; ///< how the pool was chosen ("topics:sqs,kinesis", "mistakes", "flagged", "profile:...")
    quint64 seed = 0;
    QDateTime startedAt, finishedAt;
    qint64 timeLimitMs = 0; ///< 0: untimed; includes the extra minutes
    int extraMinutes = 0;
    qint64 elapsedMs = 0; ///< exam time used so far (only while the exam was open)
    Status status = Status::InProgress;
    int correct = 0, total = 0; ///< once finished
    int scaledScore = 0;        ///< once finished; 0 for an attempt without a scaled score
    QList<ExamItem> items;      ///< the questions in order (empty in a history listing)
    QList<ExamResponse> responses;

    /// Question `index` has exactly as many options chosen as it asks for.
    bool isAnswered(qsizetype index) const
    {
        return index < responses.size() && responses[index].selected.size() == items[index].choose;
    }
    int answeredCount() const
    {
        int n = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            n += isAnswered(i) ? 1 : 0;
        }
        return n;
    }
};

/// What the learner's answers say about one question, over every attempt.
struct QuestionHistory {
    qint64 lastSeenMs = 0;          ///< last answered (ms since the epoch)
    std::optional<bool> lastResult; ///< the last final answer: right or wrong
    bool flagged = false;           ///< flagged the last time it was asked
};

/// The exam's SQL in progress.db: exam_attempt and exam_answer. Each write is one transaction: an attempt
/// with all its questions, an answer or flag with the attempt's time used, a submission with every result.
class ExamStore {
    Q_DECLARE_TR_FUNCTIONS(ExamStore)

public:
    explicit ExamStore(const SqliteConnection& connection) : m_connection(connection) {}

    /// Stores a new attempt in progress with its questions; returns its id (and sets attempt.id).
    Result<qint64> create(ExamAttempt& attempt) const;
    /// Stores question `position`'s response and the attempt's time used so far.
    Result<bool> saveResponse(qint64 attemptId, int position, const ExamResponse& response,
                              qint64 elapsedMs) const;
    /// Stores the time used so far (the page calls it every few seconds, so a crash loses little).
    Result<bool> saveElapsed(qint64 attemptId, qint64 elapsedMs) const;
    /// Ends an attempt: its status, time used, score and every response's result, in one transaction.
    Result<bool> finish(const ExamAttempt& attempt) const;

    /// Every attempt, newest first, without items or responses.
    Result<QList<ExamAttempt>> attempts() const;
    /// One attempt with its items and responses; nullopt when there is none with that id.
    Result<std::optional<ExamAttempt>> attempt(qint64 id) const;
    /// The newest attempt still in progress, if any (to resume).
    Result<std::optional<qint64>> inProgress() const;
    /// Per question id, over every attempt.
    Result<QHash<QString, QuestionHistory>> questionHistory() const;

private:
    Result<bool> write(const std::function<bool(QString*)>& steps) const;

    const SqliteConnection& m_connection;
};

} // namespace certdeck
