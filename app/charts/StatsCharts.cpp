#include "StatsCharts.h"

#include "CalendarHeatmap.h"
#include "ChartCard.h"
#include "ChartStyle.h"
#include "PlainToolTip.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace certdeck {

namespace {

constexpr int kChartHeight = 280;     ///< the charts' minimum height
constexpr int kTwoColumnsWidth = 900; ///< narrower views show one column
constexpr int kTopicRowHeight = 22;   ///< the retention chart grows by this per topic
constexpr int kTopicTitleLength =
    38; ///< longer topic titles are cut on the axis (the tooltip has them whole)
constexpr int kForecastDays = 30;

const QStringList& names()
{
    static const QStringList list{QStringLiteral("reviews"),   QStringLiteral("forecast"),
                                  QStringLiteral("retention"), QStringLiteral("states"),
                                  QStringLiteral("time"),      QStringLiteral("calendar"),
                                  QStringLiteral("scores"),    QStringLiteral("domains")};
    return list;
}

/// Colours that read on the light and on the dark theme (a brighter shade on dark).
struct Colors {
    QColor again, hard, good, easy;
    QColor flashcards, questions;
    QColor accent, pass;
    QColor fresh, learning, review, relearning, suspended;
    QList<QColor> profiles;
};

Colors colors(bool dark)
{
    if (dark) {
        return {QColor(0xef6461), QColor(0xf2a541),
                QColor(0x4cc47f), QColor(0x5aa6f2),
                QColor(0x5aa6f2), QColor(0xb18cf0),
                QColor(0x5aa6f2), QColor(0xef6461),
                QColor(0x5aa6f2), QColor(0xf2a541),
                QColor(0x4cc47f), QColor(0xef6461),
                QColor(0x9a9a9a), {QColor(0x5aa6f2), QColor(0xf2a541), QColor(0xb18cf0), QColor(0x4cc47f)}};
    }
    return {QColor(0xd64545), QColor(0xe0861a),
            QColor(0x2e9e5b), QColor(0x2f7fd1),
            QColor(0x2f7fd1), QColor(0x8a5cd6),
            QColor(0x2f7fd1), QColor(0xd64545),
            QColor(0x2f7fd1), QColor(0xe0861a),
            QColor(0x2e9e5b), QColor(0xd64545),
            QColor(0x8c8c8c), {QColor(0x2f7fd1), QColor(0xe0861a), QColor(0x8a5cd6), QColor(0x2e9e5b)}};
}

void colorSet(QBarSet* set, const QColor& color)
{
    set->setColor(color);
    set->setBorderColor(color);
}

int rounded(double value)
{
    return static_cast<int>(std::lround(value));
}

} // namespace

StatsCharts::StatsCharts(QWidget* parent) : StatsChartsView(parent)
{
    setObjectName(QStringLiteral("statsCharts"));
    m_dark = isDarkPalette(palette());

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("statsChartsContent"));
    m_content->setBackgroundRole(QPalette::Window);
    m_content->setAutoFillBackground(true);
    m_grid = new QGridLayout(m_content);
    m_grid->setContentsMargins(12, 12, 12, 12);
    m_grid->setSpacing(12);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("statsChartsScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    addSlot(QStringLiteral("reviews"), tr("Reviews per day"), false);
    addSlot(QStringLiteral("forecast"), tr("Due forecast, next %Ln day(s)", nullptr, kForecastDays), false);
    addSlot(QStringLiteral("retention"), tr("True retention per topic"), false);
    addSlot(QStringLiteral("states"), tr("Card states"), false);
    addSlot(QStringLiteral("time"), tr("Study time per day"), true);
    addSlot(QStringLiteral("calendar"), tr("Study calendar"), true);
    addSlot(QStringLiteral("scores"), tr("Exam score history"), true);
    addSlot(QStringLiteral("domains"), tr("Accuracy per exam domain"), true);

    Slot& domains = slot(QStringLiteral("domains"));
    m_profiles = new QComboBox(domains.card);
    m_profiles->setObjectName(QStringLiteral("domainsProfile"));
    m_profiles->setToolTip(tr("The exam whose domains are shown"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    domains.card->addHeaderWidget(m_profiles);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            m_domainsProfileId = m_profiles->itemData(index).toString();
            rebuildDomains();
        }
    });

    layoutCards(1);
    rebuildAll();
}

