#include "pages/FlashcardsPage.h"

#include "AppTheme.h"
#include "CardText.h"
#include "PlainToolTip.h"
#include "dialogs/ReviewSettingsDialog.h"
#include "review/IntervalText.h"
#include "util/AppPaths.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace certdeck {

namespace {

const QString kScopeSetting = QStringLiteral("flashcards/scope");
const QString kEverything = QStringLiteral("all");
const QString kTopicPrefix = QStringLiteral("topic:");
const QString kProfilePrefix = QStringLiteral("profile:");

/// The longest the page waits before it looks at the clock again (a study day is at most 25 hours).
constexpr qint64 kMaxRefreshMs = 6 * 60 * 60 * 1000;

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

/// Anki's colours for the three piles (new blue, learning red, review green), in shades that keep a contrast
/// of at least 4.5:1 against the window in a light and in a dark palette.
struct PileColours {
    QColor fresh, learning, due;
};

PileColours pileColours(const QPalette& palette)
{
    if (AppTheme::isDark(palette)) {
        return {QColor(0x6e, 0xa8, 0xff), QColor(0xff, 0x7a, 0x70), QColor(0x5f, 0xd3, 0x8a)};
    }
    return {QColor(0x1d, 0x5f, 0xc9), QColor(0xc6, 0x28, 0x28), QColor(0x2e, 0x7d, 0x32)};
}

QColor errorColour(const QPalette& palette)
{
    return AppTheme::isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QString ratingName(Rating rating)
{
    switch (rating) {
    case Rating::Again:
        return FlashcardsPage::tr("Again");
    case Rating::Hard:
        return FlashcardsPage::tr("Hard");
    case Rating::Good:
        return FlashcardsPage::tr("Good");
    case Rating::Easy:
        return FlashcardsPage::tr("Easy");
    }
    return {};
}

QString stateText(CardState state)
{
    switch (state) {
    case CardState::New:
        //: The kind of card on show, after the topic: "Amazon SQS · New card"
        return FlashcardsPage::tr("New card");
    case CardState::Learning:
        return FlashcardsPage::tr("Learning");
    case CardState::Review:
        return FlashcardsPage::tr("Review");
    case CardState::Relearning:
        return FlashcardsPage::tr("Relearning");
    }
    return {};
}

/// "45 seconds", "12 minutes", "1 h 5 min": time spent studying.
QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60) {
        return FlashcardsPage::tr("%n second(s)", nullptr, int(seconds));
    }
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60) {
        return FlashcardsPage::tr("%n minute(s)", nullptr, int(minutes));
    }
    //: Study time of an hour or more: %1 hours, %2 minutes
    return FlashcardsPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString shortcutText(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

/// The card: a rounded sheet in the palette's base colour that takes the keyboard focus for the page (Space,
/// Enter and the arrows reach the page from here) and shows it with a highlighted edge.
class CardPanel : public QFrame {
public:
    explicit CardPanel(QWidget* parent) : QFrame(parent)
    {
        setFocusPolicy(Qt::StrongFocus);
        setAutoFillBackground(false);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette& pal = palette();
        QPainterPath path;
        path.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
        p.fillPath(path, pal.color(QPalette::Base));
        const bool focused = hasFocus();
        p.setPen(QPen(focused ? pal.color(QPalette::Highlight)
                              : mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.22),
                      focused ? 2.0 : 1.0));
        p.drawPath(path);
    }
    void focusInEvent(QFocusEvent* event) override
    {
        QFrame::focusInEvent(event);
        update();
    }
    void focusOutEvent(QFocusEvent* event) override
    {
        QFrame::focusOutEvent(event);
        update();
    }
};

/// A text browser as tall as its text, up to a limit (beyond it, it scrolls): the card's front.
class FittedTextBrowser : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;

    void setMaximumFitHeight(int height)
    {
        m_maxHeight = std::max(height, 40);
        fit();
    }

    void fit()
    {
        document()->setTextWidth(viewport()->width());
        const int contentHeight = int(std::ceil(document()->size().height())) + 2 * frameWidth();
        const int height = std::min(contentHeight, m_maxHeight);
        if (height != this->height() || minimumHeight() != height) {
            setFixedHeight(height);
        }
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QTextBrowser::resizeEvent(event);
        fit();
    }

private:
    int m_maxHeight = 240;
};

/// One line of plain text, cut short with an ellipsis when it does not fit (the whole of it stays the
/// accessible name and the tooltip).
class ElidedLabel : public QLabel {
public:
    explicit ElidedLabel(QWidget* parent) : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

    void setFullText(const QString& text)
    {
        m_full = text;
        setAccessibleName(text);
        elide();
    }
    const QString& fullText() const { return m_full; }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide()
    {
        const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, std::max(0, width()));
        setText(shown);
        setToolTip(shown == m_full ? QString() : plainToolTip(m_full));
    }

    QString m_full;
};

