// CSV for spreadsheets (`certdeck export cards|exams`): fields quoted and guarded against formula injection,
// the byte-order mark and CRLF line ends; every bank card with the learner's schedule; the exam history as
// ExamStore records it; and the command line writing a file, standard output, and refusing what it cannot
// write or read.

#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "content/ContentRepository.h"
#include "exam/ExamStore.h"
#include "export/CardsCsv.h"
#include "export/CsvWriter.h"
#include "export/ExamHistoryCsv.h"
#include "progress/ProgressDatabase.h"
#include "review/Fsrs.h"
#include "review/ReviewStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace certdeck;
using namespace certdeck::test;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

/// Reads RFC 4180 text as a spreadsheet does: records end with CRLF, quoted fields may hold anything and
/// double their quotes. Fails the test on text a strict reader would reject.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool crlf = c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n';
        if (quoted) {
            if (c != u'"') {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (crlf) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            EXPECT_FALSE(wasQuoted) << "text after a closing quote";
            EXPECT_TRUE(c != u'\r' && c != u'\n' && c != u'"')
                << "a bare CR, LF or quote outside quotes at " << i;
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "a quoted field is not closed";
    EXPECT_TRUE(row.isEmpty() && field.isEmpty()) << "the last record does not end with CRLF";
    return rows;
}

/// A document as a spreadsheet opens it: the byte-order mark first, then UTF-8 CSV.
QList<QStringList> parseDocument(const QByteArray& bytes)
{
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "no UTF-8 byte-order mark";
    return parseCsv(QString::fromUtf8(bytes.mid(3)));
}

/// The cells of `row` by column name.
QHash<QString, QString> byColumn(const QStringList& header, const QStringList& row)
{
    EXPECT_EQ(header.size(), row.size());
    QHash<QString, QString> cells;
    for (qsizetype i = 0; i < header.size() && i < row.size(); ++i) {
        cells.insert(header[i], row[i]);
    }
    return cells;
}

// --- CsvWriter
// ------------------------------------------------------------------------------------------------

TEST(CsvWriter, QuotesAFieldOnlyWhenItHoldsACommaQuoteOrLineBreak)
{
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("plain text"))),
              QStringLiteral("plain text"));
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QString())), QString());
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("256 KiB, by default"))),
              QStringLiteral("\"256 KiB, by default\""));
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("the \"visibility\" timeout"))),
              QStringLiteral("\"the \"\"visibility\"\" timeout\""));
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("line one\nline two"))),
              QStringLiteral("\"line one\nline two\""));
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("a\r\nb"))), QStringLiteral("\"a\r\nb\""));
}

TEST(CsvWriter, GuardsTextThatASpreadsheetWouldRunAsAFormula)
{
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("=1+1"))), QStringLiteral("'=1+1"));
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("+44 20"))), QStringLiteral("'+44 20"));
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("-1 means unlimited"))),
              QStringLiteral("'-1 means unlimited"));
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("@SUM(A1:A9)"))),
              QStringLiteral("'@SUM(A1:A9)"));
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("\t=cmd"))), QStringLiteral("'\t=cmd"));
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("\r=cmd"))), QStringLiteral("\"'\r=cmd\""));
    // Guarded first, then quoted: the quote stays inside the field.
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"))),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    // Only the first character counts.
    EXPECT_EQ(CsvWriter::field(CsvCell::fromText(QStringLiteral("a = b - c"))), QStringLiteral("a = b - c"));
    // Values Certdeck writes itself stay numbers.
    EXPECT_EQ(CsvWriter::field(CsvCell::number(qint64(-1))), QStringLiteral("-1"));
    EXPECT_EQ(CsvWriter::field(CsvCell::number(-0.25, 2)), QStringLiteral("-0.25"));
    EXPECT_EQ(CsvWriter::field(CsvCell::boolean(true)), QStringLiteral("true"));
    EXPECT_EQ(CsvWriter::field(CsvCell::time(utc("2026-11-22T10:00:00Z"))),
              QStringLiteral("2026-11-22T10:00:00Z"));
    EXPECT_EQ(CsvWriter::field(CsvCell::time(QDateTime())), QString());
}

