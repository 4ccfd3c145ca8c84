#include "TodayPage.h"

#include <QFrame>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

#include <cmath>

namespace certdeck {

namespace {

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

/// A box with a heading, for one part of the page.
QFrame* section(const QString& heading, QWidget* parent, QVBoxLayout** body)
{
    auto* box = new QFrame(parent);
    box->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(8);
    if (!heading.isEmpty()) {
        auto* title = new QLabel(heading, box);
        title->setFont(scaled(title->font(), 1.1, true));
        layout->addWidget(title);
    }
    *body = layout;
    return box;
}

int percent(double share)
{
    return int(std::lround(share * 100));
}

/// The scaled-score scale with the pass line, the 80% range as a band and the estimate as a dot.
class ReadinessBar : public QWidget {
public:
    ReadinessBar(const ProfileReadiness& r, QWidget* parent) : QWidget(parent), m_r(r)
    {
        setObjectName(QStringLiteral("readinessBar"));
        setMinimumHeight(34);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setAccessibleName(TodayPage::tr("Estimated score %1 of %2, likely %3 to %4; pass at %5")
                              .arg(r.score)
                              .arg(r.maxScore)
                              .arg(r.low)
                              .arg(r.high)
                              .arg(r.passScore));
    }
    QSize sizeHint() const override { return {360, 34}; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF track(6, 8, width() - 12, 10);
        const double span = std::max(1, m_r.maxScore - m_r.minScore);
        const auto x = [&](int score) {
            return track.left() + track.width() * (score - m_r.minScore) / span;
        };
        const QPalette& pal = palette();
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Mid));
        p.drawRoundedRect(track, 5, 5);
        const bool pass = m_r.score >= m_r.passScore;
        QColor band = pass ? QColor(0x2e, 0x9d, 0x5b) : QColor(0xd3, 0x7a, 0x1f);
        band.setAlpha(110);
        p.setBrush(band);
        p.drawRoundedRect(QRectF(QPointF(x(m_r.low), track.top()), QPointF(x(m_r.high), track.bottom())), 5,
                          5);
        QPen line(pal.color(QPalette::WindowText), 1.5, Qt::DashLine);
        p.setPen(line);
        p.drawLine(QPointF(x(m_r.passScore), track.top() - 5), QPointF(x(m_r.passScore), track.bottom() + 5));
        p.setPen(QPen(pal.color(QPalette::Window), 2));
        p.setBrush(band.darker(130));
        QColor dot = band;
        dot.setAlpha(255);
        p.setBrush(dot.darker(120));
        p.drawEllipse(QPointF(x(m_r.score), track.center().y()), 7, 7);
        p.setPen(pal.color(QPalette::WindowText));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(f);
        const QFontMetrics fm(f);
        const QString passText = QString::number(m_r.passScore);
        p.drawText(QPointF(x(m_r.passScore) - fm.horizontalAdvance(passText) / 2.0, height() - 2), passText);
        p.drawText(QPointF(track.left(), height() - 2), QString::number(m_r.minScore));
        const QString max = QString::number(m_r.maxScore);
        p.drawText(QPointF(track.right() - fm.horizontalAdvance(max), height() - 2), max);
    }

private:
    ProfileReadiness m_r;
};

/// The page's scroll area, whose size hint asks nothing of what it holds. QScrollArea's lays out all its
/// contents to answer (word-wrapped labels included), measuring text as soon as the page is built, before
/// the window is on screen; the page always fills the window, so that answer is never used.
class PageScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override { return QAbstractScrollArea::sizeHint(); }
};

} // namespace