FlashcardsPage::FlashcardsPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);

    // What to study, and the two ways out of the session: the browser and the settings.
    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    auto* scopeLabel = new QLabel(tr("&Study:"), this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("flashcardsScope"));
    m_scope->setAccessibleName(tr("Cards to study"));
    m_scope->setToolTip(tr("Study everything, the topics of one exam, or one topic"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(22);
    m_scope->setEnabled(false); // until the content is read
    scopeLabel->setBuddy(m_scope);
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    top->addStretch(1);
    auto* browse = new QPushButton(tr("&Browse Cards"), this);
    browse->setObjectName(QStringLiteral("flashcardsBrowse"));
    browse->setToolTip(tr("Search, look over and unsuspend cards"));
    connect(browse, &QPushButton::clicked, this, &FlashcardsPage::browseRequested);
    auto* settings = new QPushButton(tr("Setti&ngs…"), this);
    settings->setObjectName(QStringLiteral("flashcardsSettings"));
    settings->setToolTip(tr("Desired retention, daily limits and when a study day starts"));
    connect(settings, &QPushButton::clicked, this, &FlashcardsPage::openSettings);
    top->addWidget(browse);
    top->addWidget(settings);
    layout->addLayout(top);

    // What is left today, and taking the last grade back (also once the session is over).
    auto* second = new QHBoxLayout;
    second->setSpacing(2);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("flashcardsCounts"));
    m_counts->setTextFormat(Qt::RichText); // numbers and translated words only
    m_counts->setToolTip(tr("New cards, cards in learning and reviews left today"));
    second->addWidget(m_counts);
    second->addStretch(1);
    buildActions();
    auto toolButton = [](QAction* action, QWidget* owner) {
        auto* button = new QToolButton(owner);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::TabFocus);
        return button;
    };
    QToolButton* undoButton = toolButton(m_undo, this);
    undoButton->setObjectName(QStringLiteral("flashcardsUndo"));
    second->addWidget(undoButton);
    layout->addLayout(second);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("flashcardsNotice"));
    m_notice->setTextFormat(Qt::PlainText); // errors quote paths and database messages: never HTML
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // The card.
    m_card = new CardPanel(m_stack);
    m_card->setObjectName(QStringLiteral("flashcardsCard"));
    m_card->setAccessibleName(tr("Card"));
    auto* cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(22, 14, 22, 14);
    cardLayout->setSpacing(8);
    // Its topic and kind on the left (cut short in a narrow window), what can be done to it on the right.
    auto* cardHeader = new QHBoxLayout;
    cardHeader->setSpacing(0);
    m_cardInfo = new ElidedLabel(m_card);
    m_cardInfo->setObjectName(QStringLiteral("flashcardsCardInfo"));
    m_cardInfo->setForegroundRole(QPalette::PlaceholderText);
    cardHeader->addWidget(m_cardInfo, 1);
    QToolButton* buryButton = toolButton(m_bury, m_card);
    buryButton->setObjectName(QStringLiteral("flashcardsBury"));
    QToolButton* suspendButton = toolButton(m_suspend, m_card);
    suspendButton->setObjectName(QStringLiteral("flashcardsSuspend"));
    QToolButton* notesButton = toolButton(m_notes, m_card);
    notesButton->setObjectName(QStringLiteral("flashcardsShowInNotes"));
    cardHeader->addWidget(buryButton);
    cardHeader->addWidget(suspendButton);
    cardHeader->addWidget(notesButton);
    cardLayout->addLayout(cardHeader);
    m_front = new FittedTextBrowser(m_card);
    m_front->setObjectName(QStringLiteral("flashcardsFront"));
    m_front->setAccessibleName(tr("Question"));
    m_back = new QTextBrowser(m_card);
    m_back->setObjectName(QStringLiteral("flashcardsBack"));
    m_back->setAccessibleName(tr("Answer"));
    for (QTextBrowser* browser : {static_cast<QTextBrowser*>(m_front), m_back}) {
        browser->setFrameShape(QFrame::NoFrame);
        browser->document()->setDocumentMargin(0); // the text lines up with the line above it
        browser->setOpenLinks(false);
        browser->setFocusPolicy(Qt::ClickFocus); // select and copy with the mouse; keys stay the page's
        browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        browser->setTextInteractionFlags(Qt::TextSelectableByMouse);
        browser->installEventFilter(this);
    }
    QFont frontFont = m_front->font();
    frontFont.setPointSizeF(frontFont.pointSizeF() * 1.45);
    m_front->setFont(frontFont);
    QFont backFont = m_back->font();
    backFont.setPointSizeF(backFont.pointSizeF() * 1.15);
    m_back->setFont(backFont);
    cardLayout->addWidget(m_front);
    m_rule = new QFrame(m_card);
    m_rule->setFrameShape(QFrame::HLine);
    m_rule->setFrameShadow(QFrame::Plain);
    m_rule->setForegroundRole(QPalette::Mid);
    QSizePolicy rulePolicy = m_rule->sizePolicy();
    rulePolicy.setRetainSizeWhenHidden(true); // revealing the back moves nothing
    m_rule->setSizePolicy(rulePolicy);
    cardLayout->addWidget(m_rule);
    cardLayout->addWidget(m_back, 1);
    m_stack->addWidget(m_card);

    // Everything that is not a card: waiting, failures, the end of the session.
    // One column of readable width in the middle of the page.
    m_messagePage = new QWidget(m_stack);
    auto* centring = new QHBoxLayout(m_messagePage);
    centring->setContentsMargins(12, 12, 12, 12);
    auto* column = new QWidget(m_messagePage);
    column->setMaximumWidth(680);
    centring->addStretch(1);
    centring->addWidget(column, 100);
    centring->addStretch(1);
    auto* messageLayout = new QVBoxLayout(column);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->setSpacing(12);
    messageLayout->addStretch(1);
    m_message = new QLabel(column);
    m_message->setObjectName(QStringLiteral("flashcardsMessage"));
    m_message->setTextFormat(Qt::PlainText); // may quote a database's message
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.3);
    m_message->setFont(messageFont);
    messageLayout->addWidget(m_message);
    m_detail = new QLabel(column);
    m_detail->setObjectName(QStringLiteral("flashcardsDetail"));
    m_detail->setTextFormat(Qt::PlainText); // a database's message, which quotes a path: never HTML
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignHCenter);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLayout->addWidget(m_detail);
    m_summary = new QLabel(column);
    m_summary->setObjectName(QStringLiteral("flashcardsSummary"));
    m_summary->setTextFormat(Qt::RichText); // built here from numbers and escaped translated words
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignHCenter);
    messageLayout->addWidget(m_summary);
    m_retry = new QPushButton(tr("&Try Again"), column);
    m_retry->setObjectName(QStringLiteral("flashcardsRetry"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_context.progressState() == AppContext::ProgressState::Ready) {
            startSession();
        } else {
            m_context.openProgress(); // emits progressReady or progressFailed
        }
    });
    messageLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    messageLayout->addStretch(2);
    m_stack->addWidget(m_messagePage);

    // The answer: one wide button, then four.
    m_answerBar = new QWidget(this);
    auto* answer = new QHBoxLayout(m_answerBar);
    answer->setContentsMargins(0, 0, 0, 0);
    answer->setSpacing(8);
    answer->addStretch(1);
    m_show = new QPushButton(tr("Show Answer"), m_answerBar);
    m_show->setObjectName(QStringLiteral("flashcardsShow"));
    m_show->setToolTip(tr("Show the back of the card (Space or Enter)"));
    m_show->setMinimumSize(220, 48);
    m_show->setFocusPolicy(Qt::TabFocus); // a click leaves the keys with the card
    connect(m_show, &QPushButton::clicked, this, &FlashcardsPage::reveal);
    answer->addWidget(m_show);
    const std::array<const char*, 4> names{"flashcardsAgain", "flashcardsHard", "flashcardsGood",
                                           "flashcardsEasy"};
    for (int r = 0; r < 4; ++r) {
        auto* button = new QPushButton(m_answerBar);
        button->setObjectName(QString::fromLatin1(names[std::size_t(r)]));
        button->setMinimumSize(96, 48);
        button->setFocusPolicy(Qt::TabFocus);
        button->setToolTip(m_gradeActions[std::size_t(r)]->toolTip());
        connect(button, &QPushButton::clicked, this, [this, r] { grade(Rating(r + 1)); });
        m_gradeButtons[std::size_t(r)] = button;
        answer->addWidget(button);
    }
    answer->addStretch(1);
    layout->addWidget(m_answerBar);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setObjectName(QStringLiteral("flashcardsRefreshTimer"));
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &FlashcardsPage::refresh);

    setFocusProxy(m_card);
    setTabOrder(m_scope, m_card);
    setTabOrder(m_card, m_show);
    QWidget* previous = m_show;
    for (QPushButton* button : m_gradeButtons) {
        setTabOrder(previous, button);
        previous = button;
    }
    for (QWidget* next : std::initializer_list<QWidget*>{buryButton, suspendButton, notesButton, undoButton,
                                                         browse, settings}) {
        setTabOrder(previous, next);
        previous = next;
    }

    connect(m_scope, &QComboBox::currentIndexChanged, this, &FlashcardsPage::scopeChosen);
    connect(&m_context, &AppContext::progressReady, this, &FlashcardsPage::startSession);
    // Own cards saved or deleted: the cards read anew, studying the same choice.
    connect(&m_context, &AppContext::contentReloaded, this, [this] {
        const QString key = scopeKey();
        m_contentLoaded = false;
        m_contentError.clear();
        if (loadContent()) {
            const QSignalBlocker block(m_scope);
            m_scope->setCurrentIndex(std::max(0, m_scope->findData(key)));
        }
        startSession();
    });
    connect(&m_context, &AppContext::progressFailed, this, [this] {
        m_session.reset(); // its store is gone
        loadContent();     // what could be studied, once progress opens
        render();
    });
    connect(&m_context, &AppContext::reviewSettingsChanged, this, &FlashcardsPage::startSession);

    if (m_context.progressState() == AppContext::ProgressState::Ready) {
        startSession();
    } else {
        render(); // the content is read once progress is ready: start-up does not wait for it
    }
}

