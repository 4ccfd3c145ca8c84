// The content compiler: same inputs, same database; a failed build leaves nothing half-written.

#include "TestSupport.h"
#include "content/ContentRepository.h"
#include "util/SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

using namespace certdeck;
using namespace certdeck::test;

namespace {

TEST(ContentCompiler, TwoCompilesOfTheRealContentAreIdentical)
{
    QTemporaryDir out;
    const ContentSources sources = ContentSources::fromDirectory(QStringLiteral(CERTDECK_TEST_CONTENT_DIR));
    const CompileResult first = ContentCompiler::load(sources);
    ASSERT_TRUE(first.ok()) << describe(first.diagnostics).toStdString();
    const CompileResult second = ContentCompiler::load(sources);
    QString error;
    ASSERT_TRUE(ContentCompiler::writeDatabase(first.bank, out.filePath(QStringLiteral("a.db")), &error))
        << error.toStdString();
    ASSERT_TRUE(ContentCompiler::writeDatabase(second.bank, out.filePath(QStringLiteral("b.db")), &error))
        << error.toStdString();
    const QByteArray a = readFile(out.filePath(QStringLiteral("a.db")));
    EXPECT_GT(a.size(), 0);
    EXPECT_EQ(a, readFile(out.filePath(QStringLiteral("b.db")))) << "same inputs must give the same bytes";
    EXPECT_EQ(first.bank.contentHash, second.bank.contentHash);
    // And the database the build made from the same sources is that same file.
    EXPECT_EQ(a, readFile(QStringLiteral(CERTDECK_TEST_CONTENT_DB)));
}

TEST(ContentCompiler, ContentHashFollowsTheInputs)
{
    ContentFixture content;
    const QString before = content.load().bank.contentHash;
    content.write(QStringLiteral("notes/notes.txt"),
                  readFile(content.path(QStringLiteral("notes/notes.txt"))) + "extra\n");
    EXPECT_NE(content.load().bank.contentHash, before);
}

TEST(ContentCompiler, NotesAreStoredExactlyAsWritten)
{
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
    for (const char* name : {"000_42ab871c923022a8.txt", "002_e7319ff5bf5ed8ff.txt"}) {
        const QByteArray original =
            readFile(QStringLiteral(CERTDECK_TEST_CONTENT_DIR "/notes/") + QString::fromLatin1(name));
        QSqlQuery q(repo.connection().database());
        q.prepare(QStringLiteral("SELECT l.text FROM note_lines l JOIN note_files f ON f.id = l.file_id"
                                 " WHERE f.name = ? ORDER BY l.line"));
        q.addBindValue(QString::fromLatin1(name));
        ASSERT_TRUE(q.exec());
        QStringList lines;
        while (q.next()) {
            lines.append(q.value(0).toString());
        }
        EXPECT_EQ(lines.join(u'\n').toUtf8() + (original.endsWith('\n') ? "\n" : ""), original) << name;
    }
}

TEST(ContentCompiler, EverySourceResolvesToALineHoldingItsQuote)
{
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
    QSqlQuery q(repo.connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT i.id, i.source_quote, l.text FROM items i"
        " LEFT JOIN note_lines l ON l.file_id = i.source_file_id AND l.line = i.source_line")));
    int items = 0;
    while (q.next()) {
        ++items;
        EXPECT_TRUE(q.value(2).toString().contains(q.value(1).toString()))
            << q.value(0).toString().toStdString();
    }
    EXPECT_GT(items, 100);
}

TEST(ContentCompiler, AFailedWriteKeepsThePreviousDatabaseAndLeavesNoTemporaryFile)
{
    ContentFixture content;
    CompileResult result = content.load();
    ASSERT_TRUE(result.ok());
    QTemporaryDir out;
    const QString db = out.filePath(QStringLiteral("content.db"));
    QString error;
    ASSERT_TRUE(ContentCompiler::writeDatabase(result.bank, db, &error));
    const QByteArray good = readFile(db);

    result.bank.decks.first().cards.append(
        result.bank.decks.first().cards.first()); // a duplicate row: the write fails
    EXPECT_FALSE(ContentCompiler::writeDatabase(result.bank, db, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(readFile(db), good);
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files), QStringList{QStringLiteral("content.db")});
}

TEST(ContentCompiler, TheCompilerFailsTheBuildWithFileLineAndWritesNothing)
{
    ContentFixture content;
    QByteArray deck = ContentFixture::validDeck();
    deck.replace("    front: Default", "    frnt: Default");
    content.write(QStringLiteral("decks/sqs.yaml"), deck);
    QTemporaryDir out;
    const QString db = out.filePath(QStringLiteral("content.db"));

    QProcess compiler;
    compiler.start(QStringLiteral(CERTDECK_TEST_COMPILER), {content.root(), db});
    ASSERT_TRUE(compiler.waitForFinished(30000));
    EXPECT_EQ(compiler.exitCode(), 1);
    const QString err = QString::fromUtf8(compiler.readAllStandardError());
    EXPECT_TRUE(err.contains(content.path(QStringLiteral("decks/sqs.yaml")) +
                             QStringLiteral(":4: unknown key 'frnt'")))
        << err.toStdString();
    EXPECT_FALSE(QFile::exists(db));
    EXPECT_TRUE(QDir(out.path()).entryList(QDir::Files).isEmpty());
}

