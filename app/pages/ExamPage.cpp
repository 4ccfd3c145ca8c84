#include "pages/ExamPage.h"

#include "CardText.h"
#include "calc/CalcLibrary.h"
#include "dialogs/CalcDrillDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace certdeck {

namespace {

constexpr int kSaveEveryTicks = 10; ///< seconds between stores of the time used
constexpr int kNavigatorColumns = 5;
constexpr int kCellSize = 34;

QString letter(int shown)
{
    return QString(QChar(u'A' + shown));
}

QFont scaledFont(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

/// One option: its letter, a check box or radio button, and its text wrapped over as many lines as it needs
/// (a QRadioButton's own text does not wrap). Clicking anywhere on the row chooses it; in practice the row
/// shows, once checked, whether the option is right and why.
class OptionRow : public QFrame {
    Q_OBJECT

public:
    OptionRow(int shown, bool multi, QWidget* parent) : QFrame(parent), m_shown(shown)
    {
        setObjectName(QStringLiteral("examOption%1").arg(letter(shown)));
        setFrameShape(QFrame::StyledPanel);
        setCursor(Qt::PointingHandCursor);
        auto* layout = new QGridLayout(this);
        layout->setContentsMargins(10, 8, 10, 8);
        layout->setHorizontalSpacing(10);
        if (multi) {
            m_button = new QCheckBox(this);
        } else {
            m_button = new QRadioButton(this);
        }
        m_button->setFocusPolicy(Qt::TabFocus);
        m_button->setText(letter(shown));
        connect(m_button, &QAbstractButton::clicked, this, [this] {
            // The session decides: put the box back as it was and let render() show the outcome.
            m_button->setChecked(!m_button->isChecked());
            emit chosen(m_shown);
        });
        layout->addWidget(m_button, 0, 0, Qt::AlignTop);
        m_text = new QLabel(this);
        m_text->setWordWrap(true);
        m_text->setTextFormat(Qt::RichText);
        m_text->setTextInteractionFlags(Qt::NoTextInteraction);
        layout->addWidget(m_text, 0, 1);
        m_why = new QLabel(this);
        m_why->setWordWrap(true);
        m_why->setTextFormat(Qt::RichText);
        m_why->hide();
        layout->addWidget(m_why, 1, 1);
        layout->setColumnStretch(1, 1);
    }

    void set(const QString& html, const QString& plain, bool checked)
    {
        m_text->setText(html);
        m_button->setAccessibleName(tr("Option %1: %2").arg(letter(m_shown), plain));
        m_button->setChecked(checked);
    }
    void setLocked(bool locked)
    {
        m_locked = locked;
        setCursor(locked ? Qt::ArrowCursor : Qt::PointingHandCursor);
    }
    /// After a check: marks the row right or wrong with its why; `html` empty hides it.
    void setWhy(const QString& html, bool correct, bool chosen)
    {
        m_why->setText(html);
        m_why->setVisible(!html.isEmpty());
        m_mark = html.isEmpty() ? Mark::None : correct ? Mark::Right : chosen ? Mark::Wrong : Mark::None;
        update();
    }
    QAbstractButton* button() const { return m_button; }

signals:
    void chosen(int shown);

protected:
    void mousePressEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton && !m_locked) {
            emit chosen(m_shown);
        }
        QFrame::mousePressEvent(event);
    }
    void paintEvent(QPaintEvent* event) override
    {
        QFrame::paintEvent(event);
        if (m_mark == Mark::None && !m_button->isChecked()) {
            return;
        }
        QPainter p(this);
        QColor color = m_mark == Mark::Right   ? QColor(0x2e, 0x9d, 0x4f)
                       : m_mark == Mark::Wrong ? QColor(0xd0, 0x3b, 0x3b)
                                               : palette().color(QPalette::Highlight);
        p.fillRect(QRect(0, 0, 4, height()), color);
        if (m_mark != Mark::None) {
            color.setAlpha(28);
            p.fillRect(rect(), color);
        }
    }

private:
    enum class Mark { None, Right, Wrong };

    int m_shown;
    bool m_locked = false;
    Mark m_mark = Mark::None;
    QAbstractButton* m_button = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_why = nullptr;
};

/// The question grid of an exam: one numbered cell per question, filled when answered, with a corner mark
/// when flagged and a frame around the question on show. A click goes to that question.
class ExamNavigator : public QWidget {
    Q_OBJECT

public:
    struct Cell {
        bool answered = false;
        bool flagged = false;
        int result = -1; ///< practice, once checked: 1 right, 0 wrong
    };

    explicit ExamNavigator(QWidget* parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("examNavigator"));
        setAccessibleName(tr("Questions"));
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum);
        setMouseTracking(true);
    }

    void setCells(const QList<Cell>& cells, int current)
    {
        m_cells = cells;
        m_current = current;
        resize(sizeHint()); // it sits in a scroll area that does not resize it
        update();
    }
    const QList<Cell>& cells() const { return m_cells; }

    QSize sizeHint() const override
    {
        const int rows = int((m_cells.size() + kNavigatorColumns - 1) / kNavigatorColumns);
        return {kNavigatorColumns * (kCellSize + 4) + 4, std::max(1, rows) * (kCellSize + 4) + 4};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void clicked(int index);

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const QColor flagColor(0xe0, 0x8a, 0x00);
        for (qsizetype i = 0; i < m_cells.size(); ++i) {
            const QRectF r = cellRect(int(i));
            const Cell& c = m_cells[i];
            QColor fill = c.result == 1   ? QColor(0x2e, 0x9d, 0x4f)
                          : c.result == 0 ? QColor(0xd0, 0x3b, 0x3b)
                          : c.answered    ? pal.color(QPalette::Highlight)
                                          : pal.color(QPalette::Base);
            if (c.answered || c.result >= 0) {
                fill.setAlpha(90);
            }
            p.setPen(QPen(i == m_current ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                          i == m_current ? 2.5 : 1.0));
            p.setBrush(fill);
            p.drawRoundedRect(r, 4, 4);
            if (c.flagged) {
                QPolygonF corner;
                corner << r.topRight() + QPointF(-12, 0) << r.topRight() << r.topRight() + QPointF(0, 12);
                p.setPen(Qt::NoPen);
                p.setBrush(flagColor);
                p.drawPolygon(corner);
            }
            p.setPen(pal.color(QPalette::Text));
            QFont f = font();
            f.setBold(i == m_current);
            p.setFont(f);
            p.drawText(r, Qt::AlignCenter, QString::number(i + 1));
        }
    }
    void mousePressEvent(QMouseEvent* event) override
    {
        for (qsizetype i = 0; i < m_cells.size(); ++i) {
            if (cellRect(int(i)).contains(event->position())) {
                emit clicked(int(i));
                return;
            }
        }
    }
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::ToolTip) {
            const auto* help = static_cast<QHelpEvent*>(e);
            for (qsizetype i = 0; i < m_cells.size(); ++i) {
                if (cellRect(int(i)).contains(help->pos())) {
                    const Cell& c = m_cells[i];
                    QString text = c.result == 1   ? tr("Question %1: right").arg(i + 1)
                                   : c.result == 0 ? tr("Question %1: wrong").arg(i + 1)
                                   : c.answered    ? tr("Question %1: answered").arg(i + 1)
                                                   : tr("Question %1: not answered").arg(i + 1);
                    if (c.flagged) {
                        text += QLatin1Char('\n') + tr("Flagged for review");
                    }
                    setToolTip(text);
                    break;
                }
            }
        }
        return QWidget::event(e);
    }

private:
    QRectF cellRect(int i) const
    {
        const int row = i / kNavigatorColumns;
        const int col = i % kNavigatorColumns;
        return {4.0 + col * (kCellSize + 4), 4.0 + row * (kCellSize + 4), double(kCellSize),
                double(kCellSize)};
    }

    QList<Cell> m_cells;
    int m_current = 0;
};