FlashcardsPage::~FlashcardsPage() = default;

QList<KeyHelp> FlashcardsPage::keyHelp()
{
    QList<KeyHelp> rows{KeyHelp::of({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return)},
                                    tr("Show the answer; once it shows, grade Good"))};
    for (int r = 0; r < 4; ++r) {
        //: In the keyboard help: %1 a grade (Again, Hard, Good, Easy)
        rows.append(KeyHelp::of({QKeySequence(Qt::Key(Qt::Key_1 + r))},
                                tr("Grade %1").arg(ratingName(Rating(r + 1)))));
    }
    rows.append(KeyHelp::of({QKeySequence(QKeySequence::Undo)}, tr("Take the last grade back")));
    rows.append(KeyHelp::of({QKeySequence(Qt::Key_Minus)}, tr("Put this card away until tomorrow")));
    rows.append(KeyHelp::of({QKeySequence(Qt::Key_At), QKeySequence(Qt::CTRL | Qt::Key_J)},
                            tr("Leave this card out of study until you unsuspend it in the card browser")));
    rows.append(KeyHelp::of({QKeySequence(Qt::Key_N)}, tr("Read the notes this card was written from")));
    rows.append(KeyHelp::of({QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down),
                             QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_PageDown)},
                            tr("Scroll a long card")));
    return rows;
}

