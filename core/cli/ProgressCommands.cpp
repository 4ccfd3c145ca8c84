// `certdeck progress ...`: the learner's progress database.
#include "cli/CommandLine.h"
#include "progress/ProgressDatabase.h"
#include "util/PlainText.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdeck {

namespace {

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

} // namespace

QList<CliCommand> progressCommands()
{
    return {{{QStringLiteral("progress"), QStringLiteral("info")},
             QStringLiteral("[--json]"),
             CommandLine::tr("where your progress is kept and what it holds"),
             info}};
}

} // namespace certdeck
