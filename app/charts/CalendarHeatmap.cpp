#include "CalendarHeatmap.h"

#include "ChartStyle.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace certdeck {

namespace {

constexpr int kMinPitch = 8;
constexpr int kMaxPitch = 18;
constexpr int kRows = 7;

} // namespace

CalendarHeatmap::CalendarHeatmap(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarHeatmap"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setActivity({}, QDate());
}

void CalendarHeatmap::setActivity(const QList<StudyDayActivity>& activity, QDate today)
{
    if (!today.isValid()) {
        today = QDate::currentDate();
    }
    m_first = today.addDays(1 - kDays);
    m_reviews = QList<int>(kDays, 0);
    m_answers = QList<int>(kDays, 0);
    QList<int> counts;
    counts.reserve(kDays);
    for (const StudyDayActivity& day : activity) {
        const qint64 index = m_first.daysTo(day.date);
        if (index < 0 || index >= kDays) {
            continue;
        }
        m_reviews[index] = day.reviews();
        m_answers[index] = day.answers;
    }
    for (qsizetype i = 0; i < kDays; ++i) {
        if (m_reviews[i] + m_answers[i] > 0) {
            counts.append(m_reviews[i] + m_answers[i]);
        }
    }
    // Levels 1 to 4 are the quartiles of the days with study, so one long day does not wash out the rest.
    std::sort(counts.begin(), counts.end());
    m_maxCount = counts.isEmpty() ? 0 : counts.last();
    m_thresholds.clear();
    for (qsizetype k = 1; k <= 3; ++k) {
        m_thresholds.append(counts.isEmpty() ? 1 : std::max(2, counts[k * counts.size() / 4]));
    }
    updateGeometry();
    update();
}

int CalendarHeatmap::level(int count) const
{
    if (count <= 0) {
        return 0;
    }
    int result = 1;
    for (int threshold : m_thresholds) {
        if (count >= threshold) {
            ++result;
        }
    }
    return std::min(result, 4);
}

QString CalendarHeatmap::toolTipText(QDate date) const
{
    const qint64 index = m_first.daysTo(date);
    if (!date.isValid() || index < 0 || index >= kDays) {
        return {};
    }
    const QLocale locale;
    return tr("%1: %2, %3")
        .arg(locale.toString(date, dayDateFormat()), tr("%Ln review(s)", nullptr, m_reviews[index]),
             tr("%Ln question(s)", nullptr, m_answers[index]));
}

int CalendarHeatmap::columns() const
{
    return (leadingBlanks() + kDays + kRows - 1) / kRows;
}

int CalendarHeatmap::leadingBlanks() const
{
    return (m_first.dayOfWeek() - int(QLocale().firstDayOfWeek()) + kRows) % kRows;
}

int CalendarHeatmap::labelWidth() const
{
    const QLocale locale;
    int widest = 0;
    for (int day = 1; day <= kRows; ++day) {
        widest = std::max(
            widest, fontMetrics().horizontalAdvance(locale.standaloneDayName(day, QLocale::ShortFormat)));
    }
    return widest + 8;
}

CalendarHeatmap::Geometry CalendarHeatmap::geometry(int width) const
{
    Geometry g;
    g.left = labelWidth();
    g.top = fontMetrics().height() + 4;
    g.pitch = std::clamp((width - g.left) / columns(), kMinPitch, kMaxPitch);
    g.side = g.pitch - std::max(2, g.pitch / 6);
    return g;
}

int CalendarHeatmap::heightForWidth(int width) const
{
    const Geometry g = geometry(width);
    return g.top + kRows * g.pitch + 8 + fontMetrics().height();
}

QSize CalendarHeatmap::sizeHint() const
{
    const int width = labelWidth() + columns() * 14;
    return {width, heightForWidth(width)};
}

QSize CalendarHeatmap::minimumSizeHint() const
{
    const int width = labelWidth() + columns() * kMinPitch;
    return {width, heightForWidth(width)};
}

