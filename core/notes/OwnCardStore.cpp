#include "notes/OwnCardStore.h"

#include "util/SqliteConnection.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace certdeck {

namespace {

QString timeText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool upsert(const SqliteConnection& connection, const OwnCard& c, QString* error)
{
    QSqlQuery q(connection.database());
    if (!execPrepared(
            q,
            QStringLiteral("INSERT INTO own_card(id, topic_id, front, back, source_file, source_line,"
                           " source_quote, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?)"
                           " ON CONFLICT(id) DO UPDATE SET topic_id = excluded.topic_id,"
                           " front = excluded.front, back = excluded.back,"
                           " source_file = excluded.source_file, source_line = excluded.source_line,"
                           " source_quote = excluded.source_quote, updated_at = excluded.updated_at"),
            {c.id, text(c.topic), text(c.front), text(c.back), text(c.sourceFile), c.sourceLine,
             text(c.sourceQuote), timeText(c.createdAt), timeText(c.updatedAt)})) {
        *error = sqlErrorText(q.lastError());
        return false;
    }
    return true;
}

} // namespace

Result<QList<OwnCard>> OwnCardStore::cards() const
{
    QSqlQuery q(m_connection.database());
    if (!execPrepared(
            q, QStringLiteral("SELECT id, topic_id, front, back, source_file, source_line, source_quote,"
                              " created_at, updated_at FROM own_card ORDER BY created_at, id"))) {
        return Result<QList<OwnCard>>::failure(
            tr("Your cards cannot be read: %1").arg(sqlErrorText(q.lastError())));
    }
    QList<OwnCard> list;
    while (q.next()) {
        OwnCard c;
        c.id = q.value(0).toString();
        c.topic = q.value(1).toString();
        c.front = q.value(2).toString();
        c.back = q.value(3).toString();
        c.sourceFile = q.value(4).toString();
        c.sourceLine = q.value(5).toInt();
        c.sourceQuote = q.value(6).toString();
        c.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        c.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        list.append(c);
    }
    if (q.lastError().isValid()) {
        return Result<QList<OwnCard>>::failure(
            tr("Your cards cannot be read: %1").arg(sqlErrorText(q.lastError())));
    }
    return list;
}

Result<OwnCard> OwnCardStore::save(OwnCard card, const QDateTime& now) const
{
    if (card.id.isEmpty()) {
        card.id = OwnCards::newId(QRandomGenerator::system()->generate64());
        card.createdAt = now.toUTC();
    }
    if (!card.createdAt.isValid()) {
        card.createdAt = now.toUTC();
    }
    card.updatedAt = now.toUTC();
    QString error;
    if (!inTransaction(
            m_connection, [&](QString* e) { return upsert(m_connection, card, e); }, &error)) {
        return Result<OwnCard>::failure(tr("Your card could not be saved: %1").arg(error));
    }
    return card;
}

Result<int> OwnCardStore::saveAll(const QList<OwnCard>& cards) const
{
    QString error;
    const bool ok = inTransaction(
        m_connection,
        [&](QString* e) {
            for (const OwnCard& c : cards) {
                if (!upsert(m_connection, c, e)) {
                    return false;
                }
            }
            return true;
        },
        &error);
    if (!ok) {
        return Result<int>::failure(tr("Your cards could not be saved: %1").arg(error));
    }
    return int(cards.size());
}

Result<bool> OwnCardStore::remove(const QString& id) const
{
    bool removed = false;
    QString error;
    const bool ok = inTransaction(
        m_connection,
        [&](QString* e) {
            QSqlQuery q(m_connection.database());
            if (!execPrepared(q, QStringLiteral("DELETE FROM own_card WHERE id = ?"), {id})) {
                *e = sqlErrorText(q.lastError());
                return false;
            }
            removed = q.numRowsAffected() > 0;
            // The card's schedule and history go with it.
            for (const char* table : {"card_state", "review_log", "card_nudge"}) {
                if (removed &&
                    !execPrepared(
                        q, QStringLiteral("DELETE FROM %1 WHERE card_id = ?").arg(QLatin1String(table)),
                        {id})) {
                    *e = sqlErrorText(q.lastError());
                    return false;
                }
            }
            return true;
        },
        &error);
    if (!ok) {
        return Result<bool>::failure(tr("Your card could not be deleted: %1").arg(error));
    }
    return removed;
}

} // namespace certdeck
