// cli_arguments: any text as a command line (one argument per line), run against the real content.db, a
// small content folder and an empty data folder. Every run ends with status 0, 1 or 2, and no control or
// escape character reaches the output raw. Covers every parser of numbers and options the commands have.

#include "FuzzSupport.h"
#include "cli/CommandLine.h"

#include <QDir>
#include <QFile>

namespace certdeck::fuzz {

namespace {

/// A valid content folder of one note and one deck, written once.
QString smallContent()
{
    static const QString root = [] {
        const QString dir = scratchDir() + QStringLiteral("/content");
        QDir().mkpath(dir + QStringLiteral("/notes"));
        QDir().mkpath(dir + QStringLiteral("/decks"));
        QFile::copy(contentDir() + QStringLiteral("/topics.yaml"), dir + QStringLiteral("/topics.yaml"));
        QFile::copy(contentDir() + QStringLiteral("/exams.yaml"), dir + QStringLiteral("/exams.yaml"));
        QFile notes(dir + QStringLiteral("/notes/notes.txt"));
        if (notes.open(QIODevice::WriteOnly)) {
            notes.write("SQS\n    - Long Polling - 20 seconds\n");
        }
        QFile deck(dir + QStringLiteral("/decks/sqs.yaml"));
        if (deck.open(QIODevice::WriteOnly)) {
            deck.write(
                "topic: sqs\nlimits:\n  - {id: sqs.long-poll-max, name: Maximum long polling wait, value: "
                "20, unit: seconds, source: \"Long Polling - 20 seconds\"}\n");
        }
        return dir;
    }();
    return root;
}

} // namespace

void cliArguments(const std::uint8_t* data, std::size_t size)
{
    QStringList args = QString::fromUtf8(bytesOf(data, size)).split(u'\n');
    if (args.size() > 12) {
        args = args.mid(0, 12);
    }
    if (args.size() >= 2 && args[0] == u"content" && args[1] == u"check" && args.size() >= 3) {
        args = args.mid(0, 2); // a folder named by the fuzzer could be anywhere on this machine
    }
    const CliEnvironment env{contentDb(), smallContent(), scratchDir() + QStringLiteral("/data/progress.db"),
                             QStringLiteral("fuzz")};
    QString out;
    QString err;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int status = CommandLine(env, outStream, errStream).run(args);
        CERTDECK_FUZZ_CHECK(status == ExitOk || status == ExitFailure || status == ExitUsage);
    }
    CERTDECK_FUZZ_CHECK(!holdsUnsafe(out, true));
    CERTDECK_FUZZ_CHECK(!holdsUnsafe(err, true));
    CERTDECK_FUZZ_CHECK(!QFile::exists(env.progressDatabase)); // reading commands create nothing
}

} // namespace certdeck::fuzz
