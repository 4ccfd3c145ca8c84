// The learner's own notes: what is taken as text, how Markdown headings become sections, how they are kept in
// progress.db, and how the personal content database puts them beside the bank's notes for Lookup and the
// Notes page.

#include "notes/OwnNotes.h"

#include "TestSupport.h"
#include "content/ContentRepository.h"
#include "content/DeckLoader.h"
#include "content/NotesParser.h"
#include "lookup/LookupIndex.h"
#include "notes/OwnNotesStore.h"
#include "notes/PersonalContent.h"
#include "progress/ProgressDatabase.h"
#include "util/SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace certdeck;
using namespace certdeck::test;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-23T09:00:00Z"), Qt::ISODate);

TopicCatalog bankCatalog()
{
    QList<Diagnostic> diagnostics;
    const QString file = QStringLiteral(CERTDECK_TEST_CONTENT_DIR "/topics.yaml");
    return TopicCatalog(DeckLoader::loadTopics(file, readFile(file), diagnostics));
}

OwnNotesFile notesFile(const QString& name, const QByteArray& text)
{
    const Result<OwnNotesFile> file = OwnNotes::fromFile(QStringLiteral("/home/me/") + name, text, kNow);
    EXPECT_TRUE(file.ok()) << file.error().toStdString();
    return file.ok() ? *file : OwnNotesFile{};
}

const QByteArray kMarkdown =
    "My AWS notes, week 3\n"
    "\n"
    "# SQS\n"
    "Visibility timeout: a received message stays hidden for 30 s by default.\n"
    "\n"
    "## Long polling\n"
    "WaitTimeSeconds up to 20 s; fewer empty receives.\n"
    "\n"
    "```\n"
    "# not a heading: a comment in code\n"
    "```\n"
    "# Kinesis Data Streams\n"
    "A shard takes 1 MB/s or 1000 records/s of writes; zanzibarite is my mnemonic.\n";

} // namespace

TEST(OwnNotes, MarkdownHeadingsBecomeSectionsUnderTheirTopics)
{
    const TopicCatalog catalog = bankCatalog();
    const NotesDocument doc = NotesParser(catalog).parse(QStringLiteral("week3.md"), kMarkdown);
    EXPECT_EQ(doc.style, NotesStyle::Markdown);
    ASSERT_EQ(doc.sections.size(), 4);
    EXPECT_EQ(doc.sections[0].title, QStringLiteral("My AWS notes, week 3"));
    EXPECT_EQ(doc.sections[0].firstLine, 1);
    EXPECT_EQ(doc.sections[1].title, QStringLiteral("SQS"));
    EXPECT_EQ(doc.sections[1].topic, QStringLiteral("sqs"));
    EXPECT_EQ(doc.sections[1].level, 1);
    EXPECT_EQ(doc.sections[2].title, QStringLiteral("Long polling"));
    EXPECT_EQ(doc.sections[2].level, 2);
    EXPECT_EQ(doc.sections[2].topic, QStringLiteral("sqs")) << "a sub-section naming no topic stays with SQS";
    // The "#" inside the fenced code block opens nothing: the code stays in "Long polling".
    EXPECT_EQ(doc.sections[2].lastLine, 11);
    EXPECT_EQ(doc.sections[3].title, QStringLiteral("Kinesis Data Streams"));
    EXPECT_EQ(doc.sections[3].topic, QStringLiteral("kinesis"));
    EXPECT_EQ(doc.sections[3].lastLine, 13);
}

TEST(OwnNotes, ALineOfHashesIsNotAMarkdownHeading)
{
    const TopicCatalog catalog = bankCatalog();
    const NotesDocument doc = NotesParser(catalog).parse(
        QStringLiteral("ruled.txt"), "SQS\n  hidden for 30 s\n##########\nSNS\n  fan out\n");
    EXPECT_NE(doc.style, NotesStyle::Markdown);
}

