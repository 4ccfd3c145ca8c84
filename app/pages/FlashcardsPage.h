#pragma once

#include "AppContext.h"
#include "dialogs/ShortcutsDialog.h"
#include "review/ReviewSession.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <array>
#include <memory>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace certdeck {

class CardPanel;
class ElidedLabel;
class FittedTextBrowser;

/// Studies flashcards: the card's front, Space for the back, a grade from Again to Easy (each showing the
/// interval it gives), and what is left today. The ReviewSession in core decides which card comes next and
/// stores every grade; the page draws it and forwards what the learner does. Studying starts once the
/// progress database is ready; until then, or when it cannot be opened, the page says so.
class FlashcardsPage : public QWidget {
    Q_OBJECT

public:
    explicit FlashcardsPage(AppContext& context, QWidget* parent = nullptr);
    ~FlashcardsPage() override;

    /// The page's keys, for Help > Keyboard Shortcuts.
    static QList<KeyHelp> keyHelp();

    /// The session on show: nullptr before progress is ready, or when studying cannot start.
    const ReviewSession* session() const { return m_session.get(); }

    /// What is studied, as the key the settings file keeps: "all", "topic:<id>" or "profile:<id>".
    QString scopeKey() const;
    /// Studies `key` instead (restarting the session); false when the list offers no such choice.
    bool setScopeKey(const QString& key);

public slots:
    /// Shows the back of the card.
    void reveal();
    /// Grades the card on show (once its back is shown) and moves on.
    void grade(certdeck::Rating rating);
    void undo();
    void suspendCard();
    void buryCard();
    /// Asks the window to show the line of the notes the card was written from.
    void showInNotes();
    /// Looks at the clock again: a learning card may have come due, or a new study day begun.
    void refresh();
    void openSettings();

signals:
    /// The learner asked for the card browser ("Browse Cards"); MainWindow shows it.
    void browseRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class Notice { None, Info, Error };

    void buildActions();
    bool loadContent();
    void fillScopes();
    void startSession();
    void scopeChosen();
    void render();
    void renderCard();
    void renderMessage();
    void renderCounts();
    void scheduleRefresh();
    void setNotice(const QString& text, Notice kind);
    void refocus();
    QString summaryHtml(const ReviewSession::Summary& summary) const;
    QString whatComesNext(const ReviewSession::Summary& summary) const;
    int newCardsWaiting() const;

    AppContext& m_context;

    // Content, read once progress is ready.
    bool m_contentLoaded = false;
    QString m_contentError;
    QList<Card> m_cards;
    QList<Question> m_questions;
    QHash<QString, QString> m_topicTitles;
    QList<Card> m_scopeCards;

    std::unique_ptr<ReviewSession> m_session;
    QString m_startError;
    bool m_focusOnFirstCard = true;

    QComboBox* m_scope = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_notice = nullptr;
    Notice m_noticeKind = Notice::None;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_messagePage = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_retry = nullptr;
    CardPanel* m_card = nullptr;
    ElidedLabel* m_cardInfo = nullptr;
    FittedTextBrowser* m_front = nullptr;
    QFrame* m_rule = nullptr;
    QTextBrowser* m_back = nullptr;
    QWidget* m_answerBar = nullptr;
    QPushButton* m_show = nullptr;
    std::array<QPushButton*, 4> m_gradeButtons{};
    std::array<QAction*, 4> m_gradeActions{};
    QAction* m_undo = nullptr;
    QAction* m_suspend = nullptr;
    QAction* m_bury = nullptr;
    QAction* m_notes = nullptr;
    QTimer* m_refreshTimer = nullptr;
};

} // namespace certdeck
