#pragma once

#include "content/ContentCompiler.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

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

} // namespace certdeck::test

/// Prints QStrings in assertion messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
