#pragma once

#include "review/Fsrs.h"

#include <QDateTime>
#include <QList>

namespace certdeck {

/// One grading in a card's history.
struct ReviewEvent {
    QDateTime at;
    Rating rating = Rating::Good;
};

/// The schedules a card goes through under `reviews`, in the order given: a new card created at the first
/// review's time, then each review applied in turn, with fuzz off whatever `parameters` says (a replay is
/// reproducible and comparable with ts-fsrs). One schedule per review; none for an empty history. Used by
/// `certdeck srs replay` and to check the scheduler against tests/data/fsrs.
QList<CardSchedule> replayReviews(const QList<ReviewEvent>& reviews, FsrsParameters parameters = {});

} // namespace certdeck