ExamPage::ExamPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_messageView = new QWidget(m_stack);
    auto* message = new QVBoxLayout(m_messageView);
    message->addStretch(1);
    m_messageTitle = new QLabel(m_messageView);
    m_messageTitle->setObjectName(QStringLiteral("examMessage"));
    m_messageTitle->setFont(scaledFont(font(), 1.3));
    m_messageTitle->setAlignment(Qt::AlignHCenter);
    m_messageTitle->setWordWrap(true);
    message->addWidget(m_messageTitle);
    m_messageDetail = new QLabel(m_messageView);
    m_messageDetail->setObjectName(QStringLiteral("examMessageDetail"));
    m_messageDetail->setTextFormat(Qt::PlainText);
    m_messageDetail->setAlignment(Qt::AlignHCenter);
    m_messageDetail->setWordWrap(true);
    m_messageDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->addWidget(m_messageDetail);
    m_messageBack = new QPushButton(tr("Back to Practice Exams"), m_messageView);
    connect(m_messageBack, &QPushButton::clicked, this, &ExamPage::showSetup);
    message->addWidget(m_messageBack, 0, Qt::AlignHCenter);
    message->addStretch(2);
    m_stack->addWidget(m_messageView);

    buildSetup();
    buildQuestionView();
    buildReviewView();
    buildReportView();

    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("examTimer"));
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ExamPage::tick);

    connect(&m_context, &AppContext::progressReady, this, &ExamPage::progressReady);
    connect(&m_context, &AppContext::progressFailed, this, [this](const QString& why) {
        m_session.reset(); // its store is gone
        m_timer->stop();
        showMessage(tr("Your progress cannot be opened, so exams cannot be saved."), why);
        m_messageBack->hide();
    });
    if (m_context.progressState() == AppContext::ProgressState::Ready) {
        progressReady();
    } else if (m_context.progressState() == AppContext::ProgressState::Failed) {
        showMessage(tr("Your progress cannot be opened, so exams cannot be saved."),
                    m_context.progressError());
        m_messageBack->hide();
    } else {
        showMessage(tr("Opening your progress…"), QString());
        m_messageBack->hide();
    }
}

ExamPage::~ExamPage()
{
    if (m_session && m_context.exams()) {
        m_session->saveTime(); // the window is closing: the exam resumes with the time it had left
    }
}

ExamPage::View ExamPage::view() const
{
    QWidget* w = m_stack->currentWidget();
    return w == m_setupView      ? View::Setup
           : w == m_questionView ? View::Question
           : w == m_reviewView   ? View::Review
           : w == m_reportView   ? View::Report
                                 : View::Message;
}

bool ExamPage::loadContent()
{
    if (m_contentLoaded) {
        return m_contentError.isEmpty();
    }
    m_contentLoaded = true;
    const ContentRepository* content = m_context.content(&m_contentError);
    if (!content) {
        return false;
    }
    const Result<QList<Question>> questions = content->questions();
    const Result<QList<ExamProfile>> profiles = content->examProfiles();
    const Result<QList<TopicRow>> topics = content->topics();
    const Result<QList<Card>> cards = content->cards();
    const Result<QList<NoteSectionRow>> sections = content->sections();
    for (const QString* error :
         {&questions.error(), &profiles.error(), &topics.error(), &cards.error(), &sections.error()}) {
        if (!error->isEmpty()) {
            m_contentError = *error;
            return false;
        }
    }
    m_questions = *questions;
    for (const Question& q : m_questions) {
        m_questionsById.insert(q.id, q);
    }
    m_profiles = *profiles;
    for (const TopicRow& t : *topics) {
        m_topicTitles.insert(t.id, t.title);
        m_topicOrder.append(t.id);
    }
    m_followUp = CardFollowUp(*cards, *sections);
    Result<calc::CalcLibrary> library = calc::CalcLibrary::load(*content);
    if (library) {
        m_calcLibrary = std::make_unique<calc::CalcLibrary>(std::move(library).value());
    }
    return true;
}

