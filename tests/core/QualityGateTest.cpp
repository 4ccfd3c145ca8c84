// The exam-quality rules `certdeck content check` enforces: each one broken once, reported at its file and
// line; and the bank figures (scenario share, giveaway lengths) computed as a reviewer would count them.

#include "content/QualityGate.h"

#include <gtest/gtest.h>

using namespace certdeck;

namespace {

const QString kScenario = QStringLiteral(
    "A company stores invoices that are read once a month. Which storage class is MOST cost-effective?");

QuestionOption option(const QString& text, bool correct = false, int line = 0)
{
    return QuestionOption{text, correct, QStringLiteral("Because."), line};
}

/// A clean single-answer scenario: four options of one length, the key third.
Question single(const QString& id, const QString& stem = kScenario, int line = 10)
{
    Question q;
    q.id = id;
    q.stem = stem;
    q.choose = 1;
    q.at = DeckLocation{QStringLiteral("decks/s3.yaml"), line};
    q.options = {option(QStringLiteral("S3 Standard-IA"), false, line + 3),
                 option(QStringLiteral("S3 One Zone-IA"), false, line + 4),
                 option(QStringLiteral("S3 Glacier IR"), true, line + 5),
                 option(QStringLiteral("S3 Standard"), false, line + 6)};
    return q;
}

Question multi(const QString& id, int choose, int options, const QString& stem)
{
    Question q;
    q.id = id;
    q.stem = stem;
    q.choose = choose;
    q.at = DeckLocation{QStringLiteral("decks/s3.yaml"), 40};
    for (int i = 0; i < options; ++i) {
        q.options.append(option(QStringLiteral("Design number %1").arg(i), i < choose, 41 + i));
    }
    return q;
}

ContentBank bankOf(const QList<Question>& questions, const QList<Card>& cards = {})
{
    ContentBank bank;
    Deck deck;
    deck.topic = QStringLiteral("s3");
    deck.questions = questions;
    deck.cards = cards;
    bank.decks.append(deck);
    return bank;
}

/// The diagnostics at `line` that contain `text`.
int count(const QList<Diagnostic>& diagnostics, int line, const QString& text)
{
    int n = 0;
    for (const Diagnostic& d : diagnostics) {
        n += d.line == line && d.message.contains(text) ? 1 : 0;
    }
    return n;
}

QString all(const QList<Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics) {
        lines.append(d.toString());
    }
    return lines.join(u'\n');
}

} // namespace

TEST(QualityGate, ReadsAStemAsTheExamWouldWriteIt)
{
    EXPECT_EQ(QualityGate::style(kScenario), StemStyle::Scenario);
    EXPECT_EQ(
        QualityGate::style(QStringLiteral("A team runs a web tier on EC2 in one AZ. The tier must survive "
                                          "an AZ outage. What should a solutions architect do? (Choose "
                                          "two.)")),
        StemStyle::Scenario);
    EXPECT_EQ(QualityGate::style(QStringLiteral("Which statement about S3 Object Lock is correct?")),
              StemStyle::Recall);
    EXPECT_EQ(QualityGate::style(QStringLiteral("What is the maximum size of an S3 object?")),
              StemStyle::Recall);
    EXPECT_EQ(QualityGate::style(QStringLiteral("S3 stores the objects of a bucket. Which of the following "
                                                "statements is true?")),
              StemStyle::Recall);
    EXPECT_EQ(
        QualityGate::style(QStringLiteral("An instance is stopped and started. What happens to the data "
                                          "on its instance store?")),
        StemStyle::Applied);
}

TEST(QualityGate, ACleanBankPasses)
{
    const QList<Question> questions{
        single(QStringLiteral("s3.q.a")),
        multi(QStringLiteral("s3.q.b"), 2, 5, kScenario + QStringLiteral(" (Choose two.)")),
        multi(QStringLiteral("s3.q.c"), 3, 6,
              kScenario + QStringLiteral(" Also, it must be fast. (Choose three.)"))};
    const QList<Diagnostic> d = QualityGate::check(bankOf(questions));
    EXPECT_TRUE(d.isEmpty()) << all(d).toStdString();
}

