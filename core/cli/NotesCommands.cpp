// certdeck notes import | list | remove: the learner's own notes, kept in progress.db and compiled beside the
// bank's notes into the personal content database that lookup reads.

#include "cli/CommandLine.h"
#include "notes/OwnNotes.h"
#include "notes/OwnNotesStore.h"
#include "notes/PersonalContent.h"
#include "progress/ProgressDatabase.h"
#include "util/PlainText.h"
#include "util/SqliteConnection.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdeck {

namespace {

/// Compiles the own notes now in `db` beside the bank; false (reported) when that fails.
bool rebuild(CommandLine& cli, const ProgressDatabase& db, PersonalContent::Built* built = nullptr)
{
    const Result<PersonalContent::Sources> own = PersonalContent::sources(db.connection());
    if (!own) {
        cli.failure(own.error());
        return false;
    }
    const Result<PersonalContent::Built> made =
        PersonalContent::build(cli.env().contentDatabase, own->files, own->cards,
                               PersonalContent::pathFor(cli.env().progressDatabase));
    if (!made) {
        cli.failure(made.error());
        return false;
    }
    if (built) {
        *built = *made;
    }
    return true;
}

int importNotes(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("notes import");
    const QString help = CommandLine::tr(
        "Usage: certdeck notes import FILE...\n"
        "\n"
        "Adds your own notes to Certdeck: plain-text files in either style the bank's notes use\n"
        "(titles between dashes, or headings over indented text) or with Markdown headings ('# SQS').\n"
        "Each heading becomes a section under the topic it names, searchable with 'certdeck lookup'\n"
        "and readable on the Notes page. Importing a file of the same name again replaces it. A file\n"
        "that is not text is refused with the reason; the others are imported all the same.\n"
        "Your notes are kept with your progress, so backups and 'progress export' include them.\n"
        "\n"
        "Options:\n"
        "  -h, --help    show this help\n");
    QCommandLineParser parser;
    if (const int status = cli.parse(parser, command, args, {}, help, true); status >= 0) {
        return status;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        return cli.usageError(command, CommandLine::tr("missing FILE, the notes to import"));
    }
    QList<OwnNotesFile> files;
    int refused = 0;
    for (const QString& path : paths) {
        const Result<OwnNotesFile> file = OwnNotes::read(path, QDateTime::currentDateTimeUtc());
        if (file) {
            files.append(*file);
            continue;
        }
        const QString& error = file.error();
        cli.err() << QStringLiteral("certdeck: ") << error << u'\n';
        ++refused;
    }
    if (!files.isEmpty()) {
        ProgressDatabase db;
        const ProgressDatabase::OpenResult opened = db.open(cli.env().progressDatabase);
        if (!opened.ok()) {
            return cli.failure(opened.message);
        }
        const OwnNotesStore store(db.connection());
        for (const OwnNotesFile& f : std::as_const(files)) {
            const Result<OwnNotesStore::PutOutcome> put = store.put(f);
            if (!put) {
                return cli.failure(put.error());
            }
            const QString name = PlainText::printable(f.name);
            const int lines = int(f.text.count('\n') + (f.text.endsWith('\n') ? 0 : 1));
            switch (*put) {
            case OwnNotesStore::PutOutcome::Added:
                //: %1 is a file name; %n its number of lines
                cli.out() << CommandLine::tr("Imported %1 (%n line(s))", nullptr, lines).arg(name) << u'\n';
                break;
            case OwnNotesStore::PutOutcome::Updated:
                cli.out() << CommandLine::tr("Updated %1 (%n line(s))", nullptr, lines).arg(name) << u'\n';
                break;
            case OwnNotesStore::PutOutcome::Unchanged:
                cli.out() << CommandLine::tr("%1 is already imported as it is").arg(name) << u'\n';
                break;
            }
        }
        PersonalContent::Built built;
        if (!rebuild(cli, db, &built)) {
            return ExitFailure;
        }
        cli.out() << CommandLine::tr("Your notes: %n file(s), ", nullptr, built.files)
                  << CommandLine::tr("%n section(s), searchable with 'certdeck lookup'.", nullptr,
                                     built.sections)
                  << u'\n';
    }
    return refused > 0 ? ExitFailure : ExitOk;
}

int listNotes(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("notes list");
    const QString help = CommandLine::tr("Usage: certdeck notes list [--json]\n"
                                         "\n"
                                         "Lists the notes you imported: name, title, lines and when.\n"
                                         "\n"
                                         "Options:\n"
                                         "  --json        print JSON\n"
                                         "  -h, --help    show this help\n");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (const int status = cli.parse(parser, command, args, {json}, help); status >= 0) {
        return status;
    }
    SqliteConnection c;
    const Result<bool> opened = ProgressDatabase::openForReading(cli.env().progressDatabase, c);
    if (!opened) {
        return cli.failure(opened.error());
    }
    QList<OwnNotesFile> files;
    if (*opened) {
        const Result<QList<OwnNotesFile>> read = OwnNotesStore(c).files();
        if (!read) {
            return cli.failure(read.error());
        }
        files = *read;
    }
    auto lineCount = [](const OwnNotesFile& f) {
        return int(f.text.count('\n') + (f.text.endsWith('\n') ? 0 : 1));
    };
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const OwnNotesFile& f : std::as_const(files)) {
            list.append(QJsonObject{{QStringLiteral("name"), f.name},
                                    {QStringLiteral("title"), f.title},
                                    {QStringLiteral("origin"), f.origin},
                                    {QStringLiteral("lines"), lineCount(f)},
                                    {QStringLiteral("bytes"), f.text.size()},
                                    {QStringLiteral("imported_at"), f.importedAt.toString(Qt::ISODate)}});
        }
        cli.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (files.isEmpty()) {
        cli.out() << CommandLine::tr("No notes of your own yet: add some with 'certdeck notes import FILE'.")
                  << u'\n';
    }
    for (const OwnNotesFile& f : std::as_const(files)) {
        //: %1 file name, %2 the date it was imported; then its number of lines
        cli.out() << CommandLine::tr("%1  imported %2, %n line(s)", nullptr, lineCount(f))
                         .arg(PlainText::printable(f.name), f.importedAt.toString(Qt::ISODate))
                  << u'\n';
    }
    return ExitOk;
}

