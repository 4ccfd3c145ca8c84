// `certdeck progress ...`: the learner's progress database and its backups.
#include "cli/CommandLine.h"
#include "notes/OwnCardStore.h"
#include "notes/OwnNotesStore.h"
#include "notes/PersonalContent.h"
#include "progress/ProgressBackups.h"
#include "progress/ProgressDatabase.h"
#include "review/ProgressTransfer.h"
#include "review/ReviewSettings.h"
#include "review/ReviewStore.h"
#include "util/AppPaths.h"
#include "util/PlainText.h"
#include "util/RegularFile.h"
#include "util/SqliteConnection.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <unistd.h>
#include <utility>

namespace certdeck {

namespace {

QString shown(const QString& path)
{
    return PlainText::printable(QDir::toNativeSeparators(path));
}

/// Terminal cells `text` takes: padded() pads to a width with as many spaces as the text lacks.
qsizetype cells(const QString& text)
{
    const qsizetype wide = 2 * text.size() + 1;
    return wide - (padded(text, wide, false).size() - text.size());
}

int info(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("progress info");
    const QString help = CommandLine::tr(
        "Usage: certdeck progress info [--json]\n"
        "\n"
        "Reports where your progress database is, its schema version and what it holds, and\n"
        "whether Certdeck can save to it. Only reads: it never creates, upgrades or changes a\n"
        "file. A file that is not a Certdeck progress database is reported, never touched.\n"
        "Set CERTDECK_DATA_DIR to use another folder.\n"
        "\n"
        "Options:\n"
        "  --json        print JSON\n"
        "  -h, --help    show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (const int status = cli.parse(parser, command, args, {json}, help); status >= 0) {
        return status;
    }
    ProgressDatabase::Summary summary;
    const ProgressDatabase::OpenResult inspected =
        ProgressDatabase::inspect(cli.env().progressDatabase, &summary);
    if (!inspected.ok()) {
        return cli.failure(inspected.message);
    }
    if (parser.isSet(json)) {
        cli.out().json(QJsonDocument(QJsonObject{{QStringLiteral("path"), cli.env().progressDatabase},
                                                 {QStringLiteral("exists"), summary.exists},
                                                 {QStringLiteral("writable"), summary.writable},
                                                 {QStringLiteral("interrupted"), summary.interrupted},
                                                 {QStringLiteral("schema_version"), summary.schemaVersion},
                                                 {QStringLiteral("cards"), summary.cards},
                                                 {QStringLiteral("reviews"), summary.reviews},
                                                 {QStringLiteral("exam_attempts"), summary.examAttempts}}));
        return ExitOk;
    }
    const QString path = PlainText::printable(cli.env().progressDatabase);
    if (!summary.exists) {
        cli.out()
            << CommandLine::tr(
                   "No progress yet: %1 does not exist. Certdeck creates it when you first open the app.\n")
                   .arg(path);
        return ExitOk;
    }
    if (summary.interrupted) {
        cli.out()
            << CommandLine::tr("Progress database: %1\n").arg(path)
            << CommandLine::tr(
                   "A change to it was cut short (Certdeck was stopped while saving). The app rolls it back "
                   "when it next opens the file; nothing else is lost.\n");
        return ExitOk;
    }
    cli.out() << CommandLine::tr("Progress database: %1\n").arg(path)
              << CommandLine::tr("Schema version: %1\n").arg(summary.schemaVersion)
              << CommandLine::tr("Cards with a schedule: %1\n").arg(summary.cards)
              << CommandLine::tr("Reviews: %1\n").arg(summary.reviews)
              << CommandLine::tr("Exam attempts: %1\n").arg(summary.examAttempts);
    if (!summary.writable) {
        cli.out() << CommandLine::tr("Certdeck cannot save to it: the file or its folder is read-only.\n");
    }
    return ExitOk;
}

int backup(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("progress backup");
    const BackupPolicy policy;
    const QString help =
        CommandLine::tr(
            "Usage: certdeck progress backup [--json]\n"
            "\n"
            "Backs your progress database up now: a whole, checked copy in the folder\n"
            "%1\n"
            "named after the time it was made (progress-20261122T153012Z.db, in UTC). Safe while\n"
            "Certdeck is open: the copy holds what was saved when it began.\n"
            "Then rotates: of the older backups it keeps the newest %2, the newest of each of\n"
            "the last %3 days and the newest of each of the last %4 weeks, and removes the rest.\n"
            "Only backups are ever removed, never the new one. A progress database that is\n"
            "damaged or not Certdeck's is not backed up, so it never pushes good backups out.\n"
            "Prints where the backup went and which backups rotation removed (a backup it could\n"
            "not remove is reported on stderr; the new backup counts all the same).\n"
            "Exits 1, creating nothing, when there is no progress database yet or it cannot be\n"
            "backed up.\n"
            "\n"
            "Options:\n"
            "  --json        print JSON: {\"path\": the new backup, \"removed\": [the backups\n"
            "                rotation removed]}\n"
            "  -h, --help    show this help\n")
            .arg(shown(ProgressBackups::defaultFolder(cli.env().progressDatabase)),
                 QString::number(policy.newest), QString::number(policy.days), QString::number(policy.weeks));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (const int status = cli.parse(parser, command, args, {json}, help); status >= 0) {
        return status;
    }
    const QString progress = cli.env().progressDatabase;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ProgressBackups backups(ProgressBackups::defaultFolder(progress));
    const ProgressBackups::CreateResult result = backups.create(progress, now);
    if (result.status == ProgressBackups::Status::Missing) {
        return cli.failure(CommandLine::tr("No progress yet: %1 does not exist, so there is nothing to back "
                                           "up. Certdeck creates it when you first open the app.")
                               .arg(shown(progress)));
    }
    if (!result.ok()) {
        return cli.failure(result.message);
    }
    for (const QString& warning : result.warnings) {
        cli.err() << QStringLiteral("certdeck: ") << warning << u'\n';
    }
    cli.err().flush();
    if (parser.isSet(json)) {
        cli.out().json(QJsonDocument(
            QJsonObject{{QStringLiteral("path"), result.path},
                        {QStringLiteral("removed"), QJsonArray::fromStringList(result.removed)}}));
        return ExitOk;
    }
    cli.out() << CommandLine::tr("Backed up your progress to %1\n").arg(shown(result.path));
    if (result.removed.isEmpty()) {
        cli.out() << CommandLine::tr("Rotation removed no older backup.\n");
        return ExitOk;
    }
    cli.out() << CommandLine::tr("Rotation removed %n older backup(s):\n", "", int(result.removed.size()));
    for (const QString& removed : result.removed) {
        cli.out() << QStringLiteral("  ") << shown(removed) << u'\n';
    }
    return ExitOk;
}

int listBackups(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("progress backups");
    const QString folder = ProgressBackups::defaultFolder(cli.env().progressDatabase);
    const QString help =
        CommandLine::tr(
            "Usage: certdeck progress backups [--json]\n"
            "\n"
            "Lists the backups of your progress database in the folder\n"
            "%1\n"
            "newest first: when each was made (in local time), how many reviews it holds, its size\n"
            "and its file name, which is all 'certdeck progress restore' needs. A backup that cannot\n"
            "be read is listed with the reason. Only reads; no backups is not an error.\n"
            "\n"
            "Options:\n"
            "  --json        print JSON: an array, newest first, of {\"path\", \"created\" (ISO 8601,\n"
            "                UTC), \"reviews\", \"size\" (bytes)}, with \"error\" added (and \"reviews\"\n"
            "                null) for a backup that cannot be read\n"
            "  -h, --help    show this help\n")
            .arg(shown(folder));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (const int status = cli.parse(parser, command, args, {json}, help); status >= 0) {
        return status;
    }
    const QList<ProgressBackups::BackupInfo> backups = ProgressBackups(folder).list();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ProgressBackups::BackupInfo& b : backups) {
            QJsonObject o{{QStringLiteral("path"), b.path},
                          {QStringLiteral("created"), b.created.toUTC().toString(Qt::ISODate)},
                          {QStringLiteral("reviews"), b.ok() ? QJsonValue(b.reviews) : QJsonValue()},
                          {QStringLiteral("size"), b.size}};
            if (!b.ok()) {
                o.insert(QStringLiteral("error"), b.error);
            }
            array.append(o);
        }
        cli.out().json(QJsonDocument(array));
        return ExitOk;
    }
    if (backups.isEmpty()) {
        cli.out() << CommandLine::tr("No backups yet in %1. Make one with 'certdeck progress backup'.\n")
                         .arg(shown(folder));
        return ExitOk;
    }
    struct Row {
        QString made, reviews, size, file, error;
    };
    QList<Row> rows{{CommandLine::tr("Made (local time)"), CommandLine::tr("Reviews"),
                     CommandLine::tr("Size"), CommandLine::tr("File"), QString()}};
    const QLocale locale;
    for (const ProgressBackups::BackupInfo& b : backups) {
        rows.append({locale.toString(b.created.toLocalTime(), QStringLiteral("ddd yyyy-MM-dd HH:mm:ss")),
                     b.ok() ? locale.toString(b.reviews) : QStringLiteral("-"),
                     locale.formattedDataSize(b.size, 1), QFileInfo(b.path).fileName(), b.error});
    }
    qsizetype made = 0;
    qsizetype reviews = 0;
    qsizetype size = 0;
    for (const Row& r : std::as_const(rows)) {
        made = std::max(made, cells(r.made));
        reviews = std::max(reviews, cells(r.reviews));
        size = std::max(size, cells(r.size));
    }
    cli.out() << CommandLine::tr("Backups in %1, newest first:\n").arg(shown(folder)) << u'\n';
    for (const Row& r : std::as_const(rows)) {
        cli.out() << QStringLiteral("  ") << padded(r.made, made, false) << QStringLiteral("  ")
                  << padded(r.reviews, reviews, true) << QStringLiteral("  ") << padded(r.size, size, true)
                  << QStringLiteral("  ") << PlainText::printable(r.file) << u'\n';
        if (!r.error.isEmpty()) {
            cli.out() << QStringLiteral("      ") << r.error << u'\n';
        }
    }
    cli.out() << u'\n'
              << CommandLine::tr(
                     "Restore one with: certdeck progress restore FILE (the file name is enough)\n");
    return ExitOk;
}

