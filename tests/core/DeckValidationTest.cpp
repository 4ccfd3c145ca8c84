// Each rule a deck must follow, broken once: the compiler reports it as file:line: message.

#include "TestSupport.h"

#include <QFile>

using namespace certdeck;
using namespace certdeck::test;

namespace {

/// 1-based line of the first line containing `marker` in `text`.
int lineOf(const QByteArray& text, const QByteArray& marker)
{
    const qsizetype at = text.indexOf(marker);
    return at < 0 ? -1 : int(text.left(at).count('\n') + 1);
}

class DeckValidation : public ::testing::Test {
protected:
    /// Writes the deck with `from` replaced by `to`, compiles, returns the diagnostics.
    QList<Diagnostic> withDeckChange(const QByteArray& from, const QByteArray& to)
    {
        QByteArray deck = ContentFixture::validDeck();
        EXPECT_TRUE(deck.contains(from)) << from.toStdString();
        deck.replace(from, to);
        m_deck = deck;
        content.write(QStringLiteral("decks/sqs.yaml"), deck);
        return content.load().diagnostics;
    }

    /// Exactly one diagnostic names the deck, `line`, and contains `message`.
    void expectOne(const QList<Diagnostic>& diagnostics, int line, const QString& message,
                   const QString& file = QStringLiteral("decks/sqs.yaml"))
    {
        int matches = 0;
        for (const Diagnostic& d : diagnostics) {
            if (d.file.endsWith(file) && d.line == line && d.message.contains(message)) {
                ++matches;
            }
        }
        EXPECT_EQ(matches, 1) << "wanted " << file.toStdString() << ":" << line << ": ..."
                              << message.toStdString() << "\ngot:\n"
                              << describe(diagnostics).toStdString();
    }

