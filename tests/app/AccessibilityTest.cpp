// Every control on every page can be reached with Tab and has a name a screen reader can say.

#include "MainWindow.h"
#include "calc/CalcLibrary.h"
#include "calc/Calculator.h"
#include "dialogs/CalcDrillDialog.h"
#include "dialogs/OwnCardDialog.h"
#include "dialogs/ReviewSettingsDialog.h"
#include "pages/ExamPage.h"
#include "util/AppPaths.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <gtest/gtest.h>

#include <algorithm>

using namespace certdeck;

namespace {

/// "QPushButton 'examStart' in certdeck::ExamPage", to find a control a failure names.
std::string describe(const QWidget* w)
{
    QString path = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty()) {
        path += QStringLiteral(" '%1'").arg(w->objectName());
    }
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (QString::fromLatin1(p->metaObject()->className()).startsWith(QLatin1String("certdeck::"))) {
            path += QStringLiteral(" in ") + QString::fromLatin1(p->metaObject()->className());
            break;
        }
    }
    return path.toStdString();
}

bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QTextEdit*>(w);
}

/// Checks the controls `root` shows: a name (its text, its own accessible name or a label that is its
/// buddy, as Qt gives it to screen readers) and a place in the Tab order.
void checkControls(QWidget* root)
{
    int controls = 0;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!isControl(w) || !w->isVisibleTo(root) || !w->isEnabled()) {
            continue;
        }
        // Parts of a composite control (a spin box's line edit, a combo box's list, a scroll bar) are
        // named and reached through the control itself.
        if (qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
            qobject_cast<QComboBox*>(w->parentWidget()) || w->inherits("QScrollBar") ||
            w->inherits("QHeaderView")) {
            continue;
        }
        ++controls;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        ASSERT_TRUE(a) << describe(w);
        EXPECT_FALSE(a->text(QAccessible::Name).trimmed().isEmpty()) << "no name: " << describe(w);
        // Text to read that its page scrolls from the keyboard (a flashcard's sides) needs a name, not a
        // Tab stop: the keys stay the page's.
        const auto* text = qobject_cast<QTextEdit*>(w);
        // Radio buttons of one exclusive group are one Tab stop, as Qt makes them: Tab reaches the checked
        // one (or the first), the arrow keys the others.
        const auto* radio = qobject_cast<QAbstractButton*>(w);
        const QButtonGroup* group = radio ? radio->group() : nullptr;
        if (group && group->exclusive()) {
            const QList<QAbstractButton*> members = group->buttons();
            EXPECT_TRUE(std::any_of(members.begin(), members.end(),
                                    [](const QAbstractButton* b) { return b->focusPolicy() & Qt::TabFocus; }))
                << "no Tab stop in the group of " << describe(w);
        } else if (!(text && text->isReadOnly())) {
            EXPECT_TRUE(w->focusPolicy() & Qt::TabFocus) << "not reached by Tab: " << describe(w);
        }
    }
    EXPECT_GT(controls, 0);
}

class AccessibilityTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
        context = std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB),
                                               data.filePath(QStringLiteral("progress.db")));
        window = std::make_unique<MainWindow>(*context);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        context->openProgress();
    }

    QTemporaryDir data;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

TEST_F(AccessibilityTest, EveryControlOnEveryPageHasANameAndATabStop)
{
    for (const PageId id : window->availablePages()) {
        SCOPED_TRACE(int(id));
        QWidget* page = window->showPage(id);
        QTest::qWait(20);
        checkControls(page);
    }
    checkControls(window.get()); // the sidebar, and the pages' controls once more as the window holds them
}

TEST_F(AccessibilityTest, EveryControlInTheDialogsHasANameAndATabStop)
{
    const auto dialog = [](const char* name) {
        QTest::qWait(20);
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && top->objectName() == QLatin1String(name)) {
                return top;
            }
        }
        return static_cast<QWidget*>(nullptr);
    };
    window->navigate(NavigationRequest::card(QString()));
    QWidget* browser = dialog("cardBrowser");
    ASSERT_TRUE(browser);
    checkControls(browser);
    browser->close();

    window->findChild<QAction*>(QStringLiteral("actionShortcuts"))->trigger();
    QWidget* keys = dialog("shortcutsDialog");
    ASSERT_TRUE(keys);
    checkControls(keys);
    keys->close();

    window->findChild<QAction*>(QStringLiteral("actionRestoreBackup"))->trigger();
    QWidget* restore = dialog("restoreBackupDialog");
    ASSERT_TRUE(restore);
    checkControls(restore);
    restore->close();

    // Flashcard settings, a calculator drill and the own-card dialog, as built where they open.
    ReviewSettingsDialog settings(ReviewSettings{}, window.get());
    settings.show();
    checkControls(&settings);
    const ContentRepository* content = context->content();
    ASSERT_TRUE(content);
    const Result<calc::CalcLibrary> library = calc::CalcLibrary::load(*content);
    ASSERT_TRUE(library.ok());
    for (const calc::Calculator* calculator : calc::calculators()) {
        SCOPED_TRACE(calculator->id().toStdString());
        CalcDrillDialog drill(*calculator, library->facts(), 7, window.get());
        drill.show();
        checkControls(&drill);
    }
    OwnCard card = OwnCards::draftFromLines({QStringLiteral("RCU: 4 KB")}, QStringLiteral("a.md"), 1,
                                            QStringLiteral("dynamodb"));
    OwnCardDialog own(card, *content->topics(), *content->topicCatalog(), QStringLiteral("a, line 1"),
                      window.get());
    own.show();
    checkControls(&own);
}

TEST_F(AccessibilityTest, EveryControlOfAnExamInProgressHasANameAndATabStop)
{
    auto* exam = qobject_cast<ExamPage*>(window->showPage(PageId::PracticeExam));
    ASSERT_TRUE(exam);
    exam->startExam();
    ASSERT_EQ(exam->view(), ExamPage::View::Question);
    // A question of each kind the draw holds: single and multiple response, the first and a later one.
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(10);
        checkControls(exam);
        QTest::keyClick(exam, Qt::Key_N);
    }
}

} // namespace
