#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace certdeck {

/// When to back progress.db up and which backups to keep, as Anki does: a pure function of the backups'
/// creation times and a `now` given by the caller (never the clock), so every rule is tested exactly.
///
/// Kept: the newest `newest` backups; plus the newest backup of each of the last `days` calendar days (today
/// included); plus the newest backup of each of the last `weeks` calendar weeks (this week included, weeks
/// starting on `firstDayOfWeek`). Days are the learner's, in the time zone given. Everything else may be
/// deleted.
///
/// Days and weeks are fixed calendar buckets, not periods counted back from `now`: the newest backup of a
/// past week stays the newest of that week, so applying the policy after every new backup keeps the same
/// backups as applying it once at the end. (With periods sliding back from `now`, each day's rotation would
/// delete yesterday's "newest of the week before" and no weekly backup would survive.)
/// A backup dated after `now` (the clock was turned back) belongs to no day and no week: it is kept only
/// while it is among the newest.
struct BackupPolicy {
    int newest = 8;
    int days = 7;
    int weeks = 4;
    Qt::DayOfWeek firstDayOfWeek = Qt::Monday;
    /// A new backup is due when the last one is at least this old.
    qint64 intervalSeconds = qint64(30) * 60;

    /// For each entry of `created` (UTC creation times, any order), whether to keep that backup; the result
    /// has the same length and order. Of two backups with the same time, the one earlier in the list counts
    /// as the newer.
    QList<bool> keep(const QList<QDateTime>& created, const QDateTime& now, const QTimeZone& zone) const;

    /// Whether a new backup is due: none exists (`last` is invalid) or the last is at least
    /// `intervalSeconds` old. A last backup dated after `now` makes none due until the clock passes it.
    bool due(const QDateTime& last, const QDateTime& now) const;
};

} // namespace certdeck
