// Loading and validating the whole content folder (what the build and `content check` do).

#include "content/ContentCompiler.h"

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

} // namespace
