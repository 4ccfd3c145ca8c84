#pragma once

#include "progress/BackupPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace certdeck {

/// Rotating backups of progress.db in one folder (by default `backups/` beside it), as Anki keeps them.
///
/// A backup is a whole, checked copy made with SQLite's online backup API from a separate read-only
/// connection, so it is consistent while the app goes on writing in WAL mode: it holds what was committed
/// when the copy began, never half a transaction. It is written to a hidden temporary file in the folder,
/// synced and then moved into place under a new name (`progress-20261122T153012Z.db`, UTC; `_2`, `_3`, ...
/// when that second is taken), so the folder never holds a half-written backup and no file is ever
/// overwritten. Only files named that way are listed or rotated, and besides them only the temporary files of
/// backups cut short (deleted a day later) are ever removed; anything else in the folder is left alone.
///
/// Everything here opens its own connections (plain SQLite, no QSqlDatabase) and keeps no state besides
/// the folder and the rules, so a copy of this object can do the work on another thread.
class ProgressBackups {
    Q_DECLARE_TR_FUNCTIONS(ProgressBackups)

public:
    enum class Status {
        Ok,
        Missing,  ///< the file to back up, restore or check does not exist
        Foreign,  ///< not a Certdeck progress database (or something other than a file stands there)
        Damaged,  ///< SQLite cannot read it whole, or its integrity check fails
        TooNew,   ///< written by a newer Certdeck
        ReadOnly, ///< a file or folder that must be written cannot be
        Locked,   ///< another program holds a lock that did not go away in time
        DiskFull, ///< no room for the copy
        Failed,   ///< any other failure (I/O)
    };

    struct BackupInfo {
        QString path;
        QDateTime created; ///< UTC, from the file name
        qint64 size = 0;   ///< bytes
        qint64 reviews = -1;
        QString error; ///< why the file cannot be read as a Certdeck progress database; empty when it can

        bool ok() const { return error.isEmpty(); }
    };

    struct CreateResult {
        Status status = Status::Failed;
        QString message;      ///< for the learner, naming the file; empty when all went well
        QString path;         ///< the new backup
        QStringList removed;  ///< older backups deleted by rotation
        QStringList warnings; ///< rotation could not delete a backup (the new one is made all the same)

        bool ok() const { return status == Status::Ok; }
    };

    struct RestoreResult {
        Status status = Status::Failed;
        QString message;
        /// Where the progress database that was replaced now is: a regular backup, or, when it could not be
        /// read as one (damaged or not Certdeck's), a byte-for-byte copy named `replaced-progress-...db` that
        /// rotation never deletes. Empty when there was no progress database.
        QString previous;

        bool ok() const { return status == Status::Ok; }
    };

    struct CheckReport {
        Status status = Status::Failed;   ///< Ok when the checks ran (problems are listed below)
        QString message;                  ///< why the checks could not run
        QStringList integrityProblems;    ///< PRAGMA integrity_check lines other than "ok"
        QStringList foreignKeyProblems;   ///< PRAGMA foreign_key_check rows, one line each
        qint64 answersWithoutAttempt = 0; ///< exam_answer rows whose exam_attempt is missing
        qint64 reviewsWithoutCard = 0;    ///< review_log rows whose card has no card_state row

        bool ran() const { return status == Status::Ok; }
        bool healthy() const
        {
            return ran() && integrityProblems.isEmpty() && foreignKeyProblems.isEmpty() &&
                   answersWithoutAttempt == 0 && reviewsWithoutCard == 0;
        }
    };

    /// Backups in `folder`; days for rotation are counted in `zone`.
    explicit ProgressBackups(const QString& folder, const QTimeZone& zone = QTimeZone::systemTimeZone(),
                             const BackupPolicy& policy = {});

    /// The default backup folder: `backups` beside progress.db.
    static QString defaultFolder(const QString& progressDbPath);

    const QString& folder() const { return m_folder; }
    const BackupPolicy& policy() const { return m_policy; }

    /// Copies `progressDbPath` into a new backup named after `now`, creating the folder when missing, then
    /// deletes the backups the policy does not keep (never the new one). A source that is not a healthy
    /// Certdeck progress database is refused, so a damaged file never pushes good backups out.
    CreateResult create(const QString& progressDbPath, const QDateTime& now) const;

    /// Every backup in the folder, newest first. One that cannot be read is listed with its error.
    QList<BackupInfo> list() const;
    /// When the newest backup was made, from the file names alone (no file is opened); null when there is
    /// none.
    QDateTime newest() const;

    /// Replaces the progress database at `progressDbPath` (closed by the app beforehand) with the content of
    /// `backupFile`, after checking that the backup is a whole Certdeck progress database and backing the
    /// current one up (see RestoreResult::previous), so a restore can itself be undone. The replacement is
    /// one transaction, or a synced copy renamed into place: if anything fails, progress.db is either as it
    /// was or the backup's content, never something in between.
    RestoreResult restore(const QString& backupFile, const QString& progressDbPath,
                          const QDateTime& now) const;

    /// Checks a progress database without changing anything: integrity, foreign keys and orphaned rows.
    static CheckReport check(const QString& progressDbPath);

    /// `progress-20261122T153012Z.db`, or `progress-20261122T153012Z_2.db` for `sequence` 2 and up.
    static QString fileName(const QDateTime& created, int sequence = 1);
    /// The creation time in a backup's file name, or an invalid QDateTime when the name is not a backup's.
    static QDateTime parseFileName(const QString& name, int* sequence = nullptr);

private:
    CreateResult createKeeping(const QString& progressDbPath, const QDateTime& now,
                               const QString& alsoKeep) const;

    QString m_folder;
    QTimeZone m_zone;
    BackupPolicy m_policy;
};

} // namespace certdeck