TEST(ContentCompiler, ItemsPointAtTheSectionTheyCite)
{
    ContentFixture content;
    const CompileResult result = content.load();
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics).toStdString();
    QTemporaryDir out;
    QString error;
    ASSERT_TRUE(ContentCompiler::writeDatabase(result.bank, out.filePath(QStringLiteral("c.db")), &error));
    ContentRepository repo;
    ASSERT_TRUE(repo.open(out.filePath(QStringLiteral("c.db")), &error)) << error.toStdString();
    const Result<ContentStats> stats = repo.stats();
    ASSERT_TRUE(stats) << stats.error().toStdString();
    EXPECT_EQ(stats->total.sections, 2);
    EXPECT_EQ(stats->total.citedSections, 1) << "every item cites the SQS section";
    EXPECT_DOUBLE_EQ(stats->total.sectionCoverage(), 0.5);
    const Result<QList<Erratum>> errata = repo.errataIn(1, 1, 8);
    ASSERT_TRUE(errata);
    ASSERT_EQ(errata->size(), 1);
    EXPECT_EQ(errata->first().source.line, 3);
}

TEST(ContentRepository, RefusesAFileThatIsNotContent)
{
    QTemporaryDir dir;
    {
        SqliteConnection other;
        QString error;
        ASSERT_TRUE(
            other.open(dir.filePath(QStringLiteral("other.db")), SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_TRUE(other.exec(QStringLiteral("CREATE TABLE t(x)")));
    }
    ContentRepository repo;
    QString error;
    EXPECT_FALSE(repo.open(dir.filePath(QStringLiteral("other.db")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is not a Certdeck content database"))) << error.toStdString();
    EXPECT_FALSE(repo.open(dir.filePath(QStringLiteral("missing.db")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is missing"))) << error.toStdString();
}

/// A copy of the real content.db with `damage` done to it, at `dir`/content.db.
QString damagedCopy(const QTemporaryDir& dir, const std::function<void(QByteArray&)>& damage)
{
    QByteArray bytes = readFile(QStringLiteral(CERTDECK_TEST_CONTENT_DB));
    damage(bytes);
    const QString path = dir.filePath(QStringLiteral("content.db"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

void expectRefusedNamingTheFile(const QString& path, const QString& why)
{
    ContentRepository repo;
    QString error;
    EXPECT_FALSE(repo.open(path, &error)) << why.toStdString();
    EXPECT_FALSE(repo.isOpen());
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_TRUE(error.contains(why)) << error.toStdString();
}

TEST(ContentRepository, ADamagedContentDatabaseIsRefusedWithAMessageNamingIt)
{
    QTemporaryDir dir;
    expectRefusedNamingTheFile(damagedCopy(dir, [](QByteArray& b) { b.truncate(b.size() / 2); }),
                               QStringLiteral("is damaged"));
    expectRefusedNamingTheFile(damagedCopy(dir,
                                           [](QByteArray& b) {
                                               for (qsizetype i = 3 * 4096; i < 6 * 4096; ++i) {
                                                   b[i] = char(0x5A);
                                               }
                                           }),
                               QStringLiteral("is damaged"));
    expectRefusedNamingTheFile(damagedCopy(dir, [](QByteArray& b) { b.clear(); }),
                               QStringLiteral("is not a Certdeck content database"));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("folder.db"))));
    expectRefusedNamingTheFile(dir.filePath(QStringLiteral("folder.db")),
                               QStringLiteral("is a folder, not a regular file"));
}

TEST(ContentRepository, AContentDatabaseMissingATableIsRefused)
{
    QTemporaryDir dir;
    const QString path = damagedCopy(dir, [](QByteArray&) {});
    {
        SqliteConnection c;
        QString error;
        ASSERT_TRUE(c.open(path, SqliteConnection::Mode::ReadWrite, &error));
        ASSERT_TRUE(c.exec(QStringLiteral("DROP TABLE errata"), &error)) << error.toStdString();
    }
    expectRefusedNamingTheFile(path, QStringLiteral("tables missing: errata"));
}

TEST(ContentRepository, ReadingContentCreatesNoFileBesideIt)
{
    QTemporaryDir dir;
    const QString path = damagedCopy(dir, [](QByteArray&) {});
    const auto before = folderSnapshot(dir.path());
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(path, &error)) << error.toStdString();
    EXPECT_FALSE(repo.topics()->isEmpty());
    EXPECT_EQ(folderSnapshot(dir.path()), before);
}

} // namespace

namespace {

TEST(ContentRepository, TypedReadersGiveEveryItemWithItsSource)
{
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
    const Result<QList<Card>> cards = repo.cards();
    const Result<QList<Question>> questions = repo.questions();
    const Result<QList<ExamProfile>> profiles = repo.examProfiles();
    ASSERT_TRUE(cards && questions && profiles);
    ASSERT_FALSE(cards->isEmpty());
    for (const Card& c : *cards) {
        EXPECT_FALSE(c.front.isEmpty()) << c.id.toStdString();
        EXPECT_TRUE(c.source.file.endsWith(QStringLiteral(".txt"))) << c.id.toStdString();
        EXPECT_GT(c.source.line, 0) << c.id.toStdString();
        EXPECT_TRUE(c.at.file.startsWith(QStringLiteral("decks/"))) << c.at.file.toStdString();
    }
    EXPECT_EQ(Card::kind, ItemKind::Card);
    EXPECT_EQ(itemKindName(Question::kind), QStringLiteral("question"));
    for (const Question& q : *questions) {
        EXPECT_GE(q.options.size(), q.choose + 1) << q.id.toStdString();
        EXPECT_EQ(std::count_if(q.options.begin(), q.options.end(), [](const auto& o) { return o.correct; }),
                  q.choose)
            << q.id.toStdString();
        EXPECT_FALSE(q.domains.isEmpty()) << q.id.toStdString();
    }
    ASSERT_EQ(profiles->size(), 2);
    for (const ExamProfile& p : *profiles) {
        EXPECT_EQ(p.questionCount, 65);
        EXPECT_EQ(p.passScore, 720);
        EXPECT_FALSE(p.domains.isEmpty());
    }
    const auto one = repo.card(cards->first().id);
    ASSERT_TRUE(one && one->has_value());
    EXPECT_EQ((*one)->back, cards->first().back);
    const auto none = repo.card(QStringLiteral("no.such-card"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());
}

TEST(ContentRepository, AFailedQueryIsAnErrorNeverAnEmptyList)
{
    // Every table is there, so the file opens; but the cards table lost a column, so reading cards fails.
    QTemporaryDir dir;
    const QString path = damagedCopy(dir, [](QByteArray&) {});
    {
        SqliteConnection rw;
        QString error;
        ASSERT_TRUE(rw.open(path, SqliteConnection::Mode::ReadWrite, &error)) << error.toStdString();
        ASSERT_TRUE(rw.exec(QStringLiteral("ALTER TABLE cards DROP COLUMN back")));
    }
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(path, &error)) << error.toStdString();
    const Result<QList<Card>> cards = repo.cards();
    ASSERT_FALSE(cards.ok());
    EXPECT_TRUE(cards.error().contains(path)) << cards.error().toStdString();
    EXPECT_TRUE(cards.error().contains(QStringLiteral("back"))) << cards.error().toStdString();
    EXPECT_TRUE(repo.limits().ok()) << "other readers still work";
}

} // namespace

namespace {

TEST(ContentRelease, TheDayTheFactsWereCheckedReachesTheDatabase)
{
    ContentFixture content;
    content.write(QStringLiteral("release.yaml"), "# when\nchecked: 2026-11-22\n");
    const CompileResult compiled = content.load();
    ASSERT_TRUE(compiled.ok()) << describe(compiled.diagnostics).toStdString();
    EXPECT_EQ(compiled.bank.factsChecked, QDate(2026, 11, 22));
    const QString db = content.path(QStringLiteral("content.db"));
    QString error;
    ASSERT_TRUE(ContentCompiler::writeDatabase(compiled.bank, db, &error)) << error.toStdString();
    ContentRepository repo;
    ASSERT_TRUE(repo.open(db, &error)) << error.toStdString();
    EXPECT_EQ(repo.factsChecked(), QDate(2026, 11, 22));

    // The real content says when its facts were checked.
    ContentRepository real;
    ASSERT_TRUE(real.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
    EXPECT_TRUE(real.factsChecked().isValid());
}

TEST(ContentRelease, WithoutReleaseFileTheDateIsUnknownNotAnError)
{
    ContentFixture content;
    const CompileResult compiled = content.load();
    ASSERT_TRUE(compiled.ok()) << describe(compiled.diagnostics).toStdString();
    EXPECT_FALSE(compiled.bank.factsChecked.isValid());
}

TEST(ContentRelease, ADateThatIsNotADayIsNamedWithFileAndLine)
{
    for (const QByteArray& bad : {QByteArray("\nchecked: 2026-13-01\n"), QByteArray("\nchecked: last week\n"),
                                  QByteArray("\nchecked: 2026-11\n")}) {
        ContentFixture content;
        content.write(QStringLiteral("release.yaml"), bad);
        const CompileResult compiled = content.load();
        ASSERT_EQ(compiled.diagnostics.size(), 1) << bad.toStdString();
        EXPECT_TRUE(compiled.diagnostics.first().file.endsWith(QStringLiteral("release.yaml")));
        EXPECT_EQ(compiled.diagnostics.first().line, 2);
        EXPECT_TRUE(compiled.diagnostics.first().message.contains(QStringLiteral("YYYY-MM-DD")));
    }
    ContentFixture content;
    content.write(QStringLiteral("release.yaml"), "released: 2026-11-22\n");
    EXPECT_FALSE(content.load().ok()) << "an unknown key, and no date";
}

} // namespace
