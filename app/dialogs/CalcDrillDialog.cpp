#include "dialogs/CalcDrillDialog.h"

#include "AppTheme.h"
#include "calc/Drill.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace certdeck {

namespace {

/// Green and red that keep a contrast of at least 4.5:1 against the window, light or dark.
QColor rightColour(const QPalette& palette)
{
    return AppTheme::isDark(palette) ? QColor(0x5f, 0xd3, 0x8a) : QColor(0x2e, 0x7d, 0x32);
}

QColor wrongColour(const QPalette& palette)
{
    return AppTheme::isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QLabel* wrappedLabel(QWidget* parent, Qt::TextFormat format)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(format);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CalcDrillDialog::CalcDrillDialog(const calc::Calculator& calculator, const calc::FactBook& facts,
                                 quint64 seed, QWidget* parent)
    : QDialog(parent), m_calculator(calculator), m_facts(facts)
{
    setObjectName(QStringLiteral("calcDrillDialog"));
    //: The drill dialog's title: %1 a calculator's name
    setWindowTitle(tr("Drill: %1").arg(calculator.title()));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(10);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("drillProgress"));
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_progress);

    // The question, its options and, once checked, the verdict and the worked steps; all of it scrolls in a
    // small window.
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* body = new QWidget(scroll);
    body->setBackgroundRole(QPalette::Window);
    scroll->viewport()->setBackgroundRole(QPalette::Window);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 6, 0);
    bodyLayout->setSpacing(12);
    m_stem = wrappedLabel(body, Qt::PlainText);
    m_stem->setObjectName(QStringLiteral("drillStem"));
    QFont stemFont = m_stem->font();
    stemFont.setPointSizeF(stemFont.pointSizeF() * 1.08);
    m_stem->setFont(stemFont);
    bodyLayout->addWidget(m_stem);
    m_optionsBox = new QWidget(body);
    m_optionsBox->setObjectName(QStringLiteral("drillOptions"));
    m_optionsBox->setAccessibleName(tr("Answers"));
    m_optionsLayout = new QVBoxLayout(m_optionsBox);
    m_optionsLayout->setContentsMargins(8, 0, 0, 0);
    m_optionsLayout->setSpacing(4);
    m_group = new QButtonGroup(this);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            updateButtons();
        }
    });
    bodyLayout->addWidget(m_optionsBox);
    m_verdict = wrappedLabel(body, Qt::PlainText);
    m_verdict->setObjectName(QStringLiteral("drillVerdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    bodyLayout->addWidget(m_verdict);
    m_explanation = wrappedLabel(body, Qt::RichText); // built from escaped steps
    m_explanation->setObjectName(QStringLiteral("drillExplanation"));
    bodyLayout->addWidget(m_explanation);
    bodyLayout->addStretch(1);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setObjectName(QStringLiteral("drillCheck"));
    m_check->setToolTip(tr("See whether your answer is right (Enter)"));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(QStringLiteral("drillNext"));
    m_again = new QPushButton(tr("Drill &Again"), this);
    m_again->setObjectName(QStringLiteral("drillAgain"));
    m_again->setToolTip(tr("Ten new questions"));
    auto* closeBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    closeBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &CalcDrillDialog::check);
    connect(m_next, &QPushButton::clicked, this, &CalcDrillDialog::next);
    connect(m_again, &QPushButton::clicked, this, &CalcDrillDialog::restart);
    buttons->addWidget(m_check);
    buttons->addWidget(m_next);
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    buttons->addWidget(closeBox);
    layout->addLayout(buttons);

    resize(640, 560);
    setMinimumSize(420, 360);
    start(seed);
}

void CalcDrillDialog::start(quint64 seed)
{
    m_questions.clear();
    m_index = 0;
    m_right = 0;
    m_checked = false;
    const Result<QList<calc::DrillQuestion>> drill =
        calc::drill(m_calculator, m_facts, seed, kQuestions, QLocale());
    if (!drill) {
        clearOptions();
        m_progress->clear();
        m_stem->setText(tr("No drill can be made: %1").arg(drill.error()));
        m_verdict->clear();
        m_explanation->clear();
        m_index = 0;
        updateButtons();
        return;
    }
    m_questions = *drill;
    showQuestion();
}

void CalcDrillDialog::restart()
{
    start(QRandomGenerator::global()->generate64());
}