void FlashcardsPage::buildActions()
{
    const std::array<QString, 4> tips{
        tr("You did not remember it: see it again soon"),
        tr("You remembered it, with real effort"),
        tr("You remembered it"),
        tr("You remembered it at once: see it much later"),
    };
    for (int r = 0; r < 4; ++r) {
        auto* action = new QAction(ratingName(Rating(r + 1)), this);
        QList<QKeySequence> keys{QKeySequence(Qt::Key(Qt::Key_1 + r))};
        QString keyText = shortcutText(keys.first());
        if (r == int(Rating::Good) - 1) {
            //: The keys that grade Good, in a tooltip: "3, Space or Enter"
            keyText = tr("%1, Space or Enter").arg(keyText);
        }
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        //: A grade button's tooltip: what it means (%1), then its keys (%2)
        action->setToolTip(tr("%1 (%2)").arg(tips[std::size_t(r)], keyText));
        connect(action, &QAction::triggered, this, [this, r] { grade(Rating(r + 1)); });
        addAction(action);
        m_gradeActions[std::size_t(r)] = action;
    }

    auto add = [this](const QString& text, const QList<QKeySequence>& keys, const QString& tip,
                      void (FlashcardsPage::*slot)()) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QStringList keyNames;
        for (const QKeySequence& k : keys) {
            keyNames.append(shortcutText(k));
        }
        //: Between two keys that do the same, in a tooltip: "@ or Ctrl+J"
        const QString either = tr(" or ");
        //: A tooltip: what the button does (%1), then its keys (%2)
        action->setToolTip(tr("%1 (%2)").arg(tip, keyNames.join(either)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_undo = add(tr("Undo"), {QKeySequence(QKeySequence::Undo)}, tr("Take the last grade back"),
                 &FlashcardsPage::undo);
    m_undo->setObjectName(QStringLiteral("flashcardsUndoAction"));
    m_bury = add(tr("Bury"), {QKeySequence(Qt::Key_Minus)}, tr("Put this card away until tomorrow"),
                 &FlashcardsPage::buryCard);
    m_suspend = add(tr("Suspend"), {QKeySequence(Qt::Key_At), QKeySequence(Qt::CTRL | Qt::Key_J)},
                    tr("Leave this card out of study until you unsuspend it in the card browser"),
                    &FlashcardsPage::suspendCard);
    m_notes = add(tr("Show in Notes"), {QKeySequence(Qt::Key_N)},
                  tr("Read the notes this card was written from"), &FlashcardsPage::showInNotes);
}

bool FlashcardsPage::loadContent()
{
    if (m_contentLoaded) {
        return m_contentError.isEmpty();
    }
    m_contentLoaded = true;
    QString error;
    const ContentRepository* content = m_context.content(&error);
    if (!content) {
        m_contentError = error;
        return false;
    }
    Result<QList<Card>> cards = content->cards();
    Result<QList<Question>> questions = content->questions();
    const Result<QList<TopicRow>> topics = content->topics();
    const Result<QList<ExamProfile>> profiles = content->examProfiles();
    for (const QString* failure : {&cards.error(), &questions.error(), &topics.error(), &profiles.error()}) {
        if (!failure->isEmpty()) {
            m_contentError = *failure;
            return false;
        }
    }
    m_cards = std::move(cards).value();
    m_questions = std::move(questions).value();

    const QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("Everything"), kEverything);
    m_scope->setItemData(0, tr("Every card of every topic"), Qt::ToolTipRole);
    bool separated = false;
    for (const ExamProfile& profile : *profiles) {
        if (StudyScope{StudyScope::Kind::Profile, profile.id}.select(m_cards, m_questions).isEmpty()) {
            continue;
        }
        if (!separated) {
            m_scope->insertSeparator(m_scope->count());
            separated = true;
        }
        //: A choice of what to study: the topics one exam asks about. %1 is the exam's code (SAA-C03)
        m_scope->addItem(tr("Exam: %1").arg(profile.code), QString(kProfilePrefix + profile.id));
        m_scope->setItemData(m_scope->count() - 1, profile.name, Qt::ToolTipRole);
    }
    QSet<QString> withCards;
    for (const Card& card : std::as_const(m_cards)) {
        withCards.insert(card.topic);
    }
    separated = false;
    for (const TopicRow& topic : *topics) {
        m_topicTitles.insert(topic.id, topic.title);
        if (!withCards.contains(topic.id)) {
            continue;
        }
        if (!separated) {
            m_scope->insertSeparator(m_scope->count());
            separated = true;
        }
        m_scope->addItem(topic.title, QString(kTopicPrefix + topic.id));
    }
    QString remembered;
    if (AppPaths::settingsFileIsUsable()) {
        remembered =
            QSettings(AppPaths::settingsFile(), QSettings::IniFormat).value(kScopeSetting).toString();
    }
    const int index = m_scope->findData(remembered);
    m_scope->setCurrentIndex(index >= 0 ? index : 0); // a topic removed from the content: everything
    m_scope->setEnabled(true);
    return true;
}

QString FlashcardsPage::scopeKey() const
{
    return m_scope->currentData().toString();
}

bool FlashcardsPage::setScopeKey(const QString& key)
{
    const int index = m_scope->findData(key);
    if (index < 0) {
        return false;
    }
    m_scope->setCurrentIndex(index); // restarts through scopeChosen when it changes
    return true;
}

void FlashcardsPage::scopeChosen()
{
    if (AppPaths::settingsFileIsUsable()) {
        QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
        settings.setValue(kScopeSetting, scopeKey());
    }
    startSession();
}

void FlashcardsPage::startSession()
{
    m_session.reset();
    m_startError.clear();
    setNotice(QString(), Notice::None);
    if (m_context.progressState() != AppContext::ProgressState::Ready || !m_context.reviews() ||
        !loadContent()) {
        render();
        return;
    }
    const QString key = scopeKey();
    StudyScope scope;
    if (key.startsWith(kTopicPrefix)) {
        scope = {StudyScope::Kind::Topic, key.mid(kTopicPrefix.size())};
    } else if (key.startsWith(kProfilePrefix)) {
        scope = {StudyScope::Kind::Profile, key.mid(kProfilePrefix.size())};
    }
    m_scopeCards = scope.select(m_cards, m_questions);
    const QDateTime now = m_context.clock().now();
    // The fuzz seed changes once a day, so a session restarted today previews the same intervals.
    auto session =
        std::make_unique<ReviewSession>(*m_context.reviews(), m_context.clock(), m_context.reviewSettings(),
                                        QTimeZone::systemTimeZone(), quint64(now.date().toJulianDay()));
    const Result<bool> started = session->start(m_scopeCards);
    if (started) {
        m_session = std::move(session);
    } else {
        m_startError = started.error();
    }
    render();
    // Studying begins with the keys on the card: the first time the cards show (at start-up the window gave
    // the focus away while the card was hidden), and later unless the learner is busy choosing what to study.
    QWidget* focused = QApplication::focusWidget();
    if (isVisible() && m_stack->currentWidget() == m_card &&
        (m_focusOnFirstCard || !focused || (isAncestorOf(focused) && focused != m_scope))) {
        m_focusOnFirstCard = false;
        refocus();
    }
}

void FlashcardsPage::reveal()
{
    if (!m_session || !m_session->current() || m_session->isRevealed()) {
        return;
    }
    m_session->reveal();
    render();
    refocus();
}

void FlashcardsPage::grade(Rating rating)
{
    if (!m_session || !m_session->current() || !m_session->isRevealed()) {
        return;
    }
    const Result<bool> graded = m_session->grade(rating);
    if (graded) {
        setNotice(QString(), Notice::None);
    } else {
        //: %1 is the database's message
        setNotice(tr("Your grade could not be saved, so the card stays: %1").arg(graded.error()),
                  Notice::Error);
    }
    render();
    refocus();
}

void FlashcardsPage::undo()
{
    if (!m_session || !m_session->canUndo()) {
        return;
    }
    const Result<bool> undone = m_session->undo();
    if (undone) {
        setNotice(QString(), Notice::None);
    } else {
        setNotice(tr("The last grade could not be taken back: %1").arg(undone.error()), Notice::Error);
    }
    render();
    refocus();
}

void FlashcardsPage::suspendCard()
{
    if (!m_session || !m_session->current()) {
        return;
    }
    const Result<bool> done = m_session->suspendCurrent();
    if (done) {
        setNotice(tr("Card suspended: it stays out of study until you unsuspend it in the card browser."),
                  Notice::Info);
    } else {
        setNotice(tr("The card could not be suspended: %1").arg(done.error()), Notice::Error);
    }
    render();
    refocus();
}

void FlashcardsPage::buryCard()
{
    if (!m_session || !m_session->current()) {
        return;
    }
    const Result<bool> done = m_session->buryCurrent();
    if (done) {
        setNotice(tr("Card buried: it comes back tomorrow."), Notice::Info);
    } else {
        setNotice(tr("The card could not be buried: %1").arg(done.error()), Notice::Error);
    }
    render();
    refocus();
}

void FlashcardsPage::showInNotes()
{
    const Card* card = m_session ? m_session->current() : nullptr;
    if (!card || card->source.file.isEmpty()) {
        return;
    }
    m_context.navigate(NavigationRequest::notesLine(card->source.file, card->source.line));
}

void FlashcardsPage::refresh()
{
    if (m_session) {
        m_session->refresh();
    }
    render();
}

void FlashcardsPage::openSettings()
{
    auto* dialog = new ReviewSettingsDialog(m_context.reviewSettings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_context.setReviewSettings(dialog->settings()); }); // restarts the session
    dialog->open();
}