    ContentFixture content;
    QByteArray m_deck;
};

TEST_F(DeckValidation, TheValidFixtureCompilesCleanly)
{
    const CompileResult result = content.load();
    EXPECT_TRUE(result.ok()) << describe(result.diagnostics).toStdString();
    ASSERT_EQ(result.bank.decks.size(), 1);
    const Deck& deck = result.bank.decks.first();
    EXPECT_EQ(deck.cards.size(), 1);
    EXPECT_EQ(deck.questions.size(), 1);
    EXPECT_EQ(deck.limits.size(), 1);
    EXPECT_EQ(deck.formulas.size(), 1);
    EXPECT_EQ(deck.errata.size(), 1);
    EXPECT_EQ(deck.cards.first().source.file, QStringLiteral("notes.txt"));
    EXPECT_EQ(deck.cards.first().source.line, 3);
}

TEST_F(DeckValidation, YamlSyntaxErrorNamesTheLine)
{
    const auto d = withDeckChange("    choose: 1\n", "    choose: [1\n");
    ASSERT_FALSE(d.isEmpty());
    EXPECT_TRUE(d.first().message.startsWith(QStringLiteral("YAML syntax error")));
    EXPECT_GE(d.first().line, lineOf(m_deck, "choose: [1"));
}

TEST_F(DeckValidation, UnknownKeyIsReportedAtTheKey)
{
    const auto d = withDeckChange("    front: Default", "    frnt: Default");
    expectOne(d, lineOf(m_deck, "frnt:"), QStringLiteral("unknown key 'frnt' in card"));
    expectOne(d, lineOf(m_deck, "id: sqs.visibility-timeout-default"), QStringLiteral("card has no 'front'"));
}

TEST_F(DeckValidation, MissingRequiredField)
{
    const auto d = withDeckChange("    back: 30 seconds.\n", "");
    expectOne(d, lineOf(m_deck, "id: sqs.visibility-timeout-default"), QStringLiteral("card has no 'back'"));
}

TEST_F(DeckValidation, EmptyRequiredField)
{
    const auto d = withDeckChange("    back: 30 seconds.", "    back: \"\"");
    expectOne(d, lineOf(m_deck, "back: \"\""), QStringLiteral("'back' in card is empty"));
}

TEST_F(DeckValidation, MalformedId)
{
    const auto d = withDeckChange("id: sqs.visibility-timeout-default", "id: SQS.Visibility_Timeout");
    expectOne(d, lineOf(m_deck, "SQS.Visibility"), QStringLiteral("is not of the form <topic>.<name>"));
}

TEST_F(DeckValidation, IdMustStartWithTheDeckTopic)
{
    const auto d = withDeckChange("id: sqs.long-poll-max", "id: dynamodb.long-poll-max");
    expectOne(d, lineOf(m_deck, "dynamodb.long-poll-max"),
              QStringLiteral("must start with the deck's topic 'sqs.'"));
}

TEST_F(DeckValidation, DuplicateIdNamesTheFirstUse)
{
    const auto d = withDeckChange("id: sqs.retention", "id: sqs.long-poll-max");
    expectOne(d, lineOf(m_deck, "    name: Retention in seconds") - 1,
              QStringLiteral("duplicate id 'sqs.long-poll-max' (first used at "));
}

TEST_F(DeckValidation, UnknownTopic)
{
    content.write(QStringLiteral("decks/lambda.yaml"), "topic: lambda\ncards: []\n");
    expectOne(content.load().diagnostics, 1, QStringLiteral("unknown topic 'lambda'"),
              QStringLiteral("decks/lambda.yaml"));
}

TEST_F(DeckValidation, DeckFileMustBeNamedAfterItsTopic)
{
    QFile::remove(content.path(QStringLiteral("decks/sqs.yaml")));
    content.write(QStringLiteral("decks/queues.yaml"), ContentFixture::validDeck());
    expectOne(content.load().diagnostics, 1, QStringLiteral("must be named sqs.yaml"),
              QStringLiteral("decks/queues.yaml"));
}

TEST_F(DeckValidation, SourceQuoteNotInTheNotes)
{
    const auto d = withDeckChange("source: \"visibilty timeout - default 30 second\"",
                                  "source: \"visibility timeout - default 31 seconds\"");
    expectOne(d, lineOf(m_deck, "default 31 seconds"), QStringLiteral("is not in the notes"));
}

TEST_F(DeckValidation, SourceQuoteOnSeveralLinesIsAmbiguous)
{
    const auto d = withDeckChange("source: \"visibilty timeout - default 30 second\"", "source: \"default\"");
    expectOne(d, lineOf(m_deck, "source: \"default\""), QStringLiteral("is ambiguous"));
    expectOne(d, lineOf(m_deck, "source: \"default\""), QStringLiteral("notes.txt:2, notes.txt:3"));
}

TEST_F(DeckValidation, CorrectOptionsMustMatchChoose)
{
    const auto d = withDeckChange("      - text: Use long polling.\n",
                                  "      - text: Use long polling.\n        correct: true\n");
    expectOne(d, lineOf(m_deck, "    options:"),
              QStringLiteral("says choose 1 but marks 2 option(s) correct"));
}

TEST_F(DeckValidation, TooFewOptions)
{
    const auto d = withDeckChange(
        "      - text: Use a FIFO queue.\n        why: FIFO ordering does not extend the timeout.\n"
        "      - text: Add a delay queue.\n        why: A delay applies before the first receive.\n",
        "");
    expectOne(d, lineOf(m_deck, "    options:"),
              QStringLiteral("needs at least 3 options to choose 1 (has 2)"));
}

TEST_F(DeckValidation, EveryOptionNeedsAWhy)
{
    const auto d = withDeckChange("        why: Long polling reduces empty receives only.\n", "");
    expectOne(d, lineOf(m_deck, "- text: Use long polling."), QStringLiteral("option has no 'why'"));
}

TEST_F(DeckValidation, WhyIsOneSentence)
{
    const auto d = withDeckChange("why: Long polling reduces empty receives only.",
                                  "why: Long polling reduces empty receives. It does not hide messages.");
    expectOne(d, lineOf(m_deck, "Long polling reduces empty receives. It"),
              QStringLiteral("must be one sentence"));
}

TEST_F(DeckValidation, OptionTextsAreDistinct)
{
    const auto d = withDeckChange("- text: Use a FIFO queue.", "- text: Use long polling.");
    expectOne(d, lineOf(m_deck, "- text: Add a delay queue.") - 2,
              QStringLiteral("has the option 'Use long polling.' twice"));
}

TEST_F(DeckValidation, QuestionNeedsTaskStatements)
{
    const auto d = withDeckChange("    tasks: {saa-c03: \"2.1\", dva-c02: \"4.1\"}\n", "");
    expectOne(d, lineOf(m_deck, "id: sqs.q.slow-consumer"), QStringLiteral("needs 'tasks'"));
}

TEST_F(DeckValidation, UnknownExamProfile)
{
    const auto d = withDeckChange("saa-c03: \"2.1\"", "saa-c02: \"2.1\"");
    expectOne(d, lineOf(m_deck, "tasks:"), QStringLiteral("unknown exam profile 'saa-c02'"));
}

TEST_F(DeckValidation, UnknownTaskStatementListsTheValidOnes)
{
    const auto d = withDeckChange("saa-c03: \"2.1\"", "saa-c03: \"2.3\"");
    expectOne(
        d, lineOf(m_deck, "tasks:"),
        QStringLiteral("'2.3' is not a task statement of saa-c03 (one of: 1.1, 1.2, 1.3, 2.1, 2.2, 3.1, "
                       "3.2, 3.3, 3.4, 3.5, 4.1, 4.2, 4.3, 4.4)"));
}

TEST_F(DeckValidation, TheDomainFollowsFromTheTaskStatement)
{
    const CompileResult result = content.load();
    ASSERT_TRUE(result.ok()) << describe(result.diagnostics).toStdString();
    const Question& q = result.bank.decks.first().questions.first();
    EXPECT_EQ(q.domains.value(QStringLiteral("saa-c03")), QStringLiteral("resilient"));
    EXPECT_EQ(q.domains.value(QStringLiteral("dva-c02")), QStringLiteral("troubleshooting"));
}

TEST_F(DeckValidation, LimitsAndQuestionsNameTheirPage)
{
    const auto d = withDeckChange(
        ",\n     ref: \"Amazon SQS Developer Guide, Amazon SQS short and long polling\"}", "}");
    expectOne(d, lineOf(m_deck, "id: sqs.long-poll-max"), QStringLiteral("limit has no 'ref'"));
}

TEST_F(DeckValidation, ASkippedSectionNamesALineOfTheNotes)
{
    const auto d =
        withDeckChange("errata:\n", "skipped:\n  - {source: \"no such line\", reason: Nothing to study.}\n"
                                    "errata:\n");
    expectOne(d, lineOf(m_deck, "skipped:") + 1,
              QStringLiteral("source of 'skipped section' is not in the notes"));
}

TEST_F(DeckValidation, ChooseMustBeANumber)
{
    const auto d = withDeckChange("    choose: 1", "    choose: one");
    expectOne(d, lineOf(m_deck, "choose: one"),
              QStringLiteral("'choose' in question must be a whole number"));
}

TEST_F(DeckValidation, ExamDomainWeightsAddUpTo100)
{
    QByteArray exams = readFile(content.path(QStringLiteral("exams.yaml")));
    exams.replace("weight: 30\n", "weight: 31\n");
    content.write(QStringLiteral("exams.yaml"), exams);
    expectOne(content.load().diagnostics, lineOf(exams, "    domains:"),
              QStringLiteral("domain weights of 'saa-c03' add up to 101, not 100"),
              QStringLiteral("exams.yaml"));
}

TEST_F(DeckValidation, AnAliasNamesOneTopic)
{
    QByteArray topics = readFile(content.path(QStringLiteral("topics.yaml")));
    topics.replace("{id: sns, title: Amazon SNS}",
                   "{id: sns, title: Amazon SNS, aliases: [Simple Queue Service]}");
    content.write(QStringLiteral("topics.yaml"), topics);
    expectOne(content.load().diagnostics, lineOf(topics, "id: sns"),
              QStringLiteral("alias 'Simple Queue Service' names two topics: 'sqs' and 'sns'"),
              QStringLiteral("topics.yaml"));
}

TEST_F(DeckValidation, MessagesReadFileColonLine)
{
    const auto d = withDeckChange("    front: Default", "    frnt: Default");
    ASSERT_FALSE(d.isEmpty());
    const QString text = d.first().toString();
    EXPECT_TRUE(text.startsWith(content.path(QStringLiteral("decks/sqs.yaml")) + u':')) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral(".yaml:%1: ").arg(d.first().line))) << text.toStdString();
}

