#include "review/ReviewStore.h"

#include "review/Replay.h"
#include "util/PlainText.h"
#include "util/SqliteConnection.h"
#include "util/TimeText.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace certdeck {

namespace {

const QString kRecordColumns = QStringLiteral(
    "card_id, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses,"
    " last_review, suspended, buried_until, leech");

QVariant nullableTime(const QDateTime& at)
{
    return at.isValid() ? QVariant(ReviewStore::timeText(at)) : QVariant(QMetaType::fromType<QString>());
}

ReviewLogEntry logFrom(const QSqlQuery& q)
{
    ReviewLogEntry e;
    e.id = q.value(0).toLongLong();
    e.cardId = q.value(1).toString();
    e.rating = Rating(std::clamp(q.value(2).toInt(), 1, 4));
    e.at = ReviewStore::timeFrom(q.value(3).toString());
    e.durationMs = q.value(4).toLongLong();
    e.before.state = CardState(std::clamp(q.value(5).toInt(), 0, 3));
    e.before.due = ReviewStore::timeFrom(q.value(6).toString());
    e.before.stability = q.value(7).toDouble();
    e.before.difficulty = q.value(8).toDouble();
    e.before.elapsedDays = q.value(9).toInt();
    e.before.scheduledDays = q.value(10).toInt();
    e.before.learningSteps = q.value(11).toInt();
    return e;
}

const QString kLogColumns = QStringLiteral(
    "id, card_id, rating, reviewed_at, duration_ms, state, due, stability, difficulty, elapsed_days,"
    " scheduled_days, learning_steps");

} // namespace