StatsCharts::~StatsCharts() = default;

void StatsCharts::addSlot(const QString& name, const QString& title, bool wide)
{
    Slot added;
    added.name = name;
    added.wide = wide;
    added.card = new ChartCard(name, title, m_content);

    auto* save = new QAction(tr("Save as PNG…"), added.card);
    save->setObjectName(name + QStringLiteral("SaveAction"));
    save->setToolTip(tr("Save this chart as a PNG image"));
    connect(save, &QAction::triggered, this, [this, name] { saveInteractively(name); });
    added.card->setSaveAction(save);

    QWidget* content = nullptr;
    if (name == QLatin1String("calendar")) {
        m_heatmap = new CalendarHeatmap(added.card);
        content = m_heatmap;
    } else {
        added.view = new QChartView(added.card);
        added.view->setObjectName(name + QStringLiteral("Chart"));
        added.view->setAccessibleName(title);
        added.view->setRenderHint(QPainter::Antialiasing);
        added.view->setFrameShape(QFrame::NoFrame);
        content = added.view;
    }
    content->addAction(save);
    content->setContextMenuPolicy(Qt::ActionsContextMenu);
    added.card->setContent(content);
    if (added.view) {
        added.card->setContentHeight(kChartHeight);
    }
    m_slots.append(added);
}

const StatsCharts::Slot* StatsCharts::slot(const QString& name) const
{
    for (const Slot& s : m_slots) {
        if (s.name == name) {
            return &s;
        }
    }
    return nullptr;
}

StatsCharts::Slot& StatsCharts::slot(const QString& name)
{
    return *const_cast<Slot*>(std::as_const(*this).slot(name));
}

QStringList StatsCharts::chartNames() const
{
    return names();
}

void StatsCharts::setReport(const StatsReport& report)
{
    m_report = report;
    fillProfiles();
    rebuildAll();
}

void StatsCharts::setDomainsProfile(const QString& profileId)
{
    const int index = m_profiles->findData(profileId);
    if (index >= 0) {
        m_profiles->setCurrentIndex(index);
    }
}

void StatsCharts::fillProfiles()
{
    // Keeps the profile chosen when the new report still has it; else the first with answers.
    QString chosen;
    int firstAnswered = -1;
    for (int i = 0; i < m_report.profiles.size(); ++i) {
        const ProfileStats& profile = m_report.profiles[i];
        if (profile.profileId == m_domainsProfileId) {
            chosen = profile.profileId;
        }
        const bool answered = std::any_of(profile.accuracy.cbegin(), profile.accuracy.cend(),
                                          [](const DomainAccuracy& d) { return d.total > 0; });
        if (answered && firstAnswered < 0) {
            firstAnswered = i;
        }
    }
    if (chosen.isEmpty() && !m_report.profiles.isEmpty()) {
        chosen = m_report.profiles[std::max(firstAnswered, 0)].profileId;
    }
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    for (const ProfileStats& profile : std::as_const(m_report.profiles)) {
        m_profiles->addItem(profile.code, profile.profileId);
        m_profiles->setItemData(m_profiles->count() - 1, profile.name, Qt::ToolTipRole);
    }
    m_domainsProfileId = chosen;
    m_profiles->setCurrentIndex(m_profiles->findData(chosen));
    m_profiles->setVisible(m_profiles->count() > 0);
}

void StatsCharts::rebuildAll()
{
    QString message;
    showChart(slot(QStringLiteral("reviews")), buildReviews(&message), message);
    showChart(slot(QStringLiteral("forecast")), buildForecast(&message), message);
    int height = kChartHeight;
    showChart(slot(QStringLiteral("retention")), buildRetention(&message, &height), message);
    slot(QStringLiteral("retention")).card->setContentHeight(height);
    showChart(slot(QStringLiteral("states")), buildStates(&message), message);
    showChart(slot(QStringLiteral("time")), buildTime(&message), message);
    buildCalendar();
    showChart(slot(QStringLiteral("scores")), buildScores(&message), message);
    rebuildDomains();
}