const ExamProfile* ExamPage::profile(const QString& id) const
{
    for (const ExamProfile& p : m_profiles) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

void ExamPage::progressReady()
{
    // A restored backup brings a new store: an exam on show belonged to the old one.
    m_session.reset();
    m_timer->stop();
    if (!loadContent()) {
        showMessage(tr("The question bank cannot be read."), m_contentError);
        m_messageBack->hide();
        return;
    }
    showSetup();
}

void ExamPage::showMessage(const QString& title, const QString& detail)
{
    m_messageTitle->setText(title);
    m_messageDetail->setText(detail);
    m_messageDetail->setVisible(!detail.isEmpty());
    m_messageBack->show();
    m_stack->setCurrentWidget(m_messageView);
}

void ExamPage::showError(const QString& message)
{
    m_setupNotice->setText(message);
    m_setupNotice->setVisible(!message.isEmpty());
}

// ---------------------------------------------------------------------------------------------------------
// Setup

void ExamPage::buildSetup()
{
    m_setupView = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(m_setupView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto* heading = new QLabel(tr("Practice Exams"), m_setupView);
    heading->setFont(scaledFont(font(), 1.4, true));
    layout->addWidget(heading);

    m_resumeBox = new QFrame(m_setupView);
    m_resumeBox->setObjectName(QStringLiteral("examResumeBox"));
    static_cast<QFrame*>(m_resumeBox)->setFrameShape(QFrame::StyledPanel);
    auto* resume = new QHBoxLayout(m_resumeBox);
    m_resumeText = new QLabel(m_resumeBox);
    m_resumeText->setObjectName(QStringLiteral("examResumeText"));
    m_resumeText->setWordWrap(true);
    resume->addWidget(m_resumeText, 1);
    m_resume = new QPushButton(tr("&Resume"), m_resumeBox);
    m_resume->setObjectName(QStringLiteral("examResume"));
    connect(m_resume, &QPushButton::clicked, this, &ExamPage::resumeExam);
    resume->addWidget(m_resume);
    auto* abandon = new QPushButton(tr("Abandon"), m_resumeBox);
    abandon->setObjectName(QStringLiteral("examAbandon"));
    connect(abandon, &QPushButton::clicked, this, &ExamPage::abandonExam);
    resume->addWidget(abandon);
    layout->addWidget(m_resumeBox);

    m_tabs = new QTabWidget(m_setupView);
    m_tabs->setObjectName(QStringLiteral("examTabs"));

    // Timed exam.
    auto* exam = new QWidget(m_tabs);
    auto* examLayout = new QVBoxLayout(exam);
    auto* examForm = new QFormLayout;
    examForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_examProfile = new QComboBox(exam);
    m_examProfile->setObjectName(QStringLiteral("examProfile"));
    // The items arrive with the content, after the first show: the box widens to the longest exam name then.
    m_examProfile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    examForm->addRow(tr("&Exam:"), m_examProfile);
    m_extraTime = new QCheckBox(tr("+30 &minutes (English is not my first language)"), exam);
    m_extraTime->setObjectName(QStringLiteral("examExtraTime"));
    m_extraTime->setToolTip(tr("AWS grants 30 extra minutes to candidates whose first language is not "
                               "English, when they ask for it before booking."));
    examForm->addRow(QString(), m_extraTime);
    examLayout->addLayout(examForm);
    m_examInfo = new QLabel(exam);
    m_examInfo->setObjectName(QStringLiteral("examInfo"));
    m_examInfo->setWordWrap(true);
    examLayout->addWidget(m_examInfo);
    m_startExam = new QPushButton(tr("&Start Exam"), exam);
    m_startExam->setObjectName(QStringLiteral("examStart"));
    m_startExam->setDefault(true);
    connect(m_startExam, &QPushButton::clicked, this, &ExamPage::startExam);
    examLayout->addWidget(m_startExam, 0, Qt::AlignLeft);
    examLayout->addStretch(1);
    connect(m_examProfile, &QComboBox::currentIndexChanged, this, [this] {
        const ExamProfile* p = profile(m_examProfile->currentData().toString());
        if (!p) {
            m_examInfo->clear();
            return;
        }
        const QList<int> quotas = ExamGenerator::domainQuotas(*p);
        QStringList domains;
        for (qsizetype i = 0; i < p->domains.size(); ++i) {
            //: a domain of the exam and how many questions it gets: "Design Secure Architectures: 20"
            domains.append(tr("%1: %n question(s)", nullptr, quotas[i]).arg(p->domains[i].name));
        }
        m_examInfo->setText(
            //: %1 questions, %2 minutes, %3 pass score, %4 max score; then one line per domain
            tr("%1 questions in %2 minutes, drawn by the exam guide's domain weights; no answers are shown "
               "until you submit. Passing is %3 on a scale of 100 to %4.")
                .arg(p->questionCount)
                .arg(p->minutes)
                .arg(p->passScore)
                .arg(p->maxScore) +
            QStringLiteral("\n• ") + domains.join(QStringLiteral("\n• ")));
    });
    m_tabs->addTab(exam, tr("Timed Exam"));

    // Practice.
    auto* practice = new QWidget(m_tabs);
    auto* practiceLayout = new QVBoxLayout(practice);
    auto* practiceForm = new QFormLayout;
    practiceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_practiceSource = new QComboBox(practice);
    m_practiceSource->setObjectName(QStringLiteral("examPracticeSource"));
    m_practiceSource->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    practiceForm->addRow(tr("&Questions from:"), m_practiceSource);
    m_practiceCount = new QSpinBox(practice);
    m_practiceCount->setObjectName(QStringLiteral("examPracticeCount"));
    m_practiceCount->setRange(1, 65);
    m_practiceCount->setValue(10);
    practiceForm->addRow(tr("&Number of questions:"), m_practiceCount);
    practiceLayout->addLayout(practiceForm);
    auto* practiceInfo = new QLabel(tr("Untimed. After each answer, see whether it is right, why each option "
                                       "is right or wrong, and the line of your notes it comes from."),
                                    practice);
    practiceInfo->setWordWrap(true);
    practiceLayout->addWidget(practiceInfo);
    m_startPractice = new QPushButton(tr("Start &Practice"), practice);
    m_startPractice->setObjectName(QStringLiteral("examStartPractice"));
    connect(m_startPractice, &QPushButton::clicked, this, &ExamPage::startPractice);
    practiceLayout->addWidget(m_startPractice, 0, Qt::AlignLeft);
    practiceLayout->addStretch(1);
    m_tabs->addTab(practice, tr("Practice"));

    // Drill.
    auto* drill = new QWidget(m_tabs);
    auto* drillLayout = new QGridLayout(drill);
    m_drillTopics = new QRadioButton(tr("&Topics:"), drill);
    m_drillTopics->setObjectName(QStringLiteral("examDrillTopics"));
    m_drillTopics->setChecked(true);
    m_drillMistakes = new QRadioButton(drill);
    m_drillMistakes->setObjectName(QStringLiteral("examDrillMistakes"));
    m_drillFlagged = new QRadioButton(drill);
    m_drillFlagged->setObjectName(QStringLiteral("examDrillFlagged"));
    m_drillCalc = new QRadioButton(tr("&Calculation drill:"), drill);
    m_drillCalc->setObjectName(QStringLiteral("examDrillCalc"));
    m_topicList = new QListWidget(drill);
    m_topicList->setObjectName(QStringLiteral("examTopicList"));
    m_topicList->setAccessibleName(tr("Topics to drill"));
    m_topicList->setSelectionMode(QAbstractItemView::NoSelection);
    m_calculator = new QComboBox(drill);
    m_calculator->setObjectName(QStringLiteral("examCalculator"));
    m_calculator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_drillCount = new QSpinBox(drill);
    m_drillCount->setObjectName(QStringLiteral("examDrillCount"));
    m_drillCount->setRange(1, 200);
    m_drillCount->setValue(15);
    auto* choices = new QVBoxLayout;
    choices->addWidget(m_drillTopics);
    choices->addWidget(m_drillMistakes);
    choices->addWidget(m_drillFlagged);
    choices->addWidget(m_drillCalc);
    choices->addWidget(m_calculator);
    auto* countRow = new QHBoxLayout;
    auto* countLabel = new QLabel(tr("&At most:"), drill);
    countLabel->setBuddy(m_drillCount);
    countRow->addWidget(countLabel);
    countRow->addWidget(m_drillCount);
    countRow->addStretch(1);
    choices->addLayout(countRow);
    m_startDrill = new QPushButton(tr("Start &Drill"), drill);
    m_startDrill->setObjectName(QStringLiteral("examStartDrill"));
    connect(m_startDrill, &QPushButton::clicked, this, &ExamPage::startDrill);
    choices->addWidget(m_startDrill, 0, Qt::AlignLeft);
    choices->addStretch(1);
    drillLayout->addLayout(choices, 0, 0);
    drillLayout->addWidget(m_topicList, 0, 1);
    drillLayout->setColumnStretch(1, 1);
    for (QRadioButton* r : {m_drillTopics, m_drillMistakes, m_drillFlagged, m_drillCalc}) {
        connect(r, &QRadioButton::toggled, this, &ExamPage::updateDrillCounts);
    }
    connect(m_topicList, &QListWidget::itemChanged, this, [this] {
        m_drillTopics->setChecked(true);
        updateDrillCounts();
    });
    connect(m_calculator, &QComboBox::activated, this, [this] { m_drillCalc->setChecked(true); });
    m_tabs->addTab(drill, tr("Drill"));
    layout->addWidget(m_tabs, 3);

    m_setupNotice = new QLabel(m_setupView);
    m_setupNotice->setObjectName(QStringLiteral("examSetupNotice"));
    m_setupNotice->setWordWrap(true);
    m_setupNotice->setTextFormat(Qt::PlainText);
    m_setupNotice->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_setupNotice->hide();
    layout->addWidget(m_setupNotice);

    auto* historyTitle = new QLabel(tr("History"), m_setupView);
    historyTitle->setFont(scaledFont(font(), 1.15, true));
    layout->addWidget(historyTitle);
    m_history = new QTreeWidget(m_setupView);
    m_history->setObjectName(QStringLiteral("examHistory"));
    m_history->setAccessibleName(tr("Past attempts"));
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setHeaderLabels(
        {tr("Date"), tr("Attempt"), tr("Questions"), tr("Score"), tr("Result"), tr("Time used")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents); // dates and numbers in full
    m_history->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_history->header()->setStretchLastSection(false);
    connect(m_history, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openReport(item->data(0, Qt::UserRole).toLongLong()); });
    layout->addWidget(m_history, 2);
    m_stack->addWidget(m_setupView);
}

QHash<QString, qint64> ExamPage::lastSeen() const
{
    QHash<QString, qint64> seen;
    for (auto it = m_questionHistory.cbegin(); it != m_questionHistory.cend(); ++it) {
        seen.insert(it.key(), it->lastSeenMs);
    }
    return seen;
}

void ExamPage::fillSetup()
{
    const QString examChoice = m_examProfile->currentData().toString();
    m_examProfile->clear();
    m_practiceSource->clear();
    for (const ExamProfile& p : std::as_const(m_profiles)) {
        //: an exam profile in a list: "SAA-C03 · AWS Certified Solutions Architect – Associate"
        m_examProfile->addItem(tr("%1 · %2").arg(p.code, p.name), p.id);
        m_practiceSource->addItem(tr("%1 (all domains)").arg(p.code),
                                  QString(QStringLiteral("profile:") + p.id));
    }
    if (const int at = m_examProfile->findData(examChoice); at >= 0) {
        m_examProfile->setCurrentIndex(at);
    }
    QHash<QString, int> perTopic;
    for (const Question& q : std::as_const(m_questions)) {
        ++perTopic[q.topic];
    }
    m_topicList->blockSignals(true);
    m_topicList->clear();
    for (const QString& topic : std::as_const(m_topicOrder)) {
        const int n = perTopic.value(topic);
        if (n == 0) {
            continue;
        }
        //: a topic and its number of questions: "SQS (12)"
        const QString label = tr("%1 (%2)").arg(m_topicTitles.value(topic)).arg(n);
        m_practiceSource->addItem(label, QString(QStringLiteral("topic:") + topic));
        auto* item = new QListWidgetItem(label, m_topicList);
        item->setData(Qt::UserRole, topic);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_topicList->blockSignals(false);
    m_calculator->clear();
    for (const calc::Calculator* c : calc::calculators()) {
        m_calculator->addItem(c->title(), c->id());
    }
    // What the learner's answers say, read once here (every attempt ends by coming back to this screen).
    m_questionHistory.clear();
    if (const ExamStore* store = m_context.exams()) {
        Result<QHash<QString, QuestionHistory>> history = store->questionHistory();
        if (history) {
            m_questionHistory = std::move(history).value();
        } else {
            showError(history.error());
        }
    }
    m_drillCalc->setEnabled(m_calcLibrary != nullptr);
    m_calculator->setEnabled(m_calcLibrary != nullptr);
    updateDrillCounts();
    fillHistory();

    m_resumeBox->hide();
    if (const ExamStore* store = m_context.exams()) {
        const Result<std::optional<qint64>> open = store->inProgress();
        if (open && open->has_value()) {
            const Result<std::optional<ExamAttempt>> a = store->attempt(**open);
            if (a && a->has_value()) {
                const ExamAttempt& attempt = **a;
                QString text = tr("<b>%1</b> was interrupted: %2 of %n question(s) answered.", nullptr,
                                  int(attempt.items.size()))
                                   .arg(attemptTitle(attempt).toHtmlEscaped())
                                   .arg(attempt.answeredCount());
                if (attempt.timeLimitMs > 0) {
                    text += QLatin1Char(' ') +
                            tr("%1 left on the clock.")
                                .arg(timeText(std::max<qint64>(0, attempt.timeLimitMs - attempt.elapsedMs)));
                }
                m_resumeText->setText(text);
                m_resumeBox->setProperty("attempt", attempt.id);
                m_resumeBox->show();
            }
        }
    }
}

void ExamPage::fillHistory()
{
    m_history->clear();
    const ExamStore* store = m_context.exams();
    if (!store) {
        return;
    }
    const Result<QList<ExamAttempt>> attempts = store->attempts();
    if (!attempts) {
        showError(attempts.error());
        return;
    }
    const QLocale locale;
    if (attempts->isEmpty()) {
        auto* none = new QTreeWidgetItem(m_history);
        none->setText(1, tr("No attempts yet: your exams, practice and drills will be listed here."));
        none->setFlags(Qt::NoItemFlags);
    }
    for (const ExamAttempt& a : *attempts) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setData(0, Qt::UserRole, a.id);
        item->setText(0, locale.toString(a.startedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, attemptTitle(a));
        if (a.status == ExamAttempt::Status::Finished) {
            item->setText(2, QString::number(a.total));
            const double share = a.total ? 100.0 * a.correct / a.total : 0.0;
            item->setText(3, a.scaledScore > 0 ? QString::number(a.scaledScore)
                                               : tr("%1%").arg(locale.toString(share, 'f', 0)));
            item->setText(4, ExamScoring::passed(a, profile(a.profileId)) ? tr("Pass")
                                                                          : tr("Below the pass line"));
        } else {
            item->setText(2, QString());
            item->setText(4,
                          a.status == ExamAttempt::Status::InProgress ? tr("In progress") : tr("Abandoned"));
        }
        item->setText(5, timeText(a.elapsedMs));
    }
    for (int c = 0; c < m_history->columnCount(); ++c) {
        if (c != 1) {
            m_history->resizeColumnToContents(c);
        }
    }
}

QString ExamPage::attemptTitle(const ExamAttempt& a) const
{
    const ExamProfile* p = profile(a.profileId);
    switch (a.mode) {
    case ExamMode::Timed:
        return a.extraMinutes > 0
                   //: %1 exam code; %2 extra minutes
                   ? tr("%1 timed exam (+%2 min)").arg(p ? p->code : a.profileId).arg(a.extraMinutes)
                   : tr("%1 timed exam").arg(p ? p->code : a.profileId);
    case ExamMode::Practice:
        return tr("Practice: %1").arg(a.title);
    case ExamMode::Drill:
        return tr("Drill: %1").arg(a.title);
    }
    return a.title;
}

QString ExamPage::timeText(qint64 ms) const
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void ExamPage::updateDrillCounts()
{
    int mistakes = 0;
    int flagged = 0;
    for (auto it = m_questionHistory.cbegin(); it != m_questionHistory.cend(); ++it) {
        if (m_questionsById.contains(it.key())) {
            mistakes += it->lastResult == false ? 1 : 0;
            flagged += it->flagged ? 1 : 0;
        }
    }
    m_drillMistakes->setText(
        tr("My &mistakes (%n question(s) answered wrong and not right since)", nullptr, mistakes));
    m_drillFlagged->setText(tr("&Flagged questions (%n)", nullptr, flagged));
    int topics = 0;
    for (int i = 0; i < m_topicList->count(); ++i) {
        topics += m_topicList->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    m_startDrill->setEnabled((m_drillTopics->isChecked() && topics > 0) ||
                             (m_drillMistakes->isChecked() && mistakes > 0) ||
                             (m_drillFlagged->isChecked() && flagged > 0) || m_drillCalc->isChecked());
    m_drillCount->setEnabled(!m_drillCalc->isChecked());
}

void ExamPage::showSetup()
{
    m_timer->stop();
    if (m_session && !m_session->isFinished()) {
        m_session->saveTime();
    }
    m_session.reset();
    if (m_context.progressState() != AppContext::ProgressState::Ready || !m_context.exams()) {
        return;
    }
    showError(QString()); // before fillSetup, which may say its history cannot be read
    fillSetup();
    m_stack->setCurrentWidget(m_setupView);
    // The first key goes to Resume when an exam waits, else to Start Exam (also when the page is shown
    // later).
    QWidget* first = m_resumeBox->isVisibleTo(m_setupView) ? static_cast<QWidget*>(m_resume) : m_startExam;
    setFocusProxy(first);
    first->setFocus(Qt::OtherFocusReason);
}

std::unique_ptr<ExamSession> ExamPage::newSession(const std::optional<ExamProfile>& p) const
{
    auto session = std::make_unique<ExamSession>(*m_context.exams(), m_context.clock(), m_questionsById, p,
                                                 m_topicTitles);
    session->setCardFollowUp(m_context.reviews(), m_followUp);
    return session;
}

void ExamPage::start(const ExamPaper& paper, const ExamSetup& setup, const std::optional<ExamProfile>& p)
{
    if (!m_context.exams()) {
        return;
    }
    if (m_resumeBox->isVisibleTo(m_setupView)) {
        // One exam in progress at a time: the interrupted one is kept, as abandoned, or taken up instead.
        const auto answer = QMessageBox::question(this, tr("Start a new attempt?"),
                                                  tr("An interrupted exam is waiting. Starting a new attempt "
                                                     "keeps it in your history as abandoned, "
                                                     "with the answers you gave."),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes || !abandonInterrupted()) {
            return;
        }
    }
    std::unique_ptr<ExamSession> session = newSession(p);
    const Result<bool> started = session->start(paper, setup);
    if (!started) {
        showError(started.error());
        return;
    }
    open(std::move(session));
}

void ExamPage::open(std::unique_ptr<ExamSession> session)
{
    m_session = std::move(session);
    m_ticks = 0;
    m_warning->hide();
    m_examTitle->setText(attemptTitle(m_session->attempt()));
    m_stack->setCurrentWidget(m_questionView);
    m_timer->start();
    setFocusProxy(nullptr);
    setFocus(Qt::OtherFocusReason); // the keys (A-F, N, P, F) work at once
    renderQuestion();
}

void ExamPage::startExam()
{
    const ExamProfile* p = profile(m_examProfile->currentData().toString());
    if (!p || !m_context.exams()) {
        return;
    }
    QList<DomainShortfall> shortfalls;
    const Result<ExamPaper> paper = ExamGenerator::fullExam(
        *p, ExamGenerator::poolOf(m_questions, p->id, lastSeen()), QRandomGenerator::global()->generate64(),
        m_context.clock().now().toMSecsSinceEpoch(), &shortfalls);
    if (!paper) {
        showError(paper.error());
        return;
    }
    ExamSetup setup;
    setup.mode = ExamMode::Timed;
    setup.title = p->code;
    setup.scope = QStringLiteral("profile:") + p->id;
    setup.extraMinutes = m_extraTime->isChecked() ? 30 : 0;
    start(*paper, setup, *p);
}

void ExamPage::startPractice()
{
    const QString source = m_practiceSource->currentData().toString();
    const qsizetype colon = source.indexOf(u':');
    const QString kind = source.left(colon);
    const QString id = source.mid(colon + 1);
    const ExamProfile* p = kind == QLatin1String("profile") ? profile(id) : nullptr;
    QList<PoolQuestion> pool;
    if (p) {
        pool = ExamGenerator::poolOf(m_questions, p->id, lastSeen());
    } else {
        for (const PoolQuestion& q : ExamGenerator::poolOf(m_questions, QString(), lastSeen())) {
            if (q.domain == id) {
                pool.append(q);
            }
        }
    }
    if (pool.isEmpty()) {
        showError(tr("There are no questions to practise here yet."));
        return;
    }
    ExamPaper paper =
        ExamGenerator::practiceSet(pool, m_practiceCount->value(), QRandomGenerator::global()->generate64(),
                                   m_context.clock().now().toMSecsSinceEpoch());
    ExamSetup setup;
    setup.mode = ExamMode::Practice;
    setup.title = p ? p->code : m_topicTitles.value(id);
    setup.scope = source;
    paper.profileId = p ? p->id : QString();
    start(paper, setup, p ? std::optional<ExamProfile>(*p) : std::nullopt);
}

void ExamPage::startDrill()
{
    if (m_drillCalc->isChecked()) {
        startCalcDrill();
        return;
    }
    QSet<QString> wanted;
    ExamSetup setup;
    setup.mode = ExamMode::Drill;
    const QList<PoolQuestion> all = ExamGenerator::poolOf(m_questions, QString(), lastSeen());
    if (m_drillTopics->isChecked()) {
        QStringList titles, ids;
        for (int i = 0; i < m_topicList->count(); ++i) {
            if (m_topicList->item(i)->checkState() == Qt::Checked) {
                const QString topic = m_topicList->item(i)->data(Qt::UserRole).toString();
                ids.append(topic);
                titles.append(m_topicTitles.value(topic));
            }
        }
        for (const PoolQuestion& q : all) {
            if (ids.contains(q.domain)) {
                wanted.insert(q.id);
            }
        }
        setup.title = titles.join(QStringLiteral(", "));
        setup.scope = QStringLiteral("topics:") + ids.join(u',');
    } else {
        const bool mistakes = m_drillMistakes->isChecked();
        for (auto it = m_questionHistory.cbegin(); it != m_questionHistory.cend(); ++it) {
            if (mistakes ? it->lastResult == false : it->flagged) {
                wanted.insert(it.key());
            }
        }
        setup.title = mistakes ? tr("my mistakes") : tr("flagged questions");
        setup.scope = mistakes ? QStringLiteral("mistakes") : QStringLiteral("flagged");
    }
    QList<PoolQuestion> pool;
    for (const PoolQuestion& q : all) {
        if (wanted.contains(q.id)) {
            pool.append(q);
        }
    }
    if (pool.isEmpty()) {
        showError(tr("There are no questions to drill here yet."));
        return;
    }
    const ExamPaper paper =
        ExamGenerator::practiceSet(pool, m_drillCount->value(), QRandomGenerator::global()->generate64(),
                                   m_context.clock().now().toMSecsSinceEpoch());
    start(paper, setup, std::nullopt);
}

bool ExamPage::drillFocus(const QString& profileId, const QString& domainId, const QString& topicId)
{
    if (m_session && !m_session->isFinished()) {
        m_stack->setCurrentWidget(m_questionView); // the open exam is not interrupted
        return false;
    }
    if (m_context.progressState() != AppContext::ProgressState::Ready) {
        return false;
    }
    ExamSetup setup;
    setup.mode = ExamMode::Drill;
    QList<PoolQuestion> pool;
    const ExamProfile* p = topicId.isEmpty() ? profile(profileId) : nullptr;
    if (p) {
        const ExamDomain* domain = p->domain(domainId);
        for (const PoolQuestion& q : ExamGenerator::poolOf(m_questions, p->id, lastSeen())) {
            if (q.domain == domainId) {
                pool.append(q);
            }
        }
        //: a drill's title in the history: %1 exam code, %2 domain name
        setup.title = tr("%1: %2").arg(p->code, domain ? domain->name : domainId);
        setup.scope = QStringLiteral("domain:%1:%2").arg(p->id, domainId);
    } else {
        for (const PoolQuestion& q : ExamGenerator::poolOf(m_questions, QString(), lastSeen())) {
            if (q.domain == topicId) {
                pool.append(q);
            }
        }
        setup.title = m_topicTitles.value(topicId, topicId);
        setup.scope = QStringLiteral("topics:") + topicId;
    }
    if (pool.isEmpty()) {
        showSetup();
        showError(tr("There are no questions to drill here yet."));
        return false;
    }
    ExamPaper paper =
        ExamGenerator::practiceSet(pool, m_drillCount->value(), QRandomGenerator::global()->generate64(),
                                   m_context.clock().now().toMSecsSinceEpoch());
    if (p) {
        paper.profileId = p->id;
    }
    showSetup();
    start(paper, setup, p ? std::optional<ExamProfile>(*p) : std::nullopt);
    return m_session != nullptr;
}

void ExamPage::prepareExam(const QString& profileId)
{
    if (m_session && !m_session->isFinished()) {
        m_stack->setCurrentWidget(m_questionView);
        return;
    }
    showSetup();
    const int index = m_examProfile->findData(profileId);
    if (index >= 0) {
        m_examProfile->setCurrentIndex(index);
    }
    m_tabs->setCurrentIndex(0);
    m_startExam->setFocus(Qt::OtherFocusReason);
}

void ExamPage::startCalcDrill()
{
    const QString id = m_calculator->currentData().toString();
    for (const calc::Calculator* c : calc::calculators()) {
        if (c->id() == id && m_calcLibrary) {
            auto* dialog = new CalcDrillDialog(*c, m_calcLibrary->facts(),
                                               QRandomGenerator::global()->generate64(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            return;
        }
    }
}

void ExamPage::resumeExam()
{
    const qint64 id = m_resumeBox->property("attempt").toLongLong();
    const ExamStore* store = m_context.exams();
    if (!store || id <= 0) {
        return;
    }
    const Result<std::optional<ExamAttempt>> a = store->attempt(id);
    if (!a || !a->has_value()) {
        showError(a ? tr("That exam is no longer there.") : a.error());
        return;
    }
    const ExamProfile* p = profile((*a)->profileId);
    std::unique_ptr<ExamSession> session = newSession(p ? std::optional<ExamProfile>(*p) : std::nullopt);
    const Result<bool> resumed = session->resume(id);
    if (!resumed) {
        showError(resumed.error());
        return;
    }
    open(std::move(session));
}

void ExamPage::abandonExam()
{
    const auto answer = QMessageBox::question(
        this, tr("Abandon this exam?"),
        tr("The exam is kept in your history as abandoned, with the answers you gave; it is not scored."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes && abandonInterrupted()) {
        showSetup();
    }
}

bool ExamPage::abandonInterrupted()
{
    const qint64 id = m_resumeBox->property("attempt").toLongLong();
    const ExamStore* store = m_context.exams();
    if (!store || id <= 0) {
        return false;
    }
    Result<std::optional<ExamAttempt>> a = store->attempt(id);
    if (!a || !a->has_value()) {
        showError(a ? tr("That exam is no longer there.") : a.error());
        return false;
    }
    ExamAttempt attempt = **a;
    attempt.status = ExamAttempt::Status::Abandoned;
    attempt.finishedAt = m_context.clock().now();
    const Result<bool> saved = store->finish(attempt);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    m_resumeBox->hide();
    m_resumeBox->setProperty("attempt", QVariant());
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Question

void ExamPage::buildQuestionView()
{
    m_questionView = new QWidget(m_stack);
    auto* outer = new QVBoxLayout(m_questionView);
    outer->setContentsMargins(0, 0, 0, 0);

    auto* header = new QHBoxLayout;
    m_examTitle = new QLabel(m_questionView);
    m_examTitle->setObjectName(QStringLiteral("examTitle"));
    m_examTitle->setFont(scaledFont(font(), 1.1, true));
    header->addWidget(m_examTitle);
    m_position = new QLabel(m_questionView);
    m_position->setObjectName(QStringLiteral("examPosition"));
    header->addSpacing(16);
    header->addWidget(m_position);
    header->addStretch(1);
    m_warning = new QLabel(m_questionView);
    m_warning->setObjectName(QStringLiteral("examWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #ffffff; background: #c0392b; border-radius: 4px;"
                                            " padding: 3px 8px;"));
    m_warning->hide();
    header->addWidget(m_warning);
    m_clock = new QLabel(m_questionView);
    m_clock->setObjectName(QStringLiteral("examClock"));
    m_clock->setFont(scaledFont(QFontDatabase::systemFont(QFontDatabase::FixedFont), 1.35, true));
    m_clock->setAccessibleName(tr("Time left"));
    header->addSpacing(12);
    header->addWidget(m_clock);
    outer->addLayout(header);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    m_scroll = new QScrollArea(m_questionView);
    m_scroll->setObjectName(QStringLiteral("examScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget(m_scroll);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 4, 8, 4);
    column->setSpacing(10);
    m_stem = new QLabel(content);
    m_stem->setObjectName(QStringLiteral("examStem"));
    m_stem->setWordWrap(true);
    m_stem->setTextFormat(Qt::RichText);
    m_stem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stem->setFont(scaledFont(font(), 1.12));
    column->addWidget(m_stem);
    m_chooseHint = new QLabel(content);
    m_chooseHint->setObjectName(QStringLiteral("examChooseHint"));
    m_chooseHint->setFont(scaledFont(font(), 1.0, true));
    column->addWidget(m_chooseHint);
    m_optionsLayout = new QVBoxLayout;
    m_optionsLayout->setSpacing(6);
    column->addLayout(m_optionsLayout);
    m_feedback = new QFrame(content);
    m_feedback->setObjectName(QStringLiteral("examFeedback"));
    auto* feedback = new QVBoxLayout(m_feedback);
    feedback->setContentsMargins(0, 8, 0, 0);
    m_verdict = new QLabel(m_feedback);
    m_verdict->setObjectName(QStringLiteral("examVerdict"));
    m_verdict->setFont(scaledFont(font(), 1.15, true));
    feedback->addWidget(m_verdict);
    m_explanation = new QLabel(m_feedback);
    m_explanation->setObjectName(QStringLiteral("examExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_explanation->setOpenExternalLinks(true);
    feedback->addWidget(m_explanation);
    m_showInNotes = new QPushButton(tr("Show in &Notes"), m_feedback);
    m_showInNotes->setObjectName(QStringLiteral("examShowInNotes"));
    m_showInNotes->setFocusPolicy(Qt::TabFocus);
    connect(m_showInNotes, &QPushButton::clicked, this, [this] {
        if (m_session) {
            const SourceRef& s = m_session->question(m_session->currentIndex()).source;
            m_context.navigate(NavigationRequest::notesLine(s.file, s.line));
        }
    });
    feedback->addWidget(m_showInNotes, 0, Qt::AlignLeft);
    m_feedback->hide();
    column->addWidget(m_feedback);
    column->addStretch(1);
    m_scroll->setWidget(content);
    body->addWidget(m_scroll, 1);

    auto* side = new QVBoxLayout;
    m_navigator = new ExamNavigator(m_questionView);
    connect(m_navigator, &ExamNavigator::clicked, this, &ExamPage::go);
    auto* navScroll = new QScrollArea(m_questionView);
    navScroll->setWidget(m_navigator);
    navScroll->setWidgetResizable(false);
    navScroll->setFrameShape(QFrame::NoFrame);
    navScroll->setFocusPolicy(Qt::NoFocus);
    navScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    navScroll->setFixedWidth(m_navigator->sizeHint().width() +
                             navScroll->verticalScrollBar()->sizeHint().width());
    side->addWidget(navScroll, 1);
    m_navigatorSummary = new QLabel(m_questionView);
    m_navigatorSummary->setObjectName(QStringLiteral("examNavigatorSummary"));
    m_navigatorSummary->setWordWrap(true);
    m_navigatorSummary->setFixedWidth(navScroll->width());
    side->addWidget(m_navigatorSummary);
    auto* legend = new QLabel(
        QStringLiteral(
            "<span style=\"color:%1\">■</span> %2 &nbsp; □ %3<br><span style=\"color:#e08a00\">◥</span> %4")
            .arg(palette().color(QPalette::Highlight).name(), tr("answered").toHtmlEscaped(),
                 tr("not answered").toHtmlEscaped(), tr("flagged").toHtmlEscaped()),
        m_questionView);
    legend->setObjectName(QStringLiteral("examNavigatorLegend"));
    legend->setFixedWidth(navScroll->width());
    legend->setWordWrap(true);
    side->addWidget(legend);
    body->addLayout(side);
    outer->addLayout(body, 1);

    auto* footer = new QHBoxLayout;
    m_flag = new QPushButton(tr("&Flag for Review"), m_questionView);
    m_flag->setObjectName(QStringLiteral("examFlag"));
    m_flag->setCheckable(true);
    m_flag->setFocusPolicy(Qt::TabFocus);
    m_flag->setToolTip(tr("Mark this question to come back to it (F)"));
    connect(m_flag, &QPushButton::clicked, this, [this] { toggleFlag(); });
    footer->addWidget(m_flag);
    footer->addStretch(1);
    m_previous = new QPushButton(tr("Previous"), m_questionView);
    m_previous->setObjectName(QStringLiteral("examPrevious"));
    m_previous->setToolTip(tr("The previous question (P)"));
    m_previous->setFocusPolicy(Qt::TabFocus);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_session) {
            go(m_session->currentIndex() - 1);
        }
    });
    footer->addWidget(m_previous);
    m_check = new QPushButton(tr("Check Answer"), m_questionView);
    m_check->setObjectName(QStringLiteral("examCheck"));
    m_check->setToolTip(tr("See whether your answer is right, and why (Enter)"));
    m_check->setFocusPolicy(Qt::TabFocus);
    connect(m_check, &QPushButton::clicked, this, &ExamPage::check);
    footer->addWidget(m_check);
    m_next = new QPushButton(tr("Next"), m_questionView);
    m_next->setObjectName(QStringLiteral("examNext"));
    m_next->setToolTip(tr("The next question (N)"));
    m_next->setFocusPolicy(Qt::TabFocus);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_session) {
            go(m_session->currentIndex() + 1);
        }
    });
    footer->addWidget(m_next);
    footer->addSpacing(16);
    m_finish = new QPushButton(m_questionView);
    m_finish->setObjectName(QStringLiteral("examFinish"));
    m_finish->setFocusPolicy(Qt::TabFocus);
    connect(m_finish, &QPushButton::clicked, this, &ExamPage::reviewOrFinish);
    footer->addWidget(m_finish);
    outer->addLayout(footer);
    m_stack->addWidget(m_questionView);
}

void ExamPage::renderQuestion()
{
    if (!m_session || m_session->count() == 0) {
        return;
    }
    const int index = m_session->currentIndex();
    const ExamItem& item = m_session->item(index);
    const Question& q = m_session->question(index);
    m_position->setText(tr("Question %1 of %2").arg(index + 1).arg(m_session->count()));
    m_stem->setText(CardText::toHtml(q.stem.trimmed(), palette()));
    m_chooseHint->setVisible(item.choose > 1);
    //: a multi-response question: "Choose 2 options."
    m_chooseHint->setText(tr("Choose %n option(s).", nullptr, item.choose) + QLatin1Char(' ') +
                          tr("%1 chosen.").arg(m_session->response(index).selected.size()));

    const bool multi = item.choose > 1;
    // Check boxes for a multi-response question, radio buttons for one answer: rows of the other kind go.
    if (!m_options.isEmpty() && (qobject_cast<QCheckBox*>(m_options.first()->button()) != nullptr) != multi) {
        qDeleteAll(m_options);
        m_options.clear();
    }
    while (m_options.size() > item.order.size()) {
        delete m_options.takeLast();
    }
    while (m_options.size() < item.order.size()) {
        auto* row = new OptionRow(int(m_options.size()), multi, m_scroll->widget());
        connect(row, &OptionRow::chosen, this, &ExamPage::choose);
        m_optionsLayout->addWidget(row);
        m_options.append(row);
    }
    const QList<int> chosen = m_session->shownSelection(index);
    const bool locked = m_session->isLocked(index);
    for (int shown = 0; shown < m_options.size(); ++shown) {
        const QuestionOption& o = m_session->shownOption(index, shown);
        m_options[shown]->set(CardText::toHtml(o.text, palette()), o.text, chosen.contains(shown));
        m_options[shown]->setLocked(locked);
        m_options[shown]->button()->setEnabled(!locked);
    }
    renderFeedback();
    renderStatus();
    m_scroll->verticalScrollBar()->setValue(0);
    if (!QApplication::focusWidget() || !isAncestorOf(QApplication::focusWidget())) {
        setFocus(Qt::OtherFocusReason);
    }
}

void ExamPage::renderFeedback()
{
    const int index = m_session->currentIndex();
    const ExamResponse& r = m_session->response(index);
    const bool show = m_session->givesFeedback() && r.checked;
    m_feedback->setVisible(show);
    const QList<int> chosen = m_session->shownSelection(index);
    for (int shown = 0; shown < m_options.size(); ++shown) {
        const QuestionOption& o = m_session->shownOption(index, shown);
        if (show) {
            const QString mark = o.correct ? tr("Correct.") : tr("Incorrect.");
            m_options[shown]->setWhy(
                QStringLiteral("<i>%1</i> %2").arg(mark.toHtmlEscaped(), o.why.toHtmlEscaped()), o.correct,
                chosen.contains(shown));
        } else {
            m_options[shown]->setWhy(QString(), false, false);
        }
    }
    if (!show) {
        return;
    }
    const Question& q = m_session->question(index);
    const bool right = r.correct.value_or(false);
    m_verdict->setText(right ? tr("Right.") : tr("Not quite."));
    QPalette verdictPalette = m_verdict->palette();
    verdictPalette.setColor(QPalette::WindowText,
                            right ? QColor(0x2e, 0x9d, 0x4f) : QColor(0xc0, 0x39, 0x2b));
    m_verdict->setPalette(verdictPalette);
    QStringList letters;
    for (int shown = 0; shown < m_options.size(); ++shown) {
        if (m_session->shownOption(index, shown).correct) {
            letters.append(letter(shown));
        }
    }
    QString html = tr("The answer is %1.").arg(letters.join(QStringLiteral(", "))).toHtmlEscaped();
    html +=
        QStringLiteral("<p>") + CardText::toHtml(q.explanation.trimmed(), palette()) + QStringLiteral("</p>");
    if (!q.ref.isEmpty()) {
        const QString link = q.ref.startsWith(QLatin1String("http"))
                                 ? QStringLiteral("<a href=\"%1\">%1</a>").arg(q.ref.toHtmlEscaped())
                                 : q.ref.toHtmlEscaped();
        html += QStringLiteral("<p>") + tr("Source: %1").arg(link) + QStringLiteral("</p>");
    }
    m_explanation->setText(html);
}

void ExamPage::renderStatus()
{
    if (!m_session) {
        return;
    }
    const int index = m_session->currentIndex();
    QList<ExamNavigator::Cell> cells;
    for (int i = 0; i < m_session->count(); ++i) {
        const ExamResponse& r = m_session->response(i);
        cells.append({m_session->isAnswered(i), r.flagged,
                      m_session->givesFeedback() && r.checked && r.correct ? int(*r.correct) : -1});
    }
    m_navigator->setCells(cells, index);
    const int answered = m_session->answeredCount();
    const int flagged = int(m_session->flagged().size());
    m_navigatorSummary->setText(tr("%1 of %2 answered").arg(answered).arg(m_session->count()) +
                                QLatin1Char('\n') + tr("%n flagged", nullptr, flagged));
    m_flag->setChecked(m_session->response(index).flagged);
    m_flag->setEnabled(!m_session->isFinished());
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_session->count());
    const bool feedback = m_session->givesFeedback();
    m_check->setVisible(feedback);
    m_check->setEnabled(feedback && !m_session->isLocked(index) && m_session->isAnswered(index));
    m_finish->setText(feedback ? tr("Finish") : tr("Review && Submit…"));
    m_finish->setToolTip(feedback
                             ? tr("End this set and see the results (Ctrl+Enter)")
                             : tr("See unanswered and flagged questions before submitting (Ctrl+Enter)"));
    if (m_session->isTimed()) {
        const qint64 left = m_session->remainingMs();
        m_clock->setText(timeText(left));
        m_clock->setToolTip(tr("Time left"));
        QPalette pal = m_clock->palette();
        pal.setColor(QPalette::WindowText, left <= ExamSession::kLastWarningMs
                                               ? QColor(0xc0, 0x39, 0x2b)
                                               : palette().color(QPalette::WindowText));
        m_clock->setPalette(pal);
    } else {
        m_clock->setText(timeText(m_session->elapsedMs()));
        m_clock->setToolTip(tr("Time spent (untimed)"));
    }
}

void ExamPage::choose(int shown)
{
    if (!m_session || view() != View::Question) {
        return;
    }
    const Result<bool> chosen = m_session->choose(shown);
    if (!chosen) {
        QMessageBox::warning(this, tr("Your answer was not saved"), chosen.error());
    }
    renderQuestion();
}

void ExamPage::check()
{
    if (!m_session) {
        return;
    }
    const Result<bool> checked = m_session->check();
    if (!checked) {
        QMessageBox::warning(this, tr("Your answer was not saved"), checked.error());
    }
    renderQuestion();
    if (checked && *checked) {
        m_next->setFocus(Qt::OtherFocusReason);
    }
}

void ExamPage::toggleFlag()
{
    if (!m_session) {
        return;
    }
    const Result<bool> flagged = m_session->toggleFlag();
    if (!flagged) {
        QMessageBox::warning(this, tr("The flag was not saved"), flagged.error());
    }
    renderStatus();
}

void ExamPage::go(int index)
{
    if (!m_session || index < 0 || index >= m_session->count()) {
        return;
    }
    m_session->goTo(index);
    m_stack->setCurrentWidget(m_questionView);
    renderQuestion();
}

void ExamPage::tick()
{
    if (!m_session) {
        m_timer->stop();
        return;
    }
    const Result<QList<ExamSession::Event>> events = m_session->tick();
    if (!events) {
        m_timer->stop();
        QMessageBox::warning(this, tr("Your exam was not saved"), events.error());
        return;
    }
    for (const ExamSession::Event e : *events) {
        switch (e) {
        case ExamSession::Event::FifteenMinutesLeft:
            m_warning->setText(tr("15 minutes left"));
            m_warning->show();
            QApplication::beep();
            break;
        case ExamSession::Event::FiveMinutesLeft:
            m_warning->setText(tr("5 minutes left"));
            m_warning->show();
            QApplication::beep();
            break;
        case ExamSession::Event::TimeUp:
            m_timer->stop();
            renderReport(m_session->attempt(), m_session->report(),
                         tr("Time is up: your exam was submitted with the answers you had given."));
            return;
        }
    }
    if (++m_ticks % kSaveEveryTicks == 0) {
        m_session->saveTime();
    }
    if (view() == View::Question) {
        renderStatus();
    }
}

// ---------------------------------------------------------------------------------------------------------
// Review and report

void ExamPage::buildReviewView()
{
    m_reviewView = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(m_reviewView);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Review Before Submitting"), m_reviewView);
    title->setFont(scaledFont(font(), 1.3, true));
    layout->addWidget(title);
    m_reviewSummary = new QLabel(m_reviewView);
    m_reviewSummary->setObjectName(QStringLiteral("examReviewSummary"));
    m_reviewSummary->setWordWrap(true);
    layout->addWidget(m_reviewSummary);
    auto* lists = new QHBoxLayout;
    auto addList = [&](const QString& heading, const QString& name) {
        auto* box = new QVBoxLayout;
        auto* label = new QLabel(heading, m_reviewView);
        label->setFont(scaledFont(font(), 1.05, true));
        box->addWidget(label);
        auto* list = new QListWidget(m_reviewView);
        list->setObjectName(name);
        list->setAccessibleName(heading);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long stems are elided
        list->setTextElideMode(Qt::ElideRight);
        label->setBuddy(list);
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem* item) { go(item->data(Qt::UserRole).toInt()); });
        box->addWidget(list);
        lists->addLayout(box);
        return list;
    };
    m_unansweredList = addList(tr("&Unanswered"), QStringLiteral("examUnanswered"));
    m_flaggedList = addList(tr("F&lagged for review"), QStringLiteral("examFlagged"));
    layout->addLayout(lists, 1);
    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("&Return to the Exam"), m_reviewView);
    back->setObjectName(QStringLiteral("examReturn"));
    connect(back, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentWidget(m_questionView);
        renderQuestion();
    });
    buttons->addWidget(back);
    buttons->addStretch(1);
    m_submit = new QPushButton(tr("&Submit Exam"), m_reviewView);
    m_submit->setObjectName(QStringLiteral("examSubmit"));
    m_submit->setToolTip(tr("End the exam and see your score (Ctrl+Enter)"));
    connect(m_submit, &QPushButton::clicked, this, &ExamPage::submit);
    auto* submitKey = new QAction(m_reviewView);
    submitKey->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    submitKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(submitKey, &QAction::triggered, this, &ExamPage::submit);
    m_reviewView->addAction(submitKey);
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);
    m_stack->addWidget(m_reviewView);
}