int removeNotes(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("notes remove");
    const QString help =
        CommandLine::tr("Usage: certdeck notes remove NAME\n"
                        "\n"
                        "Removes the notes file NAME you imported (as 'certdeck notes list'\n"
                        "names it). Cards you made from its lines stay.\n"
                        "\n"
                        "Options:\n"
                        "  -h, --help    show this help\n");
    QCommandLineParser parser;
    if (const int status = cli.parse(parser, command, args, {}, help, true); status >= 0) {
        return status;
    }
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1) {
        return cli.usageError(command, names.isEmpty()
                                           ? CommandLine::tr("missing NAME, the notes file to remove")
                                           : CommandLine::tr("unexpected argument '%1'").arg(names.at(1)));
    }
    ProgressDatabase db;
    const ProgressDatabase::OpenResult opened = db.open(cli.env().progressDatabase);
    if (!opened.ok()) {
        return cli.failure(opened.message);
    }
    const Result<bool> removed = OwnNotesStore(db.connection()).remove(names.first());
    if (!removed) {
        return cli.failure(removed.error());
    }
    if (!*removed) {
        return cli.failure(CommandLine::tr("no notes of yours are named '%1' (see 'certdeck notes list')")
                               .arg(PlainText::printable(names.first())));
    }
    if (!rebuild(cli, db)) {
        return ExitFailure;
    }
    cli.out() << CommandLine::tr("Removed %1").arg(PlainText::printable(names.first())) << u'\n';
    return ExitOk;
}

} // namespace

QList<CliCommand> notesCommands()
{
    const QString notes = QStringLiteral("notes");
    return {{{notes, QStringLiteral("import")},
             QStringLiteral("FILE..."),
             CommandLine::tr("add your own notes (text or Markdown) to lookup and the Notes page"),
             importNotes},
            {{notes, QStringLiteral("list")},
             QStringLiteral("[--json]"),
             CommandLine::tr("the notes you imported"),
             listNotes},
            {{notes, QStringLiteral("remove")},
             QStringLiteral("NAME"),
             CommandLine::tr("remove notes you imported"),
             removeNotes}};
}

} // namespace certdeck