TEST(CsvWriter, ADocumentIsUtf8WithAByteOrderMarkAndCrlfLineEnds)
{
    CsvTable table;
    table.header = {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("n")};
    table.rows.append({CsvCell::fromText(QStringLiteral("a")),
                       CsvCell::fromText(QStringLiteral("Café, naïve")), CsvCell::number(qint64(3))});
    table.rows.append({CsvCell::fromText(QStringLiteral("b")),
                       CsvCell::fromText(QStringLiteral("可視性タイムアウト\n30 秒")), CsvCell::empty()});
    const QByteArray bytes = CsvWriter::document(table);
    EXPECT_EQ(bytes, QByteArray("\xEF\xBB\xBF"
                                "id,text,n\r\n"
                                "a,\"Caf\xC3\xA9, na\xC3\xAFve\",3\r\n"
                                "b,\"") +
                         QStringLiteral("可視性タイムアウト\n30 秒").toUtf8() + QByteArray("\",\r\n"));
    // A reader gets every value back as it was.
    const QList<QStringList> rows = parseDocument(bytes);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0], table.header);
    EXPECT_EQ(rows[1],
              (QStringList{QStringLiteral("a"), QStringLiteral("Café, naïve"), QStringLiteral("3")}));
    EXPECT_EQ(rows[2],
              (QStringList{QStringLiteral("b"), QStringLiteral("可視性タイムアウト\n30 秒"), QString()}));
}

// --- CardsCsv
// -------------------------------------------------------------------------------------------------

Card cardOf(const char* id, const char* topic, const char* front, const char* back)
{
    Card c;
    c.id = QString::fromLatin1(id);
    c.topic = QString::fromLatin1(topic);
    c.front = QString::fromUtf8(front);
    c.back = QString::fromUtf8(back);
    c.source.file = QStringLiteral("dev-notes.txt");
    c.source.fileTitle = QStringLiteral("Developer notes");
    c.source.line = 372;
    return c;
}