// --- drawing ----------------------------------------------------------------------------------------------

void FlashcardsPage::render()
{
    if (!m_refreshTimer) {
        return; // still being built
    }
    const Card* card = m_session ? m_session->current() : nullptr;
    const bool revealed = card && m_session->isRevealed();
    m_undo->setEnabled(m_session && m_session->canUndo());
    m_bury->setEnabled(card != nullptr);
    m_suspend->setEnabled(card != nullptr);
    m_notes->setEnabled(card != nullptr && !card->source.file.isEmpty());
    for (QAction* action : m_gradeActions) {
        action->setEnabled(revealed);
    }
    renderCounts();
    if (card) {
        renderCard();
    } else {
        renderMessage();
    }
    scheduleRefresh();
}

void FlashcardsPage::renderCounts()
{
    const PileColours colours = pileColours(palette());
    const QColor label = palette().color(QPalette::PlaceholderText);
    ReviewSession::Counts counts;
    std::optional<CardState> pile;
    if (m_session) {
        counts = m_session->counts();
        if (const CardRecord* record = m_session->currentRecord()) {
            pile = record->schedule.state;
        } else if (m_session->current()) {
            pile = CardState::New;
        }
    }
    auto part = [&](const QString& name, int n, const QColor& colour, bool current) {
        const QString number = m_session ? QString::number(n) : QStringLiteral("–");
        return QStringLiteral(
                   "<span style=\"color:%1\">%2</span>&nbsp;<span style=\"color:%3; font-weight:bold;%4\">"
                   "%5</span>")
            .arg(label.name(), name.toHtmlEscaped(), colour.name(),
                 current ? QStringLiteral(" text-decoration:underline") : QString(), number);
    };
    const bool inLearning = pile == CardState::Learning || pile == CardState::Relearning;
    m_counts->setText(part(tr("New"), counts.fresh, colours.fresh, pile == CardState::New) +
                      QStringLiteral("&nbsp;&nbsp;&nbsp; ") +
                      part(tr("Learning"), counts.learning, colours.learning, inLearning) +
                      QStringLiteral("&nbsp;&nbsp;&nbsp; ") +
                      part(tr("Due"), counts.due, colours.due, pile == CardState::Review));
    //: What is left today, for screen readers: "20 new, 3 learning, 41 due"
    m_counts->setAccessibleName(
        m_session ? tr("%1 new, %2 learning, %3 due").arg(counts.fresh).arg(counts.learning).arg(counts.due)
                  : tr("No counts yet"));
}

