#include "util/SqliteConnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace certdeck {

namespace {
QAtomicInteger<quint64> g_connectionCounter;

void setError(QString* error, const SqlError& e)
{
    if (error) {
        *error = e.text;
    }
}
} // namespace

QString sqlErrorText(const QSqlError& error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty()) {
        text = error.text().trimmed();
    }
    while (text.endsWith(u'.')) {
        text.chop(1); // messages around it add their own full stop
    }
    return text;
}

SqlError SqlError::from(const QSqlError& error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    // Qt enables SQLite's extended result codes; the low byte is the primary code.
    return SqlError{ok ? (native & 0xFF) : 0, sqlErrorText(error)};
}

SqliteConnection::SqliteConnection()
    : m_name(QStringLiteral("certdeck-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{}

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString& path, Mode mode, SqlError* error, int busyTimeoutMs)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        const QString timeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        switch (mode) {
        case Mode::ReadOnly:
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;") + timeout);
            break;
        case Mode::ReadWrite:
            db.setDatabaseName(path);
            db.setConnectOptions(timeout);
            break;
        case Mode::Immutable:
            // A URI, so that any character in the path (?, #, %) stays part of the path.
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + timeout);
            break;
        }
        if (db.open()) {
            return true;
        }
        if (error) {
            *error = SqlError::from(db.lastError());
        }
    }
    QSqlDatabase::removeDatabase(m_name);
    return false;
}

bool SqliteConnection::open(const QString& path, Mode mode, QString* error)
{
    SqlError e;
    if (open(path, mode, &e)) {
        return true;
    }
    setError(error, e);
    return false;
}

void SqliteConnection::close()
{
    if (!QSqlDatabase::contains(m_name)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqliteConnection::exec(const QString& sql, SqlError* error) const
{
    QSqlQuery query(database());
    if (query.exec(sql)) {
        return true;
    }
    if (error) {
        *error = SqlError::from(query.lastError());
    }
    return false;
}

bool SqliteConnection::exec(const QString& sql, QString* error) const
{
    SqlError e;
    if (exec(sql, &e)) {
        return true;
    }
    setError(error, e);
    return false;
}

QVariant SqliteConnection::scalar(const QString& sql, SqlError* error) const
{
    QSqlQuery query(database());
    if (query.exec(sql) && query.next()) {
        return query.value(0);
    }
    if (error) {
        *error = query.lastError().isValid() ? SqlError::from(query.lastError())
                                             : SqlError{0, QStringLiteral("no rows")};
    }
    return {};
}

QVariant SqliteConnection::scalar(const QString& sql, QString* error) const
{
    SqlError e;
    QVariant value = scalar(sql, &e);
    if (!value.isValid()) {
        setError(error, e);
    }
    return value;
}

bool inTransaction(const SqliteConnection& connection, const std::function<bool(QString*)>& steps,
                   QString* error)
{
    if (!connection.exec(QStringLiteral("BEGIN IMMEDIATE"), error)) {
        return false;
    }
    if (!steps(error) || !connection.exec(QStringLiteral("COMMIT"), error)) {
        connection.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool execPrepared(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values[i]);
    }
    return query.exec();
}

} // namespace certdeck
