#include "progress/ProgressBackups.h"

#include "progress/ProgressDatabase.h"
#include "util/PlainText.h"
#include "util/RegularFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <optional>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certdeck {

namespace {

using Status = ProgressBackups::Status;

constexpr int kBusyTimeoutMs = 5000;
constexpr int kMaxSequence = 999;
constexpr qint64 kNearlyFullBytes = qint64(64) * 1024;
constexpr int kMaxListedProblems = 50;

QString stampFormat()
{
    return QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
}

QString shown(const QString& path)
{
    return PlainText::printable(QDir::toNativeSeparators(path));
}

QString systemError(int error)
{
    return qt_error_string(error);
}

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

bool sameFile(const QString& a, const QString& b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() ? ca == QFileInfo(b).canonicalFilePath() : absolute(a) == absolute(b);
}

bool exists(const QString& path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0; // a broken link counts
}

/// Why an SQLite call failed: the primary result code and SQLite's words.
struct Failure {
    int code = SQLITE_OK;
    QString text;
};

/// One plain SQLite connection, closed when this object dies. Plain rather than QSqlDatabase so the online
/// backup API can be used and so it works on any thread without a named Qt connection.
class Database {
public:
    enum class Mode {
        ReadOnly,  ///< reads with locks; sees what a WAL database's -wal file holds
        Immutable, ///< reads the main file only, without locks, creating no file beside it
        ReadWrite, ///< the file must exist (an empty file is an empty database)
    };

    Database() = default;
    ~Database() { close(); }
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool open(const QString& path, Mode mode, Failure* failure)
    {
        close();
        // A URI, so any character in the path (?, #, %) stays part of the path.
        QString uri = QUrl::fromLocalFile(absolute(path)).toString(QUrl::FullyEncoded);
        int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
        switch (mode) {
        case Mode::ReadOnly:
            flags |= SQLITE_OPEN_READONLY;
            break;
        case Mode::Immutable:
            flags |= SQLITE_OPEN_READONLY;
            uri += QStringLiteral("?immutable=1");
            break;
        case Mode::ReadWrite:
            flags |= SQLITE_OPEN_READWRITE;
            break;
        }
        const int rc = sqlite3_open_v2(uri.toUtf8().constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK) {
            *failure = failureOf(rc);
            close();
            return false;
        }
        sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
        return true;
    }

    void close()
    {
        if (m_db) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
    }

    sqlite3* handle() const { return m_db; }

    Failure failureOf(int rc) const
    {
        const char* text = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        return Failure{rc & 0xFF, QString::fromUtf8(text)};
    }

    bool exec(const char* sql, Failure* failure) const
    {
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            *failure = failureOf(rc);
            return false;
        }
        return true;
    }

    /// Runs `sql` and calls `row` for each result row.
    bool query(const char* sql, const std::function<void(sqlite3_stmt*)>& row, Failure* failure) const
    {
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
            row(statement);
            rc = SQLITE_OK;
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE) {
            *failure = failureOf(rc);
            return false;
        }
        return true;
    }

    std::optional<qint64> integer(const char* sql, Failure* failure) const
    {
        std::optional<qint64> value;
        if (!query(
                sql, [&](sqlite3_stmt* s) { value = qint64(sqlite3_column_int64(s, 0)); }, failure)) {
            return std::nullopt;
        }
        if (!value) {
            *failure = Failure{SQLITE_ERROR, QStringLiteral("no rows")};
        }
        return value;
    }

    QString text(const char* sql, Failure* failure) const
    {
        QString value;
        if (!query(
                sql,
                [&](sqlite3_stmt* s) {
                    value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
                },
                failure)) {
            return {};
        }
        return value;
    }

private:
    sqlite3* m_db = nullptr;
};

/// Copies the whole of `source` into `target` in one step: one read transaction on the source (a consistent
/// snapshot, which in WAL mode never blocks the app's writes) and one write transaction on the target.
bool copyDatabase(const Database& source, const Database& target, Failure* failure)
{
    sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup) {
        *failure = target.failureOf(sqlite3_errcode(target.handle()));
        return false;
    }
    const QDeadlineTimer deadline(kBusyTimeoutMs);
    int rc = SQLITE_OK;
    while (true) {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !deadline.hasExpired()) {
            QThread::msleep(10); // the source is being recovered or written through the same connection
            continue;
        }
        if (rc != SQLITE_OK) {
            break;
        }
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *failure = target.failureOf(rc);
        return false;
    }
    return true;
}

/// What identifies a file on disk and its last change: when it is equal before and after a read without
/// locks, nothing wrote the file meanwhile.
struct FileStamp {
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    timespec modified{};
    timespec changed{};

