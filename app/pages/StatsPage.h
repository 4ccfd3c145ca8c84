#pragma once

#include "AppContext.h"
#include "stats/StatsEngine.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace certdeck {

class StatsChartsView;

/// Charts of the learner's study: reviews per day, the due forecast, true retention per topic, card
/// states, study time, the calendar with the streak, exam scores and accuracy per domain. core/stats
/// computes every number; the charts come from a library loaded when this page is first built, so Qt
/// Charts is never loaded at start-up.
class StatsPage : public QWidget {
    Q_OBJECT

public:
    explicit StatsPage(AppContext& context, QWidget* parent = nullptr);

    /// Reads progress again and redraws.
    void refresh();
    /// The window chosen (30, 90 or 365 days).
    int days() const;
    void setDays(int days);
    const std::optional<StatsReport>& report() const { return m_report; }
    /// The charts (nullptr when the library could not be loaded).
    StatsChartsView* charts() const { return m_charts; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    AppContext& m_context;
    std::optional<StatsReport> m_report;
    QComboBox* m_range = nullptr;
    QLabel* m_message = nullptr;
    StatsChartsView* m_charts = nullptr;
};

} // namespace certdeck