/// Whether the command's standard input is a terminal, where a learner can answer a question.
bool inputIsTerminal(const CommandLine& cli)
{
    QIODevice* input = cli.env().input;
    if (!input) {
        return ::isatty(STDIN_FILENO) == 1;
    }
    const auto* file = qobject_cast<QFile*>(input);
    return file && file->handle() >= 0 && ::isatty(file->handle()) == 1;
}

/// One line of standard input, the answer to a question; empty at the end of the input.
QString readAnswer(const CommandLine& cli)
{
    QFile stdinFile;
    QIODevice* input = cli.env().input;
    if (!input) {
        if (!stdinFile.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            return {};
        }
        input = &stdinFile;
    }
    return QString::fromLocal8Bit(input->readLine(1024)).trimmed();
}

bool confirms(const QString& answer)
{
    //: the short answer that confirms a question asked with [y/N]; "y" is accepted as well
    const QString shortYes = CommandLine::tr("y");
    //: the long answer that confirms a question asked with [y/N]; "yes" is accepted as well
    const QString longYes = CommandLine::tr("yes");
    for (const QString& yes : {QStringLiteral("y"), QStringLiteral("yes"), shortYes, longYes}) {
        if (answer.compare(yes, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

int restore(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("progress restore");
    const QString progress = cli.env().progressDatabase;
    const QString folder = ProgressBackups::defaultFolder(progress);
    const QString help =
        CommandLine::tr(
            "Usage: certdeck progress restore FILE [--yes]\n"
            "\n"
            "Replaces your progress with the backup FILE: a path, or just the file name of a backup\n"
            "'certdeck progress backups' lists (a name without a folder that is not a file in the\n"
            "current folder is taken from %1).\n"
            "FILE must be a whole Certdeck progress database; anything else is refused and nothing\n"
            "changes.\n"
            "Your current progress is backed up first, so a restore can itself be undone: the\n"
            "command prints where that backup is. (A current file that cannot be read as\n"
            "Certdeck's is kept byte for byte as replaced-progress-<time>.db instead.)\n"
            "Close Certdeck first: while it has your progress open, the restore is refused.\n"
            "Asks before restoring when standard input is a terminal; anywhere else (a script, a\n"
            "pipe) --yes is required.\n"
            "Exit status: 0 restored; 1 refused, not confirmed or failed (your progress stays as\n"
            "it was); 2 wrong command line, or no --yes and no terminal to ask on.\n"
            "\n"
            "Options:\n"
            "  --yes         restore without asking\n"
            "  -h, --help    show this help\n")
            .arg(shown(folder));
    QCommandLineParser parser;
    const QCommandLineOption yes(QStringLiteral("yes"));
    if (const int status = cli.parse(parser, command, args, {yes}, help, true); status >= 0) {
        return status;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return cli.usageError(command, CommandLine::tr("missing FILE, the backup to restore"));
    }
    if (positional.size() > 1) {
        return cli.usageError(command, CommandLine::tr("unexpected argument '%1'").arg(positional.at(1)));
    }
    const bool ask = !parser.isSet(yes);
    if (ask && !inputIsTerminal(cli)) {
        return cli.usageError(command,
                              CommandLine::tr("standard input is not a terminal, so there is no one to ask; "
                                              "add --yes to restore without asking"));
    }
    QString file = positional.first();
    if (!file.contains(u'/') && !QFileInfo::exists(file)) {
        file = folder + u'/' + file;
    }
    file = QFileInfo(file).absoluteFilePath();

    const QString running =
        CommandLine::tr(
            "Certdeck is running; close it first. Your progress database %1 is open (in Certdeck, "
            "or another program), and Certdeck would go on saving over the restored progress. "
            "Nothing was restored.")
            .arg(shown(progress));
    if (ProgressDatabase::inUse(progress)) {
        return cli.failure(running);
    }
    const bool hasProgress = QFileInfo::exists(progress);
    cli.out() << CommandLine::tr("Restoring %1 into %2.\n").arg(shown(file), shown(progress))
              << (hasProgress
                      ? CommandLine::tr("Before restoring, your current progress is kept as a backup, "
                                        "so the restore can be undone.\n")
                      : CommandLine::tr("There is no progress database yet; the backup becomes it.\n"));
    cli.out().flush();
    if (ask) {
        cli.err() << CommandLine::tr("Restore it? [y/N] ");
        cli.err().flush();
        if (!confirms(readAnswer(cli))) {
            return cli.failure(CommandLine::tr("Nothing was restored."));
        }
        if (ProgressDatabase::inUse(progress)) { // started while the question was open
            return cli.failure(running);
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ProgressBackups::RestoreResult result = ProgressBackups(folder).restore(file, progress, now);
    if (!result.ok()) {
        return cli.failure(result.message);
    }
    cli.out() << CommandLine::tr("Restored %1.\n").arg(shown(file));
    if (result.previous.isEmpty()) {
        cli.out() << CommandLine::tr(
            "There was no progress database before, so there was nothing to keep.\n");
    } else if (ProgressBackups::parseFileName(QFileInfo(result.previous).fileName()).isValid()) {
        cli.out() << CommandLine::tr("Your progress as it was is kept in the backup %1\n"
                                     "To undo, restore that backup.\n")
                         .arg(shown(result.previous));
    } else {
        cli.out() << CommandLine::tr(
                         "The file it replaced could not be read as a Certdeck progress database; "
                         "its bytes are kept in %1\n")
                         .arg(shown(result.previous));
    }
    return ExitOk;
}

int check(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("progress check");
    const QString help = CommandLine::tr(
        "Usage: certdeck progress check [--json]\n"
        "\n"
        "Checks your progress database without changing it: SQLite's integrity check, its\n"
        "foreign keys, exam answers whose exam attempt is missing, and reviews of cards that\n"
        "have no schedule (review_log rows without a card_state row). Safe while Certdeck is\n"
        "open. Prints each problem on stderr and exits 1 when there is any, or when the file\n"
        "cannot be read (not Certdeck's, from a newer Certdeck, damaged beyond reading).\n"
        "With no progress database yet there is nothing to check: it says so and exits 0.\n"
        "Should it find damage, 'certdeck progress backups' lists the backups you can restore.\n"
        "\n"
        "Options:\n"
        "  --json        print JSON: {\"path\", \"exists\", \"healthy\", \"integrity\": [problems],\n"
        "                \"foreign_keys\": [problems], \"answers_without_attempt\": n,\n"
        "                \"reviews_without_card\": n}\n"
        "  -h, --help    show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (const int status = cli.parse(parser, command, args, {json}, help); status >= 0) {
        return status;
    }
    const QString progress = cli.env().progressDatabase;
    const ProgressBackups::CheckReport report = ProgressBackups::check(progress);
    const bool missing = report.status == ProgressBackups::Status::Missing;
    if (!missing && !report.ran()) {
        return cli.failure(report.message);
    }
    if (parser.isSet(json)) {
        cli.out().json(QJsonDocument(QJsonObject{
            {QStringLiteral("path"), progress},
            {QStringLiteral("exists"), !missing},
            {QStringLiteral("healthy"), missing || report.healthy()},
            {QStringLiteral("integrity"), QJsonArray::fromStringList(report.integrityProblems)},
            {QStringLiteral("foreign_keys"), QJsonArray::fromStringList(report.foreignKeyProblems)},
            {QStringLiteral("answers_without_attempt"), report.answersWithoutAttempt},
            {QStringLiteral("reviews_without_card"), report.reviewsWithoutCard}}));
        return missing || report.healthy() ? ExitOk : ExitFailure;
    }
    if (missing) {
        cli.out() << CommandLine::tr("No progress yet: %1 does not exist, so there is nothing to check.\n")
                         .arg(shown(progress));
        return ExitOk;
    }
    QStringList problems;
    for (const QString& p : report.integrityProblems) {
        problems.append(CommandLine::tr("integrity check: %1").arg(p));
    }
    for (const QString& p : report.foreignKeyProblems) {
        problems.append(CommandLine::tr("foreign key check: %1").arg(p));
    }
    if (report.answersWithoutAttempt > 0) {
        problems.append(CommandLine::tr("%n exam answer(s) (exam_answer) belong to an exam attempt that does "
                                        "not exist (exam_attempt)",
                                        "", int(report.answersWithoutAttempt)));
    }
    if (report.reviewsWithoutCard > 0) {
        problems.append(CommandLine::tr("%n review(s) in review_log are of a card without a schedule (no "
                                        "card_state row)",
                                        "", int(report.reviewsWithoutCard)));
    }
    const QString where = shown(progress);
    if (problems.isEmpty()) {
        cli.out() << CommandLine::tr("%1: healthy (integrity, foreign keys and orphaned rows checked)\n")
                         .arg(where);
        return ExitOk;
    }
    for (const QString& p : std::as_const(problems)) {
        cli.err() << where << QStringLiteral(": ") << p << u'\n';
    }
    cli.err() << CommandLine::tr("%1: %n problem(s) found\n", "", int(problems.size())).arg(where);
    return ExitFailure;
}

} // namespace

int exportHistory(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("progress export");
    const QString help = CommandLine::tr(
        "Usage: certdeck progress export --json > progress.json\n"
        "\n"
        "Prints your whole review history (card, time, rating and time taken of every grade), what\n"
        "you set on cards (suspended, leech) and the notes you imported as JSON, to carry your\n"
        "progress to another computer with 'certdeck progress import'. Only reads: it never changes\n"
        "your progress.\n"
        "\n"
        "Options:\n"
        "  --json        print JSON (the only format)\n"
        "  -h, --help    show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (const int status = cli.parse(parser, command, args, {json}, help); status >= 0) {
        return status;
    }
    if (!parser.isSet(json)) {
        return cli.usageError(command, CommandLine::tr("--json is required (the output is JSON)"));
    }
    ProgressTransfer transfer;
    SqliteConnection c;
    const Result<bool> opened = ProgressDatabase::openForReading(cli.env().progressDatabase, c);
    if (!opened) {
        return cli.failure(opened.error());
    }
    if (*opened) {
        const ReviewStore store(c);
        const Result<QList<ReviewLogEntry>> reviews = store.allReviews();
        const Result<QHash<QString, CardRecord>> records = store.records();
        if (!reviews || !records) {
            return cli.failure(reviews ? records.error() : reviews.error());
        }
        transfer.reviews = *reviews;
        QStringList ids = records->keys();
        ids.sort();
        for (const QString& id : std::as_const(ids)) {
            const CardRecord& r = records->value(id);
            if (r.suspended || r.leech) {
                transfer.cards.append(CardFlags{id, r.suspended, r.leech});
            }
        }
        const Result<PersonalContent::Sources> own = PersonalContent::sources(c);
        if (!own) {
            return cli.failure(own.error());
        }
        transfer.notes = own->files;
        transfer.ownCards = own->cards;
    }
    cli.out() << QString::fromUtf8(transfer.toJson(QDateTime::currentDateTimeUtc()));
    return ExitOk;
}

int importHistory(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("progress import");
    const QString help = CommandLine::tr(
        "Usage: certdeck progress import FILE\n"
        "\n"
        "Merges a review history that 'certdeck progress export --json' wrote (on this computer or\n"
        "another) into your progress: reviews you already have are skipped (the same card at the\n"
        "same time is stored once), and every card that gained reviews gets its schedule\n"
        "recomputed from its whole history. Suspended and leech marks are added. Notes you imported\n"
        "there are added here; of two notes files of the same name, the one imported last is kept.\n"
        "Your progress is backed up first; the reviews merge in one transaction, so they are merged\n"
        "whole or not at all, and the notes in another.\n"
        "Close Certdeck first: while it has your progress open, the import is refused.\n"
        "\n"
        "Options:\n"
        "  -h, --help    show this help\n");
    QCommandLineParser parser;
    if (const int status = cli.parse(parser, command, args, {}, help, true); status >= 0) {
        return status;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return cli.usageError(command,
                              positional.isEmpty()
                                  ? CommandLine::tr("missing FILE, the exported history to import")
                                  : CommandLine::tr("unexpected argument '%1'").arg(positional.at(1)));
    }
    const QString file = positional.first();
    QByteArray bytes;
    const RegularFile::Info info = RegularFile::inspect(file);
    if (info.kind != RegularFile::Kind::File) {
        return cli.failure(
            CommandLine::tr("cannot import %1: it %2").arg(shown(file), RegularFile::problem(info)));
    }
    QString error;
    if (!RegularFile::read(file, qint64(256) * 1024 * 1024, &bytes, &error)) {
        return cli.failure(error);
    }
    const Result<ProgressTransfer> transfer = ProgressTransfer::fromJson(bytes);
    if (!transfer) {
        //: %1 is the file, %2 what is wrong with it
        return cli.failure(CommandLine::tr("cannot import %1: %2").arg(shown(file), transfer.error()));
    }
    const QString progress = cli.env().progressDatabase;
    if (ProgressDatabase::inUse(progress)) {
        return cli.failure(
            CommandLine::tr("Certdeck is running with your progress open; close it first, then "
                            "import again. Nothing was imported."));
    }
    if (QFileInfo::exists(progress)) {
        const ProgressBackups backups(ProgressBackups::defaultFolder(progress));
        const ProgressBackups::CreateResult backedUp =
            backups.create(progress, QDateTime::currentDateTimeUtc());
        if (!backedUp.ok()) {
            return cli.failure(backedUp.message + u' ' + CommandLine::tr("Nothing was imported."));
        }
        cli.out() << CommandLine::tr("Backed up your progress to %1\n").arg(shown(backedUp.path));
    }
    ProgressDatabase db;
    const ProgressDatabase::OpenResult opened = db.open(progress);
    if (!opened.ok()) {
        return cli.failure(opened.message);
    }
    const ReviewStore store(db.connection());
    // Schedules are recomputed with the learner's desired retention, as the app would.
    const ReviewSettings settings =
        AppPaths::settingsFileIsUsable()
            ? ReviewSettings::load(QSettings(AppPaths::settingsFile(), QSettings::IniFormat))
            : ReviewSettings{};
    const Result<MergeResult> merged = store.merge(transfer->reviews, transfer->cards, settings.fsrs());
    if (!merged) {
        return cli.failure(merged.error() + u' ' + CommandLine::tr("Nothing was imported."));
    }
    //: %1 new reviews, %2 reviews already there, %3 cards
    cli.out() << CommandLine::tr("Imported %1 review(s) (%2 already here); %3 card schedule(s) recomputed.\n")
                     .arg(merged->added)
                     .arg(merged->duplicates)
                     .arg(merged->cards);
    if (!transfer->notes.isEmpty() || !transfer->ownCards.isEmpty()) {
        const Result<PersonalContent::Sources> here = PersonalContent::sources(db.connection());
        if (!here) {
            return cli.failure(here.error());
        }
        // Of two versions of a notes file or card, the one changed last is kept.
        QHash<QString, QDateTime> notesHere;
        for (const OwnNotesFile& f : here->files) {
            notesHere.insert(f.name, f.importedAt);
        }
        const OwnNotesStore notes(db.connection());
        int notesTaken = 0;
        for (const OwnNotesFile& f : transfer->notes) {
            const auto it = notesHere.constFind(f.name);
            if (it != notesHere.cend() && *it >= f.importedAt) {
                continue;
            }
            const Result<OwnNotesStore::PutOutcome> put = notes.put(f);
            if (!put) {
                return cli.failure(put.error());
            }
            notesTaken += *put == OwnNotesStore::PutOutcome::Unchanged ? 0 : 1;
        }
        QHash<QString, QDateTime> cardsHere;
        for (const OwnCard& c : here->cards) {
            cardsHere.insert(c.id, c.updatedAt);
        }
        QList<OwnCard> newer;
        for (const OwnCard& c : transfer->ownCards) {
            const auto it = cardsHere.constFind(c.id);
            if (it == cardsHere.cend() || *it < c.updatedAt) {
                newer.append(c);
            }
        }
        const Result<int> saved = OwnCardStore(db.connection()).saveAll(newer);
        if (!saved) {
            return cli.failure(saved.error());
        }
        const Result<PersonalContent::Sources> all = PersonalContent::sources(db.connection());
        const Result<PersonalContent::Built> built =
            all ? PersonalContent::build(cli.env().contentDatabase, all->files, all->cards,
                                         PersonalContent::pathFor(progress))
                : Result<PersonalContent::Built>::failure(all.error());
        if (!built) {
            return cli.failure(built.error());
        }
        //: %1 notes files taken from the export, %2 in it
        cli.out() << CommandLine::tr("Imported %1 of %2 notes file(s).\n")
                         .arg(notesTaken)
                         .arg(transfer->notes.size());
        //: %1 own cards taken from the export, %2 in it
        cli.out() << CommandLine::tr("Imported %1 of %2 card(s) of your own.\n")
                         .arg(*saved)
                         .arg(transfer->ownCards.size());
    }
    return ExitOk;
}

QList<CliCommand> progressCommands()
{
    const QString progress = QStringLiteral("progress");
    const QString json = QStringLiteral("[--json]");
    return {{{progress, QStringLiteral("info")},
             json,
             CommandLine::tr("where your progress is kept and what it holds"),
             info},
            {{progress, QStringLiteral("backup")},
             json,
             CommandLine::tr("back your progress up now; old backups rotate"),
             backup},
            {{progress, QStringLiteral("backups")},
             json,
             CommandLine::tr("list the backups of your progress"),
             listBackups},
            {{progress, QStringLiteral("restore")},
             QStringLiteral("FILE [--yes]"),
             CommandLine::tr("replace your progress with a backup"),
             restore},
            {{progress, QStringLiteral("check")},
             json,
             CommandLine::tr("check your progress database for problems"),
             check},
            {{progress, QStringLiteral("export")},
             QStringLiteral("--json"),
             CommandLine::tr("your whole review history, to carry to another computer"),
             exportHistory},
            {{progress, QStringLiteral("import")},
             QStringLiteral("FILE"),
             CommandLine::tr("merge an exported review history into your progress"),
             importHistory}};
}

} // namespace certdeck
