#include "progress/ProgressDatabase.h"

#include "util/PlainText.h"
#include "util/RegularFile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>

#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

namespace certdeck {

namespace {

/// Step N upgrades a database at version N-1 to version N. Append steps; never edit a released one.
const QList<QStringList>& migrationSteps()
{
    static const QList<QStringList> steps{
        // Version 1: card states (FSRS), review log, exam attempts and answers. Content is referenced by
        // stable string ids so that a rebuilt content.db keeps all progress.
        {
            QStringLiteral("CREATE TABLE card_state("
                           " card_id TEXT PRIMARY KEY,"
                           " state INTEGER NOT NULL DEFAULT 0," // 0 new, 1 learning, 2 review, 3 relearning
                           " due TEXT NOT NULL,"                // ISO 8601 UTC
                           " stability REAL NOT NULL DEFAULT 0,"
                           " difficulty REAL NOT NULL DEFAULT 0,"
                           " elapsed_days INTEGER NOT NULL DEFAULT 0,"
                           " scheduled_days INTEGER NOT NULL DEFAULT 0,"
                           " learning_steps INTEGER NOT NULL DEFAULT 0,"
                           " reps INTEGER NOT NULL DEFAULT 0,"
                           " lapses INTEGER NOT NULL DEFAULT 0,"
                           " last_review TEXT,"
                           " suspended INTEGER NOT NULL DEFAULT 0,"
                           " buried_until TEXT"
                           ") WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX card_state_by_due ON card_state(suspended, due)"),
            QStringLiteral("CREATE TABLE review_log("
                           " id INTEGER PRIMARY KEY,"
                           " card_id TEXT NOT NULL,"
                           " rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),"
                           " reviewed_at TEXT NOT NULL,"
                           " duration_ms INTEGER NOT NULL DEFAULT 0,"
                           " state INTEGER NOT NULL," // state before the review
                           " due TEXT NOT NULL,"
                           " stability REAL NOT NULL,"
                           " difficulty REAL NOT NULL,"
                           " elapsed_days INTEGER NOT NULL,"
                           " last_elapsed_days INTEGER NOT NULL,"
                           " scheduled_days INTEGER NOT NULL,"
                           " learning_steps INTEGER NOT NULL DEFAULT 0"
                           ")"),
            QStringLiteral("CREATE INDEX review_log_by_card ON review_log(card_id, reviewed_at)"),
            QStringLiteral("CREATE TABLE exam_attempt("
                           " id INTEGER PRIMARY KEY,"
                           " profile_id TEXT NOT NULL,"
                           " mode TEXT NOT NULL," // timed, practice, drill
                           " seed INTEGER NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " time_limit_s INTEGER NOT NULL,"
                           " remaining_s INTEGER," // kept up to date so a crash can resume
                           " finished_at TEXT,"
                           " status TEXT NOT NULL DEFAULT 'in_progress',"
                           " raw_correct INTEGER,"
                           " raw_total INTEGER,"
                           " scaled_score INTEGER"
                           ")"),
            QStringLiteral("CREATE TABLE exam_answer("
                           " attempt_id INTEGER NOT NULL REFERENCES exam_attempt(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " question_id TEXT NOT NULL,"
                           " selected TEXT NOT NULL DEFAULT ''," // chosen option positions, comma-separated
                           " flagged INTEGER NOT NULL DEFAULT 0,"
                           " correct INTEGER,"
                           " answered_at TEXT,"
                           " PRIMARY KEY(attempt_id, position)"
                           ") WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        },
        // Version 2: flashcards. Leeches (a card forgotten 8 times is tagged and suspended); a review is
        // stored once (same card, same time), so importing a history twice adds nothing; the log is read by
        // card and by day (due counts, daily limits, stats).
        {
            QStringLiteral("ALTER TABLE card_state ADD COLUMN leech INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("DELETE FROM review_log WHERE id NOT IN"
                           " (SELECT min(id) FROM review_log GROUP BY card_id, reviewed_at)"),
            QStringLiteral("DROP INDEX review_log_by_card"),
            QStringLiteral("CREATE UNIQUE INDEX review_log_by_card ON review_log(card_id, reviewed_at)"),
            QStringLiteral("CREATE INDEX review_log_by_time ON review_log(reviewed_at)"),
        },
        // Version 3: today's flashcard queue is read off one index holding every column it needs, in the
        // order it needs them (learning and due cards by due time), instead of from the whole table.
        {
            QStringLiteral("DROP INDEX card_state_by_due"),
            QStringLiteral("CREATE INDEX card_state_queue ON card_state(state, suspended, due, card_id,"
                           " buried_until)"),
        },
        // Version 4: practice exams. An attempt keeps its title and scope (the topics of a drill), its time
        // used so far (so an interrupted exam resumes with the time it had left) and the extra minutes it was
        // given; an answer keeps the domain it served, how many options it asks for, the order its options
        // were shown in, the time spent on it and whether its feedback was shown (practice). A wrong answer
        // brings cards forward: card_nudge says which and why, for the card browser.
        {
            QStringLiteral("ALTER TABLE exam_attempt ADD COLUMN title TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE exam_attempt ADD COLUMN scope TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE exam_attempt ADD COLUMN elapsed_ms INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE exam_attempt ADD COLUMN extra_minutes INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE exam_answer ADD COLUMN domain TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE exam_answer ADD COLUMN choose INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE exam_answer ADD COLUMN option_order TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE exam_answer ADD COLUMN time_ms INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE exam_answer ADD COLUMN checked INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX exam_attempt_by_status ON exam_attempt(status, id)"),
            QStringLiteral("CREATE TABLE card_nudge("
                           " id INTEGER PRIMARY KEY,"
                           " card_id TEXT NOT NULL,"
                           " nudged_at TEXT NOT NULL,"
                           " question_id TEXT NOT NULL,"
                           " attempt_id INTEGER,"
                           " due_before TEXT NOT NULL"
                           ")"),
            QStringLiteral("CREATE INDEX card_nudge_by_card ON card_nudge(card_id, nudged_at)"),
        },
        // Version 5: the learner's own notes (imported files, compiled beside the bank's notes) and own cards
        // (made from a line of the notes, scheduled like the bank's). Cards are referred to by id everywhere
        // else (card_state, review_log), so an own card's id ("own.<...>") never collides with a bank card's.
        {
            QStringLiteral("CREATE TABLE own_notes("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE," // the file's name when imported: what it is known by
                           " title TEXT NOT NULL,"
                           " origin TEXT NOT NULL," // the path it was imported from
                           " text BLOB NOT NULL,"   // UTF-8
                           " imported_at TEXT NOT NULL"
                           ")"),
            QStringLiteral(
                "CREATE TABLE own_card("
                " id TEXT PRIMARY KEY,"
                " topic_id TEXT NOT NULL,"
                " front TEXT NOT NULL,"
                " back TEXT NOT NULL,"
                " source_file TEXT NOT NULL DEFAULT ''," // a notes file of the bank or of own_notes
                " source_line INTEGER NOT NULL DEFAULT 0,"
                " source_quote TEXT NOT NULL DEFAULT ''," // the line as it read when the card was made
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL"
                ") WITHOUT ROWID"),
        },
    };
    return steps;
}

constexpr qsizetype kHeaderSize = 100;
constexpr qint64 kNearlyFullBytes = qint64(64) * 1024;

/// What the first 100 bytes of an SQLite file tell without opening it (see "Database File Format").
struct Header {
    bool sqlite = false;
    bool complete = false;
    bool wal = false;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    qint64 pageSize = 0;      ///< 0 when the header holds no valid page size
    qint64 pagesInHeader = 0; ///< 0 when the header's page count is not valid
};

quint32 bigEndian32(const QByteArray& bytes, qsizetype at)
{
    quint32 value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        value = (value << 8) | static_cast<unsigned char>(bytes[i]);
    }
    return value;
}

Header parseHeader(const QByteArray& head)
{
    Header h;
    h.sqlite = head.startsWith(QByteArray("SQLite format 3\0", 16));
    h.complete = head.size() >= kHeaderSize;
    if (h.sqlite && h.complete) {
        h.wal = head[18] == 2 || head[19] == 2; // file format write and read versions: 2 is WAL
        h.userVersion = static_cast<qint32>(bigEndian32(head, 60));
        h.applicationId = bigEndian32(head, 68);
        const quint32 size =
            (quint32(static_cast<unsigned char>(head[16])) << 8) | static_cast<unsigned char>(head[17]);
        const qint64 pageSize = size == 1 ? 65536 : qint64(size);
        if (pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0) {
            h.pageSize = pageSize;
        }
        // The page count at offset 28 counts only while "version-valid-for" matches the change counter.
        if (bigEndian32(head, 92) == bigEndian32(head, 24)) {
            h.pagesInHeader = qint64(bigEndian32(head, 28));
        }
    }
    return h;
}

/// When a rollback journal that SQLite would play back lies beside `path` (a transaction cut short by a crash
/// or kill -9), the number of pages the database had before that transaction; nullopt when there is none.
std::optional<quint32> interruptedTransaction(const QString& path)
{
    const QString journal = path + QStringLiteral("-journal");
    QByteArray head;
    QString error;
    if (RegularFile::inspect(journal).kind != RegularFile::Kind::File ||
        !RegularFile::readHead(journal, 28, &head, &error) || head.size() < 28) {
        return std::nullopt;
    }
    static const QByteArray magic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8); // a journal SQLite would play back
    if (!head.startsWith(magic)) {
        return std::nullopt;
    }
    return bigEndian32(head, 16); // "initial database page count"
}

QString shown(const QString& path)
{
    return PlainText::printable(QDir::toNativeSeparators(path));
}

QString folderOf(const QString& path)
{
    return QFileInfo(path).absolutePath();
}

/// Certdeck processes opening a progress database in one folder take turns: an advisory lock on the folder
/// itself, which creates no file. Best effort: where the folder cannot be locked, opening goes on without.
class FolderLock {
public:
    FolderLock(const QString& folder, bool exclusive, int timeoutMs)
        : m_fd(::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
    {
        if (m_fd < 0) {
            return;
        }
        const QDeadlineTimer deadline(timeoutMs);
        const int operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
        while (::flock(m_fd, operation) != 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno != EWOULDBLOCK) {
                return; // this file system has no such locks
            }
            if (deadline.hasExpired()) {
                m_timedOut = true;
                return;
            }
            QThread::msleep(5); // another Certdeck is setting the database up; that takes milliseconds
        }
    }
    ~FolderLock()
    {
        if (m_fd >= 0) {
            ::close(m_fd); // releases the lock
        }
    }
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

