// The Stats page, offscreen: from the request to the page shown and painted with every chart, on a progress
// database of 200,000 reviews (StatsFixture.h). The first opening in a process also loads the charts library
// and Qt Charts. Target (issue 12): under 300 ms on the 2-core machine, release build.

#include "AppContext.h"
#include "StatsFixture.h"
#include "pages/StatsPage.h"
#include "stats/StatsStore.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QWidget>

#include <benchmark/benchmark.h>

using namespace certdeck;

namespace {

void BM_StatsPageOpen(benchmark::State& state)
{
    QTemporaryDir data;
    const QString path = data.filePath(QStringLiteral("progress.db"));
    auto context = std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB), path);
    QString error;
    const ContentRepository* repo = context->content(&error);
    const Result<StatsContent> content =
        repo ? loadStatsContent(*repo) : Result<StatsContent>::failure(error);
    error = content ? bench::writeStatsYear(path, content->cards, content->questions) : content.error();
    if (!error.isEmpty()) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    context->openProgress();
    QWidget window;
    window.resize(1100, 720);
    window.show();
    QApplication::processEvents();
    for (auto _ : state) {
        auto* page = new StatsPage(*context, &window);
        page->resize(window.size());
        page->show();                  // reads progress and draws every chart
        QApplication::processEvents(); // painted
        if (!page->charts() || !page->report() || page->report()->totalReviews != 200000) {
            state.SkipWithError("the Stats page did not draw its charts");
            return;
        }
        state.PauseTiming();
        delete page;
        QApplication::processEvents();
        state.ResumeTiming();
    }
}
// The first iteration loads the charts library; each later one builds a new page in the same process.
BENCHMARK(BM_StatsPageOpen)->Iterations(1)->Name("BM_StatsPageOpen/first")->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatsPageOpen)->Iterations(5)->Name("BM_StatsPageOpen/again")->Unit(benchmark::kMillisecond);

} // namespace
