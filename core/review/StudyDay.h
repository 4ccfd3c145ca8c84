#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace certdeck {

/// The learner's study day: from "next day starts at" (04:00 by default, so a late session still counts as
/// the evening's) on one local date to the same local time on the next. Daily limits count within it, and a
/// card is due today when it is due before its end. Across a daylight-saving change a study day is 23 or 25
/// hours long; a start time the clocks skip begins the day at the first moment after it.
struct StudyDay {
    QDate date;      ///< the local date the day is named after
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC: the next day's start

    /// The study day `at` (any time spec) falls in, in `zone`, with days starting at `startsAt`.
    static StudyDay containing(const QDateTime& at, const QTimeZone& zone, QTime startsAt);
    /// The study day after this one.
    StudyDay next(const QTimeZone& zone, QTime startsAt) const;

    bool contains(const QDateTime& at) const { return at >= start && at < end; }
};

} // namespace certdeck
