// Lookup ranking. Rules are tested on a small fixture bank of their own (tests/data/lookup/fixture), so
// they do not churn as the real content grows; the real notes are held to the learner's own questions
// (tests/data/lookup/real-queries.tsv: the expected answer in the top 3 for at least 95% of them).

#include "TestSupport.h"
#include "content/ContentRepository.h"
#include "lookup/LookupIndex.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <iostream>
#include <memory>

using namespace certdeck;
using namespace certdeck::test;

namespace {

QStringList ids(const QList<LookupResult>& results)
{
    QStringList out;
    for (const LookupResult& r : results) {
        out.append(r.id);
    }
    return out;
}

qsizetype rankOf(const QList<LookupResult>& results, const QString& id)
{
    return ids(results).indexOf(id);
}

/// The fixture bank compiled into a content.db of its own, once for all the tests.
class LookupFixture : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        folder = std::make_unique<ContentFixture>();
        const QString from = QStringLiteral(CERTDECK_TEST_DATA_DIR "/lookup/fixture");
        for (QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            const QString path = it.next();
            folder->write(QDir(from).relativeFilePath(path), readFile(path));
        }
        const CompileResult compiled = folder->load();
        ASSERT_TRUE(compiled.ok()) << describe(compiled.diagnostics).toStdString();
        dir = std::make_unique<QTemporaryDir>();
        QString error;
        ASSERT_TRUE(ContentCompiler::writeDatabase(compiled.bank, dir->filePath(QStringLiteral("content.db")),
                                                   &error))
            << error.toStdString();
        repo = std::make_unique<ContentRepository>();
        ASSERT_TRUE(repo->open(dir->filePath(QStringLiteral("content.db")), &error)) << error.toStdString();
        index = std::make_unique<LookupIndex>(*repo);
        ASSERT_TRUE(index->error().isEmpty()) << index->error().toStdString();
    }
    static void TearDownTestSuite()
    {
        index.reset();
        repo.reset();
        dir.reset();
        folder.reset();
    }
    static QList<LookupResult> search(const QString& query, int limit = 20)
    {
        return index->search(query, limit);
    }

    static std::unique_ptr<ContentFixture> folder;
    static std::unique_ptr<QTemporaryDir> dir;
    static std::unique_ptr<ContentRepository> repo;
    static std::unique_ptr<LookupIndex> index;
};
std::unique_ptr<ContentFixture> LookupFixture::folder;
std::unique_ptr<QTemporaryDir> LookupFixture::dir;
std::unique_ptr<ContentRepository> LookupFixture::repo;
std::unique_ptr<LookupIndex> LookupFixture::index;

TEST_F(LookupFixture, ExactPhraseBeforeAllWordsBeforePrefixes)
{
    // The word-only and prefix-only cards repeat "queue" and "depth" so that bm25 alone would put them first.
    const QList<LookupResult> results = search(QStringLiteral("queue depth"));
    const qsizetype phrase = rankOf(results, QStringLiteral("sqs.depth-phrase"));
    const qsizetype words = rankOf(results, QStringLiteral("sqs.depth-words"));
    const qsizetype prefix = rankOf(results, QStringLiteral("sqs.depth-prefix"));
    ASSERT_GE(phrase, 0) << ids(results).join(u' ').toStdString();
    ASSERT_GE(words, 0);
    ASSERT_GE(prefix, 0);
    EXPECT_LT(phrase, words);
    EXPECT_LT(words, prefix);
    EXPECT_EQ(results[phrase].tier, 0);
    EXPECT_EQ(results[words].tier, 1);
    EXPECT_EQ(results[prefix].tier, 2);
}

TEST_F(LookupFixture, AQueryAskingForANumberShowsLimitsFirst)
{
    // "widget size" is an exact phrase in a card's title; the limit only has both words.
    const QList<LookupResult> plain = search(QStringLiteral("widget size table"));
    EXPECT_EQ(plain.value(0).id, QStringLiteral("dynamodb.widget-table"));
    for (const QString& query :
         {QStringLiteral("max widget size"), QStringLiteral("how many kb widget size"),
          QStringLiteral("widget size limit"), QStringLiteral("largest widget size")}) {
        const QList<LookupResult> results = search(query);
        ASSERT_FALSE(results.isEmpty()) << query.toStdString();
        EXPECT_EQ(results.first().id, QStringLiteral("dynamodb.widget-record-largest"))
            << query.toStdString();
        EXPECT_EQ(results.first().answer,
                  QStringLiteral("400 KB (the size of one widget including its names)"));
    }
}

