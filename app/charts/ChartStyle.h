#pragma once

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QString>

namespace certdeck {

/// `a` with `bShare` (0 to 1) of `b` mixed in.
inline QColor mixedColor(const QColor& a, const QColor& b, double bShare)
{
    return QColor::fromRgbF(float(a.redF() * (1 - bShare) + b.redF() * bShare),
                            float(a.greenF() * (1 - bShare) + b.greenF() * bShare),
                            float(a.blueF() * (1 - bShare) + b.blueF() * bShare));
}

/// Whether `palette` is a dark one (its window colour is dark).
inline bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

/// "d MMM" or "MMM d", following the order of day and month in the locale's short date.
inline QString compactDateFormat()
{
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(u'd');
    const qsizetype month = format.indexOf(u'M');
    return month >= 0 && day >= 0 && month < day ? QStringLiteral("MMM d") : QStringLiteral("d MMM");
}

/// A day in tooltips: "Sat 21 Nov 2026" (or "Sat Nov 21 2026", by the locale's order).
inline QString dayDateFormat()
{
    return QStringLiteral("ddd ") + compactDateFormat() + QStringLiteral(" yyyy");
}

} // namespace certdeck
