// notes_parser: any bytes as a notes file. The parser gives every line to exactly one section, in order,
// each titled by one of its own lines; the text check finds a problem only where there is one.

#include "FuzzSupport.h"
#include "content/DeckLoader.h"
#include "content/NotesParser.h"
#include "content/TopicCatalog.h"
#include "util/PlainText.h"
#include "util/RegularFile.h"

namespace certdeck::fuzz {

namespace {

const TopicCatalog& realCatalog()
{
    static const TopicCatalog catalog = [] {
        const QString file = contentDir() + QStringLiteral("/topics.yaml");
        QByteArray yaml;
        QString error;
        RegularFile::read(file, RegularFile::kMaxTextBytes, &yaml, &error);
        QList<Diagnostic> diagnostics;
        return TopicCatalog(DeckLoader::loadTopics(file, yaml, diagnostics));
    }();
    return catalog;
}

} // namespace

void notesParser(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const std::optional<PlainText::Problem> problem = PlainText::checkFile(bytes);
    if (problem) {
        CERTDECK_FUZZ_CHECK(problem->line >= 1 && problem->column >= 1);
    }
    const NotesDocument doc = NotesParser(realCatalog()).parse(QStringLiteral("fuzz.txt"), bytes);
    int next = 1;
    for (const NoteSection& s : doc.sections) {
        CERTDECK_FUZZ_CHECK(s.firstLine == next);
        CERTDECK_FUZZ_CHECK(s.lastLine >= s.firstLine);
        CERTDECK_FUZZ_CHECK(s.headingLine >= s.firstLine && s.headingLine <= s.lastLine);
        CERTDECK_FUZZ_CHECK(s.level == 1 || s.level == 2);
        CERTDECK_FUZZ_CHECK(!s.topic.isEmpty());
        next = s.lastLine + 1;
    }
    CERTDECK_FUZZ_CHECK(next == int(doc.lines.size()) + 1);
    for (qsizetype i = 0; i < doc.lines.size(); ++i) {
        const qsizetype at = doc.sectionIndexAt(int(i + 1));
        CERTDECK_FUZZ_CHECK(at >= 0 && doc.sections[at].firstLine <= i + 1 &&
                            doc.sections[at].lastLine >= i + 1);
    }
}

} // namespace certdeck::fuzz
