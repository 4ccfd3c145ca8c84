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
    const Result<ProgressFacts> facts = StatsStore(progress).read(content);
    if (!facts) {
        return Result<StudyOverview>::failure(facts.error());
    }
    StatsOptions options;
    options.now = clock.now();
    options.zone = zone;
    options.dayStartsAt = settings.nextDayStartsAt;
    options.fsrs = settings.fsrs();
    options.days = days;
    overview.report = computeStats(content, *facts, options);

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