QString ReviewStore::timeText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime ReviewStore::timeFrom(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    qint64 ms = 0;
    return fastTimeMs(text.utf16(), text.size(), &ms)
               ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
               : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

namespace {

QString readFailure(const QString& message)
{
    //: %1 is SQLite's message
    return ReviewStore::tr("Reading your progress failed: %1").arg(PlainText::printable(message));
}

QString readFailure(const QSqlQuery& q)
{
    return readFailure(sqlErrorText(q.lastError()));
}

/// A statement on the connection's own SQLite handle. The store's bulk reads (a queue, every record) go
/// through SQLite's API directly: QSqlQuery's per-value QVariants would cost ten times as much.
class Statement {
public:
    Statement(const SqliteConnection& connection, const QString& sql)
    {
        const QVariant handle = connection.database().driver()->handle();
        m_db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                   ? *static_cast<sqlite3* const*>(handle.constData())
                   : nullptr;
        const QByteArray text = sql.toUtf8();
        m_rc = m_db ? sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr)
                    : SQLITE_MISUSE;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }
    QString error() const
    {
        if (!m_db) {
            return QStringLiteral("no SQLite connection");
        }
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    }

    void bind(int index, const QByteArray& text)
    {
        if (ok()) {
            m_rc = sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
    void bind(int index, int value)
    {
        if (ok()) {
            m_rc = sqlite3_bind_int(m_stmt, index, value);
        }
    }
    /// The next row; false at the end or on an error (ok() tells which).
    bool next()
    {
        if (!ok() || m_rc == SQLITE_DONE) {
            return false;
        }
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }

    const char* bytes(int column) const
    {
        return reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    }
    int size(int column) const { return sqlite3_column_bytes(m_stmt, column); }
    int integer(int column) const { return sqlite3_column_int(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    QString text(int column) const { return QString::fromUtf8(bytes(column), size(column)); }
    /// A stored time in ms since the epoch; 0 when there is none.
    qint64 timeMs(int column) const
    {
        const char* b = bytes(column);
        const int n = size(column);
        qint64 ms = 0;
        if (!b || n == 0) {
            return 0;
        }
        if (!fastTimeMs(b, n, &ms)) {
            ms = ReviewStore::timeFrom(QString::fromUtf8(b, n)).toMSecsSinceEpoch();
        }
        return ms;
    }
    QDateTime time(int column) const
    {
        const char* b = bytes(column);
        const int n = size(column);
        qint64 ms = 0;
        if (!b || n == 0) {
            return {};
        }
        return fastTimeMs(b, n, &ms) ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                     : ReviewStore::timeFrom(QString::fromUtf8(b, n));
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace

Result<QHash<QString, CardRecord>> ReviewStore::records() const
{
    return readRecords(nullptr);
}

Result<QHash<QString, CardRecord>> ReviewStore::readRecords(const QString* cardId) const
{
    auto failed = [](const Statement& s) {
        return Result<QHash<QString, CardRecord>>::failure(readFailure(s.error()));
    };
    QHash<QString, CardRecord> records;
    if (!cardId) {
        Statement count(m_connection, QStringLiteral("SELECT count(*) FROM card_state"));
        if (count.next()) {
            records.reserve(count.integer(0));
        }
    }
    Statement s(m_connection, QStringLiteral("SELECT ") + kRecordColumns +
                                  QStringLiteral(" FROM card_state") +
                                  (cardId ? QStringLiteral(" WHERE card_id = ?") : QString()));
    if (cardId) {
        s.bind(1, cardId->toUtf8());
    }
    while (s.next()) {
        CardRecord r;
        r.cardId = s.text(0);
        r.schedule.state = CardState(std::clamp(s.integer(1), 0, 3));
        r.schedule.due = s.time(2);
        r.schedule.stability = s.real(3);
        r.schedule.difficulty = s.real(4);
        r.schedule.elapsedDays = s.integer(5);
        r.schedule.scheduledDays = s.integer(6);
        r.schedule.learningSteps = s.integer(7);
        r.schedule.reps = s.integer(8);
        r.schedule.lapses = s.integer(9);
        r.schedule.lastReview = s.time(10);
        r.suspended = s.integer(11) != 0;
        r.buriedUntil = s.time(12);
        r.leech = s.integer(13) != 0;
        r.stored = true;
        QString id = r.cardId;
        records.emplace(std::move(id), std::move(r));
    }
    if (!s.ok()) {
        return failed(s);
    }
    return records;
}

Result<bool> ReviewStore::visitDue(CardState state, qint64 endMs,
                                   const std::function<bool(const QueueEntry&)>& visit) const
{
    // card_state_queue(state, suspended, due, card_id, buried_until) holds every column read here, in this
    // order: the rows come off the index, and a visitor that has enough stops the read.
    Statement s(m_connection, QStringLiteral("SELECT card_id, due, buried_until FROM card_state"
                                             " WHERE state = ? AND suspended = 0 AND due < ?"
                                             " ORDER BY due, card_id"));
    s.bind(1, int(state));
    s.bind(2, timeText(QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC)).toUtf8());
    QueueEntry e;
    e.state = state;
    while (s.next()) {
        e.cardId = s.text(0);
        e.dueMs = s.timeMs(1);
        e.buriedUntilMs = s.timeMs(2);
        if (!visit(e)) {
            return true;
        }
    }
    return s.ok() ? Result<bool>(true) : Result<bool>::failure(readFailure(s.error()));
}

Result<bool> ReviewStore::visitGraded(const std::function<void(QByteArrayView id)>& visit) const
{
    Statement s(m_connection, QStringLiteral("SELECT card_id FROM card_state WHERE state > 0"));
    while (s.next()) {
        visit(QByteArrayView(s.bytes(0), s.size(0)));
    }
    return s.ok() ? Result<bool>(true) : Result<bool>::failure(readFailure(s.error()));
}

Result<QHash<QString, QueueEntry>> ReviewStore::ungradedRows() const
{
    QHash<QString, QueueEntry> rows;
    Statement s(
        m_connection,
        QStringLiteral("SELECT card_id, due, buried_until, suspended FROM card_state WHERE state = 0"));
    while (s.next()) {
        QueueEntry e;
        e.cardId = s.text(0);
        e.dueMs = s.timeMs(1);
        e.buriedUntilMs = s.timeMs(2);
        e.suspended = s.integer(3) != 0;
        rows.insert(e.cardId, e);
    }
    return s.ok() ? Result<QHash<QString, QueueEntry>>(std::move(rows))
                  : Result<QHash<QString, QueueEntry>>::failure(readFailure(s.error()));
}

Result<CardRecord> ReviewStore::record(const QString& cardId) const
{
    const Result<QHash<QString, CardRecord>> found = readRecords(&cardId);
    if (!found) {
        return Result<CardRecord>::failure(found.error());
    }
    if (!found->isEmpty()) {
        return found->begin().value();
    }
    CardRecord fresh;
    fresh.cardId = cardId;
    return fresh;
}

Result<bool> ReviewStore::write(const std::function<bool(QString*)>& steps) const
{
    QString error;
    if (!inTransaction(m_connection, steps, &error)) {
        //: %1 is SQLite's message
        return Result<bool>::failure(tr("Saving your progress failed: %1").arg(PlainText::printable(error)));
    }
    return true;
}

namespace {

bool upsert(const SqliteConnection& c, const CardRecord& r, QString* error)
{
    QSqlQuery q(c.database());
    const CardSchedule& s = r.schedule;
    if (!execPrepared(q,
                      QStringLiteral("INSERT OR REPLACE INTO card_state(") + kRecordColumns +
                          QStringLiteral(") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                      {r.cardId, int(s.state),
                       ReviewStore::timeText(s.due.isValid() ? s.due : QDateTime::fromSecsSinceEpoch(0)),
                       s.stability, s.difficulty, s.elapsedDays, s.scheduledDays, s.learningSteps, s.reps,
                       s.lapses, nullableTime(s.lastReview), int(r.suspended), nullableTime(r.buriedUntil),
                       int(r.leech)})) {
        *error = sqlErrorText(q.lastError());
        return false;
    }
    return true;
}

} // namespace

Result<qint64> ReviewStore::saveGrade(const CardRecord& before, const CardRecord& after, Rating rating,
                                      const QDateTime& at, qint64 durationMs) const
{
    qint64 id = 0;
    const Result<bool> written = write([&](QString* error) {
        QSqlQuery q(m_connection.database());
        const CardSchedule& b = before.schedule;
        const int lastElapsed = b.lastReview.isValid() ? b.elapsedDays : 0;
        if (!execPrepared(
                q,
                QStringLiteral("INSERT INTO review_log(card_id, rating, reviewed_at, duration_ms, state, due,"
                               " stability, difficulty, elapsed_days, last_elapsed_days, scheduled_days,"
                               " learning_steps) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"),
                {after.cardId, int(rating), timeText(at), durationMs, int(b.state),
                 timeText(b.due.isValid() ? b.due : at), b.stability, b.difficulty,
                 after.schedule.elapsedDays, lastElapsed, b.scheduledDays, b.learningSteps})) {
            *error = sqlErrorText(q.lastError());
            return false;
        }
        id = q.lastInsertId().toLongLong();
        return upsert(m_connection, after, error);
    });
    if (!written) {
        return Result<qint64>::failure(written.error());
    }
    return id;
}

Result<bool> ReviewStore::undoGrade(qint64 logId, const CardRecord& before) const
{
    return write([&](QString* error) {
        QSqlQuery q(m_connection.database());
        if (!execPrepared(q, QStringLiteral("DELETE FROM review_log WHERE id = ?"), {logId})) {
            *error = sqlErrorText(q.lastError());
            return false;
        }
        if (before.stored) {
            return upsert(m_connection, before, error);
        }
        if (!execPrepared(q, QStringLiteral("DELETE FROM card_state WHERE card_id = ?"), {before.cardId})) {
            *error = sqlErrorText(q.lastError());
            return false;
        }
        return true;
    });
}

Result<bool> ReviewStore::save(const CardRecord& record) const
{
    return write([&](QString* error) { return upsert(m_connection, record, error); });
}

Result<QList<ReviewLogEntry>> ReviewStore::reviews(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_connection.database());
    if (!execPrepared(q,
                      QStringLiteral("SELECT ") + kLogColumns + QStringLiteral(" FROM review_log") + where +
                          QStringLiteral(" ORDER BY reviewed_at, id"),
                      values)) {
        return Result<QList<ReviewLogEntry>>::failure(readFailure(q));
    }
    QList<ReviewLogEntry> entries;
    while (q.next()) {
        entries.append(logFrom(q));
    }
    if (q.lastError().type() != QSqlError::NoError) {
        return Result<QList<ReviewLogEntry>>::failure(readFailure(q));
    }
    return entries;
}

Result<QList<ReviewLogEntry>> ReviewStore::history(const QString& cardId) const
{
    return reviews(QStringLiteral(" WHERE card_id = ?"), {cardId});
}

Result<QList<ReviewLogEntry>> ReviewStore::allReviews() const
{
    return reviews(QString(), {});
}

Result<MergeResult> ReviewStore::merge(const QList<ReviewLogEntry>& reviews, const QList<CardFlags>& flags,
                                       const FsrsParameters& parameters) const
{
    MergeResult merged;
    const Result<bool> written = write([&](QString* error) {
        QSqlQuery insert(m_connection.database());
        QSet<QString> touched;
        QSet<QString> gained;
        for (const ReviewLogEntry& r : reviews) {
            // Placeholder schedule columns: set below from the replay of the card's merged history.
            if (!execPrepared(insert,
                              QStringLiteral("INSERT OR IGNORE INTO review_log(card_id, rating, reviewed_at,"
                                             " duration_ms, state, due, stability, difficulty, elapsed_days,"
                                             " last_elapsed_days, scheduled_days, learning_steps)"
                                             " VALUES(?, ?, ?, ?, 0, ?, 0, 0, 0, 0, 0, 0)"),
                              {r.cardId, int(r.rating), timeText(r.at), r.durationMs, timeText(r.at)})) {
                *error = sqlErrorText(insert.lastError());
                return false;
            }
            if (insert.numRowsAffected() > 0) {
                ++merged.added;
                touched.insert(r.cardId);
                gained.insert(r.cardId);
            } else {
                ++merged.duplicates;
            }
        }
        QHash<QString, CardFlags> flagsByCard;
        for (const CardFlags& f : flags) {
            flagsByCard.insert(f.cardId, f);
            touched.insert(f.cardId);
        }
        FsrsParameters replayParameters = parameters;
        replayParameters.fuzz = false;
        const FsrsScheduler scheduler(replayParameters);
        for (const QString& cardId : std::as_const(touched)) {
            QSqlQuery q(m_connection.database());
            if (!execPrepared(
                    q,
                    QStringLiteral("SELECT id, reviewed_at, rating FROM review_log WHERE card_id = ?"
                                   " ORDER BY reviewed_at, id"),
                    {cardId})) {
                *error = sqlErrorText(q.lastError());
                return false;
            }
            QList<qint64> ids;
            QList<ReviewEvent> events;
            while (q.next()) {
                ids.append(q.value(0).toLongLong());
                events.append(ReviewEvent{timeFrom(q.value(1).toString()),
                                          Rating(std::clamp(q.value(2).toInt(), 1, 4))});
            }
            Result<CardRecord> existing = record(cardId);
            if (!existing) {
                *error = existing.error();
                return false;
            }
            CardRecord r = *existing;
            if (!events.isEmpty() && gained.contains(cardId)) {
                // The schedule before each review goes into its log row; the last is the card's schedule.
                CardSchedule schedule = FsrsScheduler::newCard(events.first().at);
                for (qsizetype i = 0; i < events.size(); ++i) {
                    const CardSchedule next = scheduler.review(schedule, events[i].at, events[i].rating);
                    if (!execPrepared(
                            q,
                            QStringLiteral("UPDATE review_log SET state = ?, due = ?, stability = ?,"
                                           " difficulty = ?, elapsed_days = ?, last_elapsed_days = ?,"
                                           " scheduled_days = ?, learning_steps = ? WHERE id = ?"),
                            {int(schedule.state), timeText(schedule.due), schedule.stability,
                             schedule.difficulty, next.elapsedDays, schedule.elapsedDays,
                             schedule.scheduledDays, schedule.learningSteps, ids[i]})) {
                        *error = sqlErrorText(q.lastError());
                        return false;
                    }
                    schedule = next;
                }
                r.schedule = schedule;
                ++merged.cards;
            } else if (!r.stored) {
                r.schedule = FsrsScheduler::newCard(QDateTime::currentDateTimeUtc());
            }
            const auto f = flagsByCard.constFind(cardId);
            if (f != flagsByCard.cend()) {
                r.suspended = r.suspended || f->suspended;
                r.leech = r.leech || f->leech;
            }
            if (!r.leech && r.schedule.lapses >= CardRecord::kLeechLapses) {
                r.leech = true;
                r.suspended = true;
            }
            r.stored = true;
            if (!upsert(m_connection, r, error)) {
                return false;
            }
        }
        return true;
    });
    if (!written) {
        return Result<MergeResult>::failure(written.error());
    }
    return merged;
}

Result<int> ReviewStore::bringForward(const QStringList& cardIds, const QDateTime& at,
                                      const QString& questionId, qint64 attemptId) const
{
    int moved = 0;
    const QString now = timeText(at);
    const Result<bool> written = write([&](QString* error) {
        QSqlQuery read(m_connection.database());
        QSqlQuery q(m_connection.database());
        for (const QString& cardId : cardIds) {
            // Only a card that is scheduled later: a new, suspended or already due card is left as it is.
            if (!execPrepared(read,
                              QStringLiteral("SELECT due FROM card_state WHERE card_id = ? AND state != 0"
                                             " AND suspended = 0 AND due > ?"),
                              {cardId, now})) {
                *error = sqlErrorText(read.lastError());
                return false;
            }
            if (!read.next()) {
                continue;
            }
            const QString dueBefore = read.value(0).toString();
            read.finish();
            if (!execPrepared(q, QStringLiteral("UPDATE card_state SET due = ? WHERE card_id = ?"),
                              {now, cardId}) ||
                !execPrepared(
                    q,
                    QStringLiteral("INSERT INTO card_nudge(card_id, nudged_at, question_id, attempt_id,"
                                   " due_before) VALUES(?,?,?,?,?)"),
                    {cardId, now, questionId, attemptId ? QVariant(attemptId) : QVariant(), dueBefore})) {
                *error = sqlErrorText(q.lastError());
                return false;
            }
            ++moved;
        }
        return true;
    });
    if (!written) {
        return Result<int>::failure(written.error());
    }
    return moved;
}

Result<QHash<QString, CardNudge>> ReviewStore::nudges() const
{
    QSqlQuery q(m_connection.database());
    // The latest nudge per card (the highest id is the latest: nudges are only ever appended).
    if (!execPrepared(q, QStringLiteral("SELECT card_id, nudged_at, question_id, attempt_id, due_before"
                                        " FROM card_nudge WHERE id IN (SELECT max(id) FROM card_nudge"
                                        " GROUP BY card_id)"))) {
        return Result<QHash<QString, CardNudge>>::failure(readFailure(q));
    }
    QHash<QString, CardNudge> nudges;
    while (q.next()) {
        CardNudge n{q.value(0).toString(), timeFrom(q.value(1).toString()), q.value(2).toString(),
                    q.value(3).toLongLong(), timeFrom(q.value(4).toString())};
        nudges.insert(n.cardId, n);
    }
    if (q.lastError().isValid()) {
        return Result<QHash<QString, CardNudge>>::failure(readFailure(q));
    }
    return nudges;
}

Result<StudyCounts> ReviewStore::counts(const QDateTime& start, const QDateTime& end) const
{
    QSqlQuery q(m_connection.database());
    if (!execPrepared(q,
                      QStringLiteral("SELECT count(DISTINCT CASE WHEN state = 0 THEN card_id END),"
                                     " coalesce(sum(state = 2), 0), count(*)"
                                     " FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ?"),
                      {timeText(start), timeText(end)}) ||
        !q.next()) {
        return Result<StudyCounts>::failure(readFailure(q));
    }
    return StudyCounts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}

} // namespace certdeck
