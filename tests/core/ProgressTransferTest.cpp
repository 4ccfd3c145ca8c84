// Carrying progress between laptops: `progress export --json` writes the whole history, `progress import`
// merges it, the same review is stored once, and the merged schedule is the replay of the merged history.
#include "review/ProgressTransfer.h"

#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "notes/OwnCardStore.h"
#include "progress/ProgressDatabase.h"
#include "review/Replay.h"
#include "review/ReviewSession.h"
#include "review/ReviewStore.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace certdeck;

namespace {

struct Laptop {
    explicit Laptop(const QString& name) : path(dir.filePath(name + QStringLiteral("/progress.db"))) {}

    /// Studies `grades` grades of a few cards, starting at `start`.
    void study(const QDateTime& start, int grades, int firstCard)
    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(path).ok());
        const ReviewStore store(db.connection());
        SettableClock clock(start);
        QList<Card> cards;
        for (int i = firstCard; i < firstCard + 5; ++i) {
            Card c;
            c.id = QStringLiteral("sqs.card-%1").arg(i);
            cards.append(c);
        }
        ReviewSession session(store, clock, ReviewSettings{0.9, 20, 200, QTime(4, 0), false},
                              QTimeZone::utc(), 1);
        ASSERT_TRUE(session.start(cards));
        for (int g = 0; g < grades; ++g) {
            clock.advanceSeconds(30);
            while (!session.current()) {
                clock.advanceSeconds(3600);
                session.refresh();
            }
            ASSERT_TRUE(session.grade(Rating(1 + g % 4)));
        }
    }

    test::CliRun run(const QStringList& args) const { return test::runCli(path, args); }

    QTemporaryDir dir;
    QString path;
};

TEST(ProgressTransfer, ExportThenImportOnAnotherLaptopGivesTheSameHistoryAndSchedules)
{
    Laptop home(QStringLiteral("home"));
    home.study(QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC), 40, 0);
    const test::CliRun exported =
        home.run({QStringLiteral("progress"), QStringLiteral("export"), QStringLiteral("--json")});
    ASSERT_EQ(exported.status, ExitOk) << exported.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("format")).toString(), QStringLiteral("certdeck-progress"));
    EXPECT_EQ(json.value(QStringLiteral("reviews")).toArray().size(), 40);

    Laptop work(QStringLiteral("work"));
    const QString file = work.dir.filePath(QStringLiteral("progress.json"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(exported.out.toUtf8());
    }
    test::CliRun imported = work.run({QStringLiteral("progress"), QStringLiteral("import"), file});
    ASSERT_EQ(imported.status, ExitOk) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 40 review(s) (0 already here)")))
        << imported.out.toStdString();
    imported = work.run({QStringLiteral("progress"), QStringLiteral("import"), file});
    ASSERT_EQ(imported.status, ExitOk);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 0 review(s) (40 already here)")))
        << "stored once";

    ProgressDatabase a;
    ProgressDatabase b;
    ASSERT_TRUE(a.open(home.path).ok());
    ASSERT_TRUE(b.open(work.path).ok());
    EXPECT_EQ(b.count(QStringLiteral("review_log")), 40);
    const QHash<QString, CardRecord> mine = *ReviewStore(a.connection()).records();
    const QHash<QString, CardRecord> theirs = *ReviewStore(b.connection()).records();
    ASSERT_EQ(mine.keys().size(), theirs.keys().size());
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const CardSchedule& x = it->schedule;
        const CardSchedule& y = theirs.value(it.key()).schedule;
        EXPECT_EQ(x.state, y.state) << it.key().toStdString();
        EXPECT_EQ(x.due, y.due) << it.key().toStdString() << " (no fuzz on either side)";
        EXPECT_NEAR(x.stability, y.stability, 1e-9);
        EXPECT_EQ(x.lapses, y.lapses);
    }
}

TEST(ProgressTransfer, TwoLaptopsHistoriesOfTheSameCardMergeIntoOneReplayedSchedule)
{
    Laptop home(QStringLiteral("home"));
    Laptop work(QStringLiteral("work"));
    home.study(QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC), 12, 0);
    work.study(QDateTime(QDate(2026, 10, 20), QTime(8, 0), Qt::UTC), 12, 0); // same cards, later
    const QString file = home.dir.filePath(QStringLiteral("work.json"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(work.run({QStringLiteral("progress"), QStringLiteral("export"), QStringLiteral("--json")})
                    .out.toUtf8());
    }
    ASSERT_EQ(home.run({QStringLiteral("progress"), QStringLiteral("import"), file}).status, ExitOk);
    ProgressDatabase db;
    ASSERT_TRUE(db.open(home.path).ok());
    const ReviewStore store(db.connection());
    EXPECT_EQ(db.count(QStringLiteral("review_log")), 24);
    const QList<CardRecord> records = store.records()->values();
    for (const CardRecord& r : records) {
        QList<ReviewEvent> events;
        const QList<ReviewLogEntry> history = *store.history(r.cardId);
        for (const ReviewLogEntry& e : history) {
            events.append(ReviewEvent{e.at, e.rating});
        }
        const QList<CardSchedule> replayed = replayReviews(events);
        ASSERT_FALSE(replayed.isEmpty());
        EXPECT_EQ(r.schedule.due, replayed.last().due) << r.cardId.toStdString();
        EXPECT_EQ(r.schedule.reps, int(events.size()));
    }
    EXPECT_TRUE(QFileInfo::exists(home.dir.filePath(QStringLiteral("home/backups")))) << "backed up first";
}

