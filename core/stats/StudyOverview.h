#pragma once

#include "review/ReviewSettings.h"
#include "stats/StatsEngine.h"
#include "stats/StudyAdvice.h"
#include "util/Result.h"

#include <QTimeZone>

namespace certdeck {

class Clock;
class ReviewStore;
class SqliteConnection;

/// What the Today and Stats pages show, read and computed in one go: the statistics, today's flashcard
/// counts (by the Flashcards page's own queue over the whole deck) and the advice.
struct StudyOverview {
    StatsReport report;
    TodayPlan plan;
    int dueNow = 0;     ///< learning and review cards due today, within today's review limit
    int newToday = 0;   ///< new cards left for today
    int newWaiting = 0; ///< new cards in the deck beyond today's limit included
};

Result<StudyOverview> readStudyOverview(const StatsContent& content, const SqliteConnection& progress,
                                        const ReviewStore& reviews, const Clock& clock,
                                        const ReviewSettings& settings, int days,
                                        const QTimeZone& zone = QTimeZone::systemTimeZone());

} // namespace certdeck