    bool operator==(const FileStamp& o) const
    {
        return device == o.device && inode == o.inode && size == o.size &&
               modified.tv_sec == o.modified.tv_sec && modified.tv_nsec == o.modified.tv_nsec &&
               changed.tv_sec == o.changed.tv_sec && changed.tv_nsec == o.changed.tv_nsec;
    }
};

std::optional<FileStamp> stampOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return std::nullopt;
    }
    return FileStamp{st.st_dev, st.st_ino, st.st_size, st.st_mtim, st.st_ctim};
}

bool walInUse(const QString& path)
{
    return exists(path + QStringLiteral("-wal")) && exists(path + QStringLiteral("-shm"));
}

/// Opens a progress database for reading as ProgressDatabase::inspect does, creating no file beside it:
/// with locks when its -wal and -shm files exist (a Certdeck has it open, or one crashed), else immutable
/// (nothing has it open, and the main file alone is the whole database).
bool openForReading(Database& db, const QString& path, Failure* failure)
{
    return db.open(path, walInUse(path) ? Database::Mode::ReadOnly : Database::Mode::Immutable, failure);
}

/// Whether a file starts as an SQLite database does.
bool looksLikeSqlite(const QString& path)
{
    QByteArray head;
    QString error;
    return RegularFile::readHead(path, 16, &head, &error) && head == QByteArray("SQLite format 3\0", 16);
}

/// Whether an open database is a Certdeck progress database this version can read; `detail` gets SQLite's
/// words or the version found.
Status identify(const Database& db, const QString& path, QString* detail)
{
    Failure f;
    qint64 applicationId = 0;
    qint64 version = 0;
    const bool read = db.query(
        "SELECT (SELECT application_id FROM pragma_application_id),"
        " (SELECT user_version FROM pragma_user_version)",
        [&](sqlite3_stmt* s) {
            applicationId = sqlite3_column_int64(s, 0);
            version = sqlite3_column_int64(s, 1);
        },
        &f);
    if (!read) {
        *detail = f.text;
        if (!looksLikeSqlite(path)) {
            return Status::Foreign;
        }
        switch (f.code) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return Status::Locked;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return Status::Damaged;
        default:
            return Status::Failed;
        }
    }
    *detail = QString::number(version);
    if (applicationId != ProgressDatabase::kApplicationId) {
        return Status::Foreign;
    }
    if (version > ProgressDatabase::kSchemaVersion) {
        return Status::TooNew;
    }
    if (version < 1) {
        *detail = ProgressBackups::tr("its schema version is %1").arg(version);
        return Status::Damaged;
    }
    return Status::Ok;
}

/// The first lines of an integrity or quick check that are not "ok".
QStringList checkProblems(const Database& db, const char* pragma, Failure* failure, bool* ran)
{
    QStringList problems;
    *ran = db.query(
        pragma,
        [&](sqlite3_stmt* s) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
            if (line != u"ok" && problems.size() < kMaxListedProblems) {
                problems.append(PlainText::printable(line));
            }
        },
        failure);
    return problems;
}

Status statusOfErrno(int error)
{
    switch (error) {
    case EACCES:
    case EPERM:
    case EROFS:
        return Status::ReadOnly;
    case ENOSPC:
    case EDQUOT:
        return Status::DiskFull;
    default:
        return Status::Failed;
    }
}

bool diskIsFull(const QString& folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kNearlyFullBytes;
}

/// What a failure to write a file in `folder` means.
Status writeStatus(const Failure& f, const QString& folder)
{
    switch (f.code) {
    case SQLITE_FULL:
        return Status::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Status::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Status::Locked;
    default:
        break;
    }
    if (diskIsFull(folder)) {
        return Status::DiskFull;
    }
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
        return Status::ReadOnly;
    }
    return Status::Failed;
}

int syncFile(const QString& path, bool folder)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0));
    if (fd < 0) {
        return errno;
    }
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // A folder some file systems cannot sync (EINVAL) has nothing more to write.
    return rc == 0 || (folder && error == EINVAL) ? 0 : error;
}

/// Moves `from` to `to` in one step, never replacing a file at `to` (EEXIST then). Where the file system
/// cannot rename without replacing, a hard link does the same.
int renameNoReplace(const QString& from, const QString& to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0) {
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return errno;
    }
    if (::link(source.constData(), target.constData()) != 0) {
        return errno;
    }
    ::unlink(source.constData());
    return 0;
}