void ExamPage::reviewOrFinish()
{
    if (!m_session) {
        return;
    }
    if (m_session->givesFeedback()) {
        submit();
        return;
    }
    renderReview();
    m_stack->setCurrentWidget(m_reviewView);
    m_submit->setFocus(Qt::OtherFocusReason);
}

void ExamPage::renderReview()
{
    const QList<int> unanswered = m_session->unanswered();
    const QList<int> flagged = m_session->flagged();
    QString summary =
        tr("You have answered %1 of %2 questions.").arg(m_session->answeredCount()).arg(m_session->count());
    if (!unanswered.isEmpty()) {
        summary += QLatin1Char(' ') + tr("%n question(s) are unanswered and will count as wrong.", nullptr,
                                         int(unanswered.size()));
    }
    if (m_session->isTimed()) {
        summary += QLatin1Char(' ') + tr("%1 left.").arg(timeText(m_session->remainingMs()));
    }
    m_reviewSummary->setText(summary);
    auto fill = [this](QListWidget* list, const QList<int>& indexes) {
        list->clear();
        for (const int i : indexes) {
            QString stem = m_session->question(i).stem.simplified();
            if (stem.size() > 110) {
                stem = stem.left(108) + QStringLiteral("…");
            }
            auto* item = new QListWidgetItem(tr("Question %1: %2").arg(i + 1).arg(stem), list);
            item->setData(Qt::UserRole, i);
        }
        if (indexes.isEmpty()) {
            auto* none = new QListWidgetItem(tr("None"), list);
            none->setFlags(Qt::NoItemFlags);
        }
    };
    fill(m_unansweredList, unanswered);
    fill(m_flaggedList, flagged);
}

