#pragma once

#include "content/ContentCompiler.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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

} // namespace certdeck::test

/// Prints QStrings in assertion messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
