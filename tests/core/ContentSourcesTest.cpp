// What the content compiler reads: only regular files of bounded size, only the names its folders hold,
// text that is UTF-8 without control characters. Everything else is an error naming the file (and the line
// where there is one); nothing is skipped in silence, and no FIFO or device is ever opened.

#include "TestSupport.h"
#include "util/RegularFile.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

using namespace certdeck;
using namespace certdeck::test;

namespace {

class ContentSources : public ::testing::Test {
protected:
    /// Exactly one diagnostic is about `relative` (at `line`, 0 for the whole file) and says `message`.
    void expectOne(const QString& relative, int line, const QString& message)
    {
        const QList<Diagnostic> diagnostics = content.load().diagnostics;
        int matches = 0;
        for (const Diagnostic& d : diagnostics) {
            matches +=
                d.file == content.path(relative) && d.line == line && d.message.contains(message) ? 1 : 0;
        }
        EXPECT_EQ(matches, 1) << "wanted " << relative.toStdString() << ":" << line << ": "
                              << message.toStdString() << "\ngot:\n"
                              << describe(diagnostics).toStdString();
    }

    void makeFifo(const QString& relative) const
    {
        ASSERT_EQ(::mkfifo(QFile::encodeName(content.path(relative)).constData(), 0644), 0);
    }

    ContentFixture content;
};

TEST_F(ContentSources, ADeckThatIsAFolderIsAnError)
{
    ASSERT_TRUE(QDir().mkpath(content.path(QStringLiteral("decks/dynamodb.yaml"))));
    expectOne(QStringLiteral("decks/dynamodb.yaml"), 0, QStringLiteral("is a folder, not a regular file"));
}

TEST_F(ContentSources, ADeckThatIsASymlinkLoopIsAnError)
{
    ASSERT_TRUE(QFile::link(QStringLiteral("loop.yaml"), content.path(QStringLiteral("decks/loop.yaml"))));
    expectOne(QStringLiteral("decks/loop.yaml"), 0, QStringLiteral("is a symbolic link that loops"));
}

TEST_F(ContentSources, ADeckThatIsABrokenSymlinkIsAnError)
{
    ASSERT_TRUE(QFile::link(QStringLiteral("gone.yaml"), content.path(QStringLiteral("decks/sns.yaml"))));
    expectOne(QStringLiteral("decks/sns.yaml"), 0, QStringLiteral("is a symbolic link to a missing file"));
}

TEST_F(ContentSources, ADeckNamedYmlIsAnErrorThatSaysWhatToCallIt)
{
    content.write(QStringLiteral("decks/sns.yml"), "topic: sns\n");
    expectOne(QStringLiteral("decks/sns.yml"), 0, QStringLiteral("rename it to sns.yaml"));
}

TEST_F(ContentSources, AStrayFileIsAnErrorButHiddenFilesAreIgnored)
{
    content.write(QStringLiteral("decks/README.md"), "about the decks\n");
    content.write(QStringLiteral("decks/.sqs.yaml.swp"), "editor state");
    content.write(QStringLiteral("notes/.keep"), "");
    expectOne(QStringLiteral("decks/README.md"), 0, QStringLiteral("not content"));
    EXPECT_EQ(content.load().diagnostics.size(), 1) << describe(content.load().diagnostics).toStdString();
}

TEST_F(ContentSources, ADeckThatIsAFifoIsRefusedWithoutBeingOpened)
{
    makeFifo(QStringLiteral("decks/sns.yaml")); // opening it to read would wait for a writer forever
    expectOne(QStringLiteral("decks/sns.yaml"), 0,
              QStringLiteral("is a named pipe (FIFO), not a regular file"));
}

TEST_F(ContentSources, ATopicsFileThatIsAFifoIsRefusedWithoutBeingOpened)
{
    QFile::remove(content.path(QStringLiteral("topics.yaml")));
    makeFifo(QStringLiteral("topics.yaml"));
    expectOne(QStringLiteral("topics.yaml"), 0, QStringLiteral("is a named pipe (FIFO), not a regular file"));
}

TEST_F(ContentSources, ANotesFileThatIsADeviceIsRefusedWithoutBeingRead)
{
    // Reading /dev/zero never ends.
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), content.path(QStringLiteral("notes/zero.txt"))));
    expectOne(QStringLiteral("notes/zero.txt"), 0, QStringLiteral("is a device, not a regular file"));
}

TEST_F(ContentSources, AnOversizedFileIsRefusedUnread)
{
    QFile big(content.path(QStringLiteral("notes/huge.txt")));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(RegularFile::kMaxTextBytes + 1)); // sparse: no time or disk spent
    big.close();
    expectOne(QStringLiteral("notes/huge.txt"), 0, QStringLiteral("is too large"));
}

TEST_F(ContentSources, NotesThatAreNotUtf8NameFileAndLine)
{
    content.write(QStringLiteral("notes/latin1.txt"), "SNS\n  - caf\xe9 fan out\n");
    expectOne(QStringLiteral("notes/latin1.txt"), 2,
              QStringLiteral("not valid UTF-8 (byte 0xe9 at column 8)"));
}

TEST_F(ContentSources, AnEscapeCharacterInNotesNamesFileLineAndColumn)
{
    content.write(QStringLiteral("notes/escape.txt"), "SNS\n  - fan out\n  - \x1b]0;owned\x07 topics\n");
    expectOne(QStringLiteral("notes/escape.txt"), 3, QStringLiteral("U+001B (escape) at column 5"));
}

TEST_F(ContentSources, WindowsLineEndingsAreText)
{
    content.write(QStringLiteral("notes/crlf.txt"), "SNS\r\n  - fan out\r\n");
    EXPECT_TRUE(content.load().ok()) << describe(content.load().diagnostics).toStdString();
}

} // namespace
