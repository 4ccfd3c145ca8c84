// Statistics speed: every series of the Stats page and the readiness of both profiles, read from a progress
// database holding 200,000 reviews (StatsFixture.h). Target (issue 12): under 100 ms on the 2-core machine,
// release build.

#include "StatsFixture.h"
#include "stats/StatsStore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace certdeck;

namespace {

void BM_Stats(benchmark::State& state)
{
    ContentRepository repo;
    QString error;
    if (!repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    const Result<StatsContent> content = loadStatsContent(repo);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.db"));
    error = content ? bench::writeStatsYear(path, content->cards, content->questions) : content.error();
    ProgressDatabase db;
    if (error.isEmpty() && !db.open(path).ok()) {
        error = QStringLiteral("cannot open the progress database");
    }
    if (!error.isEmpty()) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    StatsOptions options;
    options.now = bench::kStatsNow;
    options.days = int(state.range(0));
    for (auto _ : state) {
        const Result<ProgressFacts> facts = StatsStore(db.connection()).read(*content);
        const StatsReport report = computeStats(*content, *facts, options);
        if (report.totalReviews != 200000 || !report.profiles.value(0).readiness.hasEstimate) {
            state.SkipWithError("the report is not what it should be");
            return;
        }
        benchmark::DoNotOptimize(report.activity.size());
    }
    state.SetLabel("200,000 reviews, 6,500 answers");
}
BENCHMARK(BM_Stats)->Arg(30)->Arg(365)->Unit(benchmark::kMillisecond);

} // namespace