TEST(CardsCsv, EveryCardIsARowWithItsTopicSourceAndSchedule)
{
    const QList<Card> cards{
        cardOf("sqs.visibility", "sqs", "Default visibility timeout?", "30 seconds, up to 12 hours."),
        cardOf("sqs.retention", "sqs", "=Retention?", "4 days\n(1 minute to 14 days)"),
        cardOf("dynamodb.rcu", "dynamodb", "One RCU reads?", "4 KB strongly consistent per second."),
    };
    const QList<TopicRow> topics{{QStringLiteral("sqs"), QStringLiteral("Amazon SQS")},
                                 {QStringLiteral("dynamodb"), QStringLiteral("Amazon DynamoDB")}};
    QHash<QString, CardRecord> records;
    // Reviewed twice: due in 3 days.
    CardRecord reviewed;
    reviewed.cardId = QStringLiteral("sqs.retention");
    reviewed.schedule.state = CardState::Review;
    reviewed.schedule.due = utc("2026-11-25T09:30:00Z");
    reviewed.schedule.lastReview = utc("2026-11-22T09:30:00Z");
    reviewed.schedule.stability = 3.17261;
    reviewed.schedule.difficulty = 5.5;
    reviewed.schedule.reps = 2;
    reviewed.schedule.lapses = 1;
    reviewed.stored = true;
    records.insert(reviewed.cardId, reviewed);
    // Suspended before it was ever studied: still new.
    CardRecord suspended;
    suspended.cardId = QStringLiteral("dynamodb.rcu");
    suspended.schedule = FsrsScheduler::newCard(kStart);
    suspended.suspended = true;
    suspended.stored = true;
    records.insert(suspended.cardId, suspended);
    // A card no longer in the content is not listed.
    CardRecord orphaned = reviewed;
    orphaned.cardId = QStringLiteral("sqs.removed");
    records.insert(orphaned.cardId, orphaned);

    const CsvTable table = CardsCsv::table(cards, topics, records);
    EXPECT_EQ(
        table.header,
        (QStringList{QStringLiteral("id"), QStringLiteral("topic"), QStringLiteral("topic_title"),
                     QStringLiteral("front"), QStringLiteral("back"), QStringLiteral("source"),
                     QStringLiteral("source_file"), QStringLiteral("source_line"), QStringLiteral("state"),
                     QStringLiteral("due"), QStringLiteral("last_review"), QStringLiteral("stability"),
                     QStringLiteral("difficulty"), QStringLiteral("reviews"), QStringLiteral("lapses"),
                     QStringLiteral("suspended"), QStringLiteral("leech")}));
    const QList<QStringList> rows = parseDocument(CsvWriter::document(table));
    ASSERT_EQ(rows.size(), 4) << "a header and one row per card, in deck order";
    EXPECT_EQ(rows[0], table.header);

    const QHash<QString, QString> fresh = byColumn(rows[0], rows[1]);
    EXPECT_EQ(fresh.value(QStringLiteral("id")), QStringLiteral("sqs.visibility"));
    EXPECT_EQ(fresh.value(QStringLiteral("topic")), QStringLiteral("sqs"));
    EXPECT_EQ(fresh.value(QStringLiteral("topic_title")), QStringLiteral("Amazon SQS"));
    EXPECT_EQ(fresh.value(QStringLiteral("back")), QStringLiteral("30 seconds, up to 12 hours."));
    EXPECT_EQ(fresh.value(QStringLiteral("source")), QStringLiteral("Developer notes, line 372"));
    EXPECT_EQ(fresh.value(QStringLiteral("source_file")), QStringLiteral("dev-notes.txt"));
    EXPECT_EQ(fresh.value(QStringLiteral("source_line")), QStringLiteral("372"));
    EXPECT_EQ(fresh.value(QStringLiteral("state")), QStringLiteral("new"));
    for (const char* empty : {"due", "last_review", "stability", "difficulty"}) {
        EXPECT_EQ(fresh.value(QString::fromLatin1(empty)), QString()) << empty;
    }
    EXPECT_EQ(fresh.value(QStringLiteral("reviews")), QStringLiteral("0"));
    EXPECT_EQ(fresh.value(QStringLiteral("lapses")), QStringLiteral("0"));
    EXPECT_EQ(fresh.value(QStringLiteral("suspended")), QStringLiteral("false"));
    EXPECT_EQ(fresh.value(QStringLiteral("leech")), QStringLiteral("false"));

    const QHash<QString, QString> studied = byColumn(rows[0], rows[2]);
    EXPECT_EQ(studied.value(QStringLiteral("id")), QStringLiteral("sqs.retention"));
    EXPECT_EQ(studied.value(QStringLiteral("front")), QStringLiteral("'=Retention?")) << "guarded";
    EXPECT_EQ(studied.value(QStringLiteral("back")), QStringLiteral("4 days\n(1 minute to 14 days)"));
    EXPECT_EQ(studied.value(QStringLiteral("state")), QStringLiteral("review"));
    EXPECT_EQ(studied.value(QStringLiteral("due")), QStringLiteral("2026-11-25T09:30:00Z"));
    EXPECT_EQ(studied.value(QStringLiteral("last_review")), QStringLiteral("2026-11-22T09:30:00Z"));
    EXPECT_EQ(studied.value(QStringLiteral("stability")), QStringLiteral("3.1726"));
    EXPECT_EQ(studied.value(QStringLiteral("difficulty")), QStringLiteral("5.5000"));
    EXPECT_EQ(studied.value(QStringLiteral("reviews")), QStringLiteral("2"));
    EXPECT_EQ(studied.value(QStringLiteral("lapses")), QStringLiteral("1"));

    const QHash<QString, QString> held = byColumn(rows[0], rows[3]);
    EXPECT_EQ(held.value(QStringLiteral("topic_title")), QStringLiteral("Amazon DynamoDB"));
    EXPECT_EQ(held.value(QStringLiteral("state")), QStringLiteral("new"));
    EXPECT_EQ(held.value(QStringLiteral("due")), QString()) << "never studied: no due time";
    EXPECT_EQ(held.value(QStringLiteral("suspended")), QStringLiteral("true"));
}

// --- ExamHistoryCsv
// -------------------------------------------------------------------------------------------