TEST_F(DeckValidation, AKeyGivenTwiceIsAnErrorAtTheSecond)
{
    // yaml-cpp keeps the first and drops the second without a word.
    const auto d =
        withDeckChange("    back: 30 seconds.\n", "    back: 30 seconds.\n    back: 60 seconds.\n");
    expectOne(d, lineOf(m_deck, "back: 60"),
              QStringLiteral("duplicate key 'back' (first at line %1)").arg(lineOf(m_deck, "back: 30")));
}

TEST_F(DeckValidation, ATopLevelKeyGivenTwiceIsAnError)
{
    const auto d = withDeckChange("topic: sqs\n", "topic: sqs\ntopic: sns\n");
    expectOne(d, 2, QStringLiteral("duplicate key 'topic' (first at line 1)"));
}

TEST_F(DeckValidation, AKeyGivenTwiceInTopicsIsAnError)
{
    QByteArray topics = readFile(content.path(QStringLiteral("topics.yaml")));
    topics.replace("{id: sns, title: Amazon SNS}", "{id: sns, title: Amazon SNS, title: SNS}");
    content.write(QStringLiteral("topics.yaml"), topics);
    expectOne(content.load().diagnostics, lineOf(topics, "id: sns"), QStringLiteral("duplicate key 'title'"),
              QStringLiteral("topics.yaml"));
}

