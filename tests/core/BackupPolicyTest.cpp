// Which backups of progress.db are kept and when the next is due: a table of backup times, `now`, a time
// zone and the set that must survive rotation.

#include "progress/BackupPolicy.h"

#include "TestSupport.h"

#include <QSet>

#include <algorithm>

using namespace certdeck;

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

/// `count` backups, newest first, the first at `newest` and each `step` before the one before it.
QList<QDateTime> series(const QDateTime& newest, int count, qint64 stepSeconds)
{
    QList<QDateTime> times;
    for (int i = 0; i < count; ++i) {
        times.append(newest.addSecs(-stepSeconds * i));
    }
    return times;
}

QList<QDateTime> pick(const QList<QDateTime>& times, const QList<int>& indices)
{
    QList<QDateTime> picked;
    for (int i : indices) {
        picked.append(times[i]);
    }
    return picked;
}

QList<int> range(int from, int to)
{
    QList<int> r;
    for (int i = from; i <= to; ++i) {
        r.append(i);
    }
    return r;
}

struct Case {
    const char* name;
    QList<QDateTime> backups;
    QDateTime now;
    QTimeZone zone;
    QList<QDateTime> kept;
    BackupPolicy policy = {};
};

void PrintTo(const Case& c, std::ostream* os)
{
    *os << c.name;
}

/// The kept ones, as sorted text for readable failures.
QStringList keptOf(const Case& c, const QList<QDateTime>& backups)
{
    const QList<bool> keep = c.policy.keep(backups, c.now, c.zone);
    EXPECT_EQ(keep.size(), backups.size());
    QStringList kept;
    for (qsizetype i = 0; i < backups.size() && i < keep.size(); ++i) {
        if (keep[i]) {
            kept.append(iso(backups[i]));
        }
    }
    kept.sort();
    return kept;
}

QStringList sortedText(const QList<QDateTime>& times)
{
    QStringList text;
    for (const QDateTime& t : times) {
        text.append(iso(t));
    }
    text.sort();
    return text;
}

const QTimeZone kUtc = QTimeZone::utc();
const QTimeZone kPlusTwo = QTimeZone(2 * 3600);