void ExamPage::submit()
{
    if (!m_session) {
        return;
    }
    const Result<ExamReport> report = m_session->submit();
    if (!report) {
        QMessageBox::warning(this, tr("Your exam was not saved"), report.error());
        return;
    }
    m_timer->stop();
    renderReport(m_session->attempt(), *report, QString());
}

void ExamPage::buildReportView()
{
    m_reportView = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(m_reportView);
    layout->setContentsMargins(0, 0, 0, 0);
    m_report = new QTextBrowser(m_reportView);
    m_report->setObjectName(QStringLiteral("examReport"));
    m_report->setOpenLinks(false);
    connect(m_report, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("certdeck-notes")) {
            const qsizetype colon = url.path().lastIndexOf(u':');
            m_context.navigate(
                NavigationRequest::notesLine(url.path().left(colon), url.path().mid(colon + 1).toInt()));
        }
    });
    layout->addWidget(m_report, 1);
    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("&Back to Practice Exams"), m_reportView);
    back->setObjectName(QStringLiteral("examReportBack"));
    connect(back, &QPushButton::clicked, this, &ExamPage::showSetup);
    buttons->addWidget(back);
    buttons->addStretch(1);
    m_drillReportMistakes = new QPushButton(tr("Drill My &Mistakes"), m_reportView);
    m_drillReportMistakes->setObjectName(QStringLiteral("examDrillReportMistakes"));
    connect(m_drillReportMistakes, &QPushButton::clicked, this, [this] {
        showSetup();
        m_tabs->setCurrentIndex(2);
        m_drillMistakes->setChecked(true);
        startDrill();
    });
    buttons->addWidget(m_drillReportMistakes);
    layout->addLayout(buttons);
    m_stack->addWidget(m_reportView);
}

