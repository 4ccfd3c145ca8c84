#include "review/StudyDay.h"

namespace certdeck {

namespace {

/// `date` at `time` in `zone`, in UTC. A time the clocks skip (spring forward) comes out as the first
/// moment after the gap; a time that happens twice (fall back) as its first occurrence.
QDateTime startOf(QDate date, QTime time, const QTimeZone& zone)
{
    const QDateTime local(date, time, zone);
    if (local.isValid() && local.date() == date && local.time() == time) {
        return local.toUTC();
    }
    // In a gap: the first whole minute after `time` that exists on that date.
    for (int minutes = 1; minutes <= 3 * 60; ++minutes) {
        const QTime later = time.addSecs(qint64(minutes) * 60);
        const QDateTime candidate(date, later, zone);
        if (candidate.isValid() && candidate.time() == later) {
            return candidate.toUTC();
        }
    }
    return local.toUTC();
}

} // namespace

StudyDay StudyDay::containing(const QDateTime& at, const QTimeZone& zone, QTime startsAt)
{
    const QDateTime local = at.toTimeZone(zone);
    QDate date = local.date();
    if (at < startOf(date, startsAt, zone)) {
        date = date.addDays(-1);
    }
    return StudyDay{date, startOf(date, startsAt, zone), startOf(date.addDays(1), startsAt, zone)};
}

StudyDay StudyDay::next(const QTimeZone& zone, QTime startsAt) const
{
    const QDate following = date.addDays(1);
    return StudyDay{following, startOf(following, startsAt, zone),
                    startOf(following.addDays(1), startsAt, zone)};
}

} // namespace certdeck