TEST(QualityGate, SingleAnswerHasFourOptions)
{
    Question q = single(QStringLiteral("s3.q.five"));
    q.options.append(option(QStringLiteral("S3 Express")));
    const QList<Diagnostic> d = QualityGate::check(bankOf({q}));
    EXPECT_EQ(count(d, 10, QStringLiteral("exactly 4 options")), 1) << all(d).toStdString();
}

TEST(QualityGate, MultiResponseSaysHowManyToChoose)
{
    const QList<Diagnostic> d = QualityGate::check(
        bankOf({single(QStringLiteral("s3.q.a")), multi(QStringLiteral("s3.q.b"), 2, 5, kScenario)}));
    EXPECT_EQ(count(d, 40, QStringLiteral("must say \"(Choose two.)\"")), 1) << all(d).toStdString();
}

TEST(QualityGate, MultiResponseHasFiveOrSixOptions)
{
    const QList<Diagnostic> d = QualityGate::check(
        bankOf({multi(QStringLiteral("s3.q.b"), 2, 4, kScenario + QStringLiteral(" (Choose two.)"))}));
    EXPECT_EQ(count(d, 40, QStringLiteral("5 or 6 options (has 4)")), 1) << all(d).toStdString();
}

TEST(QualityGate, TheExamAsksForTwoOrThree)
{
    const QList<Diagnostic> d =
        QualityGate::check(bankOf({multi(QStringLiteral("s3.q.b"), 4, 6, kScenario)}));
    EXPECT_EQ(count(d, 40, QStringLiteral("choose two or three, not 4")), 1) << all(d).toStdString();
}

TEST(QualityGate, ASingleAnswerStemDoesNotSayChoose)
{
    const QList<Diagnostic> d = QualityGate::check(
        bankOf({single(QStringLiteral("s3.q.a"), kScenario + QStringLiteral(" (Choose two.)"))}));
    EXPECT_EQ(count(d, 10, QStringLiteral("its stem says")), 1) << all(d).toStdString();
}

TEST(QualityGate, NoAllOrNoneOfTheAbove)
{
    Question q = single(QStringLiteral("s3.q.a"));
    q.options[3].text = QStringLiteral("None of the above");
    const QList<Diagnostic> d = QualityGate::check(bankOf({q}));
    EXPECT_EQ(count(d, 16, QStringLiteral("not an answer the exam uses")), 1) << all(d).toStdString();
}

TEST(QualityGate, NoDistractorThatNobodyWouldPick)
{
    Question q = single(QStringLiteral("s3.q.a"));
    q.options = {option(QStringLiteral("Turn on S3 Versioning with MFA Delete"), true, 13),
                 option(QStringLiteral("Use EBS"), false, 14),
                 option(QStringLiteral("Enable S3 Object Lock in governance mode on it"), false, 15),
                 option(QStringLiteral("Replicate the bucket to a second AWS Region now"), false, 16)};
    const QList<Diagnostic> d = QualityGate::check(bankOf({q}));
    EXPECT_EQ(count(d, 14, QStringLiteral("a distractor nobody would pick")), 1) << all(d).toStdString();
    EXPECT_EQ(d.size(), 1) << all(d).toStdString();
}

TEST(QualityGate, NoTwoQuestionsWithOneStemNorTwoCardsWithOneFront)
{
    Question again = single(QStringLiteral("s3.q.b"), kScenario.toUpper(), 30);
    Card a{QStringLiteral("s3.a"),
           QStringLiteral("s3"),
           QStringLiteral("Max object size?"),
           QStringLiteral("5 TB"),
           {},
           {},
           DeckLocation{QStringLiteral("decks/s3.yaml"), 2}};
    Card b = a;
    b.id = QStringLiteral("s3.b");
    b.front = QStringLiteral("max object size");
    b.at.line = 5;
    const QList<Diagnostic> d = QualityGate::check(bankOf({single(QStringLiteral("s3.q.a")), again}, {a, b}));
    EXPECT_EQ(count(d, 30, QStringLiteral("same stem as the item at decks/s3.yaml:10")), 1)
        << all(d).toStdString();
    EXPECT_EQ(count(d, 5, QStringLiteral("same front as the item at decks/s3.yaml:2")), 1)
        << all(d).toStdString();
}