/// A new, empty, hidden file in a folder, removed with SQLite's side files unless released.
class TempFile {
public:
    TempFile(const QString& folder, const QString& prefix)
    {
        QByteArray name = QFile::encodeName(folder + u'/' + prefix + QStringLiteral("-XXXXXX"));
        const int fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd < 0) {
            m_error = errno;
            return;
        }
        ::close(fd);
        m_path = QFile::decodeName(name);
    }
    ~TempFile()
    {
        if (m_path.isEmpty()) {
            return;
        }
        for (const char* suffix : {"-journal", "-wal", "-shm", ""}) {
            QFile::remove(m_path + QLatin1String(suffix));
        }
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const QString& path() const { return m_path; }
    int error() const { return m_error; }
    void release() { m_path.clear(); }

private:
    QString m_path;
    int m_error = 0;
};

/// The problem found while making a copy, and whether it lies with the file copied or the copy.
struct CopyProblem {
    Status status = Status::Ok;
    QString detail;
    bool atSource = false;
};

CopyProblem sourceProblem(Status status, const QString& detail)
{
    return CopyProblem{status, detail, true};
}

CopyProblem targetProblem(const Failure& f, const QString& folder)
{
    return CopyProblem{writeStatus(f, folder), f.text, false};
}

/// Copies the database at `sourcePath` into the empty file `targetPath` as a self-contained database
/// (rollback journal: no -wal file goes with it), synced to disk, then checks the copy: a Certdeck progress
/// database this version reads, passing `check` ("PRAGMA quick_check" or "PRAGMA integrity_check").
/// A `live` source (progress.db) is read as `progress info` reads it: with locks when a Certdeck has it open,
/// else without locks nor files beside it, and read again with locks should anything have written it
/// meanwhile. Any other source (a backup, which nothing writes) is read without locks.
CopyProblem copyChecked(const QString& sourcePath, const QString& targetPath, bool live, const char* check)
{
    const QString targetFolder = QFileInfo(targetPath).absolutePath();
    Database target;
    Failure f;
    if (!target.open(targetPath, Database::Mode::ReadWrite, &f) ||
        !target.exec("PRAGMA synchronous = FULL", &f)) {
        return targetProblem(f, targetFolder);
    }
    for (int attempt = 0;; ++attempt) {
        const bool withLocks = live && (attempt > 0 || walInUse(sourcePath));
        const std::optional<FileStamp> before = stampOf(sourcePath);
        Database source;
        if (!source.open(sourcePath, withLocks ? Database::Mode::ReadOnly : Database::Mode::Immutable, &f)) {
            return sourceProblem(f.code == SQLITE_BUSY ? Status::Locked : Status::Failed, f.text);
        }
        QString detail;
        if (const Status s = identify(source, sourcePath, &detail); s != Status::Ok) {
            return sourceProblem(s, detail);
        }
        if (!copyDatabase(source, target, &f)) {
            // Reading the source fails with its own codes; anything else is the copy's.
            if (f.code == SQLITE_CORRUPT || f.code == SQLITE_NOTADB) {
                return sourceProblem(Status::Damaged, f.text);
            }
            return targetProblem(f, targetFolder);
        }
        source.close();
        if (!live || withLocks ||
            (stampOf(sourcePath) == before && !exists(sourcePath + QStringLiteral("-wal")))) {
            break;
        }
        // Something opened or wrote the source while it was read without locks: read it again, with locks.
    }
    // The copy holds the source's first page, which says WAL; a backup stands alone with a rollback journal.
    const QString mode = target.text("PRAGMA journal_mode = DELETE", &f);
    if (mode != u"delete") {
        return targetProblem(mode.isEmpty() ? f : Failure{SQLITE_ERROR, mode}, targetFolder);
    }
    QString detail;
    if (const Status s = identify(target, targetPath, &detail); s != Status::Ok) {
        return sourceProblem(s, detail);
    }
    bool ran = false;
    const QStringList problems = checkProblems(target, check, &f, &ran);
    if (!ran) {
        return f.code == SQLITE_CORRUPT || f.code == SQLITE_NOTADB ? sourceProblem(Status::Damaged, f.text)
                                                                   : targetProblem(f, targetFolder);
    }
    if (!problems.isEmpty()) {
        return sourceProblem(Status::Damaged, problems.first());
    }
    target.close();
    if (const int error = syncFile(targetPath, false); error != 0) {
        return CopyProblem{statusOfErrno(error), systemError(error), false};
    }
    return {};
}

/// The backups in a folder, newest first: regular files named as ProgressBackups::fileName() names them.
struct Entry {
    QString path;
    QDateTime created;
    int sequence = 1;
    qint64 size = 0;
};

QList<Entry> scan(const QString& folder)
{
    QList<Entry> entries;
    const QFileInfoList files =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDir::NoSort);
    for (const QFileInfo& file : files) {
        Entry e;
        e.created = ProgressBackups::parseFileName(file.fileName(), &e.sequence);
        if (!e.created.isValid()) {
            continue;
        }
        e.path = file.absoluteFilePath();
        e.size = file.size();
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.created != b.created ? a.created > b.created : a.sequence > b.sequence;
    });
    return entries;
}