    bool timedOut() const { return m_timedOut; }

private:
    int m_fd = -1;
    bool m_timedOut = false;
};

/// What stops writing, as the operating system sees it.
enum class WriteBlock { None, File, Folder, FileSystem };

WriteBlock writeBlock(const QString& path, bool exists)
{
    auto denied = [](const QString& target, WriteBlock which) {
        if (::access(QFile::encodeName(target).constData(), W_OK) == 0) {
            return WriteBlock::None;
        }
        return errno == EROFS ? WriteBlock::FileSystem : which;
    };
    if (exists) {
        if (const WriteBlock b = denied(path, WriteBlock::File); b != WriteBlock::None) {
            return b;
        }
    }
    return denied(folderOf(path), WriteBlock::Folder);
}

bool diskIsFull(const QString& folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kNearlyFullBytes;
}

using Status = ProgressDatabase::Status;
using OpenResult = ProgressDatabase::OpenResult;

OpenResult refusal(Status status, const QString& message)
{
    OpenResult result;
    result.status = status;
    result.message = message;
    return result;
}

OpenResult readOnly(const QString& path, WriteBlock block)
{
    switch (block) {
    case WriteBlock::Folder:
        return refusal(
            Status::ReadOnly,
            ProgressDatabase::tr("The folder %1, where Certdeck keeps your progress, is read-only, so "
                                 "Certdeck cannot create or update its database there. Make the "
                                 "folder writable, or set CERTDECK_DATA_DIR to a writable folder, "
                                 "then try again.")
                .arg(shown(folderOf(path))));
    case WriteBlock::FileSystem:
        return refusal(
            Status::ReadOnly,
            ProgressDatabase::tr("Your progress database %1 is on a read-only file system, so nothing "
                                 "you study could be saved. Remount it read-write, or set "
                                 "CERTDECK_DATA_DIR to a folder on a writable disk, then try again.")
                .arg(shown(path)));
    case WriteBlock::File:
    case WriteBlock::None:
        break;
    }
    return refusal(
        Status::ReadOnly,
        ProgressDatabase::tr("Your progress database %1 is read-only, so nothing you study could be "
                             "saved. Give yourself permission to write it (for example: chmod u+w "
                             "%1), then try again.")
            .arg(shown(path)));
}

OpenResult locked(const QString& path)
{
    return refusal(
        Status::Locked,
        ProgressDatabase::tr("Another program holds a lock on your progress database %1 (a Certdeck "
                             "that is busy, or a database tool with a change in progress), so "
                             "Certdeck could not save to it. Close that program or finish its "
                             "change, then try again.")
            .arg(shown(path)));
}

OpenResult alreadyOpen(const QString& path)
{
    return refusal(
        Status::Locked,
        ProgressDatabase::tr("Your progress database %1 is already open in another Certdeck (or another "
                             "program). This one does not write beside it: close the other, then try "
                             "again.")
            .arg(shown(path)));
}

OpenResult diskFull(const QString& path)
{
    return refusal(Status::DiskFull,
                   ProgressDatabase::tr("The disk that holds your progress database %1 is full, so Certdeck "
                                        "could not save to it. Free some space on that disk, then try again.")
                       .arg(shown(path)));
}

OpenResult damaged(const QString& path, const QString& why)
{
    return refusal(
        Status::Damaged,
        ProgressDatabase::tr("Your progress database %1 is damaged (%2). Certdeck left it untouched. "
                             "To start afresh, rename or move it; the sqlite3 tool's .recover "
                             "command may rescue what is still readable.")
            .arg(shown(path), PlainText::printable(why)));
}

OpenResult badVersion(const QString& path, qint64 version)
{
    return damaged(path,
                   ProgressDatabase::tr("its schema version is %1, which no Certdeck writes").arg(version));
}

OpenResult tooNew(const QString& path, qint64 version)
{
    return refusal(
        Status::TooNew,
        ProgressDatabase::tr("Your progress database %1 was written by a newer Certdeck (schema %2; "
                             "this version reads up to %3). It was left untouched; update Certdeck to "
                             "use it.")
            .arg(shown(path))
            .arg(version)
            .arg(ProgressDatabase::kSchemaVersion));
}

/// The refusal for a schema version this Certdeck cannot open (negative: damaged; above its own: too new).
std::optional<OpenResult> versionProblem(const QString& path, qint64 version)
{
    if (version < 0) {
        return badVersion(path, version);
    }
    if (version > ProgressDatabase::kSchemaVersion) {
        return tooNew(path, version);
    }
    return std::nullopt;
}

/// A read that failed: another program's lock, or damage.
OpenResult readFailure(const QString& path, const SqlError& error)
{
    return error.code == SqlError::kBusy || error.code == SqlError::kLocked ? locked(path)
                                                                            : damaged(path, error.text);
}

OpenResult otherProgram(const QString& path)
{
    return refusal(
        Status::Foreign,
        ProgressDatabase::tr("%1 is an SQLite database of another program, not a Certdeck progress "
                             "database. It was left untouched; rename or move it to start a new one.")
            .arg(shown(path)));
}

/// Names the cause of a failed SQLite call: a lock, a full disk, damage, a read-only file; else the
/// driver's own words.
OpenResult classify(const QString& path, bool exists, const SqlError& error)
{
    switch (error.code) {
    case SqlError::kBusy:
    case SqlError::kLocked:
        return locked(path);
    case SqlError::kFull:
        return diskFull(path);
    case SqlError::kCorrupt:
    case SqlError::kNotADatabase:
        return damaged(path, error.text);
    case SqlError::kReadOnly: {
        const WriteBlock block = writeBlock(path, exists);
        return readOnly(path, block == WriteBlock::None ? WriteBlock::File : block);
    }
    default:
        break;
    }
    if (diskIsFull(folderOf(path))) {
        return diskFull(path);
    }
    if (const WriteBlock block = writeBlock(path, exists); block != WriteBlock::None) {
        return readOnly(path, block);
    }
    return refusal(Status::Failed, ProgressDatabase::tr("Cannot set up your progress database %1: %2")
                                       .arg(shown(path), PlainText::printable(error.text)));
}

/// Opens `path` for reading without creating a file beside it. A WAL database read normally gets its -wal
/// and -shm files created; when both exist already (a Certdeck has it open, or one crashed) a normal
/// read-only connection sees everything without creating anything, and when they do not, nothing has the file
/// open and the main file alone is the whole database, which an immutable read sees.
bool openForReading(SqliteConnection& connection, const QString& path, int busyTimeoutMs, SqlError* error)
{
    const bool walInUse =
        QFileInfo::exists(path + QStringLiteral("-wal")) && QFileInfo::exists(path + QStringLiteral("-shm"));
    return connection.open(path,
                           walInUse ? SqliteConnection::Mode::ReadOnly : SqliteConnection::Mode::Immutable,
                           error, busyTimeoutMs);
}

/// What a look at the file, without SQLite or with a read that creates nothing, tells.
struct Examined {
    std::optional<OpenResult> refusal;
    bool exists = false;
    bool claimed = false; ///< the header carries Certdeck's application id
    /// A hot journal waits: SQLite rolls it back when the file is opened for writing.
    bool interrupted = false;
    qint64 version = 0; ///< of a claimed file that passed the checks
    /// The read-only connection that checked a claimed file, left open for inspect() to count with.
    std::unique_ptr<SqliteConnection> reader;
};

Examined examine(const QString& path, int busyTimeoutMs)
{
    Examined x;
    const RegularFile::Info info = RegularFile::inspect(path);
    if (info.kind == RegularFile::Kind::Missing) {
        return x;
    }
    x.exists = true;
    if (info.kind == RegularFile::Kind::NoAccess) {
        x.refusal =
            refusal(Status::ReadOnly,
                    ProgressDatabase::tr("Certdeck may not look at your progress database %1 (%2). Give "
                                         "your user permission to read and write it, then try again.")
                        .arg(shown(path), qt_error_string(info.error)));
        return x;
    }
    if (info.kind != RegularFile::Kind::File) {
        //: %2 is what stands at the path, e.g. "a folder" or "a named pipe (FIFO)"
        x.refusal =
            refusal(Status::Foreign,
                    ProgressDatabase::tr("Certdeck keeps your progress in the file %1, but %2 is at that "
                                         "path. Rename or move it, then try again.")
                        .arg(shown(path), RegularFile::describe(info.kind)));
        return x;
    }
    if (info.size == 0) {
        return x; // an empty file: ours to set up
    }
    // A creation cut short (kill -9 while Certdeck set the file up) leaves pages written without a header
    // yet, and a journal saying the file was empty before: SQLite rolls it back to an empty file.
    const std::optional<quint32> pagesBefore = interruptedTransaction(path);
    if (pagesBefore && *pagesBefore == 0) {
        x.interrupted = true;
        return x;
    }
    QByteArray head;
    QString error;
    if (!RegularFile::readHead(path, kHeaderSize, &head, &error)) {
        x.refusal =
            refusal(Status::ReadOnly,
                    ProgressDatabase::tr("Certdeck cannot read your progress database %1: it %2. Give "
                                         "your user permission to read and write it, then try again.")
                        .arg(shown(path), error));
        return x;
    }
    const Header h = parseHeader(head);
    if (!h.sqlite) {
        x.refusal =
            refusal(Status::Foreign,
                    ProgressDatabase::tr("%1 is not a Certdeck progress database (it is not an SQLite "
                                         "database at all). It was left untouched; rename or move it to "
                                         "start a new one.")
                        .arg(shown(path)));
        return x;
    }
    if (!h.complete) {
        x.refusal =
            damaged(path, ProgressDatabase::tr("it is cut short: %n byte(s)", nullptr, int(head.size())));
        return x;
    }
    // SQLite writes whole pages. A file that is not a whole number of them, or is shorter than its header
    // says, was cut short or padded; and a failed write would roll back to whole pages, changing it.
    if (h.pageSize == 0 || info.size % h.pageSize != 0 || h.pagesInHeader * h.pageSize > info.size) {
        x.refusal = damaged(path, ProgressDatabase::tr("it is cut short: %n byte(s)", nullptr,
                                                       int(std::min<qint64>(info.size, INT_MAX))));
        return x;
    }
    if (h.applicationId == quint32(ProgressDatabase::kApplicationId)) {
        x.claimed = true;
        if (pagesBefore) {
            x.interrupted = true; // checked whole once SQLite has rolled the change back (open())
            return x;
        }
        if ((x.refusal = versionProblem(path, h.userVersion))) {
            return x;
        }
        // Ours: check it whole before anything writes to it (a damaged file is never opened for writing).
        auto reader = std::make_unique<SqliteConnection>();
        SqlError e;
        if (!openForReading(*reader, path, busyTimeoutMs, &e)) {
            x.refusal = classify(path, true, e);
            return x;
        }
        {
            QSqlQuery q(reader->database());
            if (!q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version),"
                                       " (SELECT quick_check FROM pragma_quick_check LIMIT 1)")) ||
                !q.next()) {
                x.refusal = readFailure(path, SqlError::from(q.lastError()));
                return x;
            }
            x.version = q.value(0).toLongLong();
            if (q.value(1).toString() != u"ok") {
                x.refusal = damaged(path, q.value(1).toString());
                return x;
            }
        }
        if (!(x.refusal = versionProblem(path, x.version))) {
            x.reader = std::move(reader);
        }
        return x;
    }
    // Certdeck sets its application id before it turns WAL on, so a WAL file without it is not ours.
    if (h.applicationId != 0 || h.wal) {
        x.refusal = otherProgram(path);
        return x;
    }
    // No application id, rollback journal: an SQLite file without tables is ours to set up, one with tables
    // belongs to another program. A read-only look at a rollback-journal database creates no file.
    SqliteConnection probe;
    SqlError e;
    QVariant tables;
    QVariant version;
    if (probe.open(path, SqliteConnection::Mode::ReadOnly, &e, busyTimeoutMs)) {
        QSqlQuery q(probe.database());
        if (q.exec(QStringLiteral(
                "SELECT count(*), (SELECT user_version FROM pragma_user_version) FROM sqlite_schema")) &&
            q.next()) {
            tables = q.value(0);
            version = q.value(1);
        } else {
            e = SqlError::from(q.lastError());
        }
    }
    if (!tables.isValid()) {
        x.refusal = readFailure(path, e);
    } else if (tables.toLongLong() != 0 || version.toLongLong() != 0) {
        x.refusal = otherProgram(path);
    }
    return x;
}

} // namespace

