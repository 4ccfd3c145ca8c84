// The learner's own cards: prefilled from lines of the notes, checked before saving, kept in progress.db with
// their history, and read like bank cards from the personal content database (also when the notes file they
// were made from is gone).

#include "notes/OwnCards.h"

#include "TestSupport.h"
#include "content/ContentRepository.h"
#include "content/DeckLoader.h"
#include "lookup/LookupIndex.h"
#include "notes/OwnCardStore.h"
#include "notes/OwnNotes.h"
#include "notes/PersonalContent.h"
#include "progress/ProgressDatabase.h"
#include "util/SqliteConnection.h"

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

} // namespace

TEST(OwnCards, ALineIsSplitIntoFrontAndBackAtItsSeparator)
{
    const OwnCard dash = OwnCards::draftFromLines(
        {QStringLiteral("  - Message visibilty timeout (read about it) - default 30 second")},
        QStringLiteral("002.txt"), 40, QStringLiteral("sqs"));
    EXPECT_EQ(dash.front, QStringLiteral("Message visibilty timeout (read about it)"));
    EXPECT_EQ(dash.back, QStringLiteral("default 30 second"));
    EXPECT_EQ(dash.sourceFile, QStringLiteral("002.txt"));
    EXPECT_EQ(dash.sourceLine, 40);
    EXPECT_EQ(dash.sourceQuote,
              QStringLiteral("  - Message visibilty timeout (read about it) - default 30 second"));
    EXPECT_EQ(dash.topic, QStringLiteral("sqs"));

    const OwnCard colon = OwnCards::draftFromLines({QStringLiteral("RCU: 4 KB strongly consistent read")},
                                                   QStringLiteral("a.md"), 3, QStringLiteral("dynamodb"));
    EXPECT_EQ(colon.front, QStringLiteral("RCU"));
    EXPECT_EQ(colon.back, QStringLiteral("4 KB strongly consistent read"));

    const OwnCard several =
        OwnCards::draftFromLines({QStringLiteral("Kinesis shard limits"), QStringLiteral("  1 MB/s in"),
                                  QStringLiteral("  2 MB/s out")},
                                 QStringLiteral("a.md"), 7, QStringLiteral("kinesis"));
    EXPECT_EQ(several.front, QStringLiteral("Kinesis shard limits"));
    EXPECT_EQ(several.back, QStringLiteral("1 MB/s in\n2 MB/s out"));

    const OwnCard plain = OwnCards::draftFromLines({QStringLiteral("use long polling")},
                                                   QStringLiteral("a.md"), 1, QStringLiteral("sqs"));
    EXPECT_EQ(plain.front, QStringLiteral("use long polling"));
    EXPECT_TRUE(plain.back.isEmpty()) << "the learner writes the answer";
}

TEST(OwnCards, ACardNeedsAFrontABackAndAKnownTopic)
{
    const TopicCatalog catalog = bankCatalog();
    OwnCard card;
    card.topic = QStringLiteral("no-such-topic");
    const QList<OwnCardProblem> problems = OwnCards::problems(card, catalog);
    ASSERT_EQ(problems.size(), 3);
    EXPECT_EQ(problems[0].field, OwnCardProblem::Field::Front);
    EXPECT_EQ(problems[1].field, OwnCardProblem::Field::Back);
    EXPECT_EQ(problems[2].field, OwnCardProblem::Field::Topic);
    card.front = QStringLiteral("Default visibility timeout?");
    card.back = QString(OwnCards::kMaxBack + 1, u'x');
    card.topic = QStringLiteral("sqs");
    const QList<OwnCardProblem> tooLong = OwnCards::problems(card, catalog);
    ASSERT_EQ(tooLong.size(), 1);
    EXPECT_TRUE(tooLong.first().message.contains(QString::number(OwnCards::kMaxBack)));
    card.back = QStringLiteral("30 seconds");
    EXPECT_TRUE(OwnCards::problems(card, catalog).isEmpty());
}