const QString kTempPrefix = QStringLiteral(".progress-backup");

/// Deletes the temporary files of backups cut short (kill -9, power cut) more than a day before `now`;
/// younger ones may belong to a backup still being made by another thread or process.
void removeAbandonedTemporaries(const QString& folder, const QDateTime& now)
{
    const QRegularExpression pattern(QStringLiteral("^") + QRegularExpression::escape(kTempPrefix) +
                                     QStringLiteral("-[A-Za-z0-9]{6}(-journal|-wal|-shm)?$"));
    const QFileInfoList files =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDir::NoSort);
    for (const QFileInfo& file : files) {
        if (pattern.match(file.fileName()).hasMatch() && file.lastModified().secsTo(now) > 86400) {
            QFile::remove(file.absoluteFilePath());
        }
    }
}

/// Makes `folder` when missing; on failure, why (status and message).
std::optional<std::pair<Status, QString>> ensureFolder(const QString& folder)
{
    const RegularFile::Info info = RegularFile::inspect(folder);
    if (info.kind == RegularFile::Kind::Folder) {
        return std::nullopt;
    }
    if (info.kind != RegularFile::Kind::Missing) {
        //: %2 is what stands at the path, e.g. "a folder" or "a named pipe (FIFO)"
        return std::pair{
            Status::Foreign,
            ProgressBackups::tr("Certdeck keeps your backups in the folder %1, but %2 is at that "
                                "path. Rename or move it, then try again.")
                .arg(shown(folder), info.kind == RegularFile::Kind::File ? ProgressBackups::tr("a file")
                                                                         : RegularFile::describe(info.kind))};
    }
    if (QDir().mkpath(folder)) {
        return std::nullopt;
    }
    QString parent = QFileInfo(folder).absolutePath();
    while (!QFileInfo(parent).isDir() && parent != QFileInfo(parent).absolutePath()) {
        parent = QFileInfo(parent).absolutePath();
    }
    if (diskIsFull(parent)) {
        return std::pair{
            Status::DiskFull,
            ProgressBackups::tr("Cannot create the backup folder %1: the disk is full. Free some "
                                "space, then try again.")
                .arg(shown(folder))};
    }
    return std::pair{Status::ReadOnly,
                     ProgressBackups::tr("Cannot create the backup folder %1. Check that %2 exists and is "
                                         "writable, then try again.")
                         .arg(shown(folder), shown(parent))};
}

/// Moves the finished file `temp` into `folder` under the first free name `nameFor(sequence)` gives.
/// Returns the new path, or sets `error` (errno).
QString moveIntoPlace(TempFile& temp, const QString& folder, const std::function<QString(int)>& nameFor,
                      int* error)
{
    for (int sequence = 1; sequence <= kMaxSequence; ++sequence) {
        const QString target = folder + u'/' + nameFor(sequence);
        if (exists(target)) {
            continue;
        }
        const int rc = renameNoReplace(temp.path(), target);
        if (rc == EEXIST) {
            continue; // taken meanwhile
        }
        if (rc != 0) {
            *error = rc;
            return {};
        }
        temp.release();
        *error = syncFile(folder, true);
        return target;
    }
    *error = EEXIST;
    return {};
}

QString backupMessage(const CopyProblem& p, const QString& source, const QString& folder)
{
    if (p.atSource) {
        switch (p.status) {
        case Status::Foreign:
            return ProgressBackups::tr(
                       "%1 is not a Certdeck progress database, so Certdeck did not back it up.")
                .arg(shown(source));
        case Status::TooNew:
            return ProgressBackups::tr(
                       "%1 was written by a newer Certdeck (schema %2; this version reads schema "
                       "%3 or older), so this version did not back it up.")
                .arg(shown(source), p.detail)
                .arg(ProgressDatabase::kSchemaVersion);
        case Status::Damaged:
            return ProgressBackups::tr(
                       "Your progress database %1 is damaged (%2), so Certdeck did not back it "
                       "up: a damaged copy would push your good backups out. Restore one of "
                       "your backups instead.")
                .arg(shown(source), PlainText::printable(p.detail));
        case Status::Locked:
            return ProgressBackups::tr(
                       "Another program holds a lock on your progress database %1, so Certdeck "
                       "could not back it up. Try again in a moment.")
                .arg(shown(source));
        default:
            return ProgressBackups::tr("Certdeck could not read your progress database %1 to back it up: %2")
                .arg(shown(source), PlainText::printable(p.detail));
        }
    }
    switch (p.status) {
    case Status::ReadOnly:
        return ProgressBackups::tr(
                   "The backup folder %1 is read-only, so Certdeck cannot back up your progress "
                   "there. Make the folder writable, then try again.")
            .arg(shown(folder));
    case Status::DiskFull:
        return ProgressBackups::tr(
                   "The disk that holds the backup folder %1 is full, so Certdeck could not back "
                   "up your progress. Free some space, then try again.")
            .arg(shown(folder));
    default:
        return ProgressBackups::tr("Certdeck could not write a backup of your progress in %1: %2")
            .arg(shown(folder), PlainText::printable(p.detail));
    }
}

