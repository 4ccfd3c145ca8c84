#include "notes/OwnNotesStore.h"

#include "util/SqliteConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace certdeck {

namespace {

QString timeText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<QList<OwnNotesFile>> OwnNotesStore::files() const
{
    QSqlQuery q(m_connection.database());
    if (!execPrepared(q, QStringLiteral("SELECT name, title, origin, text, imported_at FROM own_notes"
                                        " ORDER BY name"))) {
        return Result<QList<OwnNotesFile>>::failure(
            tr("Your notes cannot be read: %1").arg(sqlErrorText(q.lastError())));
    }
    QList<OwnNotesFile> list;
    while (q.next()) {
        OwnNotesFile f;
        f.name = q.value(0).toString();
        f.title = q.value(1).toString();
        f.origin = q.value(2).toString();
        f.text = q.value(3).toByteArray();
        f.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        list.append(f);
    }
    if (q.lastError().isValid()) {
        return Result<QList<OwnNotesFile>>::failure(
            tr("Your notes cannot be read: %1").arg(sqlErrorText(q.lastError())));
    }
    return list;
}

Result<OwnNotesStore::PutOutcome> OwnNotesStore::put(const OwnNotesFile& file) const
{
    PutOutcome outcome = PutOutcome::Added;
    QString error;
    const bool ok = inTransaction(
        m_connection,
        [&](QString* e) {
            QSqlQuery q(m_connection.database());
            if (!execPrepared(q, QStringLiteral("SELECT title, text FROM own_notes WHERE name = ?"),
                              {file.name})) {
                *e = sqlErrorText(q.lastError());
                return false;
            }
            if (q.next()) {
                if (q.value(0).toString() == file.title && q.value(1).toByteArray() == file.text) {
                    outcome = PutOutcome::Unchanged;
                    return true;
                }
                outcome = PutOutcome::Updated;
            }
            q.finish();
            if (!execPrepared(q,
                              QStringLiteral("INSERT INTO own_notes(name, title, origin, text, imported_at)"
                                             " VALUES(?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
                                             " title = excluded.title, origin = excluded.origin,"
                                             " text = excluded.text, imported_at = excluded.imported_at"),
                              {file.name, file.title, file.origin.isNull() ? QStringLiteral("") : file.origin,
                               file.text, timeText(file.importedAt)})) {
                *e = sqlErrorText(q.lastError());
                return false;
            }
            return true;
        },
        &error);
    if (!ok) {
        //: %1 is a file name, %2 the database's error
        return Result<PutOutcome>::failure(tr("%1 could not be stored: %2").arg(file.name, error));
    }
    return outcome;
}

Result<bool> OwnNotesStore::remove(const QString& name) const
{
    bool removed = false;
    QString error;
    const bool ok = inTransaction(
        m_connection,
        [&](QString* e) {
            QSqlQuery q(m_connection.database());
            if (!execPrepared(q, QStringLiteral("DELETE FROM own_notes WHERE name = ?"), {name})) {
                *e = sqlErrorText(q.lastError());
                return false;
            }
            removed = q.numRowsAffected() > 0;
            return true;
        },
        &error);
    if (!ok) {
        return Result<bool>::failure(tr("%1 could not be removed: %2").arg(name, error));
    }
    return removed;
}

} // namespace certdeck