ExamProfile profileOf(const char* id, const char* code, const QStringList& domains)
{
    ExamProfile p;
    p.id = QString::fromLatin1(id);
    p.code = QString::fromLatin1(code);
    p.minScore = 100;
    p.maxScore = 1000;
    p.passScore = 720;
    for (const QString& d : domains) {
        p.domains.append(ExamDomain{d, QStringLiteral("Domain ") + d, 25, {}});
    }
    return p;
}

ExamItem itemOf(const char* question, const char* domain)
{
    return ExamItem{QString::fromLatin1(question), QString::fromLatin1(domain), 1, {0, 1, 2, 3}};
}

/// An answer chosen at `at`, right or wrong once the attempt is scored.
ExamResponse answerOf(int option, const QDateTime& at)
{
    ExamResponse r;
    r.selected = {option};
    r.answeredAt = at;
    r.timeMs = 30000;
    return r;
}

/// Records a timed exam of `profile` through the store as ExamSession does: created, answered, submitted.
/// One question in each of `domains`; the first `right` are right, and the last is left unanswered unless
/// all are right.
qint64 recordExam(const ExamStore& store, const QString& profile, const QStringList& domains, int right,
                  const QDateTime& start)
{
    ExamAttempt a;
    a.profileId = profile;
    a.mode = ExamMode::Timed;
    a.title = QStringLiteral("Full exam");
    a.scope = QStringLiteral("profile:") + profile;
    a.startedAt = start;
    a.timeLimitMs = qint64(130) * 60 * 1000;
    for (qsizetype i = 0; i < domains.size(); ++i) {
        a.items.append(ExamItem{QStringLiteral("q%1").arg(i), domains[i], 1, {0, 1, 2, 3}});
    }
    const Result<qint64> created = store.create(a);
    EXPECT_TRUE(created) << created.error().toStdString();
    const qsizetype answered = right < domains.size() ? domains.size() - 1 : domains.size();
    for (qsizetype i = 0; i < answered; ++i) {
        EXPECT_TRUE(
            store.saveResponse(a.id, int(i), answerOf(1, start.addSecs(60 * (i + 1))), 60000 * (i + 1)));
    }
    ExamAttempt done = *store.attempt(a.id).value();
    done.status = ExamAttempt::Status::Finished;
    done.finishedAt = start.addSecs(600);
    done.elapsedMs = 600500;
    for (qsizetype i = 0; i < done.responses.size(); ++i) {
        done.responses[i].correct = i < right;
    }
    done.correct = right;
    done.total = int(domains.size());
    done.scaledScore = 100 + int(900.0 * right / done.total + 0.5);
    EXPECT_TRUE(store.finish(done));
    return a.id;
}

class ExamCsv : public ::testing::Test {
protected:
    void SetUp() override
    {
        const ProgressDatabase::OpenResult opened = db.open(dir.filePath(QStringLiteral("progress.db")));
        ASSERT_TRUE(opened.ok()) << opened.message.toStdString();
    }

    QTemporaryDir dir;
    ProgressDatabase db;
    ExamStore store{db.connection()};
    const QList<ExamProfile> profiles{
        profileOf("tst-a", "TST-A", {QStringLiteral("d1"), QStringLiteral("d2")}),
        profileOf("tst-b", "TST-B", {QStringLiteral("e1")})};
};