TEST_F(LookupFixture, AQualifierIsPreferredNotRequired)
{
    EXPECT_EQ(search(QStringLiteral("visibility timeout")).value(0).id,
              QStringLiteral("sqs.visibility-timeout-default"));
    EXPECT_EQ(search(QStringLiteral("default visibility timeout")).value(0).id,
              QStringLiteral("sqs.visibility-timeout-default"));
    EXPECT_EQ(search(QStringLiteral("max visibility timeout")).value(0).id,
              QStringLiteral("sqs.visibility-timeout-max"));
    EXPECT_EQ(search(QStringLiteral("maximum visibility timeout")).value(0).id,
              QStringLiteral("sqs.visibility-timeout-max"));
    // The write-unit limit says neither "max" nor "minimum": a qualifier does not hide it.
    EXPECT_EQ(search(QStringLiteral("max write capacity unit")).value(0).id,
              QStringLiteral("dynamodb.write-unit-size"));
}

TEST_F(LookupFixture, SynonymsFromTheContentFindEachOther)
{
    // The card says "RCU"; the formula says "read capacity units".
    const QStringList byAbbreviation = ids(search(QStringLiteral("rcu")));
    EXPECT_TRUE(byAbbreviation.contains(QStringLiteral("dynamodb.read-units")));
    EXPECT_TRUE(byAbbreviation.contains(QStringLiteral("dynamodb.strong-read")));
    const QStringList byName = ids(search(QStringLiteral("read capacity units")));
    EXPECT_TRUE(byName.contains(QStringLiteral("dynamodb.strong-read")));
    EXPECT_TRUE(byName.contains(QStringLiteral("dynamodb.read-units")));
    EXPECT_EQ(search(QStringLiteral("wcu kib")).value(0).id, QStringLiteral("dynamodb.write-unit-size"));
    // The topic's short name finds its items, which never say "DynamoDB".
    EXPECT_TRUE(ids(search(QStringLiteral("ddb widget"))).contains(QStringLiteral("dynamodb.widget-table")));
}

TEST_F(LookupFixture, OneTypoPerWordIsForgiven)
{
    for (const QString& query :
         {QStringLiteral("visiblity timeout"), QStringLiteral("visibility timout"),
          QStringLiteral("visbility tiemout"), QStringLiteral("dynamdb widget record")}) {
        const QList<LookupResult> results = search(query);
        ASSERT_FALSE(results.isEmpty()) << query.toStdString();
        EXPECT_EQ(results.first().kind, QStringLiteral("limit")) << query.toStdString();
    }
    EXPECT_EQ(search(QStringLiteral("visiblity timeout")).value(0).id,
              QStringLiteral("sqs.visibility-timeout-default"));
    EXPECT_EQ(index->query().corrections(QStringLiteral("visiblity")),
              (QStringList{QStringLiteral("visibility"), QStringLiteral("visibilty")}));
    EXPECT_TRUE(index->query().corrections(QStringLiteral("rcx")).isEmpty()) << "short words are not guessed";
    EXPECT_TRUE(index->query().corrections(QStringLiteral("widget")).isEmpty()) << "known words stay";
}

TEST_F(LookupFixture, CaseAndPunctuationDoNotMatter)
{
    const QStringList expected = ids(search(QStringLiteral("visibility timeout")));
    ASSERT_FALSE(expected.isEmpty());
    for (const QString& query :
         {QStringLiteral("VISIBILITY TIMEOUT"), QStringLiteral("visibility-timeout?!"),
          QStringLiteral("\"visibility\" (timeout)"), QStringLiteral("visibility, timeout.")}) {
        EXPECT_EQ(ids(search(query)), expected) << query.toStdString();
    }
}

TEST_F(LookupFixture, AsYouTypeTheWordBeingTypedMatchesItsStart)
{
    for (const QString& partial : {QStringLiteral("v"), QStringLiteral("vi"), QStringLiteral("visib"),
                                   QStringLiteral("visibility t"), QStringLiteral("visibility time")}) {
        const QStringList found = ids(search(partial));
        EXPECT_TRUE(found.contains(QStringLiteral("sqs.visibility-timeout-default")))
            << partial.toStdString();
    }
}

