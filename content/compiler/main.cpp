// certdeck-compile: turns a content folder into content.db. Built first; run by the build.
// Usage: certdeck-compile <content dir> <output content.db> [--sections]

#include "cli/CliOutput.h"
#include "cli/StandardStreams.h"
#include "content/ContentCompiler.h"
#include "util/PlainText.h"

#include <QCoreApplication>

using namespace certdeck;

namespace {

int compile(const QStringList& args, CliOutput& out, CliOutput& err)
{
    if (args.size() < 2 || args.size() > 3 || (args.size() == 3 && args[2] != u"--sections")) {
        err << QCoreApplication::translate(
                   "certdeck-compile",
                   "usage: certdeck-compile <content dir> <output content.db> [--sections]")
            << u'\n';
        return 2;
    }
    const CompileResult result = ContentCompiler::load(ContentSources::fromDirectory(args[0]));
    for (const Diagnostic& d : result.diagnostics) {
        err << d.toString() << u'\n';
    }
    if (!result.ok()) {
        err << QCoreApplication::translate("certdeck-compile",
                                           "certdeck-compile: %1 problem(s); %2 not written")
                   .arg(result.diagnostics.size())
                   .arg(PlainText::printable(args[1]))
            << u'\n';
        return 1;
    }
    if (args.size() == 3) { // a reading aid for whoever edits topics.yaml: how the notes were cut up
        for (const NotesDocument& doc : result.bank.notes) {
            for (const NoteSection& s : doc.sections) {
                out << QStringLiteral("%1:%2-%3 L%4 [%5] %6\n")
                           .arg(doc.fileName)
                           .arg(s.firstLine)
                           .arg(s.lastLine)
                           .arg(s.level)
                           .arg(s.topic, PlainText::printable(s.title));
            }
        }
    }
    QString error;
    if (!ContentCompiler::writeDatabase(result.bank, args[1], &error)) {
        err << QStringLiteral("certdeck-compile: ") << error << u'\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    StandardStreams::reserveDescriptors();
    QCoreApplication app(argc, argv);
    StandardStreams streams(QStringLiteral("certdeck-compile"));
    CliOutput out(streams.out());
    CliOutput err(streams.err());
    return streams.finish(compile(app.arguments().mid(1), out, err));
}