TEST(OwnNotes, WhatIsNotTextIsRefusedWithTheReason)
{
    const Result<OwnNotesFile> binary =
        OwnNotes::fromFile(QStringLiteral("/tmp/photo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11), kNow);
    ASSERT_FALSE(binary.ok());
    EXPECT_TRUE(binary.error().contains(QStringLiteral("photo.png"))) << binary.error().toStdString();
    EXPECT_TRUE(binary.error().contains(QStringLiteral("not a text file"))) << binary.error().toStdString();

    const Result<OwnNotesFile> latin1 = OwnNotes::fromFile(QStringLiteral("/tmp/old.txt"), "caf\xe9\n", kNow);
    ASSERT_FALSE(latin1.ok());
    EXPECT_TRUE(latin1.error().contains(QStringLiteral("UTF-8"))) << latin1.error().toStdString();

    EXPECT_FALSE(OwnNotes::fromFile(QStringLiteral("/tmp/empty.txt"), " \n\n", kNow).ok());
    EXPECT_FALSE(
        OwnNotes::fromFile(QStringLiteral("/tmp/huge.txt"), QByteArray(OwnNotes::kMaxBytes + 1, 'a'), kNow)
            .ok());
}

TEST(OwnNotes, Utf16AndAByteOrderMarkAreReadAsText)
{
    const QString text = QStringLiteral("# DynamoDB\nRCU: 4 KB strongly consistent; 日本語\n");
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    const Result<OwnNotesFile> fromUtf16 = OwnNotes::fromFile(QStringLiteral("/tmp/win.md"), utf16, kNow);
    ASSERT_TRUE(fromUtf16.ok()) << fromUtf16.error().toStdString();
    EXPECT_EQ(fromUtf16->text, text.toUtf8());

    const Result<OwnNotesFile> withBom =
        OwnNotes::fromFile(QStringLiteral("/tmp/bom.md"), "\xEF\xBB\xBF" + text.toUtf8(), kNow);
    ASSERT_TRUE(withBom.ok());
    EXPECT_EQ(withBom->text, text.toUtf8());
    EXPECT_EQ(withBom->name, QStringLiteral("bom.md"));
    EXPECT_EQ(withBom->title, QStringLiteral("bom"));
}

TEST(OwnNotes, TheStoreAddsUpdatesAndRemovesByName)
{
    QTemporaryDir dir;
    ProgressDatabase db;
    ASSERT_TRUE(db.open(dir.filePath(QStringLiteral("progress.db"))).ok());
    const OwnNotesStore store(db.connection());

    OwnNotesFile file = notesFile(QStringLiteral("week3.md"), kMarkdown);
    EXPECT_EQ(*store.put(file), OwnNotesStore::PutOutcome::Added);
    EXPECT_EQ(*store.put(file), OwnNotesStore::PutOutcome::Unchanged);
    file.text += "More about SQS.\n";
    EXPECT_EQ(*store.put(file), OwnNotesStore::PutOutcome::Updated);
    ASSERT_EQ(store.files()->size(), 1);
    EXPECT_EQ(store.files()->first().text, file.text);
    EXPECT_EQ(store.files()->first().importedAt, kNow);

    EXPECT_TRUE(*store.remove(QStringLiteral("week3.md")));
    EXPECT_FALSE(*store.remove(QStringLiteral("week3.md")));
    EXPECT_TRUE(store.files()->isEmpty());
}

TEST(OwnNotes, Version4UpgradesToVersion5WithEmptyOwnNotesAndCards)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.db"));
    QString error;
    ASSERT_TRUE(ProgressDatabase::createAtVersion(path, 4, &error)) << error.toStdString();
    {
        SqliteConnection c;
        ASSERT_TRUE(c.open(path, SqliteConnection::Mode::ReadWrite, &error));
        for (int i = 0; i < 3; ++i) {
            addReview(c, QStringLiteral("sqs.visibility-timeout-default"));
        }
    }
    ProgressDatabase db;
    const ProgressDatabase::OpenResult opened = db.open(path);
    ASSERT_TRUE(opened.ok()) << opened.message.toStdString();
    EXPECT_EQ(opened.fromVersion, 4);
    EXPECT_EQ(db.schemaVersion(), 5);
    EXPECT_EQ(db.count(QStringLiteral("review_log")), 3);
    EXPECT_EQ(db.connection().scalar(QStringLiteral("SELECT count(*) FROM own_notes")).toInt(), 0);
    EXPECT_EQ(db.connection().scalar(QStringLiteral("SELECT count(*) FROM own_card")).toInt(), 0);
}

class PersonalContentTest : public ::testing::Test {
protected:
    QString bank() const { return QStringLiteral(CERTDECK_TEST_CONTENT_DB); }
    QString personal() const { return m_dir.filePath(QStringLiteral("personal/content.db")); }
    QTemporaryDir m_dir;
};

TEST_F(PersonalContentTest, OwnNotesAreReadAndSearchedBesideTheBanksNotes)
{
    const QList<OwnNotesFile> files{notesFile(QStringLiteral("week3.md"), kMarkdown)};
    qsizetype lastDone = 0, lastTotal = 0;
    const Result<PersonalContent::Built> built =
        PersonalContent::build(bank(), files, {}, personal(), [&](qsizetype done, qsizetype total) {
            EXPECT_GE(done, lastDone);
            lastDone = done;
            lastTotal = total;
        });
    ASSERT_TRUE(built.ok()) << built.error().toStdString();
    EXPECT_EQ(built->files, 1);
    EXPECT_EQ(built->sections, 4);
    EXPECT_EQ(lastDone, 13);
    EXPECT_EQ(lastTotal, 13);
    EXPECT_EQ(PersonalContent::choose(bank(), personal()), personal());
    EXPECT_EQ(PersonalContent::builtFrom(personal()), PersonalContent::fingerprint(files, {}));

    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(personal(), &error)) << error.toStdString();
    ContentRepository bankRepo;
    ASSERT_TRUE(bankRepo.open(bank(), &error));
    EXPECT_EQ(repo.contentHash(), bankRepo.contentHash());
    EXPECT_EQ(repo.cards()->size(), bankRepo.cards()->size()) << "the bank's items are all there";

    const std::optional<NoteSectionRow> kinesis = *repo.sectionAt(QStringLiteral("week3.md"), 13);
    ASSERT_TRUE(kinesis.has_value());
    EXPECT_TRUE(kinesis->own);
    EXPECT_EQ(kinesis->topic, QStringLiteral("kinesis"));
    EXPECT_EQ(kinesis->fileTitle, QStringLiteral("week3"));
    EXPECT_EQ(
        repo.lines(kinesis->fileId, 13, 13)->first().text,
        QStringLiteral("A shard takes 1 MB/s or 1000 records/s of writes; zanzibarite is my mnemonic."));
    const std::optional<NoteSectionRow> bankSection = *repo.section(1);
    ASSERT_TRUE(bankSection.has_value());
    EXPECT_FALSE(bankSection->own);

    const LookupIndex index(repo);
    const QList<LookupResult> found = index.search(QStringLiteral("zanzibarite"));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().kind, QStringLiteral("note"));
    EXPECT_EQ(found.first().sourceFile, QStringLiteral("week3.md"));
    EXPECT_EQ(found.first().sourceLine, 12) << "the section's heading";
    EXPECT_TRUE(found.first().answer.contains(QStringLiteral("zanzibarite"))) << "the line that matched";
    // A bank item is still found first for what the bank answers.
    EXPECT_NE(index.search(QStringLiteral("sqs visibility timeout default")).first().kind,
              QStringLiteral("note"));
    // A typo is corrected to a word only the own notes use.
    const QList<LookupResult> typo = index.search(QStringLiteral("zanzibarit"));
    ASSERT_FALSE(typo.isEmpty());
    EXPECT_EQ(typo.first().sourceFile, QStringLiteral("week3.md"));
}