TEST_F(LookupFixture, UserTextNeverBreaksAQuery)
{
    const QStringList inputs{
        QString(),
        QStringLiteral("   "),
        QStringLiteral("\""),
        QStringLiteral("'"),
        QStringLiteral("*"),
        QStringLiteral("AND"),
        QStringLiteral("OR OR"),
        QStringLiteral("NOT queue"),
        QStringLiteral("NEAR(a b"),
        QStringLiteral("NEAR(queue depth, 2)"),
        QStringLiteral("queue OR"),
        QStringLiteral("-queue"),
        QStringLiteral("queue*"),
        QStringLiteral("\"unbalanced"),
        QStringLiteral("'); DROP TABLE items; --"),
        QStringLiteral("title:queue"),
        QStringLiteral("{title}: queue"),
        QStringLiteral("^queue"),
        QStringLiteral("a*b*"),
        QStringLiteral("x\"\"y"),
        QStringLiteral("ビジビリティ タイムアウト"),
        QString(5000, u'x'),
        QStringLiteral("max"),
        QStringLiteral("how many"),
        QStringLiteral("the of a"),
        QStringLiteral("\u0000\u0001"),
    };
    for (const QString& input : inputs) {
        EXPECT_NO_THROW(search(input)) << input.left(40).toStdString();
        // Every expression the query turns into is one SQLite accepts.
        const ParsedLookup parsed = index->query().parse(input);
        for (const QString& expression : {parsed.phraseExpression(), parsed.allExpression(false),
                                          parsed.allExpression(true), parsed.anyExpression()}) {
            if (expression.isEmpty()) {
                continue;
            }
            QSqlQuery q(repo->connection().database());
            q.prepare(QStringLiteral("SELECT count(*) FROM search WHERE search MATCH ?"));
            q.addBindValue(expression);
            EXPECT_TRUE(q.exec()) << input.left(40).toStdString() << " -> " << expression.toStdString()
                                  << ": " << q.lastError().text().toStdString();
        }
    }
    EXPECT_TRUE(search(QString()).isEmpty());
    EXPECT_TRUE(search(QStringLiteral("((((")).isEmpty());
    // Operators around real words are only words: the same answer comes first.
    EXPECT_EQ(search(QStringLiteral("NEAR(queue depth)")).value(0).id,
              search(QStringLiteral("queue depth")).value(0).id);
    EXPECT_EQ(search(QStringLiteral("queue AND depth")).value(0).id,
              search(QStringLiteral("queue depth")).value(0).id);
    // The tables are still there.
    EXPECT_FALSE(search(QStringLiteral("visibility timeout")).isEmpty());
}

TEST_F(LookupFixture, EveryWordOfTheContentFindsSomething)
{
    const Result<LookupLexicon> lexicon = repo->lookupLexicon();
    ASSERT_TRUE(lexicon) << lexicon.error().toStdString();
    ASSERT_GT(lexicon->vocabulary.size(), 50);
    for (auto it = lexicon->vocabulary.cbegin(); it != lexicon->vocabulary.cend(); ++it) {
        EXPECT_FALSE(search(it.key(), 3).isEmpty()) << it.key().toStdString();
    }
}

TEST_F(LookupFixture, SourcesAreNamedForPeople)
{
    const QList<LookupResult> results = search(QStringLiteral("visibility timeout default"), 1);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().sourceTitle, QStringLiteral("Fixture notes"));
    EXPECT_EQ(results.first().sourceFile, QStringLiteral("notes.txt"));
    EXPECT_EQ(results.first().sourceLine, 2);
    EXPECT_EQ(results.first().source, QStringLiteral("notes.txt:2")) << "the command line keeps file:line";
    // A notes file notes.yaml does not name goes by its file name.
    const QList<LookupResult> other = search(QStringLiteral("subscribers"), 1);
    ASSERT_EQ(other.size(), 1);
    EXPECT_EQ(other.first().kind, QStringLiteral("note"));
    EXPECT_EQ(other.first().sourceTitle, QStringLiteral("other.txt"));
}

TEST_F(LookupFixture, LimitIsRespected)
{
    EXPECT_LE(search(QStringLiteral("queue"), 2).size(), 2);
    EXPECT_TRUE(search(QStringLiteral("queue"), 0).isEmpty());
}

