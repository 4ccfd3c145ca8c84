#include "review/Replay.h"

#include <utility>

namespace certdeck {

QList<CardSchedule> replayReviews(const QList<ReviewEvent>& reviews, FsrsParameters parameters)
{
    QList<CardSchedule> schedules;
    if (reviews.isEmpty()) {
        return schedules;
    }
    parameters.fuzz = false;
    const FsrsScheduler scheduler(std::move(parameters));
    schedules.reserve(reviews.size());
    CardSchedule card = FsrsScheduler::newCard(reviews.first().at);
    for (const ReviewEvent& review : reviews) {
        card = scheduler.review(card, review.at, review.rating);
        schedules.append(card);
    }
    return schedules;
}

} // namespace certdeck
