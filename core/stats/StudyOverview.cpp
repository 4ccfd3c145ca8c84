#include "stats/StudyOverview.h"

#include "review/ReviewSession.h"
#include "stats/StatsStore.h"
#include "util/Clock.h"

namespace certdeck {

Result<StudyOverview> readStudyOverview(const StatsContent& content, const SqliteConnection& progress,
                                        const ReviewStore& reviews, const Clock& clock,
                                        const ReviewSettings& settings, int days, const QTimeZone& zone)
{
    StudyOverview overview;
    Result<StatsReport> report = readStatsReport(content, &progress, settings, clock.now(), days, zone);
    if (!report) {
        return Result<StudyOverview>::failure(report.error());
    }
    overview.report = std::move(report).value();

    ReviewSession session(reviews, clock, settings, zone, 0);
    const Result<bool> started = session.start(content.cards);
    if (!started) {
        return Result<StudyOverview>::failure(started.error());
    }
    const ReviewSession::Counts counts = session.counts();
    overview.dueNow = counts.learning + counts.due;
    overview.newToday = counts.fresh;
    const Result<int> waiting = session.newWaiting();
    overview.newWaiting = waiting ? *waiting : counts.fresh;
    overview.plan = StudyAdvice::plan(overview.report, overview.dueNow, overview.newToday);
    return overview;
}

} // namespace certdeck