TodayPage::TodayPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new PageScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(28, 22, 28, 22);
    column->setSpacing(14);

    auto* title = new QLabel(tr("Today"), content);
    title->setFont(scaled(title->font(), 1.6, true));
    m_date = new QLabel(content);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_date, 1, Qt::AlignBottom);
    column->addLayout(header);

    QVBoxLayout* body = nullptr;
    QFrame* next = section(QString(), content, &body);
    next->setObjectName(QStringLiteral("nextStep"));
    auto* nextHeading = new QLabel(tr("Next step"), next);
    nextHeading->setForegroundRole(QPalette::PlaceholderText);
    m_stepTitle = new QLabel(next);
    m_stepTitle->setFont(scaled(m_stepTitle->font(), 1.3, true));
    m_stepTitle->setWordWrap(true);
    m_stepReason = new QLabel(next);
    m_stepReason->setWordWrap(true);
    m_act = new QPushButton(next);
    m_act->setObjectName(QStringLiteral("nextStepButton"));
    m_act->setDefault(true);
    m_act->setVisible(false);
    connect(m_act, &QPushButton::clicked, this, &TodayPage::actOnNextStep);
    m_guide = new QLabel(next);
    m_guide->setWordWrap(true);
    m_guide->setVisible(false);
    body->addWidget(nextHeading);
    body->addWidget(m_stepTitle);
    body->addWidget(m_stepReason);
    body->addWidget(m_guide);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_act);
    buttonRow->addStretch(1);
    body->addLayout(buttonRow);
    column->addWidget(next);
    setFocusProxy(m_act);

    m_tiles = new QWidget(content);
    auto* tiles = new QHBoxLayout(m_tiles);
    tiles->setContentsMargins(0, 0, 0, 0);
    tiles->setSpacing(14);
    const auto tile = [&](const QString& caption, QLabel** value) {
        QVBoxLayout* tileBody = nullptr;
        QFrame* box = section(QString(), m_tiles, &tileBody);
        *value = new QLabel(QStringLiteral("–"), box);
        (*value)->setFont(scaled((*value)->font(), 1.8, true));
        auto* label = new QLabel(caption, box);
        label->setWordWrap(true);
        tileBody->addWidget(*value);
        tileBody->addWidget(label);
        tiles->addWidget(box, 1);
    };
    tile(tr("cards due now"), &m_due);
    tile(tr("new cards for today"), &m_new);
    tile(tr("days in a row"), &m_streak);
    m_tiles->setVisible(false);
    column->addWidget(m_tiles);

    m_readinessBox = section(tr("Readiness"), content, &m_readinessRows);
    m_readinessBox->setVisible(false);
    column->addWidget(m_readinessBox);
    m_weakBox = section(tr("Weakest spots"), content, &m_weakRows);
    m_weakBox->setVisible(false);
    column->addWidget(m_weakBox);
    column->addStretch(1);

    m_stepTitle->setText(tr("Opening your progress…"));
    connect(&m_context, &AppContext::progressReady, this, &TodayPage::refresh);
    connect(&m_context, &AppContext::reviewSettingsChanged, this, &TodayPage::refresh);
    connect(&m_context, &AppContext::progressFailed, this, [this](const QString& message) {
        m_error = message;
        m_overview.reset();
        render();
    });
}

void TodayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Coming back after studying elsewhere: the counts have changed. The first showing comes before
    // progress is open; progressReady refreshes then.
    if (!event->spontaneous() && m_context.progressState() == AppContext::ProgressState::Ready) {
        refresh();
    }
}

void TodayPage::refresh()
{
    m_error.clear();
    const ReviewStore* reviews = m_context.reviews();
    if (!reviews) {
        return;
    }
    QString error;
    const StatsContent* content = m_context.statsContent(&error);
    if (!content) {
        m_error = error;
        render();
        return;
    }
    Result<StudyOverview> read = readStudyOverview(*content, m_context.progress().connection(), *reviews,
                                                   m_context.clock(), m_context.reviewSettings(), 30);
    if (read) {
        m_overview = std::move(read).value();
    } else {
        m_error = read.error();
        m_overview.reset();
    }
    render();
}

void TodayPage::render()
{
    const QLocale locale;
    if (!m_overview) {
        m_stepTitle->setText(m_error.isEmpty() ? tr("Opening your progress…")
                                               : tr("Your progress cannot be read"));
        m_stepReason->setText(m_error);
        m_act->setVisible(false);
        m_guide->setVisible(false);
        m_tiles->setVisible(false);
        m_readinessBox->setVisible(false);
        m_weakBox->setVisible(false);
        return;
    }
    const StudyOverview& o = *m_overview;
    const StatsReport& r = o.report;
    m_date->setText(locale.toString(r.today, QLocale::LongFormat));

    const NextStep& step = o.plan.next;
    m_stepTitle->setText(step.title);
    m_stepReason->setText(step.reason);
    switch (step.kind) {
    case NextStep::Kind::FirstCards:
    case NextStep::Kind::NewCards:
        m_act->setText(tr("&Learn Cards"));
        break;
    case NextStep::Kind::Reviews:
        m_act->setText(tr("&Review Now"));
        break;
    case NextStep::Kind::DrillDomain:
        m_act->setText(tr("&Start Drill"));
        break;
    case NextStep::Kind::FullExam:
        m_act->setText(tr("&Set Up the Exam"));
        break;
    case NextStep::Kind::Done:
        m_act->setText(tr("&Drill Weakest Domain"));
        break;
    }
    m_act->setVisible(step.kind != NextStep::Kind::Done || !step.domainId.isEmpty());
    const bool newUser = !r.hasProgress();
    m_guide->setVisible(newUser);
    if (newUser) {
        const auto key = [](QKeySequence keys) { return keys.toString(QKeySequence::NativeText); };
        m_guide->setText(
            //: %1 %2 %3 %4 are keys as the keyboard names them (Ctrl+2, Ctrl+3, Ctrl+K, F1)
            tr("How to start:\n"
               "1. Flashcards (%1): learn a few cards a day; Certdeck schedules each review "
               "just before you would forget it.\n"
               "2. Practice Exams (%2): drill a topic or take a timed exam of 65 questions.\n"
               "3. Come back here: your readiness per exam and your weakest domains appear once "
               "you have studied.\n"
               "%3 looks up any limit or formula from any page; %4 lists every keyboard shortcut.")
                .arg(key(QKeySequence(Qt::CTRL | Qt::Key_2)), key(QKeySequence(Qt::CTRL | Qt::Key_3)),
                     key(QKeySequence(Qt::CTRL | Qt::Key_K)), key(QKeySequence(QKeySequence::HelpContents))));
    }

    m_tiles->setVisible(!newUser);
    m_due->setText(locale.toString(o.dueNow));
    m_new->setText(locale.toString(o.newToday));
    m_streak->setText(locale.toString(r.streak.current));
    m_streak->setToolTip(tr("Longest streak: %n day(s)", "", r.streak.longest));

    // Readiness per profile.
    while (QLayoutItem* item = m_readinessRows->takeAt(1)) { // 0 is the heading
        delete item->widget();
        delete item;
    }
    bool anyEstimate = false;
    for (const ProfileStats& p : r.profiles) {
        anyEstimate = anyEstimate || p.readiness.hasEstimate;
        m_readinessRows->addWidget(readinessRow(p.readiness, m_readinessBox));
    }
    if (anyEstimate) {
        auto* note =
            new QLabel(tr("An estimate of Certdeck's scoring from your recent answers and how well you "
                          "recall the cards of each domain, with the range a real attempt would likely "
                          "fall in. AWS does not publish its scaling: treat it as a guide."),
                       m_readinessBox);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        m_readinessRows->addWidget(note);
    }
    m_readinessBox->setVisible(!newUser);

    // Weakest domains and topics.
    while (QLayoutItem* item = m_weakRows->takeAt(1)) {
        delete item->widget();
        delete item;
    }
    for (const WeakSpot& spot : o.plan.weakDomains) {
        m_weakRows->addWidget(weakRow(spot, m_weakBox));
    }
    for (const WeakSpot& spot : o.plan.weakTopics) {
        m_weakRows->addWidget(weakRow(spot, m_weakBox));
    }
    m_weakBox->setVisible(!o.plan.weakDomains.isEmpty() || !o.plan.weakTopics.isEmpty());
}

