#include "review/IntervalText.h"

#include <cmath>

namespace certdeck {

namespace {

constexpr double kMinute = 60;
constexpr double kHour = 60 * kMinute;
constexpr double kDay = 24 * kHour;
constexpr double kYear = 365 * kDay;
constexpr double kMonth = kYear / 12;

/// `value` with one decimal, or none when it is a whole number after rounding.
QString oneDecimal(double value, const QLocale& locale)
{
    const double rounded = std::round(value * 10) / 10;
    return locale.toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

} // namespace

QString IntervalText::format(qint64 seconds, const QLocale& locale)
{
    const double s = double(seconds);
    if (s < kMinute) {
        //: An interval of less than a minute, on an answer button
        return tr("<1m");
    }
    const double minutes = std::round(s / kMinute);
    if (minutes < 60) {
        //: An interval in whole minutes, abbreviated, on an answer button: "6m"
        return tr("%1m").arg(locale.toString(qint64(minutes)));
    }
    const double hours = std::round(s / kHour * 10) / 10;
    if (s < kDay && hours < 24) {
        //: An interval in hours (one decimal at most), abbreviated, on an answer button: "1.5h"
        return tr("%1h").arg(oneDecimal(hours, locale));
    }
    const double days = std::round(s / kDay);
    if (days * kDay < kMonth) {
        //: An interval in whole days, abbreviated, on an answer button: "12d"
        return tr("%1d").arg(locale.toString(qint64(days)));
    }
    const double months = std::round(s / kMonth * 10) / 10;
    if (s < kYear && months < 12) {
        //: An interval in months (one decimal at most), abbreviated, on an answer button: "3.2mo"
        return tr("%1mo").arg(oneDecimal(months, locale));
    }
    //: An interval in years (one decimal at most), abbreviated, on an answer button: "1.5y"
    return tr("%1y").arg(oneDecimal(s / kYear, locale));
}

} // namespace certdeck