TEST_F(DeckValidation, ASecondYamlDocumentIsAnError)
{
    QByteArray deck = ContentFixture::validDeck() + "---\ntopic: sns\ncards: []\n";
    content.write(QStringLiteral("decks/sqs.yaml"), deck);
    expectOne(content.load().diagnostics, lineOf(deck, "---"), QStringLiteral("a second YAML document"));
}

TEST_F(DeckValidation, ManyAliasesAreReadWithoutExpandingThem)
{
    // A "billion laughs" file: each line doubles the last. Checked in linear time, never expanded.
    QByteArray deck = "topic: sqs\nx0: &a0 [lol, lol]\n";
    for (int i = 1; i < 40; ++i) {
        deck += QStringLiteral("x%1: &a%1 [*a%2, *a%2]\n").arg(i).arg(i - 1).toUtf8();
    }
    content.write(QStringLiteral("decks/sqs.yaml"), deck);
    const QList<Diagnostic> d = content.load().diagnostics;
    ASSERT_FALSE(d.isEmpty());
    EXPECT_TRUE(d.first().message.contains(QStringLiteral("unknown key 'x0'"))) << describe(d).toStdString();
}

TEST_F(DeckValidation, AnEscapeSequenceInAValueIsAnError)
{
    // "\e" in a double-quoted YAML string is ESC: it would reach the learner's terminal and screen.
    const auto d = withDeckChange("    back: 30 seconds.", "    back: \"30 seconds.\\e[2J\"");
    expectOne(d, lineOf(m_deck, "back:"), QStringLiteral("'back' in card holds U+001B (escape)"));
}

TEST_F(DeckValidation, ABidirectionalOverrideInAValueIsAnError)
{
    const auto d = withDeckChange("    front: Default visibility timeout?",
                                  "    front: \"\\u202eDefault visibility timeout?\"");
    expectOne(d, lineOf(m_deck, "front:"), QStringLiteral("U+202E (a bidirectional text control)"));
}

TEST_F(DeckValidation, AnIdOrQuoteOnTwoLinesIsAnError)
{
    const auto d = withDeckChange("    source: \"visibilty timeout - default 30 second\"",
                                  "    source: \"visibilty timeout\\n - default 30 second\"");
    expectOne(d, lineOf(m_deck, "source: \"visibilty timeout\\n"), QStringLiteral("holds a line break"));
}

TEST_F(DeckValidation, ALimitValueMustBeFinite)
{
    const auto d = withDeckChange("value: 20,", "value: .inf,");
    expectOne(d, lineOf(m_deck, "value: .inf"), QStringLiteral("limit value '.inf' is not a finite number"));
}

TEST_F(DeckValidation, ChooseMustBeInRange)
{
    auto d = withDeckChange("    choose: 1", "    choose: 99999999999");
    expectOne(d, lineOf(m_deck, "choose: 9"),
              QStringLiteral("'choose' in question must be a whole number from 1 to 10"));
    d = withDeckChange("    choose: 1", "    choose: 0");
    expectOne(d, lineOf(m_deck, "choose: 0"), QStringLiteral("from 1 to 10"));
}

TEST_F(DeckValidation, DomainWeightsMustEachBeFrom1To100)
{
    QByteArray exams = readFile(content.path(QStringLiteral("exams.yaml")));
    const QByteArray original = exams;
    // 150 - 94 + 24 + 20 still adds up to 100.
    exams.replace("Secure Architectures\n        weight: 30", "Secure Architectures\n        weight: 150");
    exams.replace("Resilient Architectures\n        weight: 26", "Resilient Architectures\n        weight: -94");
    ASSERT_NE(exams, original);
    content.write(QStringLiteral("exams.yaml"), exams);
    const QList<Diagnostic> d = content.load().diagnostics;
    int weightErrors = 0;
    for (const Diagnostic& x : d) {
        if (x.message.contains(QStringLiteral("'weight' in domain must be a whole number from 1 to 100"))) {
            ++weightErrors;
        }
    }
    EXPECT_EQ(weightErrors, 2) << describe(d).toStdString();
}

} // namespace