TEST_F(ExamCsv, ARecordedExamIsARowWithItsScoreAndDomains)
{
    // q0 (d1) right, q1 (d2) wrong, q2 (d1) wrong, q3 (d2) unanswered.
    const qint64 id = recordExam(
        store, QStringLiteral("tst-a"),
        {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d1"), QStringLiteral("d2")}, 1, kStart);
    const Result<QList<ExamAttempt>> attempts = ExamHistoryCsv::endedAttempts(store);
    ASSERT_TRUE(attempts) << attempts.error().toStdString();
    const CsvTable table = ExamHistoryCsv::table(*attempts, profiles);
    EXPECT_EQ(table.header,
              (QStringList{QStringLiteral("id"), QStringLiteral("started"), QStringLiteral("finished"),
                           QStringLiteral("status"), QStringLiteral("profile"), QStringLiteral("mode"),
                           QStringLiteral("title"), QStringLiteral("questions"), QStringLiteral("answered"),
                           QStringLiteral("correct"), QStringLiteral("percent_correct"),
                           QStringLiteral("scaled_score"), QStringLiteral("passed"),
                           QStringLiteral("duration_seconds"), QStringLiteral("time_limit_minutes"),
                           QStringLiteral("TST-A d1 %"), QStringLiteral("TST-A d2 %"),
                           QStringLiteral("TST-B e1 %")}));
    const QList<QStringList> rows = parseDocument(CsvWriter::document(table));
    ASSERT_EQ(rows.size(), 2);
    const QHash<QString, QString> row = byColumn(rows[0], rows[1]);
    EXPECT_EQ(row.value(QStringLiteral("id")), QString::number(id));
    EXPECT_EQ(row.value(QStringLiteral("started")), QStringLiteral("2026-11-22T09:00:00Z"));
    EXPECT_EQ(row.value(QStringLiteral("finished")), QStringLiteral("2026-11-22T09:10:00Z"));
    EXPECT_EQ(row.value(QStringLiteral("status")), QStringLiteral("finished"));
    EXPECT_EQ(row.value(QStringLiteral("profile")), QStringLiteral("TST-A"));
    EXPECT_EQ(row.value(QStringLiteral("mode")), QStringLiteral("timed"));
    EXPECT_EQ(row.value(QStringLiteral("title")), QStringLiteral("Full exam"));
    EXPECT_EQ(row.value(QStringLiteral("questions")), QStringLiteral("4"));
    EXPECT_EQ(row.value(QStringLiteral("answered")), QStringLiteral("3"));
    EXPECT_EQ(row.value(QStringLiteral("correct")), QStringLiteral("1"));
    EXPECT_EQ(row.value(QStringLiteral("percent_correct")), QStringLiteral("25.0"));
    EXPECT_EQ(row.value(QStringLiteral("scaled_score")), QStringLiteral("325"));
    EXPECT_EQ(row.value(QStringLiteral("passed")), QStringLiteral("false"));
    EXPECT_EQ(row.value(QStringLiteral("duration_seconds")), QStringLiteral("600"));
    EXPECT_EQ(row.value(QStringLiteral("time_limit_minutes")), QStringLiteral("130"));
    EXPECT_EQ(row.value(QStringLiteral("TST-A d1 %")), QStringLiteral("50.0"));
    EXPECT_EQ(row.value(QStringLiteral("TST-A d2 %")), QStringLiteral("0.0"));
    EXPECT_EQ(row.value(QStringLiteral("TST-B e1 %")), QString()) << "another exam's domain";
}

TEST_F(ExamCsv, RowsRunOldestFirstAndLeaveOutAttemptsInProgress)
{
    const qint64 later = recordExam(store, QStringLiteral("tst-b"),
                                    {QStringLiteral("e1"), QStringLiteral("e1")}, 1, kStart.addDays(2));
    const qint64 earlier = recordExam(store, QStringLiteral("tst-a"), {QStringLiteral("d1")}, 1, kStart);
    // A drill abandoned in between, and a practice still in progress.
    ExamAttempt drill;
    drill.mode = ExamMode::Drill;
    drill.title = QStringLiteral("-sqs, kinesis");
    drill.startedAt = kStart.addDays(1);
    drill.items = {itemOf("q1", "sqs"), itemOf("q2", "kinesis")};
    ASSERT_TRUE(store.create(drill));
    ASSERT_TRUE(store.saveResponse(drill.id, 0, answerOf(2, drill.startedAt.addSecs(30)), 30000));
    ExamAttempt abandoned = *store.attempt(drill.id).value();
    abandoned.status = ExamAttempt::Status::Abandoned;
    abandoned.finishedAt = drill.startedAt.addSecs(90);
    abandoned.elapsedMs = 45000;
    ASSERT_TRUE(store.finish(abandoned));
    ExamAttempt open;
    open.profileId = QStringLiteral("tst-a");
    open.mode = ExamMode::Practice;
    open.startedAt = kStart.addDays(3);
    open.items = {itemOf("q1", "d1")};
    ASSERT_TRUE(store.create(open));

    const Result<QList<ExamAttempt>> attempts = ExamHistoryCsv::endedAttempts(store);
    ASSERT_TRUE(attempts) << attempts.error().toStdString();
    const QList<QStringList> rows =
        parseDocument(CsvWriter::document(ExamHistoryCsv::table(*attempts, profiles)));
    ASSERT_EQ(rows.size(), 4) << "three attempts ended; the one in progress is left out";
    EXPECT_EQ(rows[1].first(), QString::number(earlier));
    EXPECT_EQ(rows[2].first(), QString::number(drill.id));
    EXPECT_EQ(rows[3].first(), QString::number(later));

    const QHash<QString, QString> gaveUp = byColumn(rows[0], rows[2]);
    EXPECT_EQ(gaveUp.value(QStringLiteral("status")), QStringLiteral("abandoned"));
    EXPECT_EQ(gaveUp.value(QStringLiteral("profile")), QString());
    EXPECT_EQ(gaveUp.value(QStringLiteral("mode")), QStringLiteral("drill"));
    EXPECT_EQ(gaveUp.value(QStringLiteral("title")), QStringLiteral("'-sqs, kinesis")) << "guarded";
    EXPECT_EQ(gaveUp.value(QStringLiteral("questions")), QStringLiteral("2"));
    EXPECT_EQ(gaveUp.value(QStringLiteral("answered")), QStringLiteral("1"));
    EXPECT_EQ(gaveUp.value(QStringLiteral("duration_seconds")), QStringLiteral("45"));
    for (const char* empty : {"correct", "percent_correct", "scaled_score", "passed", "time_limit_minutes",
                              "TST-A d1 %", "TST-A d2 %", "TST-B e1 %"}) {
        EXPECT_EQ(gaveUp.value(QString::fromLatin1(empty)), QString()) << "never scored: " << empty;
    }
    const QHash<QString, QString> passed = byColumn(rows[0], rows[1]);
    EXPECT_EQ(passed.value(QStringLiteral("scaled_score")), QStringLiteral("1000"));
    EXPECT_EQ(passed.value(QStringLiteral("passed")), QStringLiteral("true"));
    EXPECT_EQ(passed.value(QStringLiteral("TST-A d1 %")), QStringLiteral("100.0"));
    EXPECT_EQ(byColumn(rows[0], rows[3]).value(QStringLiteral("TST-B e1 %")), QStringLiteral("50.0"));
}

// --- certdeck export
// ------------------------------------------------------------------------------------------

class ExportCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(QDir().mkpath(data()));
    }

    QString data() const { return dir.filePath(QStringLiteral("data")); }
    QString progress() const { return data() + QStringLiteral("/progress.db"); }
    QString output(const QString& name) const { return dir.filePath(name); }

    CliRun run(const QString& command, const QStringList& more = {}) const
    {
        return runCli(progress(), command.split(u' ') + more);
    }

    /// The bank's cards, from the content.db the command line uses.
    static QList<Card> bankCards()
    {
        ContentRepository repo;
        QString error;
        EXPECT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
        const Result<QList<Card>> cards = repo.cards();
        EXPECT_TRUE(cards) << cards.error().toStdString();
        return cards ? *cards : QList<Card>{};
    }

    /// `certdeck` itself, as a separate process (standard output is the process's own).
    QByteArray runBinary(const QStringList& args, int* status) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CERTDECK_DATA_DIR"), data());
        env.insert(QStringLiteral("CERTDECK_CONTENT_DB"), QStringLiteral(CERTDECK_TEST_CONTENT_DB));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CERTDECK_TEST_BINARY), args);
        EXPECT_TRUE(process.waitForFinished(60000));
        *status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        EXPECT_TRUE(process.readAllStandardError().isEmpty());
        return process.readAllStandardOutput();
    }

    QTemporaryDir dir;
};

