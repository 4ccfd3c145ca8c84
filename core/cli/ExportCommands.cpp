// `certdeck export ...`: the learner's cards and exam history as CSV, for a spreadsheet, and the cards as an
// Anki package.
#include "cli/CommandLine.h"
#include "content/ContentRepository.h"
#include "exam/ExamStore.h"
#include "export/AnkiPackage.h"
#include "export/CardsCsv.h"
#include "export/CsvWriter.h"
#include "export/ExamHistoryCsv.h"
#include "progress/ProgressDatabase.h"
#include "review/ReviewSettings.h"
#include "review/ReviewStore.h"
#include "util/AppPaths.h"
#include "util/PlainText.h"
#include "util/RegularFile.h"
#include "util/SqliteConnection.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>
#include <QSettings>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <unistd.h>

namespace certdeck {

namespace {

QString shown(const QString& path)
{
    return PlainText::printable(QDir::toNativeSeparators(path));
}

/// The options both commands take.
QCommandLineOption outOption()
{
    return QCommandLineOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
}

/// The help text both commands share after their own lines.
QString outHelp()
{
    return CommandLine::tr(
        "\n"
        "The file is CSV as RFC 4180 writes it (commas, CRLF line ends, quotes where needed), in UTF-8\n"
        "with a byte-order mark, so Excel and LibreOffice read accented and Japanese text right. Text\n"
        "that a spreadsheet would run as a formula (starting with =, +, -, @) starts with a ' instead.\n"
        "Times are ISO 8601 in UTC (2026-11-22T10:00:00Z), numbers use a dot, yes/no is true/false.\n"
        "Only reads your progress: it never creates or changes it. With no progress database yet\n"
        "there is nothing of yours to add, which is not an error.\n"
        "\n"
        "Options:\n"
        "  --out FILE    write to FILE (replaced whole, or left as it was when writing fails);\n"
        "                without it, or with --out -, the CSV goes to standard output\n"
        "  -h, --help    show this help\n");
}

/// Opens progress.db for reading, as the other commands that only read it do. False when there is none yet.
Result<bool> openProgress(const CommandLine& cli, SqliteConnection& connection)
{
    const QString path = cli.env().progressDatabase;
    ProgressDatabase::Summary summary;
    const ProgressDatabase::OpenResult inspected = ProgressDatabase::inspect(path, &summary);
    if (!inspected.ok()) {
        return Result<bool>::failure(inspected.message);
    }
    if (summary.interrupted) {
        // It cannot be read until the app rolls the change back; read as it is, it would look empty.
        return Result<bool>::failure(
            CommandLine::tr("A change to your progress database %1 was cut short (Certdeck was stopped "
                            "while saving). Open Certdeck once so that it rolls the change back, then "
                            "export again.")
                .arg(shown(path)));
    }
    // The stores read the columns of the current schema.
    return ProgressDatabase::openForReading(path, connection, ProgressDatabase::kSchemaVersion);
}

/// Standard output gets the same bytes as a file, except that a character that could drive a terminal
/// (an escape, say, in a title from a damaged progress database) is shown as an escape sequence, as
/// everything else the command line prints; the CRLF line ends stay.
QByteArray terminalSafe(const QString& csv)
{
    QString out;
    out.reserve(csv.size());
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        const bool lineEnd = c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n';
        if (!lineEnd && PlainText::isUnsafe(c.unicode())) {
            out += PlainText::printable(QStringView(&c, 1));
        } else {
            out += c;
        }
    }
    return CsvWriter::byteOrderMark() + out.toUtf8();
}

/// Writes `bytes` to the file `target`: whole, or not at all (the file is left as it was). `written` is the
/// message printed after, with %1 for the file. With `standardOutput`, the message for a folder at `target`
/// points to --out - .
int writeFile(CommandLine& cli, const QString& target, const QByteArray& bytes, const QString& written,
              bool standardOutput)
{
    //: %1 is a file, %2 why it cannot be written
    const QString cannot = CommandLine::tr("cannot write %1: %2");
    const RegularFile::Info info = RegularFile::inspect(target);
    if (info.kind != RegularFile::Kind::Missing && info.kind != RegularFile::Kind::File &&
        info.kind != RegularFile::Kind::NoAccess) { // for that one, QSaveFile's reason is better
        QString why;
        if (standardOutput) {
            //: %1 is what stands at the path, e.g. "a folder"
            why = CommandLine::tr("%1 is there, not a file (use --out - for standard output)");
        } else {
            //: %1 is what stands at the path, e.g. "a folder"
            why = CommandLine::tr("%1 is there, not a file");
        }
        return cli.failure(cannot.arg(shown(target), why.arg(RegularFile::describe(info.kind))));
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return cli.failure(cannot.arg(shown(target), file.errorString()));
    }
    cli.out() << written.arg(shown(target)) << u'\n';
    return ExitOk;
}

/// Writes `table` to `target` (a file, or standard output for "" or "-"). `written` is the message printed
/// after a file is written, with %1 for the file.
int deliver(CommandLine& cli, const CsvTable& table, const QString& target, const QString& written)
{
    if (target.isEmpty() || target == u"-") {
        const QByteArray bytes = terminalSafe(CsvWriter::text(table));
        // Bytes, not text: the command line's text stream would show the CRs of the line ends as escapes.
        cli.out().flush();
        for (qint64 done = 0; done < bytes.size();) {
            const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
            if (n < 0 && errno != EINTR) {
                return cli.failure(
                    CommandLine::tr("cannot write to standard output: %1").arg(qt_error_string(errno)));
            }
            done += std::max<ssize_t>(n, 0);
        }
        return ExitOk;
    }
    return writeFile(cli, target, CsvWriter::document(table), written, true);
}

int exportCards(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("export cards");
    const QString help =
        CommandLine::tr("Usage: certdeck export cards [--out FILE]\n"
                        "\n"
                        "Writes every card of the bank with your schedule as CSV, one row a card, for a\n"
                        "spreadsheet. Columns: id, topic, topic_title, front, back, source, source_file,\n"
                        "source_line, state (new, learning, review or relearning), due, last_review,\n"
                        "stability, difficulty, reviews, lapses, suspended, leech. A card you have not\n"
                        "studied yet is new, with no due time, stability or difficulty.\n") +
        outHelp();
    QCommandLineParser parser;
    const QCommandLineOption out = outOption();
    if (const int status = cli.parse(parser, command, args, {out}, help); status >= 0) {
        return status;
    }
    ContentRepository repo;
    if (!cli.openContent(repo, true)) {
        return ExitFailure;
    }
    const Result<QList<Card>> cards = repo.cards();
    if (!cards) {
        return cli.failure(cards.error());
    }
    const Result<QList<TopicRow>> topics = repo.topics();
    if (!topics) {
        return cli.failure(topics.error());
    }
    SqliteConnection c;
    const Result<bool> opened = openProgress(cli, c);
    if (!opened) {
        return cli.failure(opened.error());
    }
    QHash<QString, CardRecord> records;
    if (*opened) {
        const Result<QHash<QString, CardRecord>> read = ReviewStore(c).records();
        if (!read) {
            return cli.failure(read.error());
        }
        records = *read;
    }
    return deliver(cli, CardsCsv::table(*cards, *topics, records), parser.value(out),
                   CommandLine::tr("Wrote %n card(s) to %1", "", int(cards->size())));
}

int exportExams(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("export exams");
    const QString help =
        CommandLine::tr(
            "Usage: certdeck export exams [--out FILE]\n"
            "\n"
            "Writes your exam history as CSV, one row per exam, practice or drill you finished or\n"
            "abandoned, oldest first, for a spreadsheet. Columns: id, started, finished, status\n"
            "(finished or abandoned), profile, mode (timed, practice or drill), title, questions,\n"
            "answered, correct, percent_correct, scaled_score, passed, duration_seconds,\n"
            "time_limit_minutes, then one per domain of each exam (\"SAA-C03 secure %\": the percent\n"
            "of that domain's questions answered right). Scores are the ones recorded when you\n"
            "submitted. With no exams yet, the file holds only the header.\n") +
        outHelp();
    QCommandLineParser parser;
    const QCommandLineOption out = outOption();
    if (const int status = cli.parse(parser, command, args, {out}, help); status >= 0) {
        return status;
    }
    ContentRepository repo;
    if (!cli.openContent(repo)) {
        return ExitFailure;
    }
    const Result<QList<ExamProfile>> profiles = repo.examProfiles();
    if (!profiles) {
        return cli.failure(profiles.error());
    }
    SqliteConnection c;
    const Result<bool> opened = openProgress(cli, c);
    if (!opened) {
        return cli.failure(opened.error());
    }
    QList<ExamAttempt> attempts;
    if (*opened) {
        const Result<QList<ExamAttempt>> read = ExamHistoryCsv::endedAttempts(ExamStore(c));
        if (!read) {
            return cli.failure(read.error());
        }
        attempts = *read;
    }
    const CsvTable table = ExamHistoryCsv::table(attempts, *profiles);
    return deliver(cli, table, parser.value(out),
                   CommandLine::tr("Wrote %n exam attempt(s) to %1", "", int(table.rows.size())));
}

int exportAnki(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("export anki");
    const QString help = CommandLine::tr(
        "Usage: certdeck export anki --out FILE.apkg [--with-history]\n"
        "\n"
        "Writes every card of the bank (and your own cards) as an Anki package, for Anki on a\n"
        "computer (2.1.50 or later) or AnkiDroid on a phone: File > Import in Anki, or Import in\n"
        "AnkiDroid's menu. Each topic is a deck under \"Certdeck\" (\"Certdeck::Amazon SQS\"); each\n"
        "card is a note of the type \"Certdeck\" with the fields Front, Back, Source (where in the\n"
        "notes it comes from, with the quote) and Certdeck ID, tagged with its topic and the exams\n"
        "its topic serves (sqs saa-c03 dva-c02). The ids are the same in every export, so importing\n"
        "a newer export updates the notes instead of adding them twice.\n"
        "\n"
        "With --with-history, your schedule and your reviews come too: each card's state, due date,\n"
        "interval, reviews and lapses, its FSRS memory (stability and difficulty), whether it is\n"
        "suspended, and every review in Anki's review log, so that Anki can go on where Certdeck\n"
        "stopped. Tick \"Import any learning progress\" when importing, and turn FSRS on in the deck\n"
        "options. Without it, every card is new. Only reads your progress: it never creates or\n"
        "changes it; with no progress database yet there is no history to add.\n"
        "\n"
        "Options:\n"
        "  --out FILE       write the package to FILE (replaced whole, or left as it was when\n"
        "                   writing fails)\n"
        "  --with-history   add your schedule and review history\n"
        "  -h, --help       show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption out = outOption();
    const QCommandLineOption history(QStringLiteral("with-history"));
    if (const int status = cli.parse(parser, command, args, {out, history}, help); status >= 0) {
        return status;
    }
    const QString target = parser.value(out);
    if (target.isEmpty() || target == u"-") {
        return cli.usageError(command,
                              CommandLine::tr("--out FILE is needed: an Anki package is a file, not text"));
    }
    ContentRepository repo;
    if (!cli.openContent(repo, true)) {
        return ExitFailure;
    }
    SqliteConnection c;
    std::optional<ReviewStore> store;
    if (parser.isSet(history)) {
        const Result<bool> opened = openProgress(cli, c);
        if (!opened) {
            return cli.failure(opened.error());
        }
        if (*opened) {
            store.emplace(c);
        }
    }
    Result<AnkiPackage::Input> read =
        AnkiPackage::read(repo, store ? &*store : nullptr, parser.isSet(history));
    if (!read) {
        return cli.failure(read.error());
    }
    AnkiPackage::Input input = std::move(read).value();
    // Anki's day starts when the learner's study day does.
    if (AppPaths::settingsFileIsUsable()) {
        input.dayStartsAt =
            ReviewSettings::load(QSettings(AppPaths::settingsFile(), QSettings::IniFormat)).nextDayStartsAt;
    }
    input.now = QDateTime::currentDateTimeUtc();
    const AnkiCollection collection = AnkiPackage::build(input);
    const Result<QByteArray> bytes = AnkiPackage::package(collection);
    if (!bytes) {
        return cli.failure(bytes.error());
    }
    const int status =
        writeFile(cli, target, *bytes,
                  CommandLine::tr("Wrote %n card(s) to %1", "", int(collection.cards.size())), false);
    if (status == ExitOk && input.withHistory) {
        cli.out() << CommandLine::tr("With your schedule and %n review(s).", "",
                                     int(collection.reviews.size()))
                  << u'\n';
    }
    return status;
}

} // namespace

QList<CliCommand> exportCommands()
{
    const QString family = QStringLiteral("export");
    const QString out = QStringLiteral("[--out FILE]");
    return {{{family, QStringLiteral("cards")},
             out,
             CommandLine::tr("your cards and their schedule as CSV, for a spreadsheet"),
             exportCards},
            {{family, QStringLiteral("exams")},
             out,
             CommandLine::tr("your exam history as CSV, for a spreadsheet"),
             exportExams},
            {{family, QStringLiteral("anki")},
             QStringLiteral("--out FILE.apkg [--with-history]"),
             CommandLine::tr("the cards as an Anki package, with your schedule if you like"),
             exportAnki}};
}

} // namespace certdeck
