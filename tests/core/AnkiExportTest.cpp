// Anki packages (`certdeck export anki`): the zip holds collection.anki2 and media; the collection has the
// Certdeck note type, one deck per topic and one note and card per bank card, with its fields and tags; with
// --with-history, the learner's FSRS schedule and review log; the same ids in every export; and the command
// line refusing what it cannot write or read. The package is read back as Anki would: unzipped with libzip
// and opened with SQLite.

#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "content/ContentRepository.h"
#include "export/AnkiPackage.h"
#include "progress/ProgressDatabase.h"
#include "review/Fsrs.h"
#include "review/ReviewStore.h"
#include "review/StudyDay.h"
#include "util/SqliteConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <zip.h>

using namespace certdeck;
using namespace certdeck::test;

namespace {

const QTime kDayStart(4, 0);

/// Every entry of the zip at `path`, by name, read with libzip.
QMap<QString, QByteArray> zipEntries(const QString& path)
{
    QMap<QString, QByteArray> entries;
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    EXPECT_NE(archive, nullptr) << "not a zip: libzip error " << error;
    if (!archive) {
        return entries;
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        EXPECT_EQ(zip_stat_index(archive, zip_uint64_t(i), 0, &st), 0);
        zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        EXPECT_NE(file, nullptr) << st.name;
        if (!file) {
            continue;
        }
        QByteArray bytes(qsizetype(st.size), '\0');
        EXPECT_EQ(zip_fread(file, bytes.data(), st.size), zip_int64_t(st.size)) << st.name;
        zip_fclose(file);
        entries.insert(QString::fromUtf8(st.name), bytes);
    }
    zip_close(archive);
    return entries;
}

/// The first column of every row of `sql` on `c`.
QVariantList column(const SqliteConnection& c, const QString& sql)
{
    QSqlQuery q(c.database());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    QVariantList values;
    while (q.next()) {
        values.append(q.value(0));
    }
    return values;
}

QJsonObject jsonObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

/// A row of the cards table with its note, by the Certdeck card id (the note's last field).
struct ExportedCard {
    qint64 id = 0;
    qint64 noteId = 0;
    qint64 deckId = 0;
    int type = -9;
    int queue = -9;
    qint64 due = 0;
    int ivl = 0;
    int factor = 0;
    int reps = 0;
    int lapses = 0;
    int left = 0;
    QString data;
    QString guid;
    QString tags;
    QStringList fields;
};

/// An exported package, unzipped into a temporary folder and open.
class Package {
public:
    explicit Package(const QString& path)
    {
        entries = zipEntries(path);
        EXPECT_TRUE(m_dir.isValid());
        const QString file = m_dir.filePath(QStringLiteral("collection.anki2"));
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(entries.value(QStringLiteral("collection.anki2")));
        out.close();
        QString error;
        EXPECT_TRUE(db.open(file, SqliteConnection::Mode::ReadOnly, &error)) << error.toStdString();
    }

    qint64 count(const char* table) const
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)).toLongLong();
    }
    QVariant col(const char* field) const
    {
        return db.scalar(QStringLiteral("SELECT ") + QString::fromLatin1(field) +
                         QStringLiteral(" FROM col"));
    }
    QJsonObject decks() const { return jsonObject(col("decks")); }
    QJsonObject models() const { return jsonObject(col("models")); }

    /// Every card with its note, by Certdeck card id.
    QHash<QString, ExportedCard> cards() const
    {
        QSqlQuery q(db.database());
        EXPECT_TRUE(q.exec(QStringLiteral(
            "SELECT c.id, c.nid, c.did, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, c.left,"
            " c.data, n.guid, n.tags, n.flds FROM cards c JOIN notes n ON n.id = c.nid")));
        QHash<QString, ExportedCard> cards;
        while (q.next()) {
            ExportedCard c;
            c.id = q.value(0).toLongLong();
            c.noteId = q.value(1).toLongLong();
            c.deckId = q.value(2).toLongLong();
            c.type = q.value(3).toInt();
            c.queue = q.value(4).toInt();
            c.due = q.value(5).toLongLong();
            c.ivl = q.value(6).toInt();
            c.factor = q.value(7).toInt();
            c.reps = q.value(8).toInt();
            c.lapses = q.value(9).toInt();
            c.left = q.value(10).toInt();
            c.data = q.value(11).toString();
            c.guid = q.value(12).toString();
            c.tags = q.value(13).toString();
            c.fields = q.value(14).toString().split(QChar(0x1f));
            EXPECT_EQ(c.fields.size(), 4);
            cards.insert(c.fields.value(3), c);
        }
        return cards;
    }

    /// The deck ids by name.
    QHash<QString, qint64> deckIds() const
    {
        QHash<QString, qint64> ids;
        const QJsonObject all = decks();
        for (auto it = all.begin(); it != all.end(); ++it) {
            ids.insert(it.value()[QStringLiteral("name")].toString(), it.key().toLongLong());
        }
        return ids;
    }

    QMap<QString, QByteArray> entries;
    SqliteConnection db;

