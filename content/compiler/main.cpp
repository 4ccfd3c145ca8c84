// certdeck-compile: turns a content folder into content.db. Built first; run by the build.
// Usage: certdeck-compile <content dir> <output content.db> [--sections]

#include "content/ContentCompiler.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace certdeck;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2 || args.size() > 3 || (args.size() == 3 && args[2] != u"--sections")) {
        err << QCoreApplication::translate(
                   "certdeck-compile",
                   "usage: certdeck-compile <content dir> <output content.db> [--sections]")
            << '\n';
        return 2;
    }
    const CompileResult result = ContentCompiler::load(ContentSources::fromDirectory(args[0]));
    for (const Diagnostic& d : result.diagnostics) {
        err << d.toString() << '\n';
    }
    if (!result.ok()) {
        err << QCoreApplication::translate("certdeck-compile",
                                           "certdeck-compile: %1 problem(s); %2 not written")
                   .arg(result.diagnostics.size())
                   .arg(args[1])
            << '\n';
        return 1;
    }
    if (args.size() == 3) { // a reading aid for whoever edits topics.yaml: how the notes were cut up
        for (const NotesDocument& doc : result.bank.notes) {
            for (const NoteSection& s : doc.sections) {
                out << doc.fileName << ':' << s.firstLine << '-' << s.lastLine << " L" << s.level << " ["
                    << s.topic << "] " << s.title << '\n';
            }
        }
    }
    QString error;
    if (!ContentCompiler::writeDatabase(result.bank, args[1], &error)) {
        err << "certdeck-compile: " << error << '\n';
        return 1;
    }
    return 0;
}