void FlashcardsPage::renderCard()
{
    const Card* card = m_session->current();
    const bool revealed = m_session->isRevealed();
    const CardRecord* record = m_session->currentRecord();
    const CardState state = record ? record->schedule.state : CardState::New;
    //: Above the card: its topic and what kind of card it is ("Amazon SQS · New card")
    m_cardInfo->setFullText(
        tr("%1 · %2").arg(m_topicTitles.value(card->topic, card->topic), stateText(state)));
    const QPalette pal = m_front->palette();
    m_front->setHtml(CardText::toHtml(card->front, pal));
    m_front->fit();
    m_back->setHtml(revealed ? CardText::toHtml(card->back, m_back->palette()) : QString());
    m_back->verticalScrollBar()->setValue(0);
    m_rule->setVisible(revealed);
    m_stack->setCurrentWidget(m_card);
    m_answerBar->show();
    m_show->setVisible(!revealed);
    if (revealed) {
        const std::array<CardSchedule, 4> preview = m_session->preview();
        const QDateTime now = m_context.clock().now();
        for (int r = 0; r < 4; ++r) {
            const QString interval = IntervalText::format(now.secsTo(preview[std::size_t(r)].due));
            QPushButton* button = m_gradeButtons[std::size_t(r)];
            //: A grade button: the grade, then on a second line the interval it gives ("Good\n10m")
            button->setText(tr("%1\n%2").arg(ratingName(Rating(r + 1)), interval));
            //: A grade button for screen readers: "Good, next in 10m"
            button->setAccessibleName(tr("%1, next in %2").arg(ratingName(Rating(r + 1)), interval));
        }
    }
    for (QPushButton* button : m_gradeButtons) {
        button->setVisible(revealed);
    }
}