private:
    QTemporaryDir m_dir;
};

/// Anki's day number (days since crt's study day) of the study day `at` falls in.
qint64 ankiDay(const Package& p, const QDateTime& at)
{
    const QDateTime crt = QDateTime::fromSecsSinceEpoch(p.col("crt").toLongLong(), Qt::UTC);
    const QDate created = StudyDay::containing(crt, QTimeZone::systemTimeZone(), kDayStart).date;
    return created.daysTo(StudyDay::containing(at, QTimeZone::systemTimeZone(), kDayStart).date);
}

double rounded3(double value)
{
    return std::round(value * 1000) / 1000;
}

class AnkiExportCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(QDir().mkpath(data()));
        QString error;
        ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
        cards = repo.cards().value();
        topics = repo.topics().value();
        ASSERT_GT(cards.size(), 100);
    }

    QString data() const { return dir.filePath(QStringLiteral("data")); }
    QString progress() const { return data() + QStringLiteral("/progress.db"); }
    QString output(const QString& name) const { return dir.filePath(name); }

    CliRun exportTo(const QString& file, const QStringList& more = {}) const
    {
        return runCli(progress(), QStringList{QStringLiteral("export"), QStringLiteral("anki"),
                                              QStringLiteral("--out"), file} +
                                      more);
    }

    QString titleOf(const QString& topic) const
    {
        for (const TopicRow& t : topics) {
            if (t.id == topic) {
                return t.title;
            }
        }
        return {};
    }

    /// Grades `record` at `at` as the app does; returns the card's new record.
    CardRecord grade(const ReviewStore& store, const CardRecord& record, Rating rating, const QDateTime& at,
                     qint64 durationMs) const
    {
        FsrsParameters noFuzz;
        noFuzz.fuzz = false;
        CardRecord after = record;
        after.schedule = FsrsScheduler(noFuzz).review(record.schedule, at, rating);
        after.stored = true;
        EXPECT_TRUE(store.saveGrade(record, after, rating, at, durationMs));
        return after;
    }

    QTemporaryDir dir;
    ContentRepository repo;
    QList<Card> cards;
    QList<TopicRow> topics;
};