void CalcDrillDialog::clearOptions()
{
    for (QRadioButton* b : std::as_const(m_options)) {
        m_group->removeButton(b);
    }
    while (QLayoutItem* item = m_optionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_options.clear();
    m_whys.clear();
}

void CalcDrillDialog::showQuestion()
{
    clearOptions();
    m_checked = false;
    const calc::DrillQuestion& q = m_questions[m_index];
    //: %1 the question's number, %2 how many there are; %3 the right answers so far
    m_progress->setText(
        tr("Question %1 of %2 · %3 right so far").arg(m_index + 1).arg(m_questions.size()).arg(m_right));
    m_stem->setText(q.stem);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (qsizetype i = 0; i < q.options.size(); ++i) {
        auto* option = new QRadioButton(q.options[i].text, m_optionsBox);
        option->setObjectName(QStringLiteral("drillOption-%1").arg(i));
        m_group->addButton(option, int(i));
        m_optionsLayout->addWidget(option);
        option->show(); // now, not once the event loop runs: it takes the focus below
        QLabel* why = wrappedLabel(m_optionsBox, Qt::PlainText);
        why->setObjectName(QStringLiteral("drillWhy-%1").arg(i));
        why->setContentsMargins(indent, 0, 0, 4);
        why->hide();
        m_optionsLayout->addWidget(why);
        m_options.append(option);
        m_whys.append(why);
    }
    m_optionsBox->show();
    m_verdict->clear();
    m_verdict->hide();
    m_explanation->clear();
    m_explanation->hide();
    updateButtons();
    if (!m_options.isEmpty()) {
        m_options.first()->setFocus(Qt::OtherFocusReason);
    }
}

void CalcDrillDialog::choose(int index)
{
    if (!m_checked && index >= 0 && index < m_options.size()) {
        m_options[index]->setChecked(true);
    }
}

void CalcDrillDialog::check()
{
    const int chosen = m_group->checkedId();
    if (m_checked || chosen < 0 || m_index >= m_questions.size()) {
        return;
    }
    m_checked = true;
    const calc::DrillQuestion& q = m_questions[m_index];
    const QPalette pal = palette();
    const bool right = q.options.value(chosen).correct;
    if (right) {
        ++m_right;
    }
    QString answer;
    for (qsizetype i = 0; i < q.options.size(); ++i) {
        const calc::DrillOption& o = q.options[i];
        if (o.correct) {
            answer = o.text;
        }
        QString text;
        QColor colour;
        if (o.correct) {
            //: Under the right option after checking: %1 why it is right
            text = tr("✓ Right: %1").arg(o.why);
            colour = rightColour(pal);
        } else if (i == chosen) {
            //: Under the wrong option the learner chose: %1 the mistake that gives it
            text = tr("✗ Your answer: %1").arg(o.why);
            colour = wrongColour(pal);
        } else {
            //: Under another wrong option: %1 the mistake that gives it
            text = tr("✗ %1").arg(o.why);
            colour = pal.color(QPalette::PlaceholderText);
        }
        QLabel* why = m_whys[i];
        QPalette whyPalette = why->palette();
        whyPalette.setColor(QPalette::WindowText, colour);
        why->setPalette(whyPalette);
        why->setText(text);
        why->show();
        // The answer stands as chosen, readable (not greyed out): no more clicks or keys reach the options.
        QRadioButton* option = m_options[i];
        option->setAttribute(Qt::WA_TransparentForMouseEvents, true);
        option->setFocusPolicy(Qt::NoFocus);
        if (o.correct || i == chosen) {
            QFont font = option->font();
            font.setBold(true);
            option->setFont(font);
        }
    }
    QPalette verdictPalette = m_verdict->palette();
    verdictPalette.setColor(QPalette::WindowText, right ? rightColour(pal) : wrongColour(pal));
    m_verdict->setPalette(verdictPalette);
    //: After a wrong answer: %1 the right one
    m_verdict->setText(right ? tr("Right!") : tr("Not quite: the answer is %1.").arg(answer));
    m_verdict->setAccessibleName(m_verdict->text());
    m_verdict->show();
    QString html = QStringLiteral("<p><b>%1</b></p><ol style=\"margin-top:0px\">")
                       .arg(tr("How it is worked out").toHtmlEscaped());
    for (const QString& step : q.explanation.split(u'\n', Qt::SkipEmptyParts)) {
        html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    }
    m_explanation->setText(html + QStringLiteral("</ol>"));
    m_explanation->show();
    m_progress->setText(
        tr("Question %1 of %2 · %3 right so far").arg(m_index + 1).arg(m_questions.size()).arg(m_right));
    updateButtons();
    m_next->setFocus(Qt::OtherFocusReason);
}

void CalcDrillDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter on an option the arrow keys have reached (they move the focus without choosing) chooses it and
    // checks: what the learner means.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !m_checked && m_group->checkedId() < 0) {
        const qsizetype focused = m_options.indexOf(qobject_cast<QRadioButton*>(focusWidget()));
        if (focused >= 0) {
            choose(int(focused));
            check();
            event->accept();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

void CalcDrillDialog::next()
{
    if (!m_checked || m_index >= m_questions.size()) {
        return;
    }
    ++m_index;
    if (m_index < m_questions.size()) {
        showQuestion();
    } else {
        showScore();
    }
}

void CalcDrillDialog::showScore()
{
    clearOptions();
    m_checked = false;
    m_progress->setText(tr("Drill over"));
    //: The end of a drill: %1 right answers, %2 questions
    m_stem->setText(tr("You answered %1 of %2 questions right.").arg(m_right).arg(m_questions.size()));
    m_verdict->hide();
    m_explanation->setText(
        QStringLiteral("<p>%1</p>")
            .arg((m_right == m_questions.size()
                      ? tr("Every one. Try the calculator with inputs of your own, or "
                           "another drill.")
                      : tr("Go through the steps of the ones you missed in the calculator, "
                           "then drill again."))
                     .toHtmlEscaped()));
    m_explanation->show();
    updateButtons();
    m_again->setFocus(Qt::OtherFocusReason);
}

void CalcDrillDialog::updateButtons()
{
    const bool asking = m_index < m_questions.size() && !m_questions.isEmpty();
    const bool over = !m_questions.isEmpty() && m_index >= m_questions.size();
    m_check->setVisible(asking && !m_checked);
    m_check->setEnabled(m_group->checkedId() >= 0);
    m_next->setVisible(asking && m_checked);
    m_next->setText(m_index + 1 < m_questions.size() ? tr("&Next") : tr("See the &Score"));
    m_again->setVisible(over);
    // Enter does what comes next: check, then go on.
    m_check->setDefault(asking && !m_checked);
    m_next->setDefault(asking && m_checked);
    m_again->setDefault(over);
}

} // namespace certdeck
