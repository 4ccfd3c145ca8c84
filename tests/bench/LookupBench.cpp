// Lookup latency on the shipped content.db: typical questions, as-you-type prefixes, and a miss.

#include "content/ContentRepository.h"
#include "lookup/LookupIndex.h"

#include <benchmark/benchmark.h>

using namespace certdeck;

namespace {

void runQuery(benchmark::State& state, const QString& query)
{
    ContentRepository repo;
    QString error;
    if (!repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    const LookupIndex index(repo);
    for (auto _ : state) {
        benchmark::DoNotOptimize(index.search(query, 10));
    }
}

/// Opening content.db as the app does on the first lookup: immutable, with its verification (schema, tables,
/// quick_check).
void BM_OpenContentDatabase(benchmark::State& state)
{
    for (auto _ : state) {
        ContentRepository repo;
        QString error;
        if (!repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
        benchmark::DoNotOptimize(repo.isOpen());
    }
}
BENCHMARK(BM_OpenContentDatabase)->Unit(benchmark::kMillisecond);

void BM_LookupPhrase(benchmark::State& state)
{
    runQuery(state, QStringLiteral("visibility timeout"));
}
void BM_LookupQuestion(benchmark::State& state)
{
    runQuery(state, QStringLiteral("what is the max item size in dynamodb"));
}
void BM_LookupPrefix(benchmark::State& state)
{
    runQuery(state, QStringLiteral("vis"));
}
void BM_LookupMiss(benchmark::State& state)
{
    runQuery(state, QStringLiteral("zzqxv nothing"));
}

BENCHMARK(BM_LookupPhrase)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LookupQuestion)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LookupPrefix)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LookupMiss)->Unit(benchmark::kMicrosecond);

} // namespace