void StatsCharts::rebuildDomains()
{
    QString message;
    showChart(slot(QStringLiteral("domains")), buildDomains(&message), message);
}

void StatsCharts::showChart(Slot& s, QChart* chart, const QString& message)
{
    QChart* old = s.view->chart();
    s.view->setChart(chart ? chart : newChart());
    delete old;
    if (chart) {
        s.card->showContent();
    } else {
        s.card->showMessage(message);
    }
}

QChart* StatsCharts::newChart() const
{
    auto* chart = new QChart;
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(2, 4, 24, 2)); // room for half the last date label
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->hide();
    return chart;
}

QCategoryAxis* StatsCharts::dayAxis(const QList<QDate>& dates, bool firstIsToday) const
{
    // QBarCategoryAxis needs a unique label per bar; this axis labels only every `step`-th day.
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    axis->setGridLineVisible(false);
    const qsizetype count = dates.size();
    qsizetype step = 1;
    for (qsizetype candidate : {1, 2, 7, 14, 28, 56, 91, 182}) {
        step = candidate;
        if (count / candidate < 7) {
            break;
        }
    }
    QList<qsizetype> labelled;
    if (firstIsToday) {
        for (qsizetype i = 0; i < count; i += step) {
            labelled.append(i);
        }
    } else {
        for (qsizetype i = count - 1; i >= 0; i -= step) {
            labelled.prepend(i);
        }
    }
    const QLocale locale;
    // Over a year, day and month alone would repeat (and the axis drops repeated labels).
    const QString format = count > 366 ? QStringLiteral("MMM yyyy") : compactDateFormat();
    for (qsizetype i : std::as_const(labelled)) {
        const QString label = firstIsToday && i == 0 ? tr("Today") : locale.toString(dates[i], format);
        axis->append(label, double(i));
    }
    axis->setRange(-0.5, double(count) - 0.5);
    return axis;
}

