// Loading and validating the whole content folder (what the build and `content check` do).

#include "content/ContentCompiler.h"
#include "content/NotesParser.h"
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
