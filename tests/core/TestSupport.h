#pragma once

#include "content/ContentCompiler.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

class QIODevice;

namespace certdeck {
class SqliteConnection;
}

namespace certdeck::test {

/// A small, valid content folder in a temporary directory: topics, the real exam profiles, one ruled notes
/// file and one sqs deck. Tests change one file to make one thing wrong.
class ContentFixture {
public:
    ContentFixture();

    QString root() const { return m_dir.path(); }
    QString path(const QString& relative) const { return m_dir.filePath(relative); }
    void write(const QString& relative, const QByteArray& text) const;
    CompileResult load() const { return ContentCompiler::load(ContentSources::fromDirectory(root())); }

    static QByteArray validDeck();

private:
    QTemporaryDir m_dir;
};

QByteArray readFile(const QString& path);
/// All diagnostics, one per line, for failure messages.
QString describe(const QList<Diagnostic>& diagnostics);

/// Every entry of `dir`, hidden ones included, mapped to a SHA-256 of its bytes (folders and special files
/// to their kind): two equal snapshots mean nothing was created, removed or changed. Entries named in
/// `namesOnly` count by name only (SQLite's -shm index, which a reader may touch).
QMap<QString, QByteArray> folderSnapshot(const QString& dir, const QStringList& namesOnly = {});

struct ProcessRun {
    int exitCode = -1; ///< -1 when the process crashed or did not finish
    QString out;
    QString err;
};
/// Runs `program` and waits for it; `inChild` runs in the child before exec (to rearrange descriptors).
ProcessRun runProcess(const QString& program, const QStringList& args,
                      const std::function<void()>& inChild = {});
/// What a command printed and returned, run in-process.
struct CliRun {
    int status = -1;
    QString out;
    QString err;

    /// `out` as JSON (a parse error fails the test).
    QJsonDocument json() const;
};
/// Runs `certdeck <args>` in-process on the test content and `progressDatabase`, with `input` as standard
/// input (an empty stream that is not a terminal when none); `contentDatabase` replaces the test content.db.
CliRun runCli(const QString& progressDatabase, const QStringList& args, QIODevice* input = nullptr,
              const QString& contentDatabase = {});

/// One graded card in an open progress database: a card_state row (when new) and a review_log row, each
/// review at its own second (the log holds one review per card and time).
void addReview(const SqliteConnection& connection, const QString& cardId);
/// Creates (or opens) a progress database as the app does and adds `reviews` reviews of `cards` cards.
void addReviews(const QString& path, int reviews, int cards = 5);
/// Reviews in a progress database nothing has open (read without creating any file).
qint64 reviewsIn(const QString& path);

/// Runs `prefix` + `args` (a prefix from asAnotherUser() or inMountNamespace()).
ProcessRun runWith(const QStringList& prefix, const QStringList& args);
/// The command prefix that runs a program as a user who owns nothing here (none needed when not root).
QStringList asAnotherUser();
/// The command prefix for a private mount namespace in which a shell may mount.
QStringList inMountNamespace();

/// A temporary folder another user may reach, for tests that run Certdeck's tools as separate processes: as
/// an unprivileged user, or inside a mount namespace with a full or read-only file system. A test that needs
/// either is skipped, visibly, on a machine that forbids it.
class ProcessTest : public ::testing::Test {
protected:
    void SetUp() override;
    /// `dir`/`name`, created.
    QString folder(const QString& name) const;
    void requireAnotherUser() const;
    void requireMountNamespace() const;

    QTemporaryDir dir;
};

} // namespace certdeck::test

/// Prints QStrings in assertion messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