TEST_F(ExportCli, CardsListEveryBankCardWithTheReviewedOnesSchedule)
{
    const QList<Card> cards = bankCards();
    ASSERT_GT(cards.size(), 100);
    const QString reviewedId = cards.at(7).id;
    const QDateTime at = QDateTime::currentDateTimeUtc().addDays(-1);
    CardRecord before;
    before.cardId = reviewedId;
    before.schedule = FsrsScheduler::newCard(at);
    CardRecord after = before;
    FsrsParameters noFuzz;
    noFuzz.fuzz = false;
    after.schedule = FsrsScheduler(noFuzz).review(before.schedule, at, Rating::Easy);
    ASSERT_EQ(after.schedule.state, CardState::Review);
    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(progress()).ok());
        ASSERT_TRUE(ReviewStore(db.connection()).saveGrade(before, after, Rating::Easy, at, 4200));
    }

    const QString file = output(QStringLiteral("cards.csv"));
    const CliRun r = run(QStringLiteral("export cards --out"), {file});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Wrote %1 card(s) to %2\n").arg(cards.size()).arg(file));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const QList<QStringList> rows = parseDocument(readFile(file));
    ASSERT_EQ(rows.size(), cards.size() + 1) << "a header and every card of the bank";
    EXPECT_EQ(rows[0], CardsCsv::header());
    int reviewed = 0;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QHash<QString, QString> row = byColumn(rows[0], rows[i + 1]);
        ASSERT_EQ(row.value(QStringLiteral("id")), cards[i].id) << "in deck order";
        EXPECT_FALSE(row.value(QStringLiteral("topic_title")).isEmpty()) << cards[i].id.toStdString();
        EXPECT_FALSE(row.value(QStringLiteral("source")).isEmpty()) << cards[i].id.toStdString();
        if (cards[i].id == reviewedId) {
            ++reviewed;
            EXPECT_EQ(row.value(QStringLiteral("state")), QStringLiteral("review"));
            EXPECT_EQ(row.value(QStringLiteral("due")), after.schedule.due.toString(Qt::ISODate));
            EXPECT_EQ(row.value(QStringLiteral("last_review")), at.toString(Qt::ISODate));
            EXPECT_EQ(row.value(QStringLiteral("reviews")), QStringLiteral("1"));
            EXPECT_EQ(row.value(QStringLiteral("stability")),
                      QString::number(after.schedule.stability, 'f', 4));
        } else {
            EXPECT_EQ(row.value(QStringLiteral("state")), QStringLiteral("new")) << cards[i].id.toStdString();
            EXPECT_EQ(row.value(QStringLiteral("due")), QString());
        }
    }
    EXPECT_EQ(reviewed, 1);
}