TEST_F(PersonalContentTest, RebuildingReplacesTheNotesAndNoNotesRemovesTheFile)
{
    ASSERT_TRUE(PersonalContent::build(bank(), {notesFile(QStringLiteral("a.txt"), "SQS\n  old line\n")}, {},
                                       personal())
                    .ok());
    const QList<OwnNotesFile> updated{notesFile(QStringLiteral("a.txt"), "SQS\n  new line\n")};
    ASSERT_TRUE(PersonalContent::build(bank(), updated, {}, personal()).ok());
    {
        ContentRepository repo;
        QString error;
        ASSERT_TRUE(repo.open(personal(), &error));
        const std::optional<NoteSectionRow> section = *repo.sectionAt(QStringLiteral("a.txt"), 2);
        ASSERT_TRUE(section.has_value());
        EXPECT_EQ(repo.lines(section->fileId, 2, 2)->first().text, QStringLiteral("  new line"));
        EXPECT_EQ(PersonalContent::builtFrom(personal()), PersonalContent::fingerprint(updated, {}));
    }

    ASSERT_TRUE(PersonalContent::build(bank(), {}, {}, personal()).ok());
    EXPECT_FALSE(QFile::exists(personal()));
    EXPECT_EQ(PersonalContent::choose(bank(), personal()), bank());
    EXPECT_TRUE(
        QDir(m_dir.filePath(QStringLiteral("personal"))).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << "no temporary file left behind";
}

TEST_F(PersonalContentTest, ABuildOnAnotherBankIsNotRead)
{
    ASSERT_TRUE(
        PersonalContent::build(bank(), {notesFile(QStringLiteral("a.txt"), "SQS\n  line\n")}, {}, personal())
            .ok());
    {
        SqliteConnection c;
        QString error;
        ASSERT_TRUE(c.open(personal(), SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_TRUE(c.exec(QStringLiteral("UPDATE meta SET value = 'other' WHERE key = 'content_hash'")));
    }
    EXPECT_EQ(PersonalContent::choose(bank(), personal()), bank());
}
