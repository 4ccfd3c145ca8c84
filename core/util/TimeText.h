#pragma once

#include <QtGlobal>

namespace certdeck {

/// The form ReviewStore::timeText() and the exam store write, "2026-11-22T09:00:00.000Z", read without
/// QDateTime's general parser (a queue reads thousands of times; the general parser costs a microsecond
/// each). False when `text` is not in it.
template <class Char>
inline bool fastTimeMs(const Char* text, qsizetype size, qint64* ms)
{
    if (size != 24 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != '.' || text[23] != 'Z') {
        return false;
    }
    bool ok = true;
    auto digits = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const int c = int(text[i]);
            ok = ok && c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    const int hour = digits(11, 2);
    const int minute = digits(14, 2);
    const int second = digits(17, 2);
    const int milli = digits(20, 3);
    if (!ok || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
        return false;
    }
    // Days from 1970-01-01 to the civil date (Howard Hinnant's days_from_civil).
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    *ms = ((days * 24 + hour) * 60 + minute) * 60000 + qint64(second) * 1000 + milli;
    return true;
}

} // namespace certdeck
