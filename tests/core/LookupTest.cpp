// Lookup over the real content.db: the answer a learner wants comes first; no input can make it fail.

#include "TestSupport.h"
#include "content/ContentRepository.h"
#include "lookup/LookupIndex.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace certdeck;
using namespace certdeck::test;

namespace {

class Lookup : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
    }
    QList<LookupResult> search(const QString& query, int limit = 10) const
    {
        return LookupIndex(repo).search(query, limit);
    }

    ContentRepository repo;
};

TEST_F(Lookup, VisibilityTimeoutGivesTheThirtySecondDefaultFirst)
{
    const QList<LookupResult> results = search(QStringLiteral("visibility timeout"), 1);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().kind, QStringLiteral("limit"));
    EXPECT_EQ(results.first().id, QStringLiteral("sqs.visibility-timeout-default"));
    EXPECT_TRUE(results.first().answer.startsWith(QStringLiteral("30 seconds")))
        << results.first().answer.toStdString();
    EXPECT_EQ(results.first().topic, QStringLiteral("sqs"));
    EXPECT_TRUE(results.first().source.contains(QStringLiteral(".txt:")));
}

TEST_F(Lookup, AQualifierAsksForThatLimit)
{
    const QList<LookupResult> results = search(QStringLiteral("max visibility timeout"), 1);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().id, QStringLiteral("sqs.visibility-timeout-max"));
}

TEST_F(Lookup, AQuestionInPlainWordsFindsTheLimit)
{
    const QList<LookupResult> results = search(QStringLiteral("what is the max item size in dynamodb?"), 3);
    ASSERT_FALSE(results.isEmpty());
    EXPECT_EQ(results.first().kind, QStringLiteral("limit"));
    EXPECT_TRUE(results.first().answer.startsWith(QStringLiteral("400 KB")))
        << results.first().answer.toStdString();
}

TEST_F(Lookup, PartialWordsMatchAsYouType)
{
    EXPECT_FALSE(search(QStringLiteral("visib")).isEmpty());
    EXPECT_FALSE(search(QStringLiteral("long poll")).isEmpty());
}

TEST_F(Lookup, NotesAreSearchedToo)
{
    // "lsblk" is in the notes' EBS section (and in the erratum that corrects its misspelling "lblk").
    const QList<LookupResult> results = search(QStringLiteral("lsblk"), 5);
    const auto note = std::find_if(results.cbegin(), results.cend(),
                                   [](const LookupResult& r) { return r.kind == QStringLiteral("note"); });
    ASSERT_NE(note, results.cend());
    EXPECT_TRUE(note->id.startsWith(QStringLiteral("note:000_42ab871c923022a8.txt:")));
}

TEST_F(Lookup, LimitIsRespected)
{
    EXPECT_LE(search(QStringLiteral("sqs"), 3).size(), 3);
    EXPECT_TRUE(search(QStringLiteral("sqs"), 0).isEmpty());
}

TEST_F(Lookup, HostileOrEmptyInputNeverErrors)
{
    const QStringList inputs{
        QString(),
        QStringLiteral("   "),
        QStringLiteral("\""),
        QStringLiteral("'"),
        QStringLiteral("*"),
        QStringLiteral("AND"),
        QStringLiteral("NEAR(a b"),
        QStringLiteral("sqs OR"),
        QStringLiteral("-sqs"),
        QStringLiteral("'); DROP TABLE items; --"),
        QStringLiteral("title:sqs"),
        QStringLiteral("^sqs"),
        QStringLiteral("ビジビリティ タイムアウト"),
        QString(5000, u'x'),
        QStringLiteral("\u0000\u0001"),
    };
    for (const QString& input : inputs) {
        EXPECT_NO_THROW(search(input)) << input.left(40).toStdString();
    }
    EXPECT_TRUE(search(QString()).isEmpty());
    // The tables are still there.
    EXPECT_FALSE(search(QStringLiteral("visibility timeout")).isEmpty());
}

TEST_F(Lookup, EveryExpressionBuiltFromHostileTextIsValidFts5)
{
    // search() turns a refused expression into "no results"; here SQLite itself must accept each one.
    const QStringList inputs{
        QStringLiteral("\"unbalanced"),
        QStringLiteral("a*b*"),
        QStringLiteral("NEAR(a b"),
        QStringLiteral("title:sqs"),
        QStringLiteral("^sqs"),
        QStringLiteral("sqs AND OR NOT"),
        QStringLiteral("'); DROP TABLE items; --"),
        QStringLiteral("{sqs}"),
        QStringLiteral("ビジビリティ タイムアウト"),
        QStringLiteral("x\"\"y"),
    };
    for (const QString& input : inputs) {
        for (const bool anyWord : {false, true}) {
            const QString expression = LookupIndex::matchExpression(input, anyWord);
            ASSERT_FALSE(expression.isEmpty()) << input.toStdString();
            QSqlQuery q(repo.connection().database());
            q.prepare(QStringLiteral("SELECT count(*) FROM search WHERE search MATCH ?"));
            q.addBindValue(expression);
            EXPECT_TRUE(q.exec()) << input.toStdString() << " -> " << expression.toStdString() << ": "
                                  << q.lastError().text().toStdString();
        }
    }
    EXPECT_TRUE(LookupIndex::matchExpression(QStringLiteral("((((")).isEmpty()) << "no words, no query";
    EXPECT_TRUE(search(QStringLiteral("((((")).isEmpty());
    // Syntax around real words changes nothing: the same answer comes first.
    EXPECT_EQ(search(QStringLiteral("visibility\" OR timeout*")).value(0).id,
              search(QStringLiteral("visibility timeout")).value(0).id);
}

TEST(LookupExpression, EveryWordIsQuotedSoNothingActsAsAnOperator)
{
    EXPECT_EQ(LookupIndex::matchExpression(QStringLiteral("what is the visibility timeout?")),
              QStringLiteral("\"visibility\"* AND \"timeout\"*"));
    EXPECT_EQ(LookupIndex::matchExpression(QStringLiteral("NEAR(\"x\" OR y)")),
              QStringLiteral("\"near\"* AND \"x\"* AND \"y\"*"));
    EXPECT_EQ(LookupIndex::matchExpression(QStringLiteral("sqs sns"), true),
              QStringLiteral("\"sqs\"* OR \"sns\"*"));
    EXPECT_TRUE(LookupIndex::matchExpression(QStringLiteral("?! --")).isEmpty());
}

} // namespace