/// Why the backup `path` cannot be restored or read, for the learner.
QString unusableBackup(Status status, const QString& path, const QString& detail)
{
    switch (status) {
    case Status::Missing:
        return ProgressBackups::tr("The backup %1 does not exist.").arg(shown(path));
    case Status::Foreign:
        return ProgressBackups::tr("%1 is not a Certdeck progress database, so it cannot be restored.")
            .arg(shown(path));
    case Status::TooNew:
        return ProgressBackups::tr(
                   "The backup %1 was made by a newer Certdeck (schema %2); this version reads "
                   "schema %3 or older.")
            .arg(shown(path), detail)
            .arg(ProgressDatabase::kSchemaVersion);
    case Status::Damaged:
        return ProgressBackups::tr("The backup %1 is damaged: %2")
            .arg(shown(path), PlainText::printable(detail));
    default:
        return ProgressBackups::tr("Certdeck cannot read the backup %1: %2")
            .arg(shown(path), PlainText::printable(detail));
    }
}

/// Checks that `path` is a regular file; otherwise its status and the phrase that completes "<path> ...".
std::optional<std::pair<Status, QString>> notAFile(const QString& path)
{
    const RegularFile::Info info = RegularFile::inspect(path);
    if (info.kind == RegularFile::Kind::File) {
        return std::nullopt;
    }
    const Status status = info.kind == RegularFile::Kind::Missing    ? Status::Missing
                          : info.kind == RegularFile::Kind::NoAccess ? Status::Failed
                                                                     : Status::Foreign;
    return std::pair{status, RegularFile::problem(info)};
}

/// Copies the bytes of `from` into a new file `to` (never replacing one), synced. Returns 0 or errno.
int copyBytes(const QString& from, const QString& to)
{
    const int in = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (in < 0) {
        return errno;
    }
    const int out = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) {
        const int error = errno;
        ::close(in);
        return error;
    }
    int error = 0;
    char buffer[65536];
    while (error == 0) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n == 0) {
            break;
        }
        if (n < 0) {
            error = errno == EINTR ? 0 : errno;
            continue;
        }
        for (ssize_t done = 0; done < n && error == 0;) {
            const ssize_t w = ::write(out, buffer + done, size_t(n - done));
            if (w < 0) {
                error = errno == EINTR ? 0 : errno;
            } else {
                done += w;
            }
        }
    }
    if (error == 0 && ::fsync(out) != 0) {
        error = errno;
    }
    ::close(in);
    if (::close(out) != 0 && error == 0) {
        error = errno;
    }
    if (error != 0) {
        ::unlink(QFile::encodeName(to).constData());
    }
    return error;
}

/// Keeps the bytes of a progress database that cannot be backed up as a database (damaged, or not
/// Certdeck's) in `folder`, with its -wal and -journal files, as `replaced-progress-<time>.db`: a name
/// rotation never deletes. Returns the path, or sets `error` (errno).
QString keepAside(const QString& path, const QString& folder, const QDateTime& now, int* error)
{
    const QString stamp = now.toUTC().toString(stampFormat());
    const QStringList suffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-journal")};
    for (int sequence = 1; sequence <= kMaxSequence; ++sequence) {
        const QString target =
            folder + u'/' +
            (sequence > 1 ? QStringLiteral("replaced-progress-%1_%2.db").arg(stamp).arg(sequence)
                          : QStringLiteral("replaced-progress-%1.db").arg(stamp));
        if (std::any_of(suffixes.begin(), suffixes.end(),
                        [&](const QString& s) { return exists(target + s); })) {
            continue;
        }
        // Side files first: the main file appears last, complete with what SQLite would replay into it.
        for (qsizetype i = suffixes.size() - 1; i >= 0; --i) {
            if (!exists(path + suffixes[i])) {
                continue;
            }
            if ((*error = copyBytes(path + suffixes[i], target + suffixes[i])) != 0) {
                for (qsizetype j = i + 1; j < suffixes.size(); ++j) {
                    QFile::remove(target + suffixes[j]); // the side files copied already
                }
                return {};
            }
        }
        *error = syncFile(folder, true);
        return target;
    }
    *error = EEXIST;
    return {};
}

} // namespace