TEST_F(AnkiExportCli, EveryBankCardIsANewNoteInItsTopicsDeckWithItsFieldsAndTags)
{
    const QString file = output(QStringLiteral("certdeck.apkg"));
    const CliRun r = exportTo(file);
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Wrote %1 card(s) to %2\n").arg(cards.size()).arg(file));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();

    const Package p(file);
    EXPECT_EQ(p.entries.keys(), (QStringList{QStringLiteral("collection.anki2"), QStringLiteral("media")}));
    EXPECT_EQ(p.entries.value(QStringLiteral("media")), QByteArray("{}"));
    ASSERT_EQ(p.count("col"), 1);
    EXPECT_EQ(p.col("ver").toInt(), 11);
    for (const char* table : {"graves", "revlog"}) {
        EXPECT_EQ(p.count(table), 0) << table;
    }
    // The indexes Anki creates on its tables.
    const QVariantList indexes =
        column(p.db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
    EXPECT_EQ(indexes, (QVariantList{QStringLiteral("ix_cards_nid"), QStringLiteral("ix_cards_sched"),
                                     QStringLiteral("ix_cards_usn"), QStringLiteral("ix_notes_csum"),
                                     QStringLiteral("ix_notes_usn"), QStringLiteral("ix_revlog_cid"),
                                     QStringLiteral("ix_revlog_usn")}));
    // The scheduler Anki needs to keep a schedule (v2/v3), and where its days start.
    const QJsonObject conf = jsonObject(p.col("conf"));
    EXPECT_EQ(conf[QStringLiteral("schedVer")].toInt(), 2);
    EXPECT_TRUE(conf.contains(QStringLiteral("creationOffset")));
    EXPECT_EQ(conf[QStringLiteral("rollover")].toInt(), 4);

    // One note type with the four fields and one card template.
    const QJsonObject models = p.models();
    ASSERT_EQ(models.size(), 1);
    const QJsonObject model = models.begin().value().toObject();
    EXPECT_EQ(model[QStringLiteral("name")].toString(), QStringLiteral("Certdeck"));
    EXPECT_EQ(QString::number(model[QStringLiteral("id")].toInteger()), models.begin().key());
    QStringList fieldNames;
    for (const QJsonValue f : model[QStringLiteral("flds")].toArray()) {
        fieldNames.append(f[QStringLiteral("name")].toString());
    }
    EXPECT_EQ(fieldNames, (QStringList{QStringLiteral("Front"), QStringLiteral("Back"),
                                       QStringLiteral("Source"), QStringLiteral("Certdeck ID")}));
    EXPECT_EQ(model[QStringLiteral("tmpls")].toArray().size(), 1);
    EXPECT_TRUE(model[QStringLiteral("tmpls")][0][QStringLiteral("qfmt")].toString().contains(
        QStringLiteral("{{Front}}")));

    // One deck per topic with cards, named after the topic, under "Certdeck".
    QSet<QString> topicsWithCards;
    for (const Card& c : std::as_const(cards)) {
        topicsWithCards.insert(c.topic);
    }
    const QHash<QString, qint64> deckIds = p.deckIds();
    QStringList topicDecks;
    for (auto it = deckIds.cbegin(); it != deckIds.cend(); ++it) {
        if (it.key().startsWith(QStringLiteral("Certdeck::"))) {
            topicDecks.append(it.key());
        }
    }
    EXPECT_EQ(topicDecks.size(), topicsWithCards.size());
    EXPECT_TRUE(deckIds.contains(QStringLiteral("Certdeck::Amazon SQS")));

    // One note and one card per bank card, each in its topic's deck, all new in deck order.
    EXPECT_EQ(p.count("notes"), cards.size());
    EXPECT_EQ(p.count("cards"), cards.size());
    const QHash<QString, ExportedCard> exported = p.cards();
    ASSERT_EQ(exported.size(), cards.size());
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const ExportedCard e = exported.value(cards[i].id);
        ASSERT_NE(e.id, 0) << cards[i].id.toStdString();
        EXPECT_EQ(e.deckId, deckIds.value(QStringLiteral("Certdeck::") + titleOf(cards[i].topic)))
            << cards[i].id.toStdString();
        EXPECT_EQ(e.type, 0);
        EXPECT_EQ(e.queue, 0);
        EXPECT_EQ(e.due, i + 1) << "new cards come in deck order";
        EXPECT_EQ(e.reps, 0);
        EXPECT_EQ(e.data, QStringLiteral("{}"));
        EXPECT_TRUE(e.tags.startsWith(u' ' + cards[i].topic + u' ')) << e.tags.toStdString();
    }

    // A known card: its text, where it comes from with the quote, and its topic's exams as tags.
    const auto known = std::find_if(cards.cbegin(), cards.cend(), [](const Card& c) {
        return c.topic == u"sqs" && c.source.line > 0 && !c.source.quote.isEmpty();
    });
    ASSERT_NE(known, cards.cend());
    const ExportedCard e = exported.value(known->id);
    EXPECT_EQ(e.fields[0], known->front.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    EXPECT_EQ(e.fields[1], known->back.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    EXPECT_EQ(e.fields[2], QStringLiteral("%1, line %2<br>“%3”")
                               .arg(known->source.fileTitle)
                               .arg(known->source.line)
                               .arg(known->source.quote.toHtmlEscaped()));
    EXPECT_EQ(e.fields[3], known->id);
    EXPECT_EQ(e.tags, QStringLiteral(" sqs saa-c03 dva-c02 "));
}

TEST_F(AnkiExportCli, WithHistoryCardsCarryTheirFsrsScheduleAndTheReviewLog)
{
    const QString reviewedId = cards.at(3).id;
    const QString learningId = cards.at(5).id;
    const QString suspendedId = cards.at(8).id;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3);
    CardRecord reviewed;
    CardRecord learning;
    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(progress()).ok());
        const ReviewStore store(db.connection());
        // Good twice: from new through the 10-minute step to review. The first answer took 75 s.
        reviewed.cardId = reviewedId;
        reviewed.schedule = FsrsScheduler::newCard(start);
        reviewed = grade(store, reviewed, Rating::Good, start, 75000);
        ASSERT_EQ(reviewed.schedule.state, CardState::Learning);
        reviewed = grade(store, reviewed, Rating::Good, start.addSecs(600), 4200);
        ASSERT_EQ(reviewed.schedule.state, CardState::Review);
        // Again once an hour ago: still learning, its 1-minute step over.
        learning.cardId = learningId;
        learning.schedule = FsrsScheduler::newCard(start);
        learning =
            grade(store, learning, Rating::Again, QDateTime::currentDateTimeUtc().addSecs(-3600), 9000);
        ASSERT_EQ(learning.schedule.state, CardState::Learning);
        // Suspended before it was ever studied.
        CardRecord suspended;
        suspended.cardId = suspendedId;
        suspended.schedule = FsrsScheduler::newCard(start);
        suspended.suspended = true;
        ASSERT_TRUE(store.save(suspended));
    }
    const qint64 reviewsBefore = reviewsIn(progress());

    const QString file = output(QStringLiteral("history.apkg"));
    const CliRun r = exportTo(file, {QStringLiteral("--with-history")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Wrote %1 card(s) to %2\nWith your schedule and 3 review(s).\n")
                         .arg(cards.size())
                         .arg(file));
    EXPECT_EQ(reviewsIn(progress()), reviewsBefore) << "the progress database is only read";

    const Package p(file);
    const QHash<QString, ExportedCard> exported = p.cards();
    ASSERT_EQ(exported.size(), cards.size());

    // The reviewed card: a review card due on the day Certdeck has it due, with its memory state.
    const ExportedCard rc = exported.value(reviewedId);
    const CardSchedule& s = reviewed.schedule;
    EXPECT_EQ(rc.type, 2);
    EXPECT_EQ(rc.queue, 2);
    EXPECT_EQ(rc.ivl, s.scheduledDays);
    EXPECT_GE(rc.ivl, 1);
    EXPECT_EQ(rc.due, ankiDay(p, s.due));
    EXPECT_EQ(rc.reps, 2);
    EXPECT_EQ(rc.lapses, 0);
    EXPECT_EQ(rc.factor, 2500);
    const QJsonObject memory = QJsonDocument::fromJson(rc.data.toUtf8()).object();
    EXPECT_DOUBLE_EQ(memory[QStringLiteral("s")].toDouble(), rounded3(s.stability)) << rc.data.toStdString();
    EXPECT_DOUBLE_EQ(memory[QStringLiteral("d")].toDouble(), rounded3(s.difficulty)) << rc.data.toStdString();

    // The learning card: due at its step's end, in epoch seconds, with both steps still to go.
    const ExportedCard lc = exported.value(learningId);
    EXPECT_EQ(lc.type, 1);
    EXPECT_EQ(lc.queue, 1);
    EXPECT_EQ(lc.due, learning.schedule.due.toSecsSinceEpoch());
    EXPECT_EQ(lc.left, 2);
    EXPECT_EQ(lc.reps, 1);

    // The suspended card is still new, and out of the queue.
    const ExportedCard sc = exported.value(suspendedId);
    EXPECT_EQ(sc.type, 0);
    EXPECT_EQ(sc.queue, -1);

    // Every other card is new.
    for (auto it = exported.cbegin(); it != exported.cend(); ++it) {
        if (it.key() != reviewedId && it.key() != learningId && it.key() != suspendedId) {
            EXPECT_EQ(it->queue, 0) << it.key().toStdString();
        }
    }

    // The review log: one row per review, at its time, with Anki's kinds, intervals and capped times.
    ASSERT_EQ(p.count("revlog"), 3);
    QSqlQuery q(p.db.database());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT id, ease, ivl, lastIvl, factor, time, type FROM revlog WHERE cid = ") +
               QString::number(rc.id) + QStringLiteral(" ORDER BY id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), start.toMSecsSinceEpoch());
    EXPECT_EQ(q.value(1).toInt(), 3);
    EXPECT_EQ(q.value(2).toInt(), -600) << "on to the 10-minute step";
    EXPECT_EQ(q.value(3).toInt(), 0);
    EXPECT_EQ(q.value(5).toInt(), 60000) << "75 s capped at Anki's 60 s";
    EXPECT_EQ(q.value(6).toInt(), 0) << "a learning review";
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), start.addSecs(600).toMSecsSinceEpoch());
    EXPECT_EQ(q.value(1).toInt(), 3);
    EXPECT_EQ(q.value(2).toInt(), s.scheduledDays) << "graduated: the interval in days";
    EXPECT_EQ(q.value(3).toInt(), -600);
    EXPECT_EQ(q.value(4).toInt(), int(((s.difficulty - 1) / 9 + 0.1) * 1000))
        << "FSRS difficulty, as Anki logs it";
    EXPECT_EQ(q.value(5).toInt(), 4200);
    EXPECT_EQ(q.value(6).toInt(), 0);
    EXPECT_FALSE(q.next());
}

