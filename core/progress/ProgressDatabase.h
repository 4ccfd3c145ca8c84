#pragma once

#include "util/Result.h"
#include "util/SqliteConnection.h"

#include <QCoreApplication>
#include <QString>

namespace certdeck {

/// The learner's own database: card states, review log, exam attempts and answers.
///
/// Opening never overwrites, upgrades or leaves files beside a file that is not a Certdeck progress database,
/// nor one from a newer version: such a file is recognised from its 100-byte SQLite header, read directly,
/// before SQLite opens it. Certdeck processes opening one folder take turns (an advisory lock on the folder,
/// which creates no file), and every open ends with a write inside one transaction, so a database that
/// cannot be written is reported at once (read-only file or folder, read-only file system, full disk, a lock
/// held by another program) and never used as if it could be.
class ProgressDatabase {
    Q_DECLARE_TR_FUNCTIONS(ProgressDatabase)

public:
    static constexpr int kSchemaVersion = 5;
    static constexpr int kApplicationId = 0x43445047; // "CDPG": a Certdeck progress database

    enum class Status {
        Opened,   ///< existing database, possibly upgraded
        Created,  ///< new database
        Foreign,  ///< a file that is not a Certdeck progress database (left untouched)
        Damaged,  ///< a Certdeck database SQLite cannot read, or with values no Certdeck writes (untouched)
        TooNew,   ///< written by a newer Certdeck (left untouched)
        ReadOnly, ///< the file, its folder or the file system cannot be written
        Locked,   ///< another program holds a lock on it
        DiskFull, ///< the disk has no room to save
        Failed,   ///< any other failure to create or upgrade (I/O); nothing half-done is kept
    };

    struct OpenResult {
        Status status = Status::Failed;
        QString message; ///< for the learner: names the file, says what happened and what to do
        int fromVersion = 0;
        int toVersion = 0;

        bool ok() const { return status == Status::Opened || status == Status::Created; }
    };

    /// What `certdeck progress info` shows, read without creating, upgrading or changing any file.
    struct Summary {
        bool exists = false;
        bool writable = false;
        int schemaVersion = 0;
        qint64 cards = 0;
        qint64 reviews = 0;
        qint64 examAttempts = 0;
        bool interrupted =
            false; ///< a change was cut short; the app rolls it back when it next opens the file
    };

    /// Opens `path`, creating it and its folder when missing, and upgrades it step by step to
    /// kSchemaVersion in one transaction; WAL journal; foreign keys on.
    /// With `alone` (the app), a database another program or Certdeck has open is refused (Status::Locked,
    /// saying it is open elsewhere) rather than written beside it.
    OpenResult open(const QString& path, bool alone = false);
    void close() { m_connection.close(); }
    bool isOpen() const { return m_connection.isOpen(); }
    const QString& path() const { return m_path; }
    const SqliteConnection& connection() const { return m_connection; }

    /// How long to wait for a lock held by another process before reporting Status::Locked.
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    /// Whether another connection has the database at `path` open right now, as a running Certdeck does for
    /// as long as its window is open: in WAL mode every open connection keeps SQLite's shared lock on the
    /// file, so SQLite's exclusive lock, asked for once without waiting, is refused. (The folder lock of
    /// open() is no such sign: it is held only while a database is being opened.) Also true while another
    /// program happens to read the file. A missing file, or one that cannot be opened for writing, is not in
    /// use. Reads, creates and changes nothing.
    static bool inUse(const QString& path);

    /// Reads what `path` holds without creating or changing anything (a missing file is not an error).
    /// Returns Opened with `summary` filled, or the reason the file cannot be read.
    static OpenResult inspect(const QString& path, Summary* summary);

    /// Opens `path` for reading as the command line does, creating and changing nothing: immutable when no
    /// other program has it open, else through SQLite's locks (seeing the running app's last commit). False
    /// when there is no database yet (nothing to read); a failure when the file cannot be read or, with
    /// `minimumSchema`, was written by a Certdeck too old for the reader (open the app once to upgrade it).
    static Result<bool> openForReading(const QString& path, SqliteConnection& connection,
                                       int minimumSchema = 1);

    int schemaVersion() const;

    /// Creates a new database at `path` with the schema of `version` (1 to kSchemaVersion), for tests of
    /// the upgrade steps. Fails when the file exists.
    static bool createAtVersion(const QString& path, int version, QString* error);

    /// Number of rows in a table of this database (for `progress info` and tests).
    qint64 count(const QString& table) const;

private:
    bool migrate(int from, SqlError* error, int to = kSchemaVersion);

    SqliteConnection m_connection;
    QString m_path;
    int m_busyTimeoutMs = SqliteConnection::kDefaultBusyTimeoutMs;
};

} // namespace certdeck