ProgressBackups::ProgressBackups(const QString& folder, const QTimeZone& zone, const BackupPolicy& policy)
    : m_folder(absolute(folder)), m_zone(zone), m_policy(policy)
{}

QString ProgressBackups::defaultFolder(const QString& progressDbPath)
{
    return QFileInfo(progressDbPath).absolutePath() + QStringLiteral("/backups");
}

QString ProgressBackups::fileName(const QDateTime& created, int sequence)
{
    const QString stamp = created.toUTC().toString(stampFormat());
    return sequence > 1 ? QStringLiteral("progress-%1_%2.db").arg(stamp).arg(sequence)
                        : QStringLiteral("progress-%1.db").arg(stamp);
}

QDateTime ProgressBackups::parseFileName(const QString& name, int* sequence)
{
    // Not a static: list() and create() may run on several threads at once.
    const QRegularExpression pattern(
        QStringLiteral("^progress-([0-9]{8})T([0-9]{6})Z(?:_([2-9]|[1-9][0-9]{1,2}))?\\.db$"));
    const QRegularExpressionMatch m = pattern.match(name);
    if (!m.hasMatch()) {
        return {};
    }
    const QDate date = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(m.captured(2), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    const int n = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    if (sequence) {
        *sequence = n;
    }
    return QDateTime(date, time, Qt::UTC);
}

ProgressBackups::CreateResult ProgressBackups::create(const QString& progressDbPath,
                                                      const QDateTime& now) const
{
    return createKeeping(progressDbPath, now, QString());
}

ProgressBackups::CreateResult ProgressBackups::createKeeping(const QString& progressDbPath,
                                                             const QDateTime& now,
                                                             const QString& alsoKeep) const
{
    CreateResult result;
    if (const auto problem = notAFile(progressDbPath)) {
        result.status = problem->first;
        result.message =
            problem->first == Status::Missing
                ? tr("There is no progress database at %1 to back up.").arg(shown(progressDbPath))
                : tr("Certdeck cannot back up your progress database %1: it %2")
                      .arg(shown(progressDbPath), problem->second);
        return result;
    }
    if (const auto problem = ensureFolder(m_folder)) {
        result.status = problem->first;
        result.message = problem->second;
        return result;
    }
    TempFile temp(m_folder, kTempPrefix);
    if (temp.path().isEmpty()) {
        const CopyProblem p{statusOfErrno(temp.error()), systemError(temp.error()), false};
        result.status = p.status;
        result.message = backupMessage(p, progressDbPath, m_folder);
        return result;
    }
    if (const CopyProblem p = copyChecked(progressDbPath, temp.path(), true, "PRAGMA quick_check");
        p.status != Status::Ok) {
        result.status = p.status;
        result.message = backupMessage(p, progressDbPath, m_folder);
        return result;
    }
    int error = 0;
    result.path = moveIntoPlace(
        temp, m_folder, [&](int sequence) { return fileName(now, sequence); }, &error);
    if (result.path.isEmpty() || error != 0) {
        const CopyProblem p{statusOfErrno(error), systemError(error), false};
        result.status = p.status;
        result.message = backupMessage(p, progressDbPath, m_folder);
        if (!result.path.isEmpty()) {
            QFile::remove(result.path); // not known to be on disk: not a backup to count on
            result.path.clear();
        }
        return result;
    }
    result.status = Status::Ok;

    // Rotation: only backups named as this class names them, never the new one nor `alsoKeep`.
    const QList<Entry> entries = scan(m_folder);
    QList<QDateTime> times;
    for (const Entry& e : entries) {
        times.append(e.created);
    }
    const QList<bool> keep = m_policy.keep(times, now, m_zone);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString& path = entries[i].path;
        if (keep[i] || sameFile(path, result.path) || (!alsoKeep.isEmpty() && sameFile(path, alsoKeep))) {
            continue;
        }
        if (::unlink(QFile::encodeName(path).constData()) == 0) {
            result.removed.append(path);
        } else if (errno != ENOENT) {
            result.warnings.append(
                tr("Certdeck could not delete the old backup %1: %2").arg(shown(path), systemError(errno)));
        }
    }
    removeAbandonedTemporaries(m_folder, now);
    return result;
}

QDateTime ProgressBackups::newest() const
{
    const QList<Entry> entries = scan(m_folder);
    return entries.isEmpty() ? QDateTime() : entries.first().created;
}

