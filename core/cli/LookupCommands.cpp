// `certdeck lookup`: find a limit, formula, card, erratum, question or note.
#include "cli/CommandLine.h"
#include "content/ContentRepository.h"
#include "lookup/LookupIndex.h"
#include "util/PlainText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdeck {

namespace {

constexpr int kDefaultLookupLimit = 10;
constexpr int kMaxLookupLimit = 1000;

int lookup(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("lookup");
    const QString help =
        CommandLine::tr(
            "Usage: certdeck lookup <query> [--json] [--limit N]\n"
            "\n"
            "Finds limits, formulas, cards, errata, questions and note sections matching the query,\n"
            "best first. Any text is a valid query.\n"
            "\n"
            "Options:\n"
            "  --json        print [{\"kind\",\"id\",\"title\",\"answer\",\"topic\",\"source\"}]\n"
            "  --limit N     at most N results (1 to %1, default %2)\n"
            "  -h, --help    show this help\n")
            .arg(kMaxLookupLimit)
            .arg(kDefaultLookupLimit);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    if (const int status = cli.parse(parser, command, args, {json, limitOption}, help, true); status >= 0) {
        return status;
    }
    const QString query = parser.positionalArguments().join(u' ').trimmed();
    if (query.isEmpty()) {
        return cli.usageError(command,
                              CommandLine::tr("missing query, e.g. certdeck lookup \"visibility timeout\""));
    }
    int limit = kDefaultLookupLimit;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLookupLimit) {
            return cli.usageError(command,
                                  CommandLine::tr("--limit must be a whole number from 1 to %1 (got '%2')")
                                      .arg(kMaxLookupLimit)
                                      .arg(parser.value(limitOption)));
        }
    }
    ContentRepository repo;
    if (!cli.openContent(repo, true)) {
        return ExitFailure;
    }
    const QList<LookupResult> results = LookupIndex(repo).search(query, limit);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const LookupResult& r : results) {
            array.append(QJsonObject{{QStringLiteral("kind"), r.kind},
                                     {QStringLiteral("id"), r.id},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("answer"), r.answer},
                                     {QStringLiteral("topic"), r.topic},
                                     {QStringLiteral("source"), r.source}});
        }
        cli.out().json(QJsonDocument(array));
        return ExitOk;
    }
    if (results.isEmpty()) {
        cli.out() << CommandLine::tr("No matches for \"%1\".").arg(PlainText::printable(query)) << u'\n';
        return ExitOk;
    }
    for (const LookupResult& r : results) {
        cli.out() << padded(LookupIndex::kindLabel(r.kind), 8, false) << QStringLiteral("  ") << r.title
                  << u'\n';
        cli.out() << QString(10, u' ') << r.answer << u'\n';
        cli.out() << QString(10, u' ') << r.topic << QStringLiteral(" · ") << r.source << u'\n';
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> lookupCommands()
{
    return {{{QStringLiteral("lookup")},
             QStringLiteral("<query> [--json] [--limit N]"),
             CommandLine::tr("find a limit, formula, card, erratum, question or note"),
             lookup}};
}

} // namespace certdeck
