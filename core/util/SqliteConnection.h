#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace certdeck {

/// One named QSQLITE connection, removed when this object dies. Not copyable; one per thread.
class SqliteConnection {
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /// Opens `path`. ReadWrite creates the file when it does not exist.
    bool open(const QString& path, Mode mode, QString* error);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;

    /// Runs one statement without results; on failure sets `error` to the driver's text.
    bool exec(const QString& sql, QString* error = nullptr) const;
    /// First column of the first row of a query, or an invalid QVariant (and `error`) on failure.
    QVariant scalar(const QString& sql, QString* error = nullptr) const;

private:
    QString m_name;
};

/// The last error of a query or database as one line of text.
QString sqlErrorText(const class QSqlError& error);

} // namespace certdeck