TEST_F(AnkiExportCli, ExportingTwiceGivesTheSameIds)
{
    addReviews(progress(), 4, 2);
    const QString first = output(QStringLiteral("first.apkg"));
    const QString second = output(QStringLiteral("second.apkg"));
    ASSERT_EQ(exportTo(first, {QStringLiteral("--with-history")}).status, ExitOk);
    ASSERT_EQ(exportTo(second, {QStringLiteral("--with-history")}).status, ExitOk);
    const Package a(first);
    const Package b(second);
    const auto ids = [](const Package& p) {
        return column(p.db,
                      QStringLiteral("SELECT n.guid || ' ' || n.id || ' ' || n.mid || ' ' || c.id || ' ' ||"
                                     " c.did FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.id"));
    };
    const QVariantList idsA = ids(a);
    ASSERT_EQ(idsA.size(), cards.size());
    EXPECT_EQ(idsA, ids(b));
    EXPECT_EQ(a.deckIds(), b.deckIds());
    EXPECT_EQ(a.models().keys(), b.models().keys());
    EXPECT_EQ(column(a.db, QStringLiteral("SELECT count(DISTINCT guid) FROM notes")).value(0).toLongLong(),
              cards.size())
        << "one guid per card";
}

TEST_F(AnkiExportCli, AFileThatCannotBeWrittenIsAnErrorNamingIt)
{
    const QString missingFolder = output(QStringLiteral("no-such-folder/certdeck.apkg"));
    CliRun r = exportTo(missingFolder);
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("certdeck: cannot write %1: ").arg(missingFolder)))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missingFolder));

    const QString folder = output(QStringLiteral("a-folder"));
    ASSERT_TRUE(QDir().mkpath(folder));
    r = exportTo(folder);
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_EQ(r.err,
              QStringLiteral("certdeck: cannot write %1: a folder is there, not a file\n").arg(folder));
    EXPECT_TRUE(QFileInfo(folder).isDir());

    // A package is a file: without --out, or with --out -, the command line is wrong.
    r = runCli(progress(), {QStringLiteral("export"), QStringLiteral("anki")});
    EXPECT_EQ(r.status, ExitUsage);
    r = exportTo(QStringLiteral("-"));
    EXPECT_EQ(r.status, ExitUsage);
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("-")));
}