QList<ProgressBackups::BackupInfo> ProgressBackups::list() const
{
    QList<BackupInfo> backups;
    for (const Entry& e : scan(m_folder)) {
        BackupInfo info;
        info.path = e.path;
        info.created = e.created;
        info.size = e.size;
        Database db;
        Failure f;
        QString detail;
        Status status = Status::Ok;
        if (const auto problem = notAFile(e.path)) {
            status = problem->first;
            detail = problem->second;
        } else if (!db.open(e.path, Database::Mode::Immutable, &f)) {
            status = Status::Failed;
            detail = f.text;
        } else {
            status = identify(db, e.path, &detail);
        }
        if (status == Status::Ok) {
            if (const std::optional<qint64> reviews = db.integer("SELECT count(*) FROM review_log", &f)) {
                info.reviews = *reviews;
            } else {
                status =
                    f.code == SQLITE_CORRUPT || f.code == SQLITE_NOTADB ? Status::Damaged : Status::Failed;
                detail = f.text;
            }
        }
        if (status != Status::Ok) {
            info.error = unusableBackup(status, e.path, detail);
        }
        backups.append(info);
    }
    return backups;
}

ProgressBackups::RestoreResult
ProgressBackups::restore(const QString& backupFile, const QString& progressDbPath, const QDateTime& now) const
{
    RestoreResult result;
    auto refuse = [&](Status status, const QString& message) {
        result.status = status;
        result.message = message;
        return result;
    };

    // 1. The backup must be a whole Certdeck progress database this version reads.
    if (QFileInfo::exists(progressDbPath) && sameFile(backupFile, progressDbPath)) {
        return refuse(Status::Foreign,
                      tr("%1 is your progress database itself, not a backup of it.").arg(shown(backupFile)));
    }
    {
        if (const auto problem = notAFile(backupFile)) {
            return refuse(
                problem->first,
                problem->first == Status::Missing
                    ? unusableBackup(Status::Missing, backupFile, QString())
                    : tr("Certdeck cannot restore %1: it %2").arg(shown(backupFile), problem->second));
        }
        Database backup;
        Failure f;
        QString detail;
        if (!backup.open(backupFile, Database::Mode::Immutable, &f)) {
            return refuse(Status::Failed, unusableBackup(Status::Failed, backupFile, f.text));
        }
        if (const Status s = identify(backup, backupFile, &detail); s != Status::Ok) {
            return refuse(s, unusableBackup(s, backupFile, detail));
        }
        bool ran = false;
        const QStringList problems = checkProblems(backup, "PRAGMA integrity_check", &f, &ran);
        if (!ran || !problems.isEmpty()) {
            return refuse(Status::Damaged,
                          unusableBackup(Status::Damaged, backupFile, ran ? problems.first() : f.text));
        }
    }

    // 2. Back the current progress database up, so this restore can be undone.
    const RegularFile::Info current = RegularFile::inspect(progressDbPath);
    bool inPlace = false;
    if (current.kind == RegularFile::Kind::File) {
        const CreateResult backup = createKeeping(progressDbPath, now, backupFile);
        if (backup.ok()) {
            result.previous = backup.path;
            inPlace = true;
        } else if (backup.status == Status::Foreign || backup.status == Status::Damaged ||
                   backup.status == Status::TooNew) {
            if (const auto problem = ensureFolder(m_folder)) {
                return refuse(problem->first, problem->second);
            }
            int error = 0;
            result.previous = keepAside(progressDbPath, m_folder, now, &error);
            if (result.previous.isEmpty() || error != 0) {
                return refuse(
                    statusOfErrno(error),
                    tr("Certdeck did not restore the backup: it could not first keep a copy of your "
                       "current progress database %1 in %2: %3")
                        .arg(shown(progressDbPath), shown(m_folder), systemError(error)));
            }
        } else {
            return refuse(backup.status, tr("Certdeck did not restore the backup: it could not first back up "
                                            "your current progress database. %1")
                                             .arg(backup.message));
        }
    } else if (current.kind != RegularFile::Kind::Missing) {
        return refuse(Status::Foreign,
                      tr("Certdeck keeps your progress in the file %1, but it %2. Rename or move "
                         "it, then try again.")
                          .arg(shown(progressDbPath), RegularFile::problem(current)));
    }

    auto failed = [&](Status status, const QString& detail) {
        return refuse(status,
                      tr("Certdeck could not restore %1 into %2: %3. Your progress database was left "
                         "as it was.")
                          .arg(shown(backupFile), shown(progressDbPath), PlainText::printable(detail)));
    };

    // 3a. A healthy progress database takes the backup's pages in one write transaction: all or nothing,
    //     and SQLite itself looks after its -wal and -shm files.
    if (inPlace) {
        Database target;
        Database backup;
        Failure f;
        if (!target.open(progressDbPath, Database::Mode::ReadWrite, &f) ||
            !target.exec("PRAGMA synchronous = FULL", &f) ||
            !backup.open(backupFile, Database::Mode::Immutable, &f) || !copyDatabase(backup, target, &f)) {
            return failed(writeStatus(f, QFileInfo(progressDbPath).absolutePath()), f.text);
        }
        result.status = Status::Ok;
        return result;
    }

    // 3b. No progress database, or one that is not usable (kept aside above): a checked copy of the backup
    //     is made beside it and renamed over it.
    const QString folder = QFileInfo(progressDbPath).absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        return failed(Status::ReadOnly, tr("its folder cannot be created"));
    }
    TempFile temp(folder,
                  QStringLiteral(".") + QFileInfo(progressDbPath).fileName() + QStringLiteral(".restore"));
    if (temp.path().isEmpty()) {
        return failed(statusOfErrno(temp.error()), systemError(temp.error()));
    }
    if (const CopyProblem p = copyChecked(backupFile, temp.path(), false, "PRAGMA quick_check");
        p.status != Status::Ok) {
        return failed(p.status, p.detail);
    }
    // Stale side files of the old file would be replayed into the new one. Should this stop halfway, the
    // old file (kept aside above) stays in place.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QByteArray side = QFile::encodeName(progressDbPath + QLatin1String(suffix));
        if (::unlink(side.constData()) != 0 && errno != ENOENT) {
            const int error = errno;
            return failed(statusOfErrno(error), systemError(error));
        }
    }
    if (::rename(QFile::encodeName(temp.path()).constData(), QFile::encodeName(progressDbPath).constData()) !=
        0) {
        const int error = errno;
        return failed(statusOfErrno(error), systemError(error));
    }
    temp.release();
    syncFile(folder, true);
    result.status = Status::Ok;
    return result;
}