ProgressDatabase::OpenResult ProgressDatabase::open(const QString& path, bool alone)
{
    close();
    m_path = path;
    const QString folder = folderOf(path);
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        if (diskIsFull(QFileInfo(folder).path())) {
            return diskFull(path);
        }
        return refusal(
            Status::Failed,
            tr("Cannot create the folder %1 for your progress database. Check that its parent folder "
               "exists and is writable, or set CERTDECK_DATA_DIR to another folder.")
                .arg(shown(folder)));
    }
    const FolderLock lock(folder, true, m_busyTimeoutMs);
    if (lock.timedOut()) {
        return locked(path);
    }

    Examined x = examine(path, m_busyTimeoutMs);
    if (x.refusal) {
        return *x.refusal;
    }
    x.reader.reset(); // only writes from here on
    if (const WriteBlock block = writeBlock(path, x.exists); block != WriteBlock::None) {
        return readOnly(path, block);
    }
    // A second Certdeck keeps the file open: two writers would each keep their own picture of the learner's
    // day. Asked under the folder lock, so two starts cannot both miss each other.
    if (alone && x.exists && inUse(path)) {
        return alreadyOpen(path);
    }

    OpenResult result;
    SqlError e;
    int version = 0;
    bool fresh = true;
    auto fail = [&](const OpenResult& why) {
        m_connection.exec(QStringLiteral("ROLLBACK"));
        m_connection.close();
        if (!x.exists) {
            for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
                QFile::remove(path + QLatin1String(suffix)); // nothing half-done is kept
            }
        }
        return why;
    };
    if (!m_connection.open(path, SqliteConnection::Mode::ReadWrite, &e, m_busyTimeoutMs) ||
        !m_connection.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &e) ||
        !m_connection.exec(QStringLiteral("PRAGMA synchronous = FULL"), &e) ||
        // Room for the card states and their queue index of 100,000 cards in SQLite's page cache (it grows
        // only as pages are read; the default 2 MiB makes every queue read go back to the file).
        !m_connection.exec(QStringLiteral("PRAGMA cache_size = -32768"), &e) ||
        !m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"), &e)) {
        return fail(classify(path, x.exists, e));
    }
    // Under the write lock, read again: the header can lag behind changes still in a WAL file.
    {
        QSqlQuery q(m_connection.database());
        if (!q.exec(QStringLiteral(
                "SELECT (SELECT application_id FROM pragma_application_id),"
                " (SELECT user_version FROM pragma_user_version), count(*) FROM sqlite_schema")) ||
            !q.next()) {
            return fail(classify(path, x.exists, SqlError::from(q.lastError())));
        }
        const qint64 appId = q.value(0).toLongLong();
        const qint64 userVersion = q.value(1).toLongLong();
        const qint64 tables = q.value(2).toLongLong();
        fresh = appId == 0 && userVersion == 0 && tables == 0;
        if (!fresh && appId != kApplicationId) {
            return fail(otherProgram(path));
        }
        if (const std::optional<OpenResult> problem = versionProblem(path, userVersion)) {
            return fail(*problem);
        }
        version = int(userVersion);
    }
    if (x.interrupted && !fresh) {
        const QVariant check = m_connection.scalar(QStringLiteral("PRAGMA quick_check"), &e);
        if (!check.isValid()) {
            return fail(classify(path, x.exists, e));
        }
        if (check.toString() != u"ok") {
            return fail(damaged(path, check.toString()));
        }
    }
    // Every open writes once, so a file that cannot take a write is found now rather than at the first grade.
    if (!migrate(version, &e)) {
        return fail(classify(path, x.exists, e));
    }
    QSqlQuery stamp(m_connection.database());
    stamp.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('last_opened_by', ?)"));
    stamp.addBindValue(QString(QStringLiteral("certdeck ") + QCoreApplication::applicationVersion()));
    if (!stamp.exec()) {
        return fail(classify(path, x.exists, SqlError::from(stamp.lastError())));
    }
    stamp.finish();
    if (!m_connection.exec(QStringLiteral("COMMIT"), &e)) {
        return fail(classify(path, x.exists, e));
    }
    // WAL only now: the application id is in the main file before the file turns WAL (see examine()).
    const QVariant mode = m_connection.scalar(QStringLiteral("PRAGMA journal_mode = WAL"), &e);
    if (!mode.isValid()) {
        return fail(classify(path, x.exists, e));
    }
    if (mode.toString() != u"wal") {
        return fail(
            refusal(Status::Failed, tr("Cannot set up your progress database %1: its journal cannot be "
                                       "switched to write-ahead logging (it stays '%2').")
                                        .arg(shown(path), PlainText::printable(mode.toString()))));
    }
    // One read in WAL mode: from it on, the connection holds the shared lock by which a second Certdeck sees
    // the file is open (a database that has only just turned WAL holds none until its next read).
    if (!m_connection.scalar(QStringLiteral("SELECT count(*) FROM meta"), &e).isValid()) {
        return fail(classify(path, x.exists, e));
    }
    result.status = fresh ? Status::Created : Status::Opened;
    result.fromVersion = version;
    result.toVersion = kSchemaVersion;
    return result;
}