TEST_F(ExportCli, WithoutProgressCardsAreNewAndExamsOnlyAHeaderAndNothingIsCreated)
{
    const QString cardsFile = output(QStringLiteral("cards.csv"));
    CliRun r = run(QStringLiteral("export cards --out"), {cardsFile});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    const QList<QStringList> rows = parseDocument(readFile(cardsFile));
    ASSERT_EQ(rows.size(), bankCards().size() + 1);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        EXPECT_EQ(byColumn(rows[0], rows[i]).value(QStringLiteral("state")), QStringLiteral("new"));
    }

    const QString examsFile = output(QStringLiteral("exams.csv"));
    r = run(QStringLiteral("export exams --out"), {examsFile});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Wrote 0 exam attempt(s) to %1\n").arg(examsFile));
    const QList<QStringList> exams = parseDocument(readFile(examsFile));
    ASSERT_EQ(exams.size(), 1) << "only the header";
    EXPECT_TRUE(exams[0].contains(QStringLiteral("SAA-C03 secure %")));
    EXPECT_TRUE(exams[0].contains(QStringLiteral("DVA-C02 development %")));
    EXPECT_TRUE(QDir(data()).isEmpty()) << "exporting creates no progress database";
}

TEST_F(ExportCli, ExamsListARecordedAttemptWithItsExamsCode)
{
    {
        ProgressDatabase db;
        ASSERT_TRUE(db.open(progress()).ok());
        recordExam(ExamStore(db.connection()), QStringLiteral("saa-c03"),
                   {QStringLiteral("secure"), QStringLiteral("secure"), QStringLiteral("cost")}, 2, kStart);
    }
    const QString file = output(QStringLiteral("exams.csv"));
    const CliRun r = run(QStringLiteral("export exams --out"), {file});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Wrote 1 exam attempt(s) to %1\n").arg(file));
    const QList<QStringList> rows = parseDocument(readFile(file));
    ASSERT_EQ(rows.size(), 2);
    const QHash<QString, QString> row = byColumn(rows[0], rows[1]);
    EXPECT_EQ(row.value(QStringLiteral("profile")), QStringLiteral("SAA-C03"));
    EXPECT_EQ(row.value(QStringLiteral("correct")), QStringLiteral("2"));
    EXPECT_EQ(row.value(QStringLiteral("SAA-C03 secure %")), QStringLiteral("100.0"));
    EXPECT_EQ(row.value(QStringLiteral("SAA-C03 cost %")), QStringLiteral("0.0"));
    EXPECT_EQ(row.value(QStringLiteral("SAA-C03 resilient %")), QString());
    EXPECT_EQ(row.value(QStringLiteral("DVA-C02 development %")), QString());
}