void FlashcardsPage::renderMessage()
{
    m_stack->setCurrentWidget(m_messagePage);
    m_answerBar->hide();
    m_summary->clear();
    m_summary->hide();
    m_detail->clear();
    m_detail->hide();
    m_retry->hide();
    auto detail = [this](const QString& text) {
        m_detail->setText(text);
        m_detail->show();
    };
    const AppContext::ProgressState progress = m_context.progressState();
    if (progress == AppContext::ProgressState::NotOpened) {
        m_message->setText(tr("Opening your progress…"));
        return;
    }
    if (progress == AppContext::ProgressState::Failed) {
        m_message->setText(tr("Studying needs your progress database, where every grade and schedule is "
                              "kept, and it could not be opened."));
        detail(m_context.progressError());
        m_retry->show();
        return;
    }
    if (!m_contentError.isEmpty()) {
        m_message->setText(tr("The cards cannot be read."));
        detail(m_contentError);
        return;
    }
    if (!m_session) {
        m_message->setText(tr("Your progress could not be read, so studying cannot start."));
        detail(m_startError);
        m_retry->show();
        return;
    }
    const ReviewSession::Summary summary = m_session->summary();
    const QDateTime next = m_session->nextLearningDue();
    if (next.isValid()) {
        const QDateTime local = next.toLocalTime();
        const QDateTime now = m_context.clock().now().toLocalTime();
        const QString when = local.date() == now.date()
                                 ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                 : QLocale().toString(local, QLocale::ShortFormat);
        //: %1 is a time of day (or a date and time when it is not today)
        m_message->setText(tr("Next card at %1").arg(when));
        m_summary->setText(
            QStringLiteral("<p>%1</p>")
                .arg(tr("A card you are learning comes back then; the page shows it when it is due.")
                         .toHtmlEscaped()) +
            (summary.grades > 0 ? summaryHtml(summary) : QString()));
        m_summary->show();
        return;
    }
    if (summary.grades > 0) {
        m_message->setText(tr("Congratulations! You have finished these cards for now."));
        m_summary->setText(summaryHtml(summary) +
                           QStringLiteral("<p>%1</p>").arg(whatComesNext(summary).toHtmlEscaped()));
        m_summary->show();
        return;
    }
    if (m_session->cardCount() == 0) {
        m_message->setText(tr("There are no cards to study here."));
        m_summary->setText(
            QStringLiteral("<p>%1</p>").arg(tr("Choose another topic or exam above.").toHtmlEscaped()));
        m_summary->show();
        return;
    }
    m_message->setText(tr("Nothing due now"));
    m_summary->setText(QStringLiteral("<p>%1</p>").arg(whatComesNext(summary).toHtmlEscaped()));
    m_summary->show();
}