QValueAxis* StatsCharts::countAxis(double max, const QString& title)
{
    // Whole-number ticks: a step of 1, 2 or 5 times a power of ten, at most five steps to the top.
    const double raw = std::max(max, 1.0) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    const double step = std::max(1.0, nice * magnitude);
    const double top = std::max(step, std::ceil(std::max(max, 1.0) / step) * step);
    auto* axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickCount(static_cast<int>(std::lround(top / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(title);
    return axis;
}

QString StatsCharts::percentText(double share)
{
    return tr("%1%", "percent").arg(QLocale().toString(share * 100, 'f', 0));
}

QString StatsCharts::shortDate(QDate date)
{
    return QLocale().toString(date, dayDateFormat());
}

QValueAxis* StatsCharts::attachPercentAxes(QChart* chart, QAbstractSeries* series,
                                           const QStringList& categories, const QString& categoryTitle,
                                           const QString& valueTitle) const
{
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    y->setTitleText(categoryTitle);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(valueTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return x;
}

void StatsCharts::showToolTipOnHover(QXYSeries* series, QWidget* view, const QString& tip) const
{
    connect(series, &QXYSeries::hovered, view, [this, view, tip](QPointF, bool state) {
        if (state) {
            showToolTip(tip, view);
        } else {
            QToolTip::hideText();
        }
    });
}

void StatsCharts::showToolTip(const QString& text, QWidget* widget) const
{
    QToolTip::showText(QCursor::pos(), plainToolTip(text), widget);
}

void StatsCharts::connectToolTips(QBarSet* set, QWidget* widget, std::function<QString(int)> text) const
{
    connect(set, &QBarSet::hovered, widget, [this, widget, text = std::move(text)](bool status, int index) {
        if (status) {
            showToolTip(text(index), widget);
        } else {
            QToolTip::hideText();
        }
    });
}

QChart* StatsCharts::buildReviews(QString* message) const
{
    const QList<StudyDayActivity> days = m_report.lastDays(m_report.days);
    int max = 0;
    QList<qreal> again, hard, good, easy;
    QList<QDate> dates;
    for (const StudyDayActivity& day : days) {
        max = std::max(max, day.reviews());
        again.append(day.again);
        hard.append(day.hard);
        good.append(day.good);
        easy.append(day.easy);
        dates.append(day.date);
    }
    slot(QStringLiteral("reviews"))->card->setSubtitle(tr("Cards graded each day, by grade."));
    if (max == 0) {
        *message = tr("No reviews in the last %Ln day(s)", nullptr, m_report.days);
        return nullptr;
    }
    QChart* chart = newChart();
    auto* series = new QStackedBarSeries;
    const Colors palette = colors(m_dark);
    const std::pair<QString, const QList<qreal>*> sets[] = {
        {tr("Again"), &again}, {tr("Hard"), &hard}, {tr("Good"), &good}, {tr("Easy"), &easy}};
    for (const auto& [name, values] : sets) {
        auto* set = new QBarSet(name);
        set->append(*values);
        series->append(set);
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    const QColor setColors[] = {palette.again, palette.hard, palette.good, palette.easy};
    const QLocale locale;
    QWidget* view = slot(QStringLiteral("reviews"))->view;
    for (int i = 0; i < 4; ++i) {
        colorSet(series->barSets()[i], setColors[i]);
        connectToolTips(series->barSets()[i], view, [days, locale](int index) {
            const StudyDayActivity& day = days[index];
            return tr("%1: %Ln review(s) (Again %2, Hard %3, Good %4, Easy %5)", nullptr, day.reviews())
                .arg(shortDate(day.date), locale.toString(day.again), locale.toString(day.hard),
                     locale.toString(day.good), locale.toString(day.easy));
        });
    }
    QCategoryAxis* x = dayAxis(dates, false);
    x->setTitleText(tr("Day"));
    QValueAxis* y = countAxis(max, tr("Reviews"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->show();
    return chart;
}

QChart* StatsCharts::buildForecast(QString* message) const
{
    const QList<ForecastDay> forecast = m_report.forecast;
    int max = 0;
    QList<qreal> values;
    QList<QDate> dates;
    for (const ForecastDay& day : forecast) {
        max = std::max(max, day.due);
        values.append(day.due);
        dates.append(day.date);
    }
    slot(QStringLiteral("forecast"))
        ->card->setSubtitle(tr("Cards coming due each day; today's bar includes every overdue card."));
    if (max == 0) {
        *message = tr("No cards due in the next %Ln day(s)", nullptr, kForecastDays);
        return nullptr;
    }
    QChart* chart = newChart();
    auto* set = new QBarSet(tr("Cards due"));
    set->append(values);
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    colorSet(set, colors(m_dark).accent);
    connectToolTips(set, slot(QStringLiteral("forecast"))->view, [forecast](int index) {
        const ForecastDay& day = forecast[index];
        if (index == 0) {
            return tr("Today: %Ln card(s) due, overdue cards included", nullptr, day.due);
        }
        return tr("%1: %Ln card(s) due", nullptr, day.due).arg(shortDate(day.date));
    });
    QCategoryAxis* x = dayAxis(dates, true);
    x->setTitleText(tr("Day"));
    QValueAxis* y = countAxis(max, tr("Cards due"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart* StatsCharts::buildRetention(QString* message, int* height) const
{
    const TopicRetention& overall = m_report.overallRetention;
    ChartCard* card = slot(QStringLiteral("retention"))->card;
    if (overall.reviews > 0) {
        card->setSubtitle(tr("Share of review-card grades recalled (Hard, Good or Easy). Overall: %1 of %Ln "
                             "grade(s).",
                             nullptr, overall.reviews)
                              .arg(percentText(overall.retention())));
    } else {
        card->setSubtitle(tr("Share of review-card grades recalled (Hard, Good or Easy)."));
    }
    QList<TopicRetention> topics;
    for (const TopicRetention& topic : m_report.retentionByTopic) {
        if (topic.reviews > 0) {
            topics.append(topic);
        }
    }
    if (topics.isEmpty()) {
        *message = tr("No review-card grades in the last %Ln day(s)", nullptr, m_report.days);
        return nullptr;
    }
    *height = std::max(kChartHeight, static_cast<int>(topics.size()) * kTopicRowHeight + 90);
    // Bottom to top on the axis, so reversed: the catalog's first topic at the top.
    std::reverse(topics.begin(), topics.end());
    QStringList categories;
    QSet<QString> seen;
    QList<qreal> values;
    for (const TopicRetention& topic : std::as_const(topics)) {
        QString label = topic.title.isEmpty() ? topic.topicId : topic.title;
        if (label.size() > kTopicTitleLength) {
            label = label.left(kTopicTitleLength - 1).trimmed() + QStringLiteral("…");
        }
        while (seen.contains(label)) {
            label += QChar(0x200B); // categories must be unique; a zero-width space keeps the text
        }
        seen.insert(label);
        categories.append(label.toHtmlEscaped()); // Qt Charts draws labels as rich text
        values.append(topic.retention() * 100);
    }
    QChart* chart = newChart();
    auto* set = new QBarSet(tr("Retention"));
    set->append(values);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    colorSet(set, colors(m_dark).good);
    const QLocale locale;
    connectToolTips(set, slot(QStringLiteral("retention"))->view, [topics, locale](int index) {
        const TopicRetention& topic = topics[index];
        return tr("%1: %2 of %Ln grade(s) recalled (%3)", nullptr, topic.reviews)
            .arg(topic.title, locale.toString(topic.recalled), percentText(topic.retention()));
    });
    attachPercentAxes(chart, series, categories, tr("Topic"), tr("Retention (%)"));
    return chart;
}

QChart* StatsCharts::buildStates(QString* message) const
{
    const CardStateCounts& states = m_report.cardStates;
    const QLocale locale;
    slot(QStringLiteral("states"))
        ->card->setSubtitle(
            tr("Every card by where it is in learning. Leeches: %1").arg(locale.toString(states.leeches)));
    const int total = states.total();
    if (total == 0) {
        *message = tr("No cards yet");
        return nullptr;
    }
    const Colors palette = colors(m_dark);
    const struct {
        QString name;
        int count;
        QColor color;
    } parts[] = {{tr("New"), states.fresh, palette.fresh},
                 {tr("Learning"), states.learning, palette.learning},
                 {tr("Review"), states.review, palette.review},
                 {tr("Relearning"), states.relearning, palette.relearning},
                 {tr("Suspended"), states.suspended, palette.suspended}};
    QChart* chart = newChart();
    auto* series = new QPieSeries;
    series->setPieSize(0.8);
    series->setHoleSize(0.4);
    chart->addSeries(series);
    QWidget* view = slot(QStringLiteral("states"))->view;
    const QColor base = this->palette().color(QPalette::Base);
    for (const auto& part : parts) {
        if (part.count == 0) {
            continue;
        }
        const double share = double(part.count) / total;
        const QString text =
            tr("%1: %2 (%3)").arg(part.name, locale.toString(part.count), percentText(share));
        auto* slice = series->append(text, part.count);
        slice->setColor(part.color);
        slice->setBorderColor(base);
        slice->setBorderWidth(2);
        const QString tip =
            tr("%1: %Ln card(s) (%2)", nullptr, part.count).arg(part.name, percentText(share));
        connect(slice, &QPieSlice::hovered, view, [this, slice, view, tip](bool state) {
            slice->setExploded(state);
            if (state) {
                showToolTip(tip, view);
            } else {
                QToolTip::hideText();
            }
        });
    }
    // The legend, on the right so each entry has its whole line, names the slices (labels beside small
    // slices would overlap).
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->show();
    return chart;
}

QChart* StatsCharts::buildTime(QString* message) const
{
    const QList<StudyDayActivity> days = m_report.lastDays(m_report.days);
    double max = 0;
    QList<qreal> cards, questions;
    QList<QDate> dates;
    for (const StudyDayActivity& day : days) {
        const double cardMinutes = double(day.reviewMs) / 60000.0;
        const double questionMinutes = double(day.questionMs) / 60000.0;
        max = std::max(max, cardMinutes + questionMinutes);
        cards.append(cardMinutes);
        questions.append(questionMinutes);
        dates.append(day.date);
    }
    slot(QStringLiteral("time"))
        ->card->setSubtitle(tr("Minutes spent grading flashcards and answering exam questions each day."));
    if (max <= 0) {
        *message = tr("No study time in the last %Ln day(s)", nullptr, m_report.days);
        return nullptr;
    }
    QChart* chart = newChart();
    auto* cardSet = new QBarSet(tr("Flashcards"));
    cardSet->append(cards);
    auto* questionSet = new QBarSet(tr("Exam questions"));
    questionSet->append(questions);
    auto* series = new QStackedBarSeries;
    series->append(cardSet);
    series->append(questionSet);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    const Colors palette = colors(m_dark);
    colorSet(cardSet, palette.flashcards);
    colorSet(questionSet, palette.questions);
    QWidget* view = slot(QStringLiteral("time"))->view;
    for (QBarSet* set : {cardSet, questionSet}) {
        connectToolTips(set, view, [days](int index) {
            const StudyDayActivity& day = days[index];
            return tr("%1: %2 on flashcards, %3 on exam questions")
                .arg(shortDate(day.date), tr("%Ln min", nullptr, rounded(double(day.reviewMs) / 60000.0)),
                     tr("%Ln min", nullptr, rounded(double(day.questionMs) / 60000.0)));
        });
    }
    QCategoryAxis* x = dayAxis(dates, false);
    x->setTitleText(tr("Day"));
    QValueAxis* y = countAxis(std::ceil(max), tr("Minutes"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->show();
    return chart;
}

void StatsCharts::buildCalendar()
{
    Slot& s = slot(QStringLiteral("calendar"));
    m_heatmap->setActivity(m_report.activity, m_report.today);
    s.card->setSubtitle(tr("Days with study in the last year: the darker, the more reviews and questions."));
    if (!m_heatmap->hasStudy()) {
        s.card->showMessage(tr("No study in the last year"));
        s.card->setFooter({});
        return;
    }
    s.card->showContent();
    s.card->setFooter(tr("%1 · %2").arg(tr("Current streak: %Ln day(s)", nullptr, m_report.streak.current),
                                        tr("Longest: %Ln day(s)", nullptr, m_report.streak.longest)));
}

QChart* StatsCharts::buildScores(QString* message) const
{
    slot(QStringLiteral("scores"))->card->setSubtitle(tr("The scaled score of each timed exam, by exam."));
    QList<const ProfileStats*> profiles;
    for (const ProfileStats& profile : m_report.profiles) {
        if (!profile.history.isEmpty()) {
            profiles.append(&profile);
        }
    }
    if (profiles.isEmpty()) {
        *message = tr("No timed exam yet: take one on the Practice Exams page to see your scores here.");
        return nullptr;
    }
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    int minScore = profiles.first()->minScore;
    int maxScore = profiles.first()->maxScore;
    QList<int> passScores;
    for (const ProfileStats* profile : std::as_const(profiles)) {
        for (const ExamScorePoint& point : profile->history) {
            first = std::min(first, point.finishedAt.toMSecsSinceEpoch());
            last = std::max(last, point.finishedAt.toMSecsSinceEpoch());
        }
        minScore = std::min(minScore, profile->minScore);
        maxScore = std::max(maxScore, profile->maxScore);
        if (!passScores.contains(profile->passScore)) {
            passScores.append(profile->passScore);
        }
    }
    constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
    // At least 4 days across, so the 5 date labels differ.
    const qint64 pad = std::max<qint64>(2 * kDayMs, (last - first) / 20);
    first -= pad;
    last += pad;

    QChart* chart = newChart();
    auto* x = new QDateTimeAxis;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(first);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(last);
    x->setFormat(from.date().year() == to.date().year() ? compactDateFormat() : QStringLiteral("MMM yyyy"));
    x->setRange(from, to);
    x->setTickCount(5);
    x->setTitleText(tr("Date"));
    auto* y = new QValueAxis;
    y->setRange(minScore, maxScore);
    // Ticks every 200 from 0 (more do not fit: Qt Charts elides labels taller than their share).
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(200);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Scaled score"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const Colors palette = colors(m_dark);
    QWidget* view = slot(QStringLiteral("scores"))->view;
    const QLocale locale;
    for (int i = 0; i < profiles.size(); ++i) {
        const ProfileStats& profile = *profiles[i];
        auto* series = new QLineSeries;
        series->setName(profile.code.toHtmlEscaped());
        QList<QPointF> points;
        for (const ExamScorePoint& point : profile.history) {
            points.append(QPointF(double(point.finishedAt.toMSecsSinceEpoch()), point.scaledScore));
        }
        series->replace(points);
        series->setPointsVisible(true);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        series->setPen(QPen(palette.profiles[i % palette.profiles.size()], 2));
        series->setMarkerSize(8);
        const QList<ExamScorePoint> history = profile.history;
        const QString code = profile.code;
        connect(
            series, &QXYSeries::hovered, view, [this, view, history, code, locale](QPointF at, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const auto nearest = std::min_element(
                    history.cbegin(), history.cend(), [at](const ExamScorePoint& a, const ExamScorePoint& b) {
                        return std::abs(double(a.finishedAt.toMSecsSinceEpoch()) - at.x()) <
                               std::abs(double(b.finishedAt.toMSecsSinceEpoch()) - at.x());
                    });
                const QString when =
                    locale.toString(nearest->finishedAt.toLocalTime(),
                                    dayDateFormat() + u' ' + locale.timeFormat(QLocale::ShortFormat));
                const QString text =
                    nearest->passed ? tr("%1, %2: %3 (%4 of %Ln right), passed", nullptr, nearest->total)
                                    : tr("%1, %2: %3 (%4 of %Ln right), not passed", nullptr, nearest->total);
                showToolTip(text.arg(code, when, locale.toString(nearest->scaledScore),
                                     locale.toString(nearest->correct)),
                            view);
            });
    }
    for (int pass : std::as_const(passScores)) {
        auto* line = new QLineSeries;
        line->setName(tr("Pass (%1)").arg(locale.toString(pass)));
        line->append(double(first), pass);
        line->append(double(last), pass);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        line->setPen(QPen(palette.pass, 1.5, Qt::DashLine));
        const QString tip = tr("Pass mark: %1").arg(locale.toString(pass));
        showToolTipOnHover(line, view, tip);
    }
    chart->legend()->show();
    return chart;
}

QChart* StatsCharts::buildDomains(QString* message) const
{
    slot(QStringLiteral("domains"))
        ->card->setSubtitle(
            tr("Share of answers right per domain, last %Ln day(s); dashed: the share that passes.", nullptr,
               m_report.days));
    const auto profile =
        std::find_if(m_report.profiles.cbegin(), m_report.profiles.cend(),
                     [this](const ProfileStats& p) { return p.profileId == m_domainsProfileId; });
    if (profile == m_report.profiles.cend()) {
        *message = tr("No exam to show");
        return nullptr;
    }
    const bool answered = std::any_of(profile->accuracy.cbegin(), profile->accuracy.cend(),
                                      [](const DomainAccuracy& d) { return d.total > 0; });
    if (!answered) {
        *message =
            tr("No %1 questions answered in the last %Ln day(s)", nullptr, m_report.days).arg(profile->code);
        return nullptr;
    }
    QList<DomainAccuracy> domains = profile->accuracy;
    std::reverse(domains.begin(), domains.end()); // the exam guide's first domain at the top
    QStringList categories;
    QSet<QString> seen;
    QList<qreal> values;
    for (const DomainAccuracy& domain : std::as_const(domains)) {
        QString label = domain.name.isEmpty() ? domain.domainId : domain.name;
        while (seen.contains(label)) {
            label += QChar(0x200B);
        }
        seen.insert(label);
        categories.append(label.toHtmlEscaped());
        values.append(domain.share() * 100);
    }
    const int range = std::max(1, profile->maxScore - profile->minScore);
    const double passShare = double(profile->passScore - profile->minScore) / range;

    QChart* chart = newChart();
    auto* set = new QBarSet(tr("Answers right"));
    set->append(values);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    const Colors palette = colors(m_dark);
    colorSet(set, palette.accent);
    const QLocale locale;
    QWidget* view = slot(QStringLiteral("domains"))->view;
    connectToolTips(set, view, [domains, locale](int index) {
        const DomainAccuracy& domain = domains[index];
        const QString weight = percentText(domain.weight / 100.0);
        if (domain.total == 0) {
            return tr("%1: no answers yet, %2 of the exam").arg(domain.name, weight);
        }
        return tr("%1: %2 of %Ln right (%3), %4 of the exam", nullptr, domain.total)
            .arg(domain.name, locale.toString(domain.correct), percentText(domain.share()), weight);
    });
    QValueAxis* x = attachPercentAxes(chart, series, categories, tr("Domain"), tr("Answers right (%)"));

    // The pass share as a dashed vertical line, on a hidden 0..1 axis spanning the plot's height.
    auto* lineAxis = new QValueAxis;
    lineAxis->setRange(0, 1);
    lineAxis->setVisible(false);
    chart->addAxis(lineAxis, Qt::AlignRight);
    auto* line = new QLineSeries;
    line->setName(tr("Pass share (%1)").arg(percentText(passShare)));
    line->append(passShare * 100, 0);
    line->append(passShare * 100, 1);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(lineAxis);
    line->setPen(QPen(palette.pass, 1.5, Qt::DashLine));
    const QString tip = tr("A scaled score of %1 needs about %2 of the questions right")
                            .arg(locale.toString(profile->passScore), percentText(passShare));
    showToolTipOnHover(line, view, tip);
    chart->legend()->show();
    return chart;
}

void StatsCharts::layoutCards(int columns)
{
    if (columns == m_columns) {
        return;
    }
    m_columns = columns;
    for (const Slot& s : std::as_const(m_slots)) {
        m_grid->removeWidget(s.card);
    }
    if (m_stretchRow >= 0) {
        m_grid->setRowStretch(m_stretchRow, 0);
    }
    int row = 0;
    int column = 0;
    for (const Slot& s : std::as_const(m_slots)) {
        if (s.wide || columns == 1) {
            if (column != 0) {
                ++row;
                column = 0;
            }
            m_grid->addWidget(s.card, row++, 0, 1, columns);
            continue;
        }
        m_grid->addWidget(s.card, row, column);
        if (++column == columns) {
            column = 0;
            ++row;
        }
    }
    m_stretchRow = column == 0 ? row : row + 1;
    m_grid->setRowStretch(m_stretchRow, 1);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, columns == 2 ? 1 : 0);
}

void StatsCharts::resizeEvent(QResizeEvent* event)
{
    StatsChartsView::resizeEvent(event);
    layoutCards(width() >= kTwoColumnsWidth ? 2 : 1);
}

void StatsCharts::changeEvent(QEvent* event)
{
    StatsChartsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        scheduleRestyle();
    }
}

void StatsCharts::scheduleRestyle()
{
    if (m_restylePending) {
        return;
    }
    m_restylePending = true;
    QTimer::singleShot(0, this, [this] {
        m_restylePending = false;
        restyle();
    });
}

void StatsCharts::restyle()
{
    for (const Slot& s : std::as_const(m_slots)) {
        s.card->applyPalette();
    }
    m_heatmap->update();
    // The charts' theme colours are set when they are built, so a change of theme rebuilds them.
    m_dark = isDarkPalette(palette());
    rebuildAll();
}

QPixmap StatsCharts::renderChart(const QString& name) const
{
    const Slot* s = slot(name);
    if (!s) {
        return {};
    }
    ChartCard* card = s->card;
    if (!card->isVisible() && card->width() < 200) {
        // Never shown: give the card the size it would have in one column.
        const int width = std::max(560, m_scroll->viewport()->width() - 24);
        const int height =
            card->hasHeightForWidth() ? card->heightForWidth(width) : card->sizeHint().height();
        card->resize(width, std::max(height, card->minimumSizeHint().height()));
    }
    return card->grab();
}

bool StatsCharts::saveChart(const QString& name, const QString& path) const
{
    const QPixmap pixmap = renderChart(name);
    return !pixmap.isNull() && pixmap.save(path, "PNG");
}

void StatsCharts::saveInteractively(const QString& name)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("certdeck-%1-%2.png").arg(name, QDate::currentDate().toString(Qt::ISODate)));
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".png");
    }
    if (!saveChart(name, path)) {
        QMessageBox::warning(this, tr("Save Chart as PNG"),
                             tr("The chart could not be saved to %1.").arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace certdeck

extern "C" Q_DECL_EXPORT certdeck::StatsChartsView* certdeck_create_stats_charts(QWidget* parent)
{
    return new certdeck::StatsCharts(parent);
}