TEST(QualityGate, ABankOfRecallStemsFailsAtEachOne)
{
    QList<Question> questions;
    for (int i = 0; i < 4; ++i) {
        questions.append(single(QStringLiteral("s3.q.s%1").arg(i),
                                kScenario + QStringLiteral(" Case %1.").arg(i), 10 + 20 * i));
    }
    questions.append(
        single(QStringLiteral("s3.q.r"), QStringLiteral("Which statement about S3 is correct?"), 200));
    EXPECT_TRUE(QualityGate::check(bankOf(questions)).isEmpty()); // 1 of 5 = 20%: at the limit
    questions.append(
        single(QStringLiteral("s3.q.r2"), QStringLiteral("What is the largest S3 object?"), 220));
    const QList<Diagnostic> d = QualityGate::check(bankOf(questions));
    EXPECT_EQ(
        count(d, 200, QStringLiteral("a recall stem, and 33% of the bank's questions are (at most 20%)")), 1)
        << all(d).toStdString();
    EXPECT_EQ(count(d, 220, QStringLiteral("a recall stem")), 1);
    EXPECT_EQ(d.size(), 2) << all(d).toStdString();
}

TEST(QualityGate, FewerThanHalfScenariosFails)
{
    const QString applied = QStringLiteral("An instance is stopped. What happens to its instance store?");
    QList<Question> questions{single(QStringLiteral("s3.q.a")), single(QStringLiteral("s3.q.b"), applied, 30),
                              single(QStringLiteral("s3.q.c"), applied + u' ', 50)};
    const QList<Diagnostic> d = QualityGate::check(bankOf(questions));
    EXPECT_EQ(count(d, 30, QStringLiteral("not a scenario, and only 33%")), 1) << all(d).toStdString();
    EXPECT_EQ(count(d, 10, QStringLiteral("not a scenario")), 0);
}

TEST(QualityGate, TheLongestOptionMustNotGiveTheAnswerAway)
{
    // Three of four keys are the sole longest option (75% > 30%), and keys are twice as long on average.
    QList<Question> questions;
    for (int i = 0; i < 4; ++i) {
        Question q = single(QStringLiteral("s3.q.%1").arg(i), kScenario + QStringLiteral(" Case %1.").arg(i),
                            10 + 20 * i);
        if (i < 3) {
            q.options[2].text = QStringLiteral("S3 Glacier Instant Retrieval with lifecycle rules");
        }
        questions.append(q);
    }
    const QuestionFigures f = QualityGate::measure(questions);
    EXPECT_EQ(f.singleAnswer, 4);
    EXPECT_EQ(f.soleLongest, 3);
    EXPECT_NEAR(f.soleLongestShare(), 0.75, 1e-9);
    EXPECT_GT(f.lengthRatio(), 1.15);
    const QList<Diagnostic> d = QualityGate::check(bankOf(questions));
    EXPECT_EQ(count(d, 10, QStringLiteral("the correct option is the longest, as in 75%")), 1)
        << all(d).toStdString();
    EXPECT_EQ(count(d, 70, QStringLiteral("the correct option is the longest")), 0);
    EXPECT_EQ(count(d, 10, QStringLiteral("times as long as distractors")), 1);
}

TEST(QualityGate, MeasuresTheBankAsAReviewerCounts)
{
    Question tie = single(QStringLiteral("s3.q.tie"));
    tie.options[0].text = QStringLiteral("S3 Glacier IR"); // as long as the key: not the only longest
    const QuestionFigures f =
        QualityGate::measure({tie, multi(QStringLiteral("s3.q.m"), 2, 5,
                                         QStringLiteral("Which statements are true? (Choose two.)"))});
    EXPECT_EQ(f.questions, 2);
    EXPECT_EQ(f.scenarios, 1);
    EXPECT_EQ(f.recalls, 1);
    EXPECT_EQ(f.soleLongest, 0);
    // Keys: "S3 Glacier IR" (13), "Design number 0" and "1" (15 each); distractors 13, 14, 11, 15, 15, 15.
    EXPECT_NEAR(f.correctLength, (13.0 + 15 + 15) / 3, 1e-9);
    EXPECT_NEAR(f.distractorLength, (13.0 + 14 + 11 + 15 + 15 + 15) / 6, 1e-9);
}
