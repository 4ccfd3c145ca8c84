// The Practice Exams page, driven offscreen with the keyboard as a learner would: a full timed exam from the
// start button to the score report, the 15- and 5-minute warnings and the submit at zero, an exam resumed
// after the window closed, and practice with its feedback.
#include "pages/ExamPage.h"

#include "content/ContentRepository.h"
#include "exam/ExamStore.h"
#include "util/AppPaths.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace certdeck;

namespace {

class ExamPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
        context =
            std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB), progressPath(), &clock);
        context->openProgress();
        ASSERT_EQ(context->progressState(), AppContext::ProgressState::Ready);
    }

    void TearDown() override { QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear(); }

    QString progressPath() const { return data.filePath(QStringLiteral("progress.db")); }

    void openPage()
    {
        page = std::make_unique<ExamPage>(*context);
        page->resize(1000, 720);
        page->show();
        page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    }

    /// A key as the learner presses it: to whatever has the focus.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        ASSERT_TRUE(target && (target == page.get() || page->isAncestorOf(target)))
            << "the keyboard is on the page";
        QTest::keyClick(target, key, modifiers);
    }

    template <class T>
    T* child(const char* name) const
    {
        T* found = page->findChild<T*>(QString::fromLatin1(name));
        EXPECT_TRUE(found) << name;
        return found;
    }

    /// Answers the question on show with the keyboard: right (the correct letters) or wrong.
    void answer(bool right)
    {
        const ExamSession* s = page->session();
        const int index = s->currentIndex();
        const int choose = s->item(index).choose;
        QList<int> letters;
        for (int shown = 0; shown < s->item(index).order.size(); ++shown) {
            if (s->shownOption(index, shown).correct == right && letters.size() < choose) {
                letters.append(shown);
            }
        }
        for (const int shown : letters) {
            press(Qt::Key(Qt::Key_A + shown));
        }
        ASSERT_TRUE(s->isAnswered(index)) << "question " << index + 1 << " takes " << choose;
    }

    QTemporaryDir data;
    SettableClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<AppContext> context;
    std::unique_ptr<ExamPage> page;
};

TEST_F(ExamPageTest, AFullTimedExamTakenWithTheKeyboardOnlyEndsInItsScoreReport)
{
    openPage();
    ASSERT_EQ(page->view(), ExamPage::View::Setup);
    ASSERT_EQ(QApplication::focusWidget(), child<QPushButton>("examStart")) << "Start Exam has the focus";
    press(Qt::Key_Space);
    ASSERT_EQ(page->view(), ExamPage::View::Question);
    const ExamSession* s = page->session();
    ASSERT_EQ(s->count(), 65);
    EXPECT_EQ(s->remainingMs(), 130 * 60 * 1000);
    int flaggedAt = -1;
    for (int i = 0; i < 65; ++i) {
        ASSERT_EQ(s->currentIndex(), i);
        const bool multi = s->item(i).choose > 1;
        EXPECT_EQ(child<QLabel>("examChooseHint")->isVisible(), multi) << "a multi-response question says so";
        answer(i < 50); // 50 right, 15 wrong
        // Flag one question: the first from the third on whose options end before F (on a question with
        // a sixth option, F chooses it). The draw is random, so which one it is varies.
        if (i >= 2 && flaggedAt < 0 && s->item(i).order.size() < 6) {
            press(Qt::Key_F);
            flaggedAt = i;
        }
        clock.advanceSeconds(60);
        press(Qt::Key_N);
    }
    EXPECT_EQ(s->answeredCount(), 65);
    press(Qt::Key_P);
    EXPECT_EQ(s->currentIndex(), 63) << "P goes back";
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page->view(), ExamPage::View::Review);
    auto* flagged = child<QListWidget>("examFlagged");
    ASSERT_EQ(flagged->count(), 1);
    EXPECT_TRUE(flagged->item(0)->text().startsWith(QStringLiteral("Question %1:").arg(flaggedAt + 1)));
    EXPECT_EQ(child<QListWidget>("examUnanswered")->item(0)->flags(), Qt::NoItemFlags) << "none unanswered";
    flagged->setFocus(); // Ctrl+Enter submits even from a list, where Enter alone opens the question
    flagged->setCurrentRow(0);
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(page->view(), ExamPage::View::Report);

    const QString report = child<QTextBrowser>("examReport")->toPlainText();
    // 100 + 900 x 50 / 65 = 792.3: a pass, labelled as an estimate.
    EXPECT_TRUE(report.contains(QStringLiteral("792 of 1000: pass"))) << report.left(400).toStdString();
    EXPECT_TRUE(report.contains(QStringLiteral("An estimate, not an AWS score: 50 of 65 answers right")));
    EXPECT_TRUE(report.contains(QStringLiteral("Time used: 1:05:00 of 2:10:00, 0:01:00 per question")));
    EXPECT_TRUE(report.contains(QStringLiteral("Design Secure Architectures")));
    EXPECT_TRUE(report.contains(QStringLiteral("Your answer:")));

    const Result<QList<ExamAttempt>> attempts = context->exams()->attempts();
    ASSERT_TRUE(attempts);
    ASSERT_EQ(attempts->size(), 1);
    EXPECT_EQ(attempts->first().status, ExamAttempt::Status::Finished);
    EXPECT_EQ(attempts->first().correct, 50);
    EXPECT_EQ(attempts->first().scaledScore, 792);
}

