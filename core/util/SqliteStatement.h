#pragma once

#include "util/SqliteConnection.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace certdeck {

/// The SQLite handle under a Qt connection (the same library Debian's QSQLITE driver uses), or nullptr.
inline sqlite3* sqliteHandle(const SqliteConnection& connection)
{
    const QVariant handle = connection.database().driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.constData())
               : nullptr;
}

/// A prepared statement on a connection's own SQLite handle, kept and reused: for the hot paths where
/// QSqlQuery's per-value QVariants cost more than the query. Bind, step with next(), reset() for the next
/// run.
class SqliteStatement {
public:
    SqliteStatement(const SqliteConnection& connection, const QString& sql) : m_db(sqliteHandle(connection))
    {
        const QByteArray text = sql.toUtf8();
        m_rc = m_db ? sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                         &m_stmt, nullptr)
                    : SQLITE_MISUSE;
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool ok() const { return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }
    sqlite3* database() const { return m_db; }

    /// Ready to bind and run again; bindings are cleared.
    void reset()
    {
        if (m_stmt) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
            m_rc = SQLITE_OK;
        }
    }
    void bind(int index, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        if (ok()) {
            m_rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    void bind(int index, qint64 value)
    {
        if (ok()) {
            m_rc = sqlite3_bind_int64(m_stmt, index, value);
        }
    }
    void bindBlob(int index, const void* data, int size)
    {
        if (ok()) {
            m_rc = sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
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

    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const { return sqlite3_column_double(m_stmt, column); }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column)),
                                 sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace certdeck
