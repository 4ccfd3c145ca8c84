#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace certdeck {

/// Why an SQLite call failed: the primary result code (SQLITE_BUSY = 5, SQLITE_READONLY = 8, SQLITE_CORRUPT =
/// 11, SQLITE_FULL = 13, ...; 0 when unknown) and the driver's text.
struct SqlError {
    int code = 0;
    QString text;

    static constexpr int kBusy = 5;
    static constexpr int kLocked = 6;
    static constexpr int kReadOnly = 8;
    static constexpr int kIoError = 10;
    static constexpr int kCorrupt = 11;
    static constexpr int kFull = 13;
    static constexpr int kCantOpen = 14;
    static constexpr int kNotADatabase = 26;

    static SqlError from(const class QSqlError& error);
};

/// One named QSQLITE connection, removed when this object dies. Not copyable; one per thread.
class SqliteConnection {
public:
    enum class Mode {
        ReadOnly,  ///< reads with locking; on a WAL database SQLite may create the -wal and -shm files
        ReadWrite, ///< creates the file when it does not exist
        Immutable, ///< reads the main file only: no locks, and never creates or changes any file
    };

    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    bool open(const QString& path, Mode mode, SqlError* error, int busyTimeoutMs = kDefaultBusyTimeoutMs);
    bool open(const QString& path, Mode mode, QString* error);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;

    /// Runs one statement without results; on failure sets `error` to the driver's code and text.
    bool exec(const QString& sql, SqlError* error) const;
    bool exec(const QString& sql, QString* error = nullptr) const;
    /// First column of the first row of a query, or an invalid QVariant (and `error`) on failure.
    QVariant scalar(const QString& sql, SqlError* error) const;
    QVariant scalar(const QString& sql, QString* error = nullptr) const;

    static constexpr int kDefaultBusyTimeoutMs = 5000;

private:
    QString m_name;
};

/// Prepares `sql` on `query`, binds `values` in order and runs it (forward only); false when SQLite reports
/// an error (see query.lastError()).
bool execPrepared(class QSqlQuery& query, const QString& sql, const QVariantList& values = {});

/// Runs `steps` inside BEGIN IMMEDIATE ... COMMIT, rolling back when a step or the commit fails; false with
/// `error` (SQLite's text) then.
bool inTransaction(const SqliteConnection& connection, const std::function<bool(QString*)>& steps,
                   QString* error);

/// The last error of a query or database as one line of text.
QString sqlErrorText(const class QSqlError& error);

} // namespace certdeck
