// Calculator speed (issue 7): every calculator once with its example inputs in well under 1 ms in total; a
// drill of 100 questions in under 10 ms.

#include "calc/CalcLibrary.h"
#include "calc/Calculator.h"
#include "calc/Drill.h"
#include "content/ContentRepository.h"

#include <benchmark/benchmark.h>

using namespace certdeck;
using namespace certdeck::calc;

namespace {

FactBook bundledFacts()
{
    ContentRepository repo;
    QString error;
    if (!repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) {
        return {};
    }
    const Result<QList<CalcFact>> facts = repo.calcFacts();
    return facts ? FactBook(*facts) : FactBook();
}

void BM_Calculators(benchmark::State& state)
{
    const FactBook facts = bundledFacts();
    QList<std::pair<const Calculator*, Inputs>> runs;
    for (const Calculator* c : calculators()) {
        Inputs inputs;
        for (const Field& f : c->fields(facts)) {
            if (!f.example.isEmpty()) {
                inputs.text.insert(f.key, f.example);
            }
        }
        runs.append({c, inputs});
    }
    for (auto _ : state) {
        for (const auto& [c, inputs] : runs) {
            const CalcResult r = c->run(inputs, facts);
            if (!r.ok()) {
                state.SkipWithError("a calculator refused its example");
                return;
            }
            benchmark::DoNotOptimize(r);
        }
    }
    state.counters["calculators"] = double(runs.size());
}
BENCHMARK(BM_Calculators)->Unit(benchmark::kMicrosecond);

/// A drill of 100 questions from each calculator in turn (the time is per drill).
void BM_Drill100(benchmark::State& state)
{
    const FactBook facts = bundledFacts();
    const QList<const Calculator*>& all = calculators();
    qsizetype next = 0;
    quint64 seed = 1;
    for (auto _ : state) {
        const Result<QList<DrillQuestion>> questions = drill(*all[next], facts, seed++, 100, QLocale::c());
        next = (next + 1) % all.size();
        if (!questions) {
            state.SkipWithError(questions.error().toUtf8().constData());
            return;
        }
        benchmark::DoNotOptimize(questions);
    }
}
BENCHMARK(BM_Drill100)->Unit(benchmark::kMillisecond);

} // namespace