void ExamPage::openReport(qint64 attemptId)
{
    const ExamStore* store = m_context.exams();
    if (!store) {
        return;
    }
    const Result<std::optional<ExamAttempt>> a = store->attempt(attemptId);
    if (!a || !a->has_value()) {
        showError(a ? tr("That attempt is no longer there.") : a.error());
        return;
    }
    const ExamAttempt& attempt = **a;
    if (attempt.status == ExamAttempt::Status::InProgress) {
        m_resumeBox->setProperty("attempt", attempt.id);
        resumeExam();
        return;
    }
    const ExamProfile* p = profile(attempt.profileId);
    const ExamReport report = ExamScoring::score(attempt, m_questionsById, p, m_topicTitles);
    renderReport(attempt, report,
                 attempt.status == ExamAttempt::Status::Abandoned ? tr("This attempt was abandoned.")
                                                                  : QString());
}

void ExamPage::renderReport(const ExamAttempt& attempt, const ExamReport& r, const QString& notice)
{
    const QLocale locale;
    const QColor good(0x2e, 0x9d, 0x4f);
    const QColor bad(0xc0, 0x39, 0x2b);
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    const ExamProfile* p = profile(attempt.profileId);
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(attemptTitle(attempt)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(locale.toString(attempt.startedAt.toLocalTime(), QLocale::LongFormat)));
    if (!notice.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(notice));
    }
    const QString percent = locale.toString(100.0 * r.share(), 'f', 0);
    if (r.scaledScore) {
        html += QStringLiteral("<h1 style=\"color:%1\">%2</h1>")
                    .arg((r.passed ? good : bad).name(),
                         esc(r.passed ? tr("%1 of 1000: pass").arg(*r.scaledScore)
                                      : tr("%1 of 1000: below the pass line of %2")
                                            .arg(*r.scaledScore)
                                            .arg(r.passScore)));
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("An estimate, not an AWS score: %1 of %2 answers right (%3%), mapped straight "
                            "onto 100 to 1000, so %4 needs %5% right. AWS scales each exam form "
                            "differently and leaves 15 questions unscored, which no estimate can know.")
                             .arg(r.correct)
                             .arg(r.total)
                             .arg(percent)
                             .arg(r.passScore)
                             .arg(locale.toString(100.0 * r.passShare, 'f', 1))));
    } else {
        html += QStringLiteral("<h1 style=\"color:%1\">%2</h1>")
                    .arg((r.passed ? good : bad).name(),
                         esc(tr("%1 of %2 right (%3%)").arg(r.correct).arg(r.total).arg(percent)));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Practice sets get no scaled score: they are too short to estimate one. The "
                                "pass line of a real exam is about %1% right.")
                                 .arg(locale.toString(100.0 * r.passShare, 'f', 0))));
    }
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(r.timeLimitMs > 0
                         //: %1 time used, %2 the time allowed, %3 the average time per question
                         ? tr("Time used: %1 of %2, %3 per question on average.")
                               .arg(timeText(r.usedMs), timeText(r.timeLimitMs), timeText(r.msPerQuestion()))
                         : tr("Time used: %1, %2 per question on average.")
                               .arg(timeText(r.usedMs), timeText(r.msPerQuestion()))));

    html += QStringLiteral("<h3>%1</h3><table cellpadding=\"4\" cellspacing=\"0\" border=\"0\">")
                .arg(esc(p && attempt.mode != ExamMode::Drill ? tr("By domain") : tr("By topic")));
    for (const DomainResult& d : r.domains) {
        if (d.total == 0) {
            continue;
        }
        html += QStringLiteral(
                    "<tr><td>%1</td><td align=\"right\">%2</td><td style=\"color:%3\"><b>%4</b></td></tr>")
                    .arg(esc(d.name), esc(tr("%1 of %2").arg(d.correct).arg(d.total)),
                         (d.meets ? good : bad).name(),
                         esc(d.meets ? tr("Meets competencies") : tr("Needs improvement")));
    }
    html += QStringLiteral("</table>");
    if (r.scaledScore) {
        html +=
            QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("A domain meets competencies when at least %1% of its questions are right, the "
                            "share the pass line needs. As on the exam, the total decides the result, not "
                            "each domain.")
                             .arg(locale.toString(100.0 * r.passShare, 'f', 1))));
    }

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Every question")));
    for (qsizetype i = 0; i < attempt.items.size(); ++i) {
        const ExamItem& item = attempt.items[i];
        const auto q = m_questionsById.constFind(item.questionId);
        if (q == m_questionsById.constEnd()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(i + 1)
                        .arg(esc(tr("(%1 is no longer in the bank)").arg(item.questionId)));
            continue;
        }
        const ExamResponse& resp = attempt.responses.value(i);
        const bool right = ExamScoring::isCorrect(*q, resp.selected);
        QStringList yours, correct;
        for (qsizetype shown = 0; shown < item.order.size(); ++shown) {
            const int written = item.order[shown];
            if (written < 0 || written >= q->options.size()) {
                continue;
            }
            if (resp.selected.contains(written)) {
                yours.append(letter(int(shown)));
            }
            if (q->options[written].correct) {
                correct.append(letter(int(shown)));
            }
        }
        html += QStringLiteral("<hr><p><b>%1.</b> <span style=\"color:%2\"><b>%3</b></span>%4</p>")
                    .arg(i + 1)
                    .arg((right ? good : bad).name(),
                         esc(right                     ? tr("Right")
                             : resp.selected.isEmpty() ? tr("Not answered")
                                                       : tr("Wrong")),
                         QStringLiteral(" · ") + esc(timeText(resp.timeMs)) +
                             (resp.flagged ? QStringLiteral(" · ") + esc(tr("flagged")) : QString()));
        html += CardText::toHtml(q->stem.trimmed(), palette());
        html += QStringLiteral("<ol type=\"A\">");
        for (qsizetype shown = 0; shown < item.order.size(); ++shown) {
            const int written = item.order[shown];
            if (written < 0 || written >= q->options.size()) {
                continue;
            }
            const QuestionOption& o = q->options[written];
            html += QStringLiteral("<li>%1%2<br><small><i>%3</i></small></li>")
                        .arg(o.correct ? QStringLiteral("<b>%1</b>").arg(esc(o.text)) : esc(o.text),
                             resp.selected.contains(written) ? QStringLiteral(" ← ") + esc(tr("your answer"))
                                                             : QString(),
                             esc(o.why));
        }
        html += QStringLiteral("</ol>");
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(esc(tr("Your answer: %1. Correct answer: %2.")
                                 .arg(yours.isEmpty() ? tr("none") : yours.join(QStringLiteral(", ")),
                                      correct.join(QStringLiteral(", ")))),
                         CardText::toHtml(q->explanation.trimmed(), palette()));
        html += QStringLiteral("<p><a href=\"certdeck-notes:%1:%2\">%3</a></p>")
                    .arg(esc(q->source.file))
                    .arg(q->source.line)
                    .arg(esc(tr("Show in notes")));
    }
    m_report->setHtml(html);
    m_drillReportMistakes->setVisible(r.correct < r.answered || (r.answered > 0 && r.correct < r.total));
    m_stack->setCurrentWidget(m_reportView);
    m_report->setFocus(Qt::OtherFocusReason);
}

