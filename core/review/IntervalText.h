#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace certdeck {

/// A span of time as the answer buttons show it, in the largest unit that fits: "<1m", "6m", "1.5h", "1d",
/// "12d", "3.2mo", "1.5y". Minutes and days are whole; hours, months and years keep one decimal when it is
/// not zero. A month is a twelfth of a year (30.42 days), a year 365 days, as Anki counts them. A value that
/// rounds up to the next unit is shown in that unit (59.6 minutes is "1h", never "60m").
class IntervalText {
    Q_DECLARE_TR_FUNCTIONS(IntervalText)

public:
    static QString format(qint64 seconds, const QLocale& locale = QLocale());
};

} // namespace certdeck