QList<Case> cases()
{
    QList<Case> all;

    // Every 10 minutes during one afternoon: only the newest 8 (today's newest is among them).
    {
        const QList<QDateTime> b = series(at("2026-11-22T15:00:00Z"), 30, 600);
        all.append({"ThirtyAtTenMinutesOnOneDay", b, at("2026-11-22T15:00:00Z"), kUtc, pick(b, range(0, 7))});
    }
    // The same across midnight: yesterday's newest (23:50, index 13) stays as well.
    {
        const QList<QDateTime> b = series(at("2026-11-22T02:00:00Z"), 30, 600);
        all.append({"ThirtyAtTenMinutesAcrossMidnight", b, at("2026-11-22T02:00:00Z"), kUtc,
                    pick(b, range(0, 7) + QList<int>{13})});
    }
    // One a day at noon for 40 days, up to Wednesday 2026-11-18: the newest 8 (which hold the last 7 days),
    // and the newest of each of the three calendar weeks (Monday to Sunday) before this one: Sundays 11-15
    // (index 3), 11-08 (10) and 11-01 (17). Nothing from before the fourth week.
    {
        const QList<QDateTime> b = series(at("2026-11-18T12:00:00Z"), 40, 86400);
        all.append({"DailyOverFortyDays", b, at("2026-11-18T18:00:00Z"), kUtc,
                    pick(b, range(0, 7) + QList<int>{10, 17})});
        BackupPolicy sundays;
        sundays.firstDayOfWeek = Qt::Sunday; // weeks end on Saturdays: 11-14 (4), 11-07 (11), 10-31 (18)
        all.append({"DailyOverFortyDaysWeeksFromSunday", b, at("2026-11-18T18:00:00Z"), kUtc,
                    pick(b, range(0, 7) + QList<int>{11, 18}), sundays});
    }
    // Three a day (09:00, 13:00, 21:00) for ten days up to Sunday 2026-11-22, two so far today: the newest
    // 8, the newest (21:00) of each of the days 3 to 6 ago, and the newest of last week (Sunday 11-15, 7 days
    // ago); 8 and 9 days ago are in that week too but not its newest.
    {
        QList<QDateTime> b{at("2026-11-22T13:00:00Z"), at("2026-11-22T09:00:00Z")};
        for (int day = 1; day <= 9; ++day) {
            const QDateTime d = at("2026-11-22T00:00:00Z").addDays(-day);
            b += QList<QDateTime>{d.addSecs(21 * 3600), d.addSecs(13 * 3600), d.addSecs(9 * 3600)};
        }
        // Index of the 21:00 backup `n` days ago: 3n - 1.
        all.append({"ThreeADayForTenDays", b, at("2026-11-22T15:00:00Z"), kUtc,
                    pick(b, range(0, 7) + QList<int>{8, 11, 14, 17, 20})});
    }
    // Months of use with gaps, up to Sunday 2026-11-22: the weekly rule reaches back four weeks only.
    {
        QList<QDateTime> b = series(at("2026-11-22T08:00:00Z"), 3, 86400); // today, 1 and 2 days ago
        b += series(at("2026-11-12T08:00:00Z"), 3, 86400);                 // 10, 11, 12 days ago
        b += series(at("2026-10-31T08:00:00Z"), 2, 86400);                 // 22, 23 days ago
        b += series(at("2026-10-20T08:00:00Z"), 4, 86400);                 // 33 to 36 days ago
        // The newest 8 reach 23 days back; week 3 (21 to 27 days ago) is already held; nothing more.
        all.append({"GapsOverTwoMonths", b, at("2026-11-22T20:00:00Z"), kUtc, pick(b, range(0, 7))});
        BackupPolicy two;
        two.newest = 2;
        // newest 2; days 0..6: today, 1, 2 days ago; weeks: this one (today), the one before (11-12),
        // none the week before that, then 10-31 (the week of Monday 10-26).
        all.append({"GapsWithTwoNewest", b, at("2026-11-22T20:00:00Z"), kUtc, pick(b, {0, 1, 2, 3, 6}), two});
    }
    // The day a backup belongs to is the learner's day: 23:00 UTC is already tomorrow at UTC+2.
    {
        BackupPolicy daysOnly;
        daysOnly.newest = 1;
        daysOnly.days = 2;
        daysOnly.weeks = 0;
        const QList<QDateTime> b{at("2026-11-22T09:00:00Z"), at("2026-11-21T23:00:00Z"),
                                 at("2026-11-21T21:00:00Z")};
        all.append({"DaysInUtc", b, at("2026-11-22T10:00:00Z"), kUtc, pick(b, {0, 1}), daysOnly});
        all.append({"DaysInUtcPlusTwo", b, at("2026-11-22T10:00:00Z"), kPlusTwo, pick(b, {0, 2}), daysOnly});
    }
    // A day with a daylight saving change (25 hours in Berlin on 2026-10-25) is still one calendar day:
    // 00:30 CEST and 23:30 CET that day are 24 hours apart and one day, not two.
    {
        BackupPolicy daysOnly;
        daysOnly.newest = 0;
        daysOnly.days = 2;
        daysOnly.weeks = 0;
        const QTimeZone berlin("Europe/Berlin");
        const QList<QDateTime> b{at("2026-10-25T22:30:00Z"),  // 25th 23:30 CET
                                 at("2026-10-24T22:30:00Z"),  // 25th 00:30 CEST
                                 at("2026-10-24T21:30:00Z")}; // 24th 23:30 CEST, two days before the 26th
        all.append({"DaylightSavingDay", b, at("2026-10-26T10:00:00Z"), berlin, pick(b, {0}), daysOnly});
    }
    // A backup dated after `now` (the clock was turned back) is kept only while among the newest.
    {
        BackupPolicy two;
        two.newest = 2;
        const QList<QDateTime> b{at("2026-11-23T12:00:00Z"), at("2026-11-22T11:00:00Z"),
                                 at("2026-11-22T10:00:00Z"), at("2026-11-21T10:00:00Z")};
        all.append({"FutureAmongTheNewest", b, at("2026-11-22T12:00:00Z"), kUtc, pick(b, {0, 1, 3}), two});
        BackupPolicy none = two;
        none.newest = 0;
        all.append({"FutureBelongsToNoDay", b, at("2026-11-22T12:00:00Z"), kUtc, pick(b, {1, 3}), none});
    }
    all.append({"NoBackups", {}, at("2026-11-22T12:00:00Z"), kUtc, {}});
    {
        const QList<QDateTime> b = series(at("2025-01-01T12:00:00Z"), 5, 3600);
        all.append({"FewerThanEightAreAllKeptHoweverOld", b, at("2026-11-22T12:00:00Z"), kUtc, b});
    }
    return all;
}

class Rotation : public ::testing::TestWithParam<Case> {};

