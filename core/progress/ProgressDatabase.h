#pragma once

#include "util/SqliteConnection.h"

#include <QCoreApplication>
#include <QString>

namespace certdeck {

/// The learner's own database: card states, review log, exam attempts and answers.
/// Opening never overwrites a file that is not a Certdeck progress database, nor one from a newer version.
class ProgressDatabase {
    Q_DECLARE_TR_FUNCTIONS(ProgressDatabase)

public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int kApplicationId = 0x43445047; // "CDPG": a Certdeck progress database

    enum class Status {
        Opened,  ///< existing database, possibly upgraded
        Created, ///< new database
        Foreign, ///< a file that is not a Certdeck progress database (left untouched)
        Damaged, ///< a Certdeck database SQLite cannot read (left untouched)
        TooNew,  ///< written by a newer Certdeck (left untouched)
        Failed,  ///< could not create or upgrade (I/O, permissions); nothing half-done is kept
    };

    struct OpenResult {
        Status status = Status::Failed;
        QString message; ///< for the learner, naming the file
        int fromVersion = 0;
        int toVersion = 0;

        bool ok() const { return status == Status::Opened || status == Status::Created; }
    };

    /// Opens `path`, creating it and its folder when missing, and upgrades it step by step to kSchemaVersion.
    /// Each step is one transaction; WAL journal; foreign keys on.
    OpenResult open(const QString& path);
    void close() { m_connection.close(); }
    bool isOpen() const { return m_connection.isOpen(); }
    const QString& path() const { return m_path; }
    const SqliteConnection& connection() const { return m_connection; }

    int schemaVersion() const;

    /// Number of rows in a table of this database (for `progress info` and tests).
    qint64 count(const QString& table) const;

private:
    OpenResult inspect(const QString& path, int* version) const;
    bool migrate(int from, QString* error);

    SqliteConnection m_connection;
    QString m_path;
};

} // namespace certdeck
