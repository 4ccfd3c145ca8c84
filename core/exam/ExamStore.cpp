#include "exam/ExamStore.h"

#include "review/ReviewStore.h"
#include "util/PlainText.h"
#include "util/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdeck {

QString examModeKey(ExamMode mode)
{
    switch (mode) {
    case ExamMode::Timed:
        return QStringLiteral("timed");
    case ExamMode::Practice:
        return QStringLiteral("practice");
    case ExamMode::Drill:
        return QStringLiteral("drill");
    }
    return {};
}

std::optional<ExamMode> examModeFrom(const QString& key)
{
    for (const ExamMode mode : {ExamMode::Timed, ExamMode::Practice, ExamMode::Drill}) {
        if (examModeKey(mode) == key) {
            return mode;
        }
    }
    return std::nullopt;
}

namespace {

QString statusKey(ExamAttempt::Status status)
{
    switch (status) {
    case ExamAttempt::Status::InProgress:
        return QStringLiteral("in_progress");
    case ExamAttempt::Status::Finished:
        return QStringLiteral("finished");
    case ExamAttempt::Status::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

ExamAttempt::Status statusFrom(const QString& key)
{
    return key == QLatin1String("finished")    ? ExamAttempt::Status::Finished
           : key == QLatin1String("abandoned") ? ExamAttempt::Status::Abandoned
                                               : ExamAttempt::Status::InProgress;
}

/// `value` for a NOT NULL text column: Qt binds a null QString (an empty list joined, a default title) as SQL
/// NULL, so an empty value is stored as a non-null empty string.
QString notNull(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString positions(const QList<int>& values)
{
    QString text = QStringLiteral(""); // never a null QString: that would be stored as NULL
    for (const int v : values) {
        if (!text.isEmpty()) {
            text += QLatin1Char(',');
        }
        text += QString::number(v);
    }
    return text;
}

QList<int> positionsFrom(const QString& text)
{
    QList<int> values;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (ok && v >= 0) {
            values.append(v);
        }
    }
    return values;
}

QVariant timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(ReviewStore::timeText(at)) : QVariant(QMetaType::fromType<QString>());
}

QVariant resultOrNull(const std::optional<bool>& correct)
{
    return correct ? QVariant(int(*correct)) : QVariant(QMetaType::fromType<int>());
}

QString readFailure(const QSqlQuery& q)
{
    //: %1 is SQLite's message
    return ExamStore::tr("Reading your exams failed: %1")
        .arg(PlainText::printable(sqlErrorText(q.lastError())));
}

const QString kAttemptColumns = QStringLiteral(
    "id, profile_id, mode, title, scope, seed, started_at, finished_at, time_limit_s, extra_minutes,"
    " elapsed_ms, status, raw_correct, raw_total, scaled_score");

ExamAttempt attemptFrom(const QSqlQuery& q)
{
    ExamAttempt a;
    a.id = q.value(0).toLongLong();
    a.profileId = q.value(1).toString();
    a.mode = examModeFrom(q.value(2).toString()).value_or(ExamMode::Practice);
    a.title = q.value(3).toString();
    a.scope = q.value(4).toString();
    a.seed = q.value(5).toULongLong();
    a.startedAt = ReviewStore::timeFrom(q.value(6).toString());
    a.finishedAt = ReviewStore::timeFrom(q.value(7).toString());
    a.timeLimitMs = q.value(8).toLongLong() * 1000;
    a.extraMinutes = q.value(9).toInt();
    a.elapsedMs = q.value(10).toLongLong();
    a.status = statusFrom(q.value(11).toString());
    a.correct = q.value(12).toInt();
    a.total = q.value(13).toInt();
    a.scaledScore = q.value(14).toInt();
    return a;
}

qint64 remainingSeconds(qint64 timeLimitMs, qint64 elapsedMs)
{
    return timeLimitMs > 0 ? std::max<qint64>(0, (timeLimitMs - elapsedMs) / 1000) : 0;
}

/// Stores `response` as question `position` of attempt `attemptId` (the row must exist).
bool updateResponse(QSqlQuery& q, qint64 attemptId, qsizetype position, const ExamResponse& response,
                    QString* error)
{
    if (!execPrepared(
            q,
            QStringLiteral("UPDATE exam_answer SET selected = ?, flagged = ?, checked = ?, time_ms = ?,"
                           " answered_at = ?, correct = ? WHERE attempt_id = ? AND position = ?"),
            {positions(response.selected), int(response.flagged), int(response.checked), response.timeMs,
             timeOrNull(response.answeredAt), resultOrNull(response.correct), attemptId, position}) ||
        q.numRowsAffected() != 1) {
        *error = q.lastError().isValid()
                     ? sqlErrorText(q.lastError())
                     : QStringLiteral("no question %1 in attempt %2").arg(position).arg(attemptId);
        return false;
    }
    return true;
}

/// Stores the time an attempt in progress has used (and the seconds it has left, for `progress info`).
bool updateElapsed(QSqlQuery& q, qint64 attemptId, qint64 elapsedMs, QString* error)
{
    if (!execPrepared(
            q,
            QStringLiteral("UPDATE exam_attempt SET elapsed_ms = ?, remaining_s ="
                           " CASE WHEN time_limit_s > 0 THEN max(0, time_limit_s - ? / 1000) ELSE 0 END"
                           " WHERE id = ? AND status = 'in_progress'"),
            {elapsedMs, elapsedMs, attemptId})) {
        *error = sqlErrorText(q.lastError());
        return false;
    }
    return true;
}

} // namespace

Result<bool> ExamStore::write(const std::function<bool(QString*)>& steps) const
{
    QString error;
    if (!inTransaction(m_connection, steps, &error)) {
        //: %1 is SQLite's message
        return Result<bool>::failure(tr("Saving your exam failed: %1").arg(PlainText::printable(error)));
    }
    return true;
}

Result<qint64> ExamStore::create(ExamAttempt& attempt) const
{
    const Result<bool> written = write([&](QString* error) {
        QSqlQuery q(m_connection.database());
        if (!execPrepared(
                q,
                QStringLiteral("INSERT INTO exam_attempt(profile_id, mode, title, scope, seed, started_at,"
                               " time_limit_s, extra_minutes, elapsed_ms, remaining_s, status)"
                               " VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
                {notNull(attempt.profileId), examModeKey(attempt.mode), notNull(attempt.title),
                 notNull(attempt.scope), qint64(attempt.seed), ReviewStore::timeText(attempt.startedAt),
                 attempt.timeLimitMs / 1000, attempt.extraMinutes, attempt.elapsedMs,
                 remainingSeconds(attempt.timeLimitMs, attempt.elapsedMs),
                 statusKey(ExamAttempt::Status::InProgress)})) {
            *error = sqlErrorText(q.lastError());
            return false;
        }
        attempt.id = q.lastInsertId().toLongLong();
        attempt.responses.resize(attempt.items.size());
        for (qsizetype i = 0; i < attempt.items.size(); ++i) {
            const ExamItem& item = attempt.items[i];
            const ExamResponse& r = attempt.responses[i];
            if (!execPrepared(
                    q,
                    QStringLiteral("INSERT INTO exam_answer(attempt_id, position, question_id, domain,"
                                   " choose, option_order, selected, flagged, checked, time_ms)"
                                   " VALUES(?,?,?,?,?,?,?,?,?,?)"),
                    {attempt.id, int(i), item.questionId, notNull(item.domain), item.choose,
                     positions(item.order), positions(r.selected), int(r.flagged), int(r.checked),
                     r.timeMs})) {
                *error = sqlErrorText(q.lastError());
                return false;
            }
        }
        return true;
    });
    if (!written) {
        attempt.id = 0;
        return Result<qint64>::failure(written.error());
    }
    return attempt.id;
}

Result<bool> ExamStore::saveResponse(qint64 attemptId, int position, const ExamResponse& response,
                                     qint64 elapsedMs) const
{
    return write([&](QString* error) {
        QSqlQuery q(m_connection.database());
        return updateResponse(q, attemptId, position, response, error) &&
               updateElapsed(q, attemptId, elapsedMs, error);
    });
}

Result<bool> ExamStore::saveElapsed(qint64 attemptId, qint64 elapsedMs) const
{
    return write([&](QString* error) {
        QSqlQuery q(m_connection.database());
        return updateElapsed(q, attemptId, elapsedMs, error);
    });
}

Result<bool> ExamStore::finish(const ExamAttempt& attempt) const
{
    return write([&](QString* error) {
        QSqlQuery q(m_connection.database());
        if (!execPrepared(
                q,
                QStringLiteral("UPDATE exam_attempt SET status = ?, finished_at = ?, elapsed_ms = ?,"
                               " remaining_s = ?, raw_correct = ?, raw_total = ?, scaled_score = ?"
                               " WHERE id = ?"),
                {statusKey(attempt.status), timeOrNull(attempt.finishedAt), attempt.elapsedMs,
                 remainingSeconds(attempt.timeLimitMs, attempt.elapsedMs), attempt.correct, attempt.total,
                 attempt.scaledScore, attempt.id})) {
            *error = sqlErrorText(q.lastError());
            return false;
        }
        for (qsizetype i = 0; i < attempt.responses.size(); ++i) {
            if (!updateResponse(q, attempt.id, i, attempt.responses[i], error)) {
                return false;
            }
        }
        return true;
    });
}

Result<QList<ExamAttempt>> ExamStore::attempts() const
{
    QSqlQuery q(m_connection.database());
    if (!execPrepared(q, QStringLiteral("SELECT ") + kAttemptColumns +
                             QStringLiteral(" FROM exam_attempt ORDER BY started_at DESC, id DESC"))) {
        return Result<QList<ExamAttempt>>::failure(readFailure(q));
    }
    QList<ExamAttempt> list;
    while (q.next()) {
        list.append(attemptFrom(q));
    }
    if (q.lastError().isValid()) {
        return Result<QList<ExamAttempt>>::failure(readFailure(q));
    }
    return list;
}

Result<std::optional<ExamAttempt>> ExamStore::attempt(qint64 id) const
{
    using R = Result<std::optional<ExamAttempt>>;
    QSqlQuery q(m_connection.database());
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + kAttemptColumns +
                          QStringLiteral(" FROM exam_attempt WHERE id = ?"),
                      {id})) {
        return R::failure(readFailure(q));
    }
    if (!q.next()) {
        return q.lastError().isValid() ? R::failure(readFailure(q)) : R(std::nullopt);
    }
    ExamAttempt a = attemptFrom(q);
    q.finish();
    if (!execPrepared(
            q,
            QStringLiteral("SELECT question_id, domain, choose, option_order, selected, flagged, checked,"
                           " time_ms, answered_at, correct FROM exam_answer WHERE attempt_id = ?"
                           " ORDER BY position"),
            {id})) {
        return R::failure(readFailure(q));
    }
    while (q.next()) {
        a.items.append(ExamItem{q.value(0).toString(), q.value(1).toString(), std::max(1, q.value(2).toInt()),
                                positionsFrom(q.value(3).toString())});
        ExamResponse r;
        r.selected = positionsFrom(q.value(4).toString());
        r.flagged = q.value(5).toInt() != 0;
        r.checked = q.value(6).toInt() != 0;
        r.timeMs = q.value(7).toLongLong();
        r.answeredAt = ReviewStore::timeFrom(q.value(8).toString());
        if (!q.value(9).isNull()) {
            r.correct = q.value(9).toInt() != 0;
        }
        a.responses.append(r);
    }
    if (q.lastError().isValid()) {
        return R::failure(readFailure(q));
    }
    return R(std::optional<ExamAttempt>(std::move(a)));
}