QString FlashcardsPage::summaryHtml(const ReviewSession::Summary& s) const
{
    const PileColours colours = pileColours(palette());
    const QColor dim = palette().color(QPalette::PlaceholderText);
    auto row = [&](const QString& label, const QString& valueHtml) {
        return QStringLiteral("<tr><td align=\"right\" style=\"color:%1\">%2</td><td>%3</td></tr>")
            .arg(dim.name(), label.toHtmlEscaped(), valueHtml);
    };
    auto rating = [&](Rating r, const QColor& colour) {
        return QStringLiteral("%1&nbsp;<b style=\"color:%2\">%3</b>")
            .arg(ratingName(r).toHtmlEscaped(), colour.name())
            .arg(s.ratings[std::size_t(int(r) - 1)]);
    };
    const QString ratings = rating(Rating::Again, colours.learning) + QStringLiteral(" &nbsp; ") +
                            rating(Rating::Hard, palette().color(QPalette::WindowText)) +
                            QStringLiteral(" &nbsp; ") + rating(Rating::Good, colours.due) +
                            QStringLiteral(" &nbsp; ") + rating(Rating::Easy, colours.fresh);
    QString html = QStringLiteral("<table align=\"center\" cellspacing=\"0\" cellpadding=\"4\">");
    html += row(tr("Cards studied"), QStringLiteral("<b>%1</b>").arg(s.cards));
    html += row(tr("Time"), durationText(s.studyMs).toHtmlEscaped());
    html += row(tr("Answers"), ratings);
    html += row(tr("Due tomorrow"), QString::number(s.dueTomorrow));
    if (s.leeches > 0) {
        html +=
            row(tr("Leeches tagged"),
                QStringLiteral("<b>%1</b> %2")
                    .arg(s.leeches)
                    .arg(tr("(suspended: cards you keep forgetting; rewrite or look them over in the card "
                            "browser)")
                             .toHtmlEscaped()));
    } else {
        html += row(tr("Leeches tagged"), QStringLiteral("0"));
    }
    return html + QStringLiteral("</table>");
}

QString FlashcardsPage::whatComesNext(const ReviewSession::Summary& summary) const
{
    QStringList parts;
    parts.append(summary.dueTomorrow > 0
                     ? tr("%n card(s) come due by the end of tomorrow.", nullptr, summary.dueTomorrow)
                     : tr("Nothing comes due tomorrow."));
    const int waiting = newCardsWaiting();
    if (waiting > 0) {
        const int limit = m_session->settings().newPerDay;
        //: %n new cards wait; %1 is the daily limit of new cards
        parts.append(
            tr("%n new card(s) wait; today's limit of %1 new cards is reached (change it in Settings).",
               nullptr, waiting)
                .arg(limit));
    }
    return parts.join(u' ');
}

int FlashcardsPage::newCardsWaiting() const
{
    if (!m_session) {
        return 0;
    }
    const Result<int> waiting = m_session->newWaiting();
    return waiting ? *waiting : 0; // a hint only: the session has reported what matters
}

void FlashcardsPage::scheduleRefresh()
{
    if (!m_session || m_session->current()) {
        m_refreshTimer->stop();
        return;
    }
    // Nothing on show: look again when the next learning card is due, or when the next study day begins.
    QDateTime at = m_session->day().end;
    const QDateTime next = m_session->nextLearningDue();
    if (next.isValid() && next < at) {
        at = next;
    }
    const qint64 ms = std::clamp<qint64>(m_context.clock().now().msecsTo(at) + 200, 200, kMaxRefreshMs);
    m_refreshTimer->start(int(ms));
}

void FlashcardsPage::setNotice(const QString& text, Notice kind)
{
    m_noticeKind = text.isEmpty() ? Notice::None : kind;
    m_notice->setText(text);
    m_notice->setVisible(m_noticeKind != Notice::None);
    QPalette pal = palette();
    if (m_noticeKind == Notice::Error) {
        pal.setColor(QPalette::WindowText, errorColour(palette()));
    } else {
        pal.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    }
    m_notice->setPalette(pal);
}

void FlashcardsPage::refocus()
{
    // After a click on a button, or when the card comes back, the keys go on working: Space, 1-4.
    if (m_stack->currentWidget() == m_card && isVisible()) {
        m_card->setFocus(Qt::OtherFocusReason);
    }
}

// --- keys -------------------------------------------------------------------------------------------------

void FlashcardsPage::keyPressEvent(QKeyEvent* event)
{
    const bool plain = !(event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier));
    const Card* card = m_session ? m_session->current() : nullptr;
    if (plain && card &&
        (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        if (m_session->isRevealed()) {
            grade(Rating::Good);
        } else {
            reveal();
        }
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (card) { // a long back scrolls from the keyboard
            QTextBrowser* target = m_session->isRevealed() ? m_back : m_front;
            QKeyEvent copy(event->type(), event->key(), event->modifiers(), event->text());
            QCoreApplication::sendEvent(target, &copy);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool FlashcardsPage::eventFilter(QObject* watched, QEvent* event)
{
    // Space and Enter in the card's text (after a click in it) answer the card, as everywhere on the page.
    if (event->type() == QEvent::KeyPress && (watched == m_front || watched == m_back)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            keyPressEvent(key);
            return key->isAccepted();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FlashcardsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        render(); // colours come from the palette: follow a switch between light and dark
        setNotice(m_notice->text(), m_noticeKind);
    }
    QWidget::changeEvent(event);
}

void FlashcardsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_session) {
        refresh(); // time has passed while another page was on show
    }
}

void FlashcardsPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_front->setMaximumFitHeight(std::max(80, int(height() * 0.4)));
}

} // namespace certdeck