bool ProgressDatabase::inUse(const QString& path)
{
    if (RegularFile::inspect(path).kind != RegularFile::Kind::File) {
        return false;
    }
    // Plain SQLite, read-write (a write lock needs a descriptor open for writing) but without the create
    // flag, and a URI, so that any character in the path (?, #, %) stays part of the path. Opening reads
    // nothing; the locks are asked of the file itself (SQLITE_FCNTL_FILE_POINTER), so no journal is rolled
    // back, no -wal file folded in and nothing created: SQLite's own lock bookkeeping, which also sees the
    // connections of this process.
    const QByteArray uri =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded).toUtf8();
    sqlite3* db = nullptr;
    sqlite3_file* file = nullptr;
    bool busy = false;
    if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                        nullptr) == SQLITE_OK &&
        sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK && file &&
        file->pMethods) {
        int rc = file->pMethods->xLock(file, SQLITE_LOCK_SHARED);
        if (rc == SQLITE_OK) {
            rc = file->pMethods->xLock(file, SQLITE_LOCK_EXCLUSIVE);
        }
        busy = (rc & 0xFF) == SQLITE_BUSY;
        file->pMethods->xUnlock(file, SQLITE_LOCK_NONE);
    }
    sqlite3_close_v2(db);
    return busy;
}

