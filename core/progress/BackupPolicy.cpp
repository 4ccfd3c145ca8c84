#include "progress/BackupPolicy.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace certdeck {

QList<bool> BackupPolicy::keep(const QList<QDateTime>& created, const QDateTime& now,
                               const QTimeZone& zone) const
{
    QList<bool> kept(created.size(), false);
    // Newest first; of equal times the earlier entry first (stable sort).
    std::vector<qsizetype> order(size_t(created.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return created[a] > created[b]; });

    // The first day of the calendar week `date` is in.
    auto weekOf = [&](const QDate& date) {
        return date.addDays(-qint64((date.dayOfWeek() - int(firstDayOfWeek) + 7) % 7));
    };
    const QDate today = now.toTimeZone(zone).date();
    const QDate thisWeek = weekOf(today);
    qint64 lastDay = -1; // the day and week whose newest backup was seen last
    qint64 lastWeek = -1;
    for (size_t rank = 0; rank < order.size(); ++rank) {
        const qsizetype i = order[rank];
        if (qint64(rank) < qint64(newest)) {
            kept[i] = true;
        }
        if (!created[i].isValid() || created[i] > now) {
            continue;
        }
        // Calendar days in `zone`: a day of 23 or 25 hours (daylight saving) is still one day.
        const QDate date = created[i].toTimeZone(zone).date();
        const qint64 day = date.daysTo(today);
        const qint64 week = weekOf(date).daysTo(thisWeek) / 7;
        if (day < 0 || week < 0) {
            continue; // not earlier than `now`'s day: only with an invalid zone
        }
        // Going newest first, the first backup seen of a day or week is its newest.
        if (day != lastDay) {
            lastDay = day;
            if (day < days) {
                kept[i] = true;
            }
        }
        if (week != lastWeek) {
            lastWeek = week;
            if (week < weeks) {
                kept[i] = true;
            }
        }
    }
    return kept;
}

bool BackupPolicy::due(const QDateTime& last, const QDateTime& now) const
{
    return !last.isValid() || last.secsTo(now) >= intervalSeconds;
}

} // namespace certdeck