QDate CalendarHeatmap::dateAt(const QPoint& pos) const
{
    const Geometry g = geometry(width());
    if (pos.x() < g.left || pos.y() < g.top) {
        return {};
    }
    const int column = (pos.x() - g.left) / g.pitch;
    const int row = (pos.y() - g.top) / g.pitch;
    if (row >= kRows || column >= columns() || (pos.x() - g.left) % g.pitch >= g.side ||
        (pos.y() - g.top) % g.pitch >= g.side) {
        return {};
    }
    const int index = column * kRows + row - leadingBlanks();
    if (index < 0 || index >= kDays) {
        return {};
    }
    return m_first.addDays(index);
}

bool CalendarHeatmap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipText(dateAt(help->pos()));
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

QList<QColor> CalendarHeatmap::levelColors() const
{
    const QPalette& p = palette();
    const bool dark = isDarkPalette(p);
    const QColor empty = mixedColor(p.color(QPalette::Base), p.color(QPalette::Text), dark ? 0.16 : 0.10);
    if (dark) {
        return {empty, QColor(0x0e, 0x44, 0x29), QColor(0x00, 0x6d, 0x32), QColor(0x26, 0xa6, 0x41),
                QColor(0x39, 0xd3, 0x53)};
    }
    return {empty, QColor(0x9b, 0xe9, 0xa8), QColor(0x40, 0xc4, 0x63), QColor(0x30, 0xa1, 0x4e),
            QColor(0x21, 0x6e, 0x39)};
}

void CalendarHeatmap::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry(width());
    const QList<QColor> colors = levelColors();
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();
    const QColor dim = mixedColor(palette().color(QPalette::Text), palette().color(QPalette::Base), 0.3);
    const int blanks = leadingBlanks();
    const double radius = g.side / 5.0;

    painter.setPen(Qt::NoPen);
    for (int index = 0; index < kDays; ++index) {
        const int cell = index + blanks;
        const QRectF square(g.left + (cell / kRows) * g.pitch, g.top + (cell % kRows) * g.pitch, g.side,
                            g.side);
        painter.setBrush(colors[level(m_reviews[index] + m_answers[index])]);
        painter.drawRoundedRect(square, radius, radius);
    }

    painter.setPen(dim);
    // Weekday names on every other row, as on GitHub.
    for (int row = 1; row < kRows; row += 2) {
        const int day = (int(locale.firstDayOfWeek()) - 1 + row) % kRows + 1;
        const QRect box(0, g.top + row * g.pitch - 4, g.left - 6, g.side + 8);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                         locale.standaloneDayName(day, QLocale::ShortFormat));
    }
    // A month's name above the column of its first day, when there is room since the last name.
    int nextFree = g.left;
    for (int index = 0; index < kDays; ++index) {
        const QDate date = m_first.addDays(index);
        if (date.day() != 1 && index != 0) {
            continue;
        }
        const int x = g.left + ((index + blanks) / kRows) * g.pitch;
        const QString name = locale.standaloneMonthName(date.month(), QLocale::ShortFormat);
        const int width = metrics.horizontalAdvance(name);
        // The first (partial) month is named only when its days fill a few columns before the next month.
        if (index == 0 && date.daysTo(QDate(date.year(), date.month(), 1).addMonths(1)) < 3 * kRows) {
            continue;
        }
        if (x < nextFree) {
            continue;
        }
        painter.drawText(QPoint(x, metrics.ascent()), name);
        nextFree = x + width + 6;
    }
    // The key: Less, the five shades, More, under the right end of the grid.
    const int keyY = g.top + kRows * g.pitch + 6;
    const QString less = tr("Less");
    const QString more = tr("More");
    const int gridRight = g.left + columns() * g.pitch - (g.pitch - g.side);
    int x = gridRight - metrics.horizontalAdvance(more);
    painter.drawText(QPoint(x, keyY + metrics.ascent()), more);
    x -= 6 + 5 * g.pitch;
    const int squareY = keyY + (metrics.height() - g.side) / 2;
    painter.drawText(QPoint(x - 6 - metrics.horizontalAdvance(less), keyY + metrics.ascent()), less);
    painter.setPen(Qt::NoPen);
    for (int shade = 0; shade < 5; ++shade) {
        painter.setBrush(colors[shade]);
        painter.drawRoundedRect(QRectF(x + shade * g.pitch, squareY, g.side, g.side), radius, radius);
    }
}

} // namespace certdeck
