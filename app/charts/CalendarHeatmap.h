#pragma once

#include "stats/StatsReport.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace certdeck {

/// The last 365 study days as squares, GitHub-style: a column per week, a row per weekday (from the locale's
/// first day of the week), shaded in 5 levels by reviews plus questions answered. Month names above, weekday
/// names to the left, a "Less ... More" key below; a tooltip names the day and its counts.
class CalendarHeatmap : public QWidget {
    Q_OBJECT

public:
    static constexpr int kDays = 365;

    explicit CalendarHeatmap(QWidget* parent = nullptr);

    /// Shows the 365 days ending `today` (the current date when invalid) from `activity` (any order).
    void setActivity(const QList<StudyDayActivity>& activity, QDate today);
    /// Whether any of the days shown has study.
    bool hasStudy() const { return m_maxCount > 0; }
    QDate firstDate() const { return m_first; }
    /// The shade (0 to 4) of a day's count.
    int level(int count) const;
    /// The tooltip text of `date` (empty outside the days shown).
    QString toolTipText(QDate date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Geometry {
        int left = 0;  ///< x of the first column
        int top = 0;   ///< y of the first row
        int pitch = 0; ///< square plus gap
        int side = 0;  ///< square
    };

    int columns() const;
    int leadingBlanks() const; ///< cells before the first day in its week's column
    int labelWidth() const;
    Geometry geometry(int width) const;
    QDate dateAt(const QPoint& pos) const;
    QList<QColor> levelColors() const;

    QDate m_first; ///< the first of the kDays days
    QList<int> m_reviews, m_answers;
    QList<int> m_thresholds; ///< lowest count of levels 2, 3 and 4
    int m_maxCount = 0;
};

} // namespace certdeck