TEST_F(AnkiExportCli, AProgressDatabaseThatIsNotCertdecksIsReportedAndLeftAlone)
{
    const QByteArray foreign("name,score\r\nnot,a database\r\n");
    {
        QFile f(progress());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(foreign);
    }
    const QString expected = runCli(progress(), {QStringLiteral("progress"), QStringLiteral("info")}).err;
    ASSERT_FALSE(expected.isEmpty());
    const QString file = output(QStringLiteral("certdeck.apkg"));
    const CliRun r = exportTo(file, {QStringLiteral("--with-history")});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_EQ(r.err, expected) << "reported as the progress commands report it";
    EXPECT_FALSE(QFileInfo::exists(file)) << "nothing written";
    EXPECT_EQ(readFile(progress()), foreign) << "never overwritten";
}

TEST_F(AnkiExportCli, WithHistoryButNoProgressYetEveryCardIsNewAndNothingIsCreated)
{
    const QString file = output(QStringLiteral("certdeck.apkg"));
    const CliRun r = exportTo(file, {QStringLiteral("--with-history")});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    const Package p(file);
    EXPECT_EQ(p.count("revlog"), 0);
    EXPECT_EQ(
        column(p.db, QStringLiteral("SELECT count(*) FROM cards WHERE type = 0 AND queue = 0")).value(0),
        QVariant(qint64(cards.size())));
    EXPECT_TRUE(QDir(data()).isEmpty()) << "exporting creates no progress database";
}

// --- AnkiPackage::build, with a fixed time and zone
// ----------------------------------------------------------

