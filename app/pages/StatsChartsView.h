#pragma once

#include "stats/StatsReport.h"

#include <QPixmap>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace certdeck {

/// The Stats page's charts. They live in a library of their own (libcertdeck_charts.so, with Qt Charts),
/// loaded when the Stats page is first opened (StatsChartsLoader), so nothing of Qt Charts is loaded before
/// then. Header-only and without Q_OBJECT, so the app and the library share it without sharing code.
class StatsChartsView : public QWidget {
public:
    using QWidget::QWidget;
    ~StatsChartsView() override = default;

    /// Draws `report` (every chart at once; the activity charts show its last report.days days).
    virtual void setReport(const StatsReport& report) = 0;
    /// The charts' names (their object names: "reviews", "forecast", "retention", "states", "time",
    /// "calendar", "scores", "domains"), in the order shown.
    virtual QStringList chartNames() const = 0;
    /// The chart `name` as the learner sees it (title included); null when there is no such chart.
    virtual QPixmap renderChart(const QString& name) const = 0;
};

/// The library's one entry point, looked up by name: a new view, owned by `parent`.
using CreateStatsChartsView = StatsChartsView* (*)(QWidget* parent);
inline constexpr char kCreateStatsChartsSymbol[] = "certdeck_create_stats_charts";

} // namespace certdeck