Result<bool> ProgressDatabase::openForReading(const QString& path, SqliteConnection& connection,
                                              int minimumSchema)
{
    Summary summary;
    const OpenResult inspected = inspect(path, &summary);
    if (!inspected.ok()) {
        return Result<bool>::failure(inspected.message);
    }
    if (!summary.exists || summary.schemaVersion == 0) {
        return false;
    }
    if (summary.schemaVersion < minimumSchema) {
        return Result<bool>::failure(
            tr("%1 was written by an older Certdeck (schema %2): open Certdeck once to "
               "upgrade it, then run this again.")
                .arg(PlainText::printable(path))
                .arg(summary.schemaVersion));
    }
    QString error;
    if (!connection.open(path,
                         inUse(path) ? SqliteConnection::Mode::ReadOnly : SqliteConnection::Mode::Immutable,
                         &error)) {
        return Result<bool>::failure(error);
    }
    return true;
}

ProgressDatabase::OpenResult ProgressDatabase::inspect(const QString& path, Summary* summary)
{
    *summary = Summary{};
    const QString folder = folderOf(path);
    std::optional<FolderLock> lock;
    if (QFileInfo(folder).isDir()) {
        lock.emplace(folder, false, SqliteConnection::kDefaultBusyTimeoutMs);
        if (lock->timedOut()) {
            return locked(path);
        }
    }
    const Examined x = examine(path, SqliteConnection::kDefaultBusyTimeoutMs);
    if (x.refusal) {
        return *x.refusal;
    }
    summary->exists = x.exists;
    summary->writable = writeBlock(path, x.exists) == WriteBlock::None;
    summary->interrupted = x.interrupted;
    OpenResult result;
    result.status = Status::Opened;
    if (x.interrupted) {
        return result; // only a connection that may write can roll the change back and read it
    }
    if (!x.claimed) {
        return result; // no file yet, or an empty one: nothing studied
    }
    summary->schemaVersion = int(x.version);
    if (x.version >= 1) {
        // On the connection examine() checked the file with: the same file, no second open.
        QSqlQuery q(x.reader->database());
        if (!q.exec(
                QStringLiteral("SELECT (SELECT count(*) FROM card_state), (SELECT count(*) FROM review_log),"
                               " (SELECT count(*) FROM exam_attempt)")) ||
            !q.next()) {
            return readFailure(path, SqlError::from(q.lastError()));
        }
        summary->cards = q.value(0).toLongLong();
        summary->reviews = q.value(1).toLongLong();
        summary->examAttempts = q.value(2).toLongLong();
    }
    return result;
}

