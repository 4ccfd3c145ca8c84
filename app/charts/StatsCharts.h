#pragma once

#include "pages/StatsChartsView.h"
#include "stats/StatsReport.h"

#include <QList>
#include <QString>

#include <functional>

class QAbstractAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QScrollArea;
class QAbstractSeries;
class QValueAxis;
class QXYSeries;

namespace certdeck {

class CalendarHeatmap;
class ChartCard;

/// The Stats page's charts (StatsChartsView, made by certdeck_create_stats_charts): a scrolling grid of
/// cards, two columns from 900 px wide, one below. Each card is a QWidget named after its chart
/// (chartNames()) with a title, a one-line explanation, the chart (a QChartView named "<name>Chart"; the
/// calendar is a CalendarHeatmap) or, without data, a centred message ("<name>Message"), and a "Save as PNG…"
/// button. Charts follow the palette (light or dark theme, the Base colour behind them) and are rebuilt only
/// by setReport and palette or style changes.
class StatsCharts : public StatsChartsView {
    Q_OBJECT

public:
    explicit StatsCharts(QWidget* parent = nullptr);
    ~StatsCharts() override;

    void setReport(const StatsReport& report) override;
    QStringList chartNames() const override;
    QPixmap renderChart(const QString& name) const override;

    /// Saves renderChart(name) to `path` as PNG; false when it could not be written.
    bool saveChart(const QString& name, const QString& path) const;
    /// The profile the domains chart shows (empty without profiles).
    QString domainsProfileId() const { return m_domainsProfileId; }
    void setDomainsProfile(const QString& profileId);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Slot {
        QString name;
        ChartCard* card = nullptr;
        QChartView* view = nullptr; ///< none for the calendar
        bool wide = false;          ///< spans both columns
    };

    void addSlot(const QString& name, const QString& title, bool wide);
    const Slot* slot(const QString& name) const;
    Slot& slot(const QString& name);
    void layoutCards(int columns);
    void scheduleRestyle();
    void restyle();
    void rebuildAll();
    void saveInteractively(const QString& name);

    /// Puts `chart` in the slot's view (the previous chart is deleted), or `message` when chart is null.
    void showChart(Slot& slot, QChart* chart, const QString& message);
    QChart* newChart() const;
    QCategoryAxis* dayAxis(const QList<QDate>& dates, bool firstIsToday) const;
    static QValueAxis* countAxis(double max, const QString& title);
    static QString percentText(double share);
    static QString shortDate(QDate date);
    void showToolTip(const QString& text, QWidget* widget) const;
    /// The same tool tip whenever the pointer is over the series (a pass line).
    void showToolTipOnHover(QXYSeries* series, QWidget* view, const QString& tip) const;
    void connectToolTips(QBarSet* set, QWidget* widget, std::function<QString(int)> text) const;
    /// Horizontal percent bars: `categories` on the left titled `categoryTitle`, 0-100 along the bottom
    /// titled `valueTitle`, both attached to `series`. Returns the percent axis.
    QValueAxis* attachPercentAxes(QChart* chart, QAbstractSeries* series, const QStringList& categories,
                                  const QString& categoryTitle, const QString& valueTitle) const;

    QChart* buildReviews(QString* message) const;
    QChart* buildForecast(QString* message) const;
    QChart* buildRetention(QString* message, int* height) const;
    QChart* buildStates(QString* message) const;
    QChart* buildTime(QString* message) const;
    QChart* buildScores(QString* message) const;
    QChart* buildDomains(QString* message) const;
    void buildCalendar();
    void rebuildDomains();
    void fillProfiles();

    StatsReport m_report;
    QList<Slot> m_slots;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QGridLayout* m_grid = nullptr;
    CalendarHeatmap* m_heatmap = nullptr;
    QComboBox* m_profiles = nullptr;
    QString m_domainsProfileId;
    int m_columns = 0;
    int m_stretchRow = -1;
    bool m_dark = false;
    bool m_restylePending = false;
};

} // namespace certdeck