// ---------------------------------------------------------------------------------------------------------
// Keys

QList<KeyHelp> ExamPage::keyHelp()
{
    const QString last =
        QKeySequence(Qt::Key(Qt::Key_A + ExamSession::kMaxOptions - 1)).toString(QKeySequence::NativeText);
    //: In the keyboard help: the letter keys from A to the last answer's letter
    return {{tr("A to %1").arg(last), tr("Choose that answer, or take it back")},
            KeyHelp::of({QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Right)}, tr("Next question")),
            KeyHelp::of({QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_Left)}, tr("Previous question")),
            KeyHelp::of({QKeySequence(Qt::Key_F)}, tr("Flag the question for review, or unflag it")),
            KeyHelp::of({QKeySequence(Qt::Key_Return)},
                        tr("In practice and drills: check the answer, then go on")),
            KeyHelp::of({QKeySequence(Qt::CTRL | Qt::Key_Return)}, tr("Review the answers and submit"))};
}

void ExamPage::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int key = event->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (m_session && view() == View::Question && !m_session->isFinished()) {
        if (ctrl && enter) {
            reviewOrFinish();
            return;
        }
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            if (key >= Qt::Key_A && key < Qt::Key_A + ExamSession::kMaxOptions &&
                key - Qt::Key_A < m_session->item(m_session->currentIndex()).order.size()) {
                choose(key - Qt::Key_A);
                return;
            }
            switch (key) {
            case Qt::Key_N:
            case Qt::Key_Right:
                go(m_session->currentIndex() + 1);
                return;
            case Qt::Key_P:
            case Qt::Key_Left:
                go(m_session->currentIndex() - 1);
                return;
            case Qt::Key_F:
                toggleFlag();
                return;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (m_session->givesFeedback()) {
                    if (m_session->isLocked(m_session->currentIndex())) {
                        go(m_session->currentIndex() + 1);
                    } else {
                        check();
                    }
                    return;
                }
                break;
            default:
                break;
            }
        }
    }
    QWidget::keyPressEvent(event);
}

void ExamPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) && m_session &&
        view() == View::Question) {
        renderQuestion();
    }
}

} // namespace certdeck

#include "ExamPage.moc"