bool ProgressDatabase::migrate(int from, SqlError* error, int to)
{
    // Called inside the open transaction: all steps and the new version land together or not at all.
    const QList<QStringList>& steps = migrationSteps();
    for (int version = from + 1; version <= std::min(to, int(steps.size())); ++version) {
        for (const QString& sql : steps[version - 1]) {
            if (!m_connection.exec(sql, error)) {
                return false;
            }
        }
        if (!m_connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error) ||
            !m_connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(version), error)) {
            return false;
        }
    }
    return true;
}

bool ProgressDatabase::createAtVersion(const QString& path, int version, QString* error)
{
    if (QFileInfo::exists(path) || version < 1 || version > kSchemaVersion) {
        *error = QStringLiteral("%1 exists, or version %2 is not 1 to %3")
                     .arg(path)
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    ProgressDatabase db;
    SqlError e;
    if (!db.m_connection.open(path, SqliteConnection::Mode::ReadWrite, &e) ||
        !db.m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"), &e) || !db.migrate(0, &e, version) ||
        !db.m_connection.exec(QStringLiteral("COMMIT"), &e)) {
        *error = e.text;
        return false;
    }
    return true;
}

int ProgressDatabase::schemaVersion() const
{
    return m_connection.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

qint64 ProgressDatabase::count(const QString& table) const
{
    static const QStringList known{QStringLiteral("card_state"), QStringLiteral("review_log"),
                                   QStringLiteral("exam_attempt"), QStringLiteral("exam_answer")};
    if (!known.contains(table)) {
        return -1;
    }
    return m_connection.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

} // namespace certdeck