Result<std::optional<qint64>> ExamStore::inProgress() const
{
    using R = Result<std::optional<qint64>>;
    QSqlQuery q(m_connection.database());
    if (!execPrepared(q, QStringLiteral("SELECT max(id) FROM exam_attempt WHERE status = 'in_progress'"))) {
        return R::failure(readFailure(q));
    }
    if (!q.next()) {
        return R::failure(readFailure(q));
    }
    return q.value(0).isNull() ? R(std::nullopt) : R(std::optional<qint64>(q.value(0).toLongLong()));
}

Result<QHash<QString, QuestionHistory>> ExamStore::questionHistory() const
{
    using R = Result<QHash<QString, QuestionHistory>>;
    QSqlQuery q(m_connection.database());
    // Oldest attempt first, so each later row overrides what an earlier one said.
    if (!execPrepared(q, QStringLiteral("SELECT question_id, answered_at, correct, flagged FROM exam_answer"
                                        " ORDER BY attempt_id, position"))) {
        return R::failure(readFailure(q));
    }
    QHash<QString, QuestionHistory> history;
    while (q.next()) {
        QuestionHistory& h = history[q.value(0).toString()];
        const QString at = q.value(1).toString();
        if (!at.isEmpty()) {
            h.lastSeenMs = std::max(h.lastSeenMs, ReviewStore::timeFrom(at).toMSecsSinceEpoch());
        }
        if (!q.value(2).isNull() && !at.isEmpty()) {
            h.lastResult = q.value(2).toInt() != 0;
        }
        h.flagged = q.value(3).toInt() != 0;
    }
    if (q.lastError().isValid()) {
        return R::failure(readFailure(q));
    }
    return history;
}

} // namespace certdeck
