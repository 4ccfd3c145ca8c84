// certdeck_fuzz_replay TARGET [FILE or FOLDER]...: runs a fuzz target, built with the ordinary compiler,
// on a few built-in inputs and on every input kept under tests/data/fuzz/TARGET/ (each one once crashed or
// hung it). The ordinary test suite runs it, so a fixed finding stays fixed without clang or libFuzzer.

#include "FuzzTargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: certdeck_fuzz_replay TARGET [FILE or FOLDER]...\n");
        return 2;
    }
    certdeck::fuzz::setUp(CERTDECK_FUZZ_CONTENT_DIR, CERTDECK_FUZZ_CONTENT_DB);
    const certdeck::fuzz::Target* target = certdeck::fuzz::findTarget(argv[1]);
    if (!target) {
        std::fprintf(stderr, "certdeck_fuzz_replay: no fuzz target '%s'\n", argv[1]);
        return 2;
    }
    const QByteArray builtIn[] = {QByteArray(),
                                  QByteArray(1, '\0'),
                                  QByteArray("\n\n\n"),
                                  QByteArray("SQLite format 3\0", 16) + QByteArray(200, '\xff'),
                                  QByteArray("lookup\nsqs\n--limit\n99999999999999999999"),
                                  QByteArray("topic: sqs\ncards: [{id: sqs.a, id: sqs.b}]\n---\nx: 1\n")};
    int runs = 0;
    for (const QByteArray& input : builtIn) {
        target->run(reinterpret_cast<const std::uint8_t*>(input.constData()), std::size_t(input.size()));
        ++runs;
    }
    QStringList files;
    for (int i = 2; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                files.append(it.next());
            }
        } else if (QFileInfo::exists(path)) {
            files.append(path);
        }
    }
    files.sort();
    for (const QString& file : std::as_const(files)) {
        if (file.endsWith(QStringLiteral(".md"))) {
            continue; // notes about the findings
        }
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "certdeck_fuzz_replay: cannot read %s\n", qPrintable(file));
            return 1;
        }
        const QByteArray input = f.readAll();
        std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(QFileInfo(file).fileName()));
        target->run(reinterpret_cast<const std::uint8_t*>(input.constData()), std::size_t(input.size()));
        ++runs;
    }
    std::printf("%s: %d input(s) ran clean (%lld kept)\n", argv[1], runs,
                static_cast<long long>(files.size()));
    return 0;
}