QWidget* TodayPage::readinessRow(const ProfileReadiness& r, QWidget* parent) const
{
    auto* row = new QWidget(parent);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    auto* headline = new QLabel(row);
    headline->setWordWrap(true);
    if (!r.hasEstimate) {
        //: %1 exam code
        headline->setText(
            tr("%1: no estimate yet. Study its cards or answer a few of its questions.").arg(r.code));
        layout->addWidget(headline);
        return row;
    }
    //: %1 exam code, %2 estimated scaled score, %3 and %4 its likely range, %5 chance to pass in percent
    headline->setText(tr("<b>%1</b>: about <b>%2</b> (likely %3 to %4), chance to pass about %5%")
                          .arg(r.code.toHtmlEscaped())
                          .arg(r.score)
                          .arg(r.low)
                          .arg(r.high)
                          .arg(percent(r.passChance)));
    headline->setTextFormat(Qt::RichText);
    layout->addWidget(headline);
    layout->addWidget(new ReadinessBar(r, row));
    auto* basis = new QLabel(tr("From %n answer(s) in the last 90 days", "", r.answers) +
                                 QStringLiteral(" · ") + tr("%n card(s) studied", "", r.studiedCards),
                             row);
    basis->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(basis);
    return row;
}

QWidget* TodayPage::weakRow(const WeakSpot& spot, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(row);
    label->setWordWrap(true);
    if (spot.topicId.isEmpty()) {
        QString code = spot.profileId;
        for (const ProfileStats& p : m_overview->report.profiles) {
            if (p.profileId == spot.profileId) {
                code = p.code;
            }
        }
        //: %1 domain name, %2 exam code, %3 the domain's percent of the exam, %4 estimated percent right
        label->setText(tr("%1 (%2, %3% of the exam): about %4% right")
                           .arg(spot.name, code)
                           .arg(spot.weight)
                           .arg(percent(spot.estimate)));
    } else {
        //: %1 topic name, %2 estimated percent right
        label->setText(tr("%1 (topic): about %2% right").arg(spot.name).arg(percent(spot.estimate)));
    }
    auto* drill = new QPushButton(tr("Drill"), row);
    drill->setAccessibleName(tr("Drill %1").arg(spot.name));
    const NavigationRequest request = spot.topicId.isEmpty()
                                          ? NavigationRequest::drillDomain(spot.profileId, spot.domainId)
                                          : NavigationRequest::drillTopic(spot.topicId);
    connect(drill, &QPushButton::clicked, this, [this, request] { m_context.navigate(request); });
    layout->addWidget(label, 1);
    layout->addWidget(drill);
    return row;
}

void TodayPage::actOnNextStep()
{
    if (!m_overview) {
        return;
    }
    const NextStep& step = m_overview->plan.next;
    switch (step.kind) {
    case NextStep::Kind::FirstCards:
    case NextStep::Kind::NewCards:
    case NextStep::Kind::Reviews:
        m_context.navigate(NavigationRequest::flashcards());
        break;
    case NextStep::Kind::DrillDomain:
    case NextStep::Kind::Done:
        m_context.navigate(NavigationRequest::drillDomain(step.profileId, step.domainId));
        break;
    case NextStep::Kind::FullExam:
        m_context.navigate(NavigationRequest::examSetup(step.profileId));
        break;
    }
}

} // namespace certdeck