TEST_F(ExportCli, AFileThatCannotBeWrittenIsAnErrorNamingIt)
{
    const QString missingFolder = output(QStringLiteral("no-such-folder/cards.csv"));
    CliRun r = run(QStringLiteral("export cards --out"), {missingFolder});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("certdeck: cannot write %1: ").arg(missingFolder)))
        << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missingFolder));

    const QString folder = output(QStringLiteral("a-folder"));
    ASSERT_TRUE(QDir().mkpath(folder));
    r = run(QStringLiteral("export exams --out"), {folder});
    EXPECT_EQ(r.status, ExitFailure);
    EXPECT_EQ(r.err,
              QStringLiteral("certdeck: cannot write %1: a folder is there, not a file (use --out - for "
                             "standard output)\n")
                  .arg(folder));
    EXPECT_TRUE(QFileInfo(folder).isDir());
}

TEST_F(ExportCli, AnExistingFileIsReplacedWhole)
{
    const QString file = output(QStringLiteral("exams.csv"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
    }
    const CliRun r = run(QStringLiteral("export exams --out"), {file});
    ASSERT_EQ(r.status, ExitOk) << r.err.toStdString();
    EXPECT_EQ(parseDocument(readFile(file)).size(), 1) << "nothing of the old file is left";
}

TEST_F(ExportCli, AProgressDatabaseThatIsNotCertdecksIsReportedAndLeftAlone)
{
    const QByteArray foreign("name,score\r\nnot,a database\r\n");
    {
        QFile f(progress());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(foreign);
    }
    const QString expected = run(QStringLiteral("progress info")).err;
    ASSERT_FALSE(expected.isEmpty());
    for (const char* command : {"export cards --out", "export exams --out"}) {
        const QString file = output(QStringLiteral("out.csv"));
        const CliRun r = run(QString::fromLatin1(command), {file});
        EXPECT_EQ(r.status, ExitFailure) << command;
        EXPECT_EQ(r.err, expected) << "reported as the progress commands report it";
        EXPECT_FALSE(QFileInfo::exists(file)) << "nothing written";
    }
    EXPECT_EQ(readFile(progress()), foreign) << "never overwritten";
}

TEST_F(ExportCli, WithoutOutOrWithADashTheCsvGoesToStandardOutput)
{
    addReviews(progress(), 2, 2);
    const QString file = output(QStringLiteral("cards.csv"));
    ASSERT_EQ(run(QStringLiteral("export cards --out"), {file}).status, ExitOk);
    int status = -1;
    const QByteArray plain = runBinary({QStringLiteral("export"), QStringLiteral("cards")}, &status);
    EXPECT_EQ(status, 0);
    EXPECT_EQ(plain, readFile(file)) << "the same bytes as the file: byte-order mark, CRLF";
    const QByteArray dash = runBinary(
        {QStringLiteral("export"), QStringLiteral("exams"), QStringLiteral("--out"), QStringLiteral("-")},
        &status);
    EXPECT_EQ(status, 0);
    EXPECT_TRUE(dash.startsWith("\xEF\xBB\xBF"
                                "id,started,finished,status,"))
        << dash.left(80).toStdString();
    EXPECT_TRUE(dash.endsWith("\r\n"));
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("-")));
}

} // namespace
