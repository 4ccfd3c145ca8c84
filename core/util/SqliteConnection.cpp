#include "util/SqliteConnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace certdeck {

namespace {
QAtomicInteger<quint64> g_connectionCounter;
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

SqliteConnection::SqliteConnection()
    : m_name(QStringLiteral("certdeck-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{}

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString& path, Mode mode, QString* error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        } else {
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (db.open()) {
            return true;
        }
        if (error) {
            *error = sqlErrorText(db.lastError());
        }
    }
    QSqlDatabase::removeDatabase(m_name);
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

bool SqliteConnection::exec(const QString& sql, QString* error) const
{
    QSqlQuery query(database());
    if (query.exec(sql)) {
        return true;
    }
    if (error) {
        *error = sqlErrorText(query.lastError());
    }
    return false;
}

QVariant SqliteConnection::scalar(const QString& sql, QString* error) const
{
    QSqlQuery query(database());
    if (query.exec(sql) && query.next()) {
        return query.value(0);
    }
    if (error) {
        *error = query.lastError().isValid() ? sqlErrorText(query.lastError()) : QStringLiteral("no rows");
    }
    return {};
}

} // namespace certdeck