TEST(ProgressTransfer, ABadFileIsRefusedNamingTheEntryAndNothingChanges)
{
    const QList<std::pair<QByteArray, QString>> bad{
        {"not json", QStringLiteral("not JSON")},
        {R"({"format":"anki"})", QStringLiteral("not a Certdeck progress export")},
        {R"({"format":"certdeck-progress","version":9})", QStringLiteral("format version 9")},
        {R"({"format":"certdeck-progress","version":1,"reviews":[{"card":"a","at":"2026-01-01T00:00:00.000Z","rating":3},)"
         R"({"card":"a","at":"2026-01-02T00:00:00.000Z","rating":7}]})",
         QStringLiteral("review 2: \"rating\" must be 1 to 4")},
    };
    for (const auto& [bytes, message] : bad) {
        const Result<ProgressTransfer> t = ProgressTransfer::fromJson(bytes);
        ASSERT_FALSE(t.ok()) << bytes.constData();
        EXPECT_TRUE(t.error().contains(message)) << t.error().toStdString();
    }
    Laptop home(QStringLiteral("home"));
    home.study(QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC), 5, 0);
    const QString file = home.dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bad.last().first);
    }
    const QByteArray before = test::readFile(home.path);
    const test::CliRun r = home.run({QStringLiteral("progress"), QStringLiteral("import"), file});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.err.contains(QStringLiteral("review 2"))) << r.err.toStdString();
    EXPECT_EQ(test::readFile(home.path), before);
}

} // namespace

TEST(ProgressTransfer, OwnNotesTravelWithTheProgressAndTheLaterImportWins)
{
    Laptop home(QStringLiteral("home"));
    const QString notes = home.dir.filePath(QStringLiteral("week3.md"));
    {
        QFile f(notes);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("# SQS\nA note written at home: tamarind-queue.\n");
    }
    ASSERT_EQ(home.run({QStringLiteral("notes"), QStringLiteral("import"), notes}).status, ExitOk);
    const test::CliRun exported =
        home.run({QStringLiteral("progress"), QStringLiteral("export"), QStringLiteral("--json")});
    ASSERT_EQ(exported.status, ExitOk) << exported.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("version")).toInt(), 2);
    ASSERT_EQ(json.value(QStringLiteral("notes")).toArray().size(), 1);

    Laptop work(QStringLiteral("work"));
    const QString file = work.dir.filePath(QStringLiteral("progress.json"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(exported.out.toUtf8());
    }
    const test::CliRun imported = work.run({QStringLiteral("progress"), QStringLiteral("import"), file});
    ASSERT_EQ(imported.status, ExitOk) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 1 of 1 notes file(s)")))
        << imported.out.toStdString();
    const test::CliRun found =
        work.run({QStringLiteral("lookup"), QStringLiteral("tamarind"), QStringLiteral("--json")});
    ASSERT_FALSE(found.json().array().isEmpty()) << "searchable on the other laptop at once";

    // A file of the same name imported later at work is kept over the older one from home.
    const QString newer = work.dir.filePath(QStringLiteral("week3.md"));
    {
        QFile f(newer);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("# SQS\nRewritten at work: kumquat-queue.\n");
    }
    ASSERT_EQ(work.run({QStringLiteral("notes"), QStringLiteral("import"), newer}).status, ExitOk);
    const test::CliRun again = work.run({QStringLiteral("progress"), QStringLiteral("import"), file});
    EXPECT_TRUE(again.out.contains(QStringLiteral("Imported 0 of 1 notes file(s)")))
        << again.out.toStdString();
    EXPECT_FALSE(work.run({QStringLiteral("lookup"), QStringLiteral("kumquat"), QStringLiteral("--json")})
                     .json()
                     .array()
                     .isEmpty());
}

TEST(ProgressTransfer, OwnCardsTravelWithTheirReviews)
{
    Laptop home(QStringLiteral("home"));
    QString id;
    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(home.path).ok());
        OwnCard card;
        card.topic = QStringLiteral("sqs");
        card.front = QStringLiteral("Which call hides a message longer? (loquat)");
        card.back = QStringLiteral("ChangeMessageVisibility");
        card.sourceFile = QStringLiteral("002_e7319ff5bf5ed8ff.txt");
        card.sourceLine = 10;
        const Result<OwnCard> saved =
            OwnCardStore(db.connection()).save(card, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
        ASSERT_TRUE(saved.ok());
        id = saved->id;
        test::addReview(db.connection(), id);
    }
    const test::CliRun exported =
        home.run({QStringLiteral("progress"), QStringLiteral("export"), QStringLiteral("--json")});
    ASSERT_EQ(exported.status, ExitOk) << exported.err.toStdString();
    ASSERT_EQ(QJsonDocument::fromJson(exported.out.toUtf8())
                  .object()
                  .value(QStringLiteral("own_cards"))
                  .toArray()
                  .size(),
              1);

    Laptop work(QStringLiteral("work"));
    const QString file = work.dir.filePath(QStringLiteral("progress.json"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(exported.out.toUtf8());
    }
    const test::CliRun imported = work.run({QStringLiteral("progress"), QStringLiteral("import"), file});
    ASSERT_EQ(imported.status, ExitOk) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 1 of 1 card(s) of your own")))
        << imported.out.toStdString();
    ProgressDatabase db;
    ASSERT_TRUE(db.open(work.path).ok());
    ASSERT_EQ(OwnCardStore(db.connection()).cards()->size(), 1);
    EXPECT_EQ(OwnCardStore(db.connection()).cards()->first().id, id);
    EXPECT_TRUE(ReviewStore(db.connection()).records()->contains(id)) << "its review came too";
    const test::CliRun found =
        work.run({QStringLiteral("lookup"), QStringLiteral("loquat"), QStringLiteral("--json")});
    ASSERT_FALSE(found.json().array().isEmpty());
    EXPECT_EQ(found.json().array().first().toObject().value(QStringLiteral("id")).toString(), id);
}
