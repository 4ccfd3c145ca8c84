#include "ChartCard.h"

#include "ChartStyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace certdeck {

namespace {

constexpr int kMessageHeight = 110;

} // namespace

ChartCard::ChartCard(const QString& name, const QString& title, QWidget* parent) : QFrame(parent)
{
    setObjectName(name);
    setFrameShape(QFrame::NoFrame);

    m_title = new QLabel(title, this);
    m_title->setObjectName(name + QStringLiteral("Title"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);

    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(name + QStringLiteral("Subtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(name + QStringLiteral("Message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(16);
    m_message->setMinimumHeight(kMessageHeight);

    m_footer = new QLabel(this);
    m_footer->setObjectName(name + QStringLiteral("Footer"));
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setWordWrap(true);
    m_footer->hide();

    m_header = new QHBoxLayout;
    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_title, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    layout->addWidget(m_subtitle);
    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->addWidget(m_message);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_footer);
    applyPalette();
}

void ChartCard::setSubtitle(const QString& text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

void ChartCard::addHeaderWidget(QWidget* widget)
{
    m_header->insertWidget(1, widget);
}

void ChartCard::setSaveAction(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName() + QStringLiteral("Save"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    m_header->addWidget(button);
}

void ChartCard::setContent(QWidget* content)
{
    m_content = content;
    m_body->insertWidget(0, content);
    m_message->hide();
}

void ChartCard::showMessage(const QString& message)
{
    m_message->setText(message);
    if (m_content) {
        m_content->hide();
    }
    m_message->show();
}

void ChartCard::showContent()
{
    m_message->hide();
    if (m_content) {
        m_content->show();
    }
}

bool ChartCard::showsMessage() const
{
    return !m_message->isHidden();
}

QString ChartCard::message() const
{
    return showsMessage() ? m_message->text() : QString();
}

void ChartCard::setFooter(const QString& text)
{
    m_footer->setText(text);
    m_footer->setVisible(!text.isEmpty());
}

void ChartCard::setContentHeight(int height)
{
    if (m_content) {
        m_content->setMinimumHeight(height);
    }
}

void ChartCard::applyPalette()
{
    const QPalette& own = palette();
    const QColor dim = mixedColor(own.color(QPalette::Text), own.color(QPalette::Base), 0.35);
    for (QLabel* label : {m_subtitle, m_message}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, dim);
        label->setPalette(p);
    }
    for (QLabel* label : {m_title, m_footer}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, own.color(QPalette::Text));
        label->setPalette(p);
    }
    update();
}

void ChartCard::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Base);
    painter.setPen(QPen(mixedColor(base, palette().color(QPalette::Text), 0.16), 1));
    painter.setBrush(base);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace certdeck