TEST(LookupQueryParse, EveryTermIsQuotedAndQualifiersAreOptional)
{
    LookupLexicon lexicon;
    lexicon.ignore = {QStringLiteral("what"), QStringLiteral("is"), QStringLiteral("the"),
                      QStringLiteral("or")};
    lexicon.numberPhrases = {QStringLiteral("how many")};
    lexicon.qualifiers = {{QStringLiteral("max"), QStringLiteral("maximum")}};
    lexicon.synonyms = {{QStringLiteral("rcu"), QStringLiteral("read capacity unit")}};
    lexicon.vocabulary = {{QStringLiteral("visibility"), 3}, {QStringLiteral("timeout"), 2}};
    const LookupQuery query(lexicon);

    ParsedLookup p = query.parse(QStringLiteral("what is the max visibility timeout?"));
    EXPECT_TRUE(p.asksForNumber);
    ASSERT_EQ(p.qualifiers.size(), 1);
    EXPECT_EQ(p.phraseExpression(), QStringLiteral("{title body} : \"visibility timeout\""));
    EXPECT_EQ(p.allExpression(false), QStringLiteral("\"visibility\" AND \"timeout\""));
    // Only the last word, being typed, may be the start of a longer one.
    EXPECT_EQ(p.allExpression(true).toStdString(), "\"visibility\" AND \"timeout\"*");

    p = query.parse(QStringLiteral("Read-Capacity Units"));
    EXPECT_FALSE(p.asksForNumber);
    // "read capacity unit" is the typed phrase's singular: the stemming index reads them as one.
    EXPECT_EQ(p.allExpression(false).toStdString(), "(\"read capacity units\" OR \"rcu\")");

    p = query.parse(QStringLiteral("how many NEAR(\"x\" OR y)"));
    EXPECT_TRUE(p.asksForNumber);
    EXPECT_EQ(p.allExpression(false).toStdString(), "\"near\" AND \"x\" AND \"y\"");
    EXPECT_EQ(p.anyExpression().toStdString(), "\"near\"* OR \"x\" OR \"y\"");

    p = query.parse(QStringLiteral("visiblity"));
    EXPECT_EQ(p.allExpression(true).toStdString(), "(\"visiblity\"* OR \"visibility\")");
    EXPECT_TRUE(query.parse(QStringLiteral("?! --")).isEmpty());
    // A query of qualifiers alone searches for them.
    EXPECT_EQ(query.parse(QStringLiteral("max")).allExpression(false),
              QStringLiteral("(\"max\" OR \"maximum\")"));
}

// ---- The real notes ------------------------------------------------------------------------------

class LookupRealNotes : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
    }
    ContentRepository repo;
};

TEST_F(LookupRealNotes, LearnersLimitQuestionsFindTheirAnswerInTheTopThree)
{
    QFile file(QStringLiteral(CERTDECK_TEST_DATA_DIR "/lookup/real-queries.tsv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const LookupIndex index(repo);
    int total = 0;
    int found = 0;
    QStringList misses;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList fields = line.split(u'\t');
        ASSERT_EQ(fields.size(), 2) << line.toStdString();
        const QStringList expected = fields[1].split(u',');
        const QList<LookupResult> top = index.search(fields[0], 3);
        ++total;
        if (std::any_of(top.cbegin(), top.cend(),
                        [&](const LookupResult& r) { return expected.contains(r.id); })) {
            ++found;
        } else {
            misses.append(fields[0] + QStringLiteral(" -> ") + ids(top).join(QStringLiteral(", ")));
        }
    }
    ASSERT_GE(total, 40);
    EXPECT_GE(found * 100, total * 95) << found << " of " << total << "; missed:\n"
                                       << misses.join(u'\n').toStdString();
    if (!misses.isEmpty()) {
        std::cout << "[ lookup  ] " << found << " of " << total << " in the top 3; missed:\n"
                  << misses.join(u'\n').toStdString() << '\n';
    }
}

TEST_F(LookupRealNotes, NotesFilesGoByTheirNames)
{
    const QList<LookupResult> results = LookupIndex(repo).search(QStringLiteral("dynamodb max item size"), 1);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().id, QStringLiteral("dynamodb.item-size-max"));
    EXPECT_EQ(results.first().sourceTitle, QStringLiteral("Developer notes"));
    EXPECT_EQ(results.first().source,
              QStringLiteral("002_e7319ff5bf5ed8ff.txt:%1").arg(results.first().sourceLine));
}

TEST_F(LookupRealNotes, EveryWordOfTheNotesFindsSomething)
{
    const Result<LookupLexicon> lexicon = repo.lookupLexicon();
    ASSERT_TRUE(lexicon) << lexicon.error().toStdString();
    QStringList words = lexicon->vocabulary.keys();
    std::sort(words.begin(), words.end());
    const LookupIndex index(repo);
    // Every fifth word keeps the test short; the words are in alphabetical order, so all kinds are sampled.
    for (qsizetype i = 0; i < words.size(); i += 5) {
        EXPECT_FALSE(index.search(words[i], 1).isEmpty()) << words[i].toStdString();
    }
}

} // namespace