TEST_F(ExamPageTest, WarnsAtFifteenAndFiveMinutesAndSubmitsItselfAtZeroWithTheExtraThirtyMinutes)
{
    openPage();
    child<QWidget>("examExtraTime")->setFocus();
    press(Qt::Key_Space); // +30 minutes
    child<QPushButton>("examStart")->setFocus();
    press(Qt::Key_Space);
    ASSERT_EQ(page->view(), ExamPage::View::Question);
    EXPECT_EQ(page->session()->remainingMs(), 160 * 60 * 1000) << "130 minutes plus 30";
    press(Qt::Key_A);
    auto* warning = child<QLabel>("examWarning");
    clock.advanceSeconds(144 * 60);
    page->tick();
    EXPECT_FALSE(warning->isVisible()) << "16 minutes left: no warning yet";
    clock.advanceSeconds(60);
    page->tick();
    EXPECT_TRUE(warning->isVisible());
    EXPECT_EQ(warning->text(), QStringLiteral("15 minutes left"));
    EXPECT_EQ(child<QLabel>("examClock")->text(), QStringLiteral("0:15:00"));
    clock.advanceSeconds(10 * 60);
    page->tick();
    EXPECT_EQ(warning->text(), QStringLiteral("5 minutes left"));
    clock.advanceSeconds(5 * 60);
    page->tick();
    ASSERT_EQ(page->view(), ExamPage::View::Report);
    EXPECT_TRUE(child<QTextBrowser>("examReport")->toPlainText().contains(QStringLiteral("Time is up")));
    const Result<QList<ExamAttempt>> attempts = context->exams()->attempts();
    ASSERT_TRUE(attempts && attempts->size() == 1);
    EXPECT_EQ(attempts->first().status, ExamAttempt::Status::Finished);
    EXPECT_EQ(attempts->first().extraMinutes, 30);
}

TEST_F(ExamPageTest, AnExamLeftOpenWhenTheWindowClosedResumesWithTheTimeItHadLeft)
{
    openPage();
    press(Qt::Key_Space);
    ASSERT_EQ(page->view(), ExamPage::View::Question);
    answer(true);
    press(Qt::Key_N);
    if (page->session()->item(1).order.size() < 6) {
        press(Qt::Key_F);
    } else {
        child<QPushButton>("examFlag")->click(); // F chooses a sixth option
    }
    const QString second = page->session()->item(1).questionId;
    clock.advanceSeconds(10 * 60);
    page.reset();               // the window closes
    clock.advanceSeconds(3600); // an hour later, Certdeck opens again

    openPage();
    ASSERT_EQ(page->view(), ExamPage::View::Setup);
    ASSERT_TRUE(child<QWidget>("examResumeBox")->isVisible());
    EXPECT_TRUE(child<QLabel>("examResumeText")->text().contains(QStringLiteral("2:00:00 left")))
        << child<QLabel>("examResumeText")->text().toStdString();
    ASSERT_EQ(QApplication::focusWidget(), child<QPushButton>("examResume"));
    press(Qt::Key_Space);
    ASSERT_EQ(page->view(), ExamPage::View::Question);
    const ExamSession* s = page->session();
    EXPECT_EQ(s->remainingMs(), 120 * 60 * 1000) << "the hour while closed does not count";
    EXPECT_TRUE(s->isAnswered(0));
    EXPECT_TRUE(s->response(1).flagged);
    EXPECT_EQ(s->item(1).questionId, second);
    EXPECT_EQ(s->currentIndex(), 1) << "back at the first question not answered";
}

TEST_F(ExamPageTest, PracticeShowsWhetherAnAnswerIsRightAndWhyEachOptionIsRightOrWrong)
{
    openPage();
    auto* tabs = child<QTabWidget>("examTabs");
    tabs->setCurrentIndex(1);
    child<QPushButton>("examStartPractice")->setFocus();
    press(Qt::Key_Space);
    ASSERT_EQ(page->view(), ExamPage::View::Question);
    EXPECT_EQ(page->session()->count(), 10);
    EXPECT_FALSE(page->session()->isTimed());
    answer(false);
    EXPECT_FALSE(child<QWidget>("examFeedback")->isVisible()) << "nothing shown before the check";
    press(Qt::Key_Return);
    ASSERT_TRUE(child<QWidget>("examFeedback")->isVisible());
    EXPECT_EQ(child<QLabel>("examVerdict")->text(), QStringLiteral("Not quite."));
    EXPECT_TRUE(child<QLabel>("examExplanation")->text().contains(QStringLiteral("The answer is")));
    EXPECT_TRUE(page->session()->isLocked(0)) << "a checked answer is final";
    const ExamSession* s = page->session();
    const QString firstWhy = s->shownOption(0, 0).why;
    QCoreApplication::processEvents(); // new option rows are shown by their layout, queued
    bool whyShown = false;
    for (QLabel* label : page->findChildren<QLabel*>()) {
        whyShown = whyShown || (label->isVisible() && label->text().contains(firstWhy.toHtmlEscaped()));
    }
    EXPECT_TRUE(whyShown) << "each option's why is shown: " << firstWhy.toStdString();
    press(Qt::Key_Return);
    EXPECT_EQ(s->currentIndex(), 1) << "Enter on a checked answer moves on";
}

} // namespace