TEST_P(Rotation, KeepsTheExpectedBackups)
{
    const Case& c = GetParam();
    EXPECT_EQ(keptOf(c, c.backups), sortedText(c.kept));
    // The order of the list does not matter.
    QList<QDateTime> reversed = c.backups;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(keptOf(c, reversed), sortedText(c.kept)) << "reversed";
}

INSTANTIATE_TEST_SUITE_P(Table, Rotation, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& param) { return param.param.name; });

/// Rotates as the app does: after each new backup, the policy runs over the backups still there.
QStringList rotateAfterEach(const BackupPolicy& policy, const QList<QDateTime>& oldestFirst,
                            const QTimeZone& zone)
{
    QList<QDateTime> there;
    for (const QDateTime& created : oldestFirst) {
        there.append(created);
        const QList<bool> keep = policy.keep(there, created, zone);
        QList<QDateTime> left;
        for (qsizetype i = 0; i < there.size(); ++i) {
            if (keep[i]) {
                left.append(there[i]);
            }
        }
        there = left;
    }
    return sortedText(there);
}

TEST(BackupPolicy, RotatingAfterEveryBackupKeepsWhatOneRotationAtTheEndKeeps)
{
    // Were days and weeks counted back from `now`, each day's rotation would delete last week's keeper.
    struct Schedule {
        const char* name;
        QDateTime first;
        int count;
        qint64 step;
    };
    const QList<Schedule> schedules{
        {"daily for 60 days", at("2026-09-20T12:00:00Z"), 60, 86400},
        {"every 10 minutes for 3 days", at("2026-11-19T00:05:00Z"), 3 * 144, 600},
        {"every 7 hours for 50 days", at("2026-10-01T03:00:00Z"), 50 * 24 / 7, 7 * 3600},
        {"every 31 hours for 90 days", at("2026-08-20T03:00:00Z"), 90 * 24 / 31, 31 * 3600},
    };
    for (const QTimeZone& zone : {kUtc, kPlusTwo, QTimeZone("America/New_York")}) {
        for (const Schedule& s : schedules) {
            QList<QDateTime> oldestFirst;
            for (int i = 0; i < s.count; ++i) {
                oldestFirst.append(s.first.addSecs(s.step * i));
            }
            const BackupPolicy policy;
            const QList<bool> once = policy.keep(oldestFirst, oldestFirst.last(), zone);
            QList<QDateTime> keptOnce;
            for (qsizetype i = 0; i < oldestFirst.size(); ++i) {
                if (once[i]) {
                    keptOnce.append(oldestFirst[i]);
                }
            }
            EXPECT_EQ(rotateAfterEach(policy, oldestFirst, zone), sortedText(keptOnce))
                << s.name << " in " << zone.id().toStdString();
            EXPECT_GT(keptOnce.size(), policy.newest)
                << s.name << ": days and weeks keep more than the newest";
        }
    }
}

TEST(BackupPolicy, OfTwoBackupsWithTheSameTimeTheEarlierInTheListIsTheNewer)
{
    BackupPolicy one;
    one.newest = 1;
    one.days = 0;
    one.weeks = 0;
    const QDateTime t = at("2026-11-22T12:00:00Z");
    EXPECT_EQ(one.keep({t, t, t}, t, kUtc), (QList<bool>{true, false, false}));
}

TEST(BackupPolicy, TheDefaultsAreAnkiLike)
{
    const BackupPolicy p;
    EXPECT_EQ(p.newest, 8);
    EXPECT_EQ(p.days, 7);
    EXPECT_EQ(p.weeks, 4);
    EXPECT_EQ(p.intervalSeconds, 30 * 60);
}

TEST(BackupPolicy, ABackupIsDueWhenNoneExistsOrTheLastIsHalfAnHourOld)
{
    const BackupPolicy p;
    const QDateTime now = at("2026-11-22T12:00:00Z");
    struct Due {
        QDateTime last;
        bool due;
    };
    const QList<Due> table{
        {QDateTime(), true},                 // none yet
        {now, false},                        // just made
        {now.addSecs(-29 * 60 - 59), false}, // 29:59 ago
        {now.addSecs(-30 * 60), true},       // exactly 30 minutes
        {now.addSecs(-3 * 86400), true},     // days ago
        {now.addSecs(3600), false},          // dated after now: the clock was turned back
        {now.toTimeZone(kPlusTwo), false},   // the same instant in another zone
        {now.addSecs(-1800).toTimeZone(kPlusTwo), true},
    };
    for (const Due& d : table) {
        EXPECT_EQ(p.due(d.last, now), d.due) << (d.last.isValid() ? iso(d.last).toStdString() : "none");
    }
}

} // namespace