ProgressBackups::CheckReport ProgressBackups::check(const QString& progressDbPath)
{
    CheckReport report;
    if (const auto problem = notAFile(progressDbPath)) {
        report.status = problem->first;
        report.message = tr("Certdeck cannot check your progress database %1: it %2")
                             .arg(shown(progressDbPath), problem->second);
        return report;
    }
    Database db;
    Failure f;
    QString detail;
    if (!openForReading(db, progressDbPath, &f)) {
        report.status = Status::Failed;
        report.message = tr("Certdeck cannot check your progress database %1: %2")
                             .arg(shown(progressDbPath), PlainText::printable(f.text));
        return report;
    }
    if (const Status s = identify(db, progressDbPath, &detail); s != Status::Ok) {
        report.status = s;
        switch (s) {
        case Status::Foreign:
            report.message = tr("%1 is not a Certdeck progress database.").arg(shown(progressDbPath));
            break;
        case Status::TooNew:
            report.message =
                tr("%1 was written by a newer Certdeck (schema %2); this version checks schema %3 "
                   "or older.")
                    .arg(shown(progressDbPath), detail)
                    .arg(ProgressDatabase::kSchemaVersion);
            break;
        default:
            report.message = tr("Certdeck cannot check your progress database %1: %2")
                                 .arg(shown(progressDbPath), PlainText::printable(detail));
            break;
        }
        return report;
    }
    report.status = Status::Ok;
    bool ran = false;
    report.integrityProblems = checkProblems(db, "PRAGMA integrity_check", &f, &ran);
    if (!ran) {
        report.integrityProblems.append(PlainText::printable(f.text));
        return report; // the file cannot be read far enough for the other checks
    }
    const bool keysRead = db.query(
        "PRAGMA foreign_key_check",
        [&](sqlite3_stmt* s) {
            if (report.foreignKeyProblems.size() >= kMaxListedProblems) {
                return;
            }
            auto column = [&](int i) {
                return PlainText::printable(
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, i))));
            };
            report.foreignKeyProblems.append(
                sqlite3_column_type(s, 1) == SQLITE_NULL
                    ? tr("a row of %1 refers to a missing row of %2").arg(column(0), column(2))
                    : tr("row %1 of %2 refers to a missing row of %3").arg(column(1), column(0), column(2)));
        },
        &f);
    if (!keysRead) {
        report.foreignKeyProblems.append(PlainText::printable(f.text));
    }
    const std::optional<qint64> answers =
        db.integer("SELECT count(*) FROM exam_answer a"
                   " WHERE NOT EXISTS (SELECT 1 FROM exam_attempt t WHERE t.id = a.attempt_id)",
                   &f);
    const std::optional<qint64> reviews =
        answers ? db.integer("SELECT count(*) FROM review_log r"
                             " WHERE NOT EXISTS (SELECT 1 FROM card_state c WHERE c.card_id = r.card_id)",
                             &f)
                : std::nullopt;
    if (!answers || !reviews) {
        report.integrityProblems.append(PlainText::printable(f.text));
        return report;
    }
    report.answersWithoutAttempt = *answers;
    report.reviewsWithoutCard = *reviews;
    return report;
}

} // namespace certdeck
