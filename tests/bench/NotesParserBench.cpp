// Loading and validating the whole content folder (what the build and `content check` do).

#include "content/ContentCompiler.h"
#include "content/NotesParser.h"
#include "content/QualityGate.h"
#include "content/QuoteIndex.h"

#include <benchmark/benchmark.h>

using namespace certdeck;

namespace {

void BM_LoadContent(benchmark::State& state)
{
    const ContentSources sources = ContentSources::fromDirectory(QStringLiteral(CERTDECK_TEST_CONTENT_DIR));
    for (auto _ : state) {
        benchmark::DoNotOptimize(ContentCompiler::load(sources));
    }
}
BENCHMARK(BM_LoadContent)->Unit(benchmark::kMillisecond);

/// The quality gate over 1,500 questions and 1,500 cards (the real ones repeated with distinct stems): a bank
/// three times the size the two content issues aim at.
void BM_QualityGate1500(benchmark::State& state)
{
    const ContentBank real =
        ContentCompiler::load(ContentSources::fromDirectory(QStringLiteral(CERTDECK_TEST_CONTENT_DIR))).bank;
    QList<Question> questions;
    QList<Card> cards;
    for (const Deck& deck : real.decks) {
        questions += deck.questions;
        cards += deck.cards;
    }
    if (questions.isEmpty() || cards.isEmpty()) {
        state.SkipWithError("the content holds no questions or cards");
        return;
    }
    ContentBank bank;
    Deck big;
    for (int i = 0; big.questions.size() < 1500; ++i) {
        Question q = questions[i % questions.size()];
        q.stem += QStringLiteral(" Case %1.").arg(i);
        big.questions.append(q);
    }
    for (int i = 0; big.cards.size() < 1500; ++i) {
        Card c = cards[i % cards.size()];
        c.front += QStringLiteral(" %1").arg(i);
        big.cards.append(c);
    }
    bank.decks.append(big);
    for (auto _ : state) {
        benchmark::DoNotOptimize(QualityGate::check(bank));
    }
}
BENCHMARK(BM_QualityGate1500)->Unit(benchmark::kMillisecond);

/// Finding 1,500 source quotes (the size the bank is heading for) in the real notes, index built included.
void BM_Resolve1500Quotes(benchmark::State& state)
{
    const QList<NotesDocument> notes =
        ContentCompiler::load(ContentSources::fromDirectory(QStringLiteral(CERTDECK_TEST_CONTENT_DIR)))
            .bank.notes;
    QStringList quotes;
    for (const NotesDocument& doc : std::as_const(notes)) {
        for (const QString& line : doc.lines) {
            if (line.trimmed().size() >= 30 && quotes.size() < 1500) {
                quotes.append(line.trimmed().mid(5, 25));
            }
        }
    }
    for (auto _ : state) {
        const QuoteIndex index(notes);
        for (const QString& q : std::as_const(quotes)) {
            benchmark::DoNotOptimize(index.find(q));
        }
    }
    state.counters["quotes"] = double(quotes.size());
}
BENCHMARK(BM_Resolve1500Quotes)->Unit(benchmark::kMillisecond);

/// 200 hostile lines ("---", 8000 spaces, "x"): the backtracking banner pattern spent about 3 s on each.
void BM_NotesParserHostileRules(benchmark::State& state)
{
    QByteArray notes = "SQS\n";
    for (int i = 0; i < 200; ++i) {
        notes += "---" + QByteArray(8000, ' ') + "x\n";
    }
    const TopicCatalog catalog;
    for (auto _ : state) {
        benchmark::DoNotOptimize(NotesParser(catalog).parse(QStringLiteral("hostile.txt"), notes));
    }
}
BENCHMARK(BM_NotesParserHostileRules)->Unit(benchmark::kMillisecond);

} // namespace
