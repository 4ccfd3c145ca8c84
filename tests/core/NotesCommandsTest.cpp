// certdeck notes import | list | remove, and lookup finding what was imported.

#include "TestSupport.h"
#include "notes/PersonalContent.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace certdeck;
using namespace certdeck::test;

namespace {

class NotesCommands : public ::testing::Test {
protected:
    QString progress() const { return m_dir.filePath(QStringLiteral("data/progress.db")); }
    QString file(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(NotesCommands, ImportedNotesAreFoundByLookupAndListed)
{
    const QString notes =
        file(QStringLiteral("week3.md"), "# Kinesis\nA shard: 1 MB/s in; quillwort is how I remember it.\n");
    const CliRun imported = runCli(progress(), {QStringLiteral("notes"), QStringLiteral("import"), notes});
    ASSERT_EQ(imported.status, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported week3.md"))) << imported.out.toStdString();
    EXPECT_TRUE(QFile::exists(PersonalContent::pathFor(progress())));

    const CliRun found =
        runCli(progress(), {QStringLiteral("lookup"), QStringLiteral("quillwort"), QStringLiteral("--json")});
    ASSERT_EQ(found.status, 0) << found.err.toStdString();
    const QJsonArray results = found.json().array();
    ASSERT_FALSE(results.isEmpty()) << found.out.toStdString();
    EXPECT_TRUE(results.first()
                    .toObject()
                    .value(QStringLiteral("source"))
                    .toString()
                    .startsWith(QStringLiteral("week3.md:")))
        << found.out.toStdString();

    const CliRun again = runCli(progress(), {QStringLiteral("notes"), QStringLiteral("import"), notes});
    EXPECT_EQ(again.status, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("already imported"))) << again.out.toStdString();

    const CliRun listed =
        runCli(progress(), {QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.status, 0);
    ASSERT_EQ(listed.json().array().size(), 1);
    EXPECT_EQ(listed.json().array().first().toObject().value(QStringLiteral("lines")).toInt(), 2);

    const CliRun removed =
        runCli(progress(), {QStringLiteral("notes"), QStringLiteral("remove"), QStringLiteral("week3.md")});
    ASSERT_EQ(removed.status, 0) << removed.err.toStdString();
    EXPECT_FALSE(QFile::exists(PersonalContent::pathFor(progress())));
    const CliRun gone =
        runCli(progress(), {QStringLiteral("lookup"), QStringLiteral("quillwort"), QStringLiteral("--json")});
    EXPECT_TRUE(gone.json().array().isEmpty());
}

TEST_F(NotesCommands, AFileThatIsNotTextIsRefusedAndTheOthersImported)
{
    const QString good = file(QStringLiteral("good.txt"), "SQS\n  visibility timeout 30 s\n");
    const QString bad = file(QStringLiteral("photo.jpg"), QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
    const CliRun run = runCli(progress(), {QStringLiteral("notes"), QStringLiteral("import"), good, bad});
    EXPECT_EQ(run.status, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("photo.jpg was not imported"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Imported good.txt"))) << run.out.toStdString();

    const CliRun folder =
        runCli(progress(), {QStringLiteral("notes"), QStringLiteral("import"), m_dir.path()});
    EXPECT_EQ(folder.status, 1);
    EXPECT_FALSE(folder.err.isEmpty());
    const CliRun missing =
        runCli(progress(), {QStringLiteral("notes"), QStringLiteral("remove"), QStringLiteral("nope.txt")});
    EXPECT_EQ(missing.status, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.txt")));
}
