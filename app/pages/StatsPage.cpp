#include "StatsPage.h"

#include "StatsChartsLoader.h"
#include "stats/StatsStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QShowEvent>
#include <QVBoxLayout>

namespace certdeck {

StatsPage::StatsPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(20, 12, 20, 8);
    auto* title = new QLabel(tr("Stats"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("statsRange"));
    m_range->setAccessibleName(tr("Days shown"));
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->addItem(tr("Last 365 days"), 365);
    auto* rangeLabel = new QLabel(tr("&Show:"), this);
    rangeLabel->setBuddy(m_range);
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setContentsMargins(20, 8, 20, 8);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    QString error;
    m_charts = StatsChartsLoader::create(this, &error);
    if (m_charts) {
        layout->addWidget(m_charts, 1);
    } else {
        m_message->setText(error);
        m_message->setVisible(true);
        layout->addStretch(1);
    }
    setFocusProxy(m_range);
    connect(m_range, &QComboBox::currentIndexChanged, this, &StatsPage::refresh);
    connect(&m_context, &AppContext::progressReady, this, &StatsPage::refresh);
}

int StatsPage::days() const
{
    return m_range->currentData().toInt();
}

void StatsPage::setDays(int days)
{
    const int index = m_range->findData(days);
    if (index >= 0) {
        m_range->setCurrentIndex(index);
    }
}

void StatsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        refresh();
    }
}

void StatsPage::refresh()
{
    if (m_context.progressState() != AppContext::ProgressState::Ready || !m_context.reviews()) {
        m_message->setText(m_context.progressState() == AppContext::ProgressState::Failed
                               ? m_context.progressError()
                               : tr("Opening your progress…"));
        m_message->setVisible(true);
        return;
    }
    QString error;
    const StatsContent* content = m_context.statsContent(&error);
    Result<StatsReport> report =
        content ? readStatsReport(*content, &m_context.progress().connection(), m_context.reviewSettings(),
                                  m_context.clock().now(), days())
                : Result<StatsReport>::failure(error);
    if (!report) {
        m_message->setText(report.error());
        m_message->setVisible(true);
        return;
    }
    m_report = std::move(report).value();
    if (m_charts) {
        m_message->setVisible(false);
        m_charts->setReport(*m_report);
    }
}

} // namespace certdeck
