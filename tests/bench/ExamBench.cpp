// Exam generation speed: a 65-question SAA-C03-shaped exam from a pool of 10,000 questions. Target: 5 ms on
// the 2-core development machine, release build.

#include "exam/ExamPaper.h"

#include <QDateTime>

#include <benchmark/benchmark.h>

using namespace certdeck;

namespace {

const qint64 kNowMs = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

ExamProfile saaShaped()
{
    ExamProfile p;
    p.id = QStringLiteral("saa-c03");
    p.code = QStringLiteral("SAA-C03");
    p.questionCount = 65;
    p.minutes = 130;
    p.minScore = 100;
    p.maxScore = 1000;
    p.passScore = 720;
    const QStringList ids{QStringLiteral("secure"), QStringLiteral("resilient"), QStringLiteral("performant"),
                          QStringLiteral("cost")};
    const QList<int> weights{30, 26, 24, 20};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        p.domains.append(ExamDomain{ids[i], ids[i], weights[i], {}});
    }
    return p;
}

/// `count` questions over the profile's four domains; about a third answered at some time in the last 60
/// days, every seventh asks for two of five options.
QList<PoolQuestion> bigPool(const ExamProfile& profile, int count)
{
    QList<PoolQuestion> pool;
    pool.reserve(count);
    quint32 x = 12345;
    for (int i = 0; i < count; ++i) {
        x = x * 1664525u + 1013904223u;
        const int choose = i % 7 == 0 ? 2 : 1;
        const qint64 lastSeen = x % 3 == 0 ? kNowMs - qint64(x % 60) * kDayMs - qint64(x % 86400) * 1000 : 0;
        pool.append(PoolQuestion{QStringLiteral("topic%1.q.%2").arg(i % 40).arg(i, 5, 10, QLatin1Char('0')),
                                 profile.domains[i % profile.domains.size()].id, choose, choose == 2 ? 5 : 4,
                                 lastSeen});
    }
    return pool;
}

/// ExamGenerator::fullExam alone: the pool is built once, outside the timing.
void BM_ExamGenerate(benchmark::State& state)
{
    const ExamProfile profile = saaShaped();
    const QList<PoolQuestion> pool = bigPool(profile, int(state.range(0)));
    quint64 seed = 1;
    for (auto _ : state) {
        const Result<ExamPaper> paper = ExamGenerator::fullExam(profile, pool, seed++, kNowMs);
        if (!paper || paper->items.size() != 65) {
            state.SkipWithError("the exam is not what it should be");
            return;
        }
        benchmark::DoNotOptimize(paper->items.constData());
    }
}
BENCHMARK(BM_ExamGenerate)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