TEST(OwnCards, TheStoreKeepsEditsAndDeletesACardWithItsHistory)
{
    QTemporaryDir dir;
    ProgressDatabase db;
    ASSERT_TRUE(db.open(dir.filePath(QStringLiteral("progress.db"))).ok());
    const OwnCardStore store(db.connection());
    OwnCard card = OwnCards::draftFromLines({QStringLiteral("RCU: 4 KB")}, QStringLiteral("a.md"), 3,
                                            QStringLiteral("dynamodb"));
    const Result<OwnCard> saved = store.save(card, kNow);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_TRUE(OwnCards::isOwn(saved->id)) << saved->id.toStdString();
    EXPECT_EQ(saved->createdAt, kNow);

    OwnCard edited = *saved;
    edited.back = QStringLiteral("4 KB per strongly consistent read per second");
    ASSERT_TRUE(store.save(edited, kNow.addSecs(60)).ok());
    ASSERT_EQ(store.cards()->size(), 1);
    EXPECT_EQ(store.cards()->first().back, edited.back);
    EXPECT_EQ(store.cards()->first().createdAt, kNow);
    EXPECT_EQ(store.cards()->first().updatedAt, kNow.addSecs(60));

    addReview(db.connection(), saved->id);
    addReview(db.connection(), QStringLiteral("sqs.visibility-timeout-default"));
    EXPECT_TRUE(*store.remove(saved->id));
    EXPECT_TRUE(store.cards()->isEmpty());
    EXPECT_EQ(db.count(QStringLiteral("review_log")), 1) << "only the deleted card's history goes";
    EXPECT_EQ(db.count(QStringLiteral("card_state")), 1);
    EXPECT_FALSE(*store.remove(saved->id));
}

TEST(OwnCards, OwnCardsAreReadLikeBankCardsAndKeepTheirSource)
{
    QTemporaryDir dir;
    const QString bank = QStringLiteral(CERTDECK_TEST_CONTENT_DB);
    const QString personal = dir.filePath(QStringLiteral("personal/content.db"));
    const Result<OwnNotesFile> notes = OwnNotes::fromFile(
        QStringLiteral("/x/week3.md"), "# DynamoDB\nRCU: 4 KB, strongly consistent\n", kNow);
    ASSERT_TRUE(notes.ok());
    OwnCard fromOwn = OwnCards::draftFromLines({QStringLiteral("RCU: 4 KB, strongly consistent")},
                                               QStringLiteral("week3.md"), 2, QStringLiteral("dynamodb"));
    fromOwn.id = QStringLiteral("own.000000000001");
    OwnCard fromBank;
    fromBank.id = QStringLiteral("own.000000000002");
    fromBank.topic = QStringLiteral("sqs");
    fromBank.front = QStringLiteral("Which API hides a message longer? (persimmon)");
    fromBank.back = QStringLiteral("ChangeMessageVisibility");
    fromBank.sourceFile = QStringLiteral("002_e7319ff5bf5ed8ff.txt");
    fromBank.sourceLine = 10;

    ASSERT_TRUE(PersonalContent::build(bank, {*notes}, {fromOwn, fromBank}, personal).ok());
    {
        ContentRepository repo;
        QString error;
        ASSERT_TRUE(repo.open(personal, &error)) << error.toStdString();
        ContentRepository bankRepo;
        ASSERT_TRUE(bankRepo.open(bank, &error));
        const QList<Card> cards = *repo.cards();
        ASSERT_EQ(cards.size(), bankRepo.cards()->size() + 2);
        const std::optional<Card> own = *repo.card(fromOwn.id);
        ASSERT_TRUE(own.has_value());
        EXPECT_EQ(own->front, QStringLiteral("RCU"));
        EXPECT_EQ(own->source.file, QStringLiteral("week3.md"));
        EXPECT_EQ(own->source.line, 2);
        EXPECT_EQ(own->source.fileTitle, QStringLiteral("week3"));
        EXPECT_EQ(repo.card(fromBank.id)->value().source.fileTitle, QStringLiteral("Developer notes"));
        const QList<LookupResult> found = LookupIndex(repo).search(QStringLiteral("persimmon"));
        ASSERT_FALSE(found.isEmpty());
        EXPECT_EQ(found.first().id, fromBank.id);
    }
    // The notes file goes; the card made from it stays, with its quote.
    ASSERT_TRUE(PersonalContent::build(bank, {}, {fromOwn}, personal).ok());
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(personal, &error)) << error.toStdString();
    const std::optional<Card> orphan = *repo.card(fromOwn.id);
    ASSERT_TRUE(orphan.has_value());
    EXPECT_EQ(orphan->source.quote, QStringLiteral("RCU: 4 KB, strongly consistent"));
    EXPECT_TRUE(orphan->source.fileTitle.isEmpty());
}
