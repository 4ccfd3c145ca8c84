#pragma once

#include "AppContext.h"
#include "dialogs/ShortcutsDialog.h"
#include "exam/ExamSession.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QVBoxLayout;

namespace certdeck {

class ExamNavigator;
class OptionRow;

namespace calc {
class CalcLibrary;
}

/// Practice exams: a timed exam of a profile as on the real thing, practice with feedback after each
/// answer, drills of topics, of the learner's mistakes or flagged questions, calculation drills, and the
/// history of every attempt with its report. The ExamSession in core keeps the answers, the clock and the
/// score; the page draws it and forwards what the learner does.
///
/// Keys while a question is on show: A-F choose, N next, P previous, F flag, Enter check (practice),
/// Ctrl+Enter the review screen, and there Ctrl+Enter submits.
class ExamPage : public QWidget {
    Q_OBJECT

public:
    enum class View { Message, Setup, Question, Review, Report };

    explicit ExamPage(AppContext& context, QWidget* parent = nullptr);
    ~ExamPage() override;

    /// The keys of a question, for Help > Keyboard Shortcuts.
    static QList<KeyHelp> keyHelp();

    View view() const;
    const ExamSession* session() const { return m_session.get(); }

public slots:
    /// Starts a timed exam of the profile chosen on the Exam tab.
    void startExam();
    /// Starts practice of the profile or topic chosen on the Practice tab.
    void startPractice();
    /// Starts the drill chosen on the Drill tab.
    void startDrill();
    /// Takes up the exam left in progress.
    void resumeExam();
    /// Shows the review screen (timed) or ends the set (practice).
    void reviewOrFinish();
    /// Submits the attempt and shows its report.
    void submit();
    /// Shows the report of attempt `attemptId` from the history.
    void openReport(qint64 attemptId);
    /// Back to the setup screen.
    void showSetup();
    /// A drill of one domain of a profile (`domainId` of `profileId`) or of one topic (`topicId`), as the
    /// Today page asks. False, saying why on the page, when it cannot start (an exam is open, no questions).
    bool drillFocus(const QString& profileId, const QString& domainId, const QString& topicId);
    /// The setup screen's Exam tab with `profileId` chosen, ready to start.
    void prepareExam(const QString& profileId);
    /// Looks at the clock (every second while an exam is open): the countdown, the 15- and 5-minute
    /// warnings, submitting at zero, and storing the time used every few seconds.
    void tick();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool loadContent();
    void progressReady();
    void buildSetup();
    void buildQuestionView();
    void buildReviewView();
    void buildReportView();
    void fillSetup();
    void fillHistory();
    void start(const ExamPaper& paper, const ExamSetup& setup, const std::optional<ExamProfile>& profile);
    /// Shows `session`'s current question and starts its clock.
    void open(std::unique_ptr<ExamSession> session);
    std::unique_ptr<ExamSession> newSession(const std::optional<ExamProfile>& profile) const;
    void showMessage(const QString& title, const QString& detail);
    void showError(const QString& message);
    void renderQuestion();
    void renderStatus();
    void renderFeedback();
    void renderReview();
    void renderReport(const ExamAttempt& attempt, const ExamReport& report, const QString& notice);
    void choose(int shown);
    void check();
    void toggleFlag();
    void go(int index);
    void abandonExam();
    /// Marks the interrupted attempt abandoned (kept in the history); false when it could not be stored.
    bool abandonInterrupted();
    void updateDrillCounts();
    void startCalcDrill();
    QString attemptTitle(const ExamAttempt& attempt) const;
    QString timeText(qint64 ms) const;
    QHash<QString, qint64> lastSeen() const;
    const ExamProfile* profile(const QString& id) const;

    AppContext& m_context;

    // Content, read once.
    bool m_contentLoaded = false;
    QString m_contentError;
    QList<Question> m_questions;
    QHash<QString, Question> m_questionsById;
    QList<ExamProfile> m_profiles;
    QHash<QString, QString> m_topicTitles;
    QList<QString> m_topicOrder;
    CardFollowUp m_followUp;
    QHash<QString, QuestionHistory> m_questionHistory; ///< read when the setup screen is filled
    std::unique_ptr<calc::CalcLibrary> m_calcLibrary;

    std::unique_ptr<ExamSession> m_session;

    QStackedWidget* m_stack = nullptr;
    // Message.
    QWidget* m_messageView = nullptr;
    QLabel* m_messageTitle = nullptr;
    QLabel* m_messageDetail = nullptr;
    QPushButton* m_messageBack = nullptr;
    // Setup.
    QWidget* m_setupView = nullptr;
    QWidget* m_resumeBox = nullptr;
    QLabel* m_resumeText = nullptr;
    QPushButton* m_resume = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_examProfile = nullptr;
    QCheckBox* m_extraTime = nullptr;
    QLabel* m_examInfo = nullptr;
    QPushButton* m_startExam = nullptr;
    QComboBox* m_practiceSource = nullptr;
    QSpinBox* m_practiceCount = nullptr;
    QPushButton* m_startPractice = nullptr;
    QRadioButton* m_drillTopics = nullptr;
    QRadioButton* m_drillMistakes = nullptr;
    QRadioButton* m_drillFlagged = nullptr;
    QRadioButton* m_drillCalc = nullptr;
    QListWidget* m_topicList = nullptr;
    QComboBox* m_calculator = nullptr;
    QSpinBox* m_drillCount = nullptr;
    QPushButton* m_startDrill = nullptr;
    QLabel* m_setupNotice = nullptr;
    QTreeWidget* m_history = nullptr;
    // Question.
    QWidget* m_questionView = nullptr;
    QLabel* m_examTitle = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_clock = nullptr;
    QLabel* m_warning = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_stem = nullptr;
    QLabel* m_chooseHint = nullptr;
    QVBoxLayout* m_optionsLayout = nullptr;
    QList<OptionRow*> m_options;
    QWidget* m_feedback = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_showInNotes = nullptr;
    QPushButton* m_flag = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_finish = nullptr;
    ExamNavigator* m_navigator = nullptr;
    QLabel* m_navigatorSummary = nullptr;
    // Review.
    QWidget* m_reviewView = nullptr;
    QLabel* m_reviewSummary = nullptr;
    QListWidget* m_unansweredList = nullptr;
    QListWidget* m_flaggedList = nullptr;
    QPushButton* m_submit = nullptr;
    // Report.
    QWidget* m_reportView = nullptr;
    QTextBrowser* m_report = nullptr;
    QPushButton* m_drillReportMistakes = nullptr;

    QTimer* m_timer = nullptr;
    int m_ticks = 0;
};

} // namespace certdeck
