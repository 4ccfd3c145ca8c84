// Quick lookup's palette, offscreen: from Ctrl+K to the palette shown with its recent queries, and to the
// results of the first keystroke. Target: under 50 ms on the 2-core machine, release build, the first time in
// a fresh process state (content.db not yet opened, the palette not yet built).

#include "AppContext.h"
#include "dialogs/CommandPalette.h"
#include "models/LookupResultModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QWidget>

#include <benchmark/benchmark.h>

using namespace certdeck;

namespace {

void BM_PaletteOpen(benchmark::State& state)
{
    QTemporaryDir data;
    const bool typeFirstKey = state.range(0) != 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto context = std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB),
                                                    data.filePath(QStringLiteral("progress.db")));
        QWidget window;
        window.resize(1100, 720);
        window.show();
        QApplication::processEvents();
        state.ResumeTiming();

        auto* palette = new CommandPalette(*context, &window);
        palette->open();
        if (typeFirstKey) {
            palette->input()->setText(QStringLiteral("l")); // content.db opened, index built, searched
        }
        QApplication::processEvents(); // shown and painted
        benchmark::DoNotOptimize(palette->results()->rowCount());

        state.PauseTiming();
        delete palette;
        context.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_PaletteOpen)->Arg(0)->Arg(1)->ArgName("first_key")->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
