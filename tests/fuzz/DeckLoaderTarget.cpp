// deck_loader: any bytes as a deck, a topics file and an exams file. Every finding is a diagnostic with a
// line that exists, printed on one line with no control character; numbers that come through are in range.

#include "FuzzSupport.h"
#include "content/DeckLoader.h"

#include <cmath>

namespace certdeck::fuzz {

void deckLoader(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const int lines = int(bytes.count('\n')) + 1;
    QList<Diagnostic> diagnostics;
    const Deck deck = DeckLoader::loadDeck(QStringLiteral("fuzz.yaml"), bytes, diagnostics);
    const QList<Topic> topics = DeckLoader::loadTopics(QStringLiteral("topics.yaml"), bytes, diagnostics);
    const QList<ExamProfile> profiles =
        DeckLoader::loadExams(QStringLiteral("exams.yaml"), bytes, diagnostics);
    for (const Diagnostic& d : diagnostics) {
        CERTDECK_FUZZ_CHECK(d.line >= 0 && d.line <= lines);
        CERTDECK_FUZZ_CHECK(!d.message.isEmpty());
        CERTDECK_FUZZ_CHECK(!holdsUnsafe(d.toString(), false));
    }
    for (const Question& q : deck.questions) {
        CERTDECK_FUZZ_CHECK(q.choose >= 0 && q.choose <= 10);
    }
    for (const Limit& l : deck.limits) {
        CERTDECK_FUZZ_CHECK(!l.numeric || std::isfinite(l.value.toDouble()));
    }
    for (const ExamProfile& p : profiles) {
        for (const ExamDomain& d : p.domains) {
            CERTDECK_FUZZ_CHECK(d.weight >= 0 && d.weight <= 100);
        }
    }
    (void)topics;
}

} // namespace certdeck::fuzz
