#include "review/ReviewStore.h"

#include "review/Replay.h"
#include "util/PlainText.h"
#include "util/SqliteConnection.h"

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

namespace {

/// The form timeText() writes, "2026-11-22T09:00:00.000Z", read without QDateTime's general parser (a session
/// reads every card's times; the general parser costs a microsecond each). Null when `text` is not in it.
template <class Char>
QDateTime fastTime(const Char* text, qsizetype size)
{
    if (size != 24 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != '.' || text[23] != 'Z') {
        return {};
    }
    bool ok = true;
    auto digits = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const int c = int(text[i]);
            ok = ok && c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    const int hour = digits(11, 2);
    const int minute = digits(14, 2);
    const int second = digits(17, 2);
    const int ms = digits(20, 3);
    if (!ok || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
        return {};
    }
    // Days from 1970-01-01 to the civil date (Howard Hinnant's days_from_civil).
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    return QDateTime::fromMSecsSinceEpoch(
        ((days * 24 + hour) * 60 + minute) * 60000 + qint64(second) * 1000 + ms, Qt::UTC);
}

} // namespace

QDateTime ReviewStore::timeFrom(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    const QDateTime fast = fastTime(text.utf16(), text.size());
    return fast.isValid() ? fast : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

namespace {

QString readFailure(const QSqlQuery& q)
{
    //: %1 is SQLite's message
    return ReviewStore::tr("Reading your progress failed: %1")
        .arg(PlainText::printable(sqlErrorText(q.lastError())));
}

} // namespace

Result<QHash<QString, CardRecord>> ReviewStore::records() const
{
    return readRecords(nullptr);
}

Result<QHash<QString, CardRecord>> ReviewStore::readRecords(const QString* cardId) const
{
    // Every card's record (or one card's), read through SQLite's own API on the connection's handle: a
    // session reads them all at its start, and QSqlQuery's per-value QVariants would cost ten times as much
    // for 100,000 cards.
    const QVariant handle = m_connection.database().driver()->handle();
    sqlite3* db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3* const*>(handle.constData())
                      : nullptr;
    auto failure = [&](const char* message) {
        return Result<QHash<QString, CardRecord>>::failure(
            tr("Reading your progress failed: %1").arg(PlainText::printable(QString::fromUtf8(message))));
    };
    if (!db) {
        return failure("no SQLite connection");
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray sql = (QStringLiteral("SELECT ") + kRecordColumns + QStringLiteral(" FROM card_state") +
                            (cardId ? QStringLiteral(" WHERE card_id = ?") : QString()))
                               .toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        return failure(sqlite3_errmsg(db));
    }
    const QByteArray wanted = cardId ? cardId->toUtf8() : QByteArray();
    if (cardId &&
        sqlite3_bind_text(stmt, 1, wanted.constData(), int(wanted.size()), SQLITE_STATIC) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return failure(sqlite3_errmsg(db));
    }
    auto text = [&](int column) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)),
                                 sqlite3_column_bytes(stmt, column));
    };
    auto time = [&](int column) {
        const char* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
        const int size = sqlite3_column_bytes(stmt, column);
        if (!bytes || size == 0) {
            return QDateTime();
        }
        const QDateTime fast = fastTime(bytes, size);
        return fast.isValid() ? fast : timeFrom(QString::fromUtf8(bytes, size));
    };
    QHash<QString, CardRecord> records;
    if (!cardId) {
        sqlite3_stmt* count = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM card_state", -1, &count, nullptr) == SQLITE_OK &&
            sqlite3_step(count) == SQLITE_ROW) {
            records.reserve(sqlite3_column_int64(count, 0));
        }
        sqlite3_finalize(count);
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        CardRecord r;
        r.cardId = text(0);
        r.schedule.state = CardState(std::clamp(sqlite3_column_int(stmt, 1), 0, 3));
        r.schedule.due = time(2);
        r.schedule.stability = sqlite3_column_double(stmt, 3);
        r.schedule.difficulty = sqlite3_column_double(stmt, 4);
        r.schedule.elapsedDays = sqlite3_column_int(stmt, 5);
        r.schedule.scheduledDays = sqlite3_column_int(stmt, 6);
        r.schedule.learningSteps = sqlite3_column_int(stmt, 7);
        r.schedule.reps = sqlite3_column_int(stmt, 8);
        r.schedule.lapses = sqlite3_column_int(stmt, 9);
        r.schedule.lastReview = time(10);
        r.suspended = sqlite3_column_int(stmt, 11) != 0;
        r.buriedUntil = time(12);
        r.leech = sqlite3_column_int(stmt, 13) != 0;
        r.stored = true;
        QString id = r.cardId;
        records.emplace(std::move(id), std::move(r));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        return failure(sqlite3_errstr(rc));
    }
    return records;
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
    if (!m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        //: %1 is SQLite's message
        return Result<bool>::failure(tr("Saving your progress failed: %1").arg(PlainText::printable(error)));
    }
    if (!steps(&error) || !m_connection.exec(QStringLiteral("COMMIT"), &error)) {
        m_connection.exec(QStringLiteral("ROLLBACK"));
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