Card cardOf(const char* id, const char* topic)
{
    Card c;
    c.id = QString::fromLatin1(id);
    c.topic = QString::fromLatin1(topic);
    c.front = QStringLiteral("Is 1 < 2 & 3 > 2?\nYes");
    c.back = QStringLiteral("Yes");
    return c;
}

CardRecord recordOf(const char* id, CardState state, const QDateTime& due)
{
    CardRecord r;
    r.cardId = QString::fromLatin1(id);
    r.schedule.state = state;
    r.schedule.due = due;
    r.schedule.stability = 12.34567;
    r.schedule.difficulty = 7.0;
    r.schedule.scheduledDays = state == CardState::Review ? 3 : 0;
    r.schedule.reps = 9;
    r.schedule.lapses = 2;
    r.stored = true;
    return r;
}

TEST(AnkiPackage, DaysCountFromTheStudyDayBeforeTheExportAndStatesMapToAnkis)
{
    const QDateTime utc = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    AnkiPackage::Input input;
    input.now = utc;
    input.zone = QTimeZone::utc();
    input.withHistory = true;
    input.topics = {{QStringLiteral("sqs"), QStringLiteral("Amazon SQS")}};
    input.cards = {cardOf("sqs.a", "sqs"), cardOf("sqs.b", "sqs"), cardOf("sqs.c", "sqs"),
                   cardOf("own.d", "notes-only")};
    // Due 25 Nov 09:30 (that study day), due 25 Nov 02:00 (still the 24th's study day), relearning.
    CardRecord a =
        recordOf("sqs.a", CardState::Review, QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC));
    CardRecord b = recordOf("sqs.b", CardState::Review, QDateTime(QDate(2026, 11, 25), QTime(2, 0), Qt::UTC));
    b.suspended = true;
    b.leech = true;
    CardRecord c = recordOf("sqs.c", CardState::Relearning, utc.addSecs(300));
    for (const CardRecord& r : {a, b, c}) {
        input.records.insert(r.cardId, r);
    }

    const AnkiCollection col = AnkiPackage::build(input);
    EXPECT_EQ(col.created, QDateTime(QDate(2026, 11, 21), QTime(4, 0), Qt::UTC).toSecsSinceEpoch());
    EXPECT_EQ(col.creationOffset, 0);
    EXPECT_EQ(col.rolloverHour, 4);
    EXPECT_EQ(col.modifiedMs, utc.toMSecsSinceEpoch());
    ASSERT_EQ(col.cards.size(), 4);
    EXPECT_EQ(col.cards[0].type, 2);
    EXPECT_EQ(col.cards[0].due, 4);
    EXPECT_EQ(col.cards[0].interval, 3);
    EXPECT_EQ(col.cards[0].data, QStringLiteral("{\"d\":7,\"decay\":0.154,\"s\":12.346}"));
    EXPECT_EQ(col.cards[1].due, 3);
    EXPECT_EQ(col.cards[1].queue, -1);
    EXPECT_TRUE(col.notes[1].tags.contains(QStringLiteral("leech")));
    EXPECT_EQ(col.cards[2].type, 3);
    EXPECT_EQ(col.cards[2].queue, 1);
    EXPECT_EQ(col.cards[2].due, utc.addSecs(300).toSecsSinceEpoch());
    EXPECT_EQ(col.cards[2].interval, 12);
    EXPECT_EQ(col.cards[2].left, 1);
    EXPECT_EQ(col.cards[2].lapses, 2);
    // A card without a record is new at its position, in a deck named after its topic id.
    EXPECT_EQ(col.cards[3].type, 0);
    EXPECT_EQ(col.cards[3].due, 4);
    const auto deck = std::find_if(col.decks.cbegin(), col.decks.cend(),
                                   [&](const AnkiDeck& d) { return d.id == col.cards[3].deckId; });
    ASSERT_NE(deck, col.decks.cend());
    EXPECT_EQ(deck->name, QStringLiteral("Certdeck::notes-only"));
    // Fields are HTML; the sort field is the plain front.
    EXPECT_EQ(col.notes[0].fields[0], QStringLiteral("Is 1 &lt; 2 &amp; 3 &gt; 2?<br>Yes"));
    EXPECT_EQ(col.notes[0].sortField, QStringLiteral("Is 1 < 2 & 3 > 2?Yes"));

    // The same collection builds into a package Anki can read.
    const Result<QByteArray> bytes = AnkiPackage::package(col);
    ASSERT_TRUE(bytes) << bytes.error().toStdString();
    EXPECT_TRUE(bytes->startsWith("PK\x03\x04"));
}

} // namespace
