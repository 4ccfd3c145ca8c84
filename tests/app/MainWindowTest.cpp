// The main window, driven offscreen as a learner would: every page visited, lookup leading into the notes.

#include "MainWindow.h"

#include "content/ContentCompiler.h"
#include "content/ContentRepository.h"
#include "dialogs/CommandPalette.h"
#include "dialogs/RestoreBackupDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "models/LookupResultModel.h"
#include "pages/LookupPage.h"
#include "pages/NotesPage.h"
#include "util/AppPaths.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <algorithm>
#include <sys/stat.h>

using namespace certdeck;

namespace {

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
        context = std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB), progressPath());
        window = std::make_unique<MainWindow>(*context);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    QString progressPath() const { return data.filePath(QStringLiteral("progress.db")); }

    QTemporaryDir data;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowTest, TitleAndSidebarShowOnlyBuiltPages)
{
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Certdeck"));
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    ASSERT_TRUE(sidebar);
    QStringList titles;
    for (int row = 0; row < sidebar->count(); ++row) {
        titles.append(sidebar->item(row)->text());
    }
    EXPECT_EQ(titles,
              (QStringList{QStringLiteral("Today"), QStringLiteral("Flashcards"),
                           QStringLiteral("Practice Exams"), QStringLiteral("Calculators"),
                           QStringLiteral("Lookup"), QStringLiteral("Notes"), QStringLiteral("Stats")}));
}

/// Records what the window's first painted frame holds.
class FirstFrameWitness : public QObject {
public:
    explicit FirstFrameWitness(MainWindow* window) : m_window(window) { window->installEventFilter(this); }

    bool painted = false;
    bool menusShown = false;
    QRect menuBar; ///< in the window
    QRect sidebar; ///< in the window
    QRect page;    ///< the Today page, in the window

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !painted) {
            painted = true;
            menusShown = m_window->menuBar()->isVisible();
            menuBar = placed(m_window->menuBar());
            sidebar = placed(m_window->findChild<QListWidget*>(QStringLiteral("sidebar")));
            page = placed(m_window->pageIfBuilt(PageId::Today));
        }
        return false;
    }

public:
    /// Where a widget is in the window; empty when it is not shown.
    QRect placed(const QWidget* widget) const
    {
        return widget && widget->isVisible() ? QRect(widget->mapTo(m_window, QPoint()), widget->size())
                                             : QRect();
    }

private:
    MainWindow* m_window;
};

TEST_F(MainWindowTest, TheFirstFrameShowsTheMenusAndTheFirstPageLaidOut)
{
    window.reset();
    window = std::make_unique<MainWindow>(*context);
    FirstFrameWitness witness(window.get());
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return witness.painted; }));
    EXPECT_TRUE(witness.menusShown);
    // Nothing moves after the first frame: it shows the window as laid out once everything has settled.
    QTest::qWait(50);
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    EXPECT_EQ(witness.menuBar, witness.placed(window->menuBar()));
    EXPECT_EQ(witness.sidebar, witness.placed(sidebar));
    EXPECT_EQ(witness.page, witness.placed(window->pageIfBuilt(PageId::Today)));
    EXPECT_GE(witness.sidebar.width(), 170);
    EXPECT_GT(witness.page.width(), window->width() / 2) << "the Today page fills the rest of the window";

    // Every page's name fits the sidebar, and the keyboard is in the window.
    for (int row = 0; row < sidebar->count(); ++row) {
        EXPECT_LE(sidebar->fontMetrics().horizontalAdvance(sidebar->item(row)->text()),
                  sidebar->viewport()->width() - 36)
            << sidebar->item(row)->text().toStdString();
    }
    if (window->isActiveWindow()) {
        QWidget* focused = QApplication::focusWidget();
        ASSERT_TRUE(focused);
        EXPECT_TRUE(window->isAncestorOf(focused));
    }
}

TEST_F(MainWindowTest, PagesAreBuiltOnFirstVisit)
{
    EXPECT_EQ(window->currentPage(), PageId::Today) << "Certdeck opens on Today";
    EXPECT_TRUE(window->pageIfBuilt(PageId::Today));
    for (const PageId id :
         {PageId::Flashcards, PageId::Lookup, PageId::Notes, PageId::Calculators, PageId::Stats}) {
        EXPECT_FALSE(window->pageIfBuilt(id)) << "start-up builds only the first page";
    }
}

TEST_F(MainWindowTest, VisitsEveryPageFromTheSidebar)
{
    auto* sidebar = window->findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* stack = window->findChild<QStackedWidget*>();
    ASSERT_TRUE(sidebar && stack);
    const QList<PageId> pages = window->availablePages();
    ASSERT_EQ(pages.size(), sidebar->count());
    for (int row = 0; row < sidebar->count(); ++row) {
        sidebar->setCurrentRow(row);
        QWidget* page = window->pageIfBuilt(pages[row]);
        ASSERT_TRUE(page) << row;
        EXPECT_EQ(stack->currentWidget(), page);
        EXPECT_TRUE(page->isVisible());
        EXPECT_EQ(window->currentPage(), pages[row]);
    }
    // Keyboard: Ctrl+1 goes back to the first page.
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->currentPage(), pages.first());
}

TEST_F(MainWindowTest, LookupAnswersAsYouTypeAndLeadsToTheNotes)
{
    auto* lookup = qobject_cast<LookupPage*>(window->showPage(PageId::Lookup));
    ASSERT_TRUE(lookup);
    auto* query = lookup->findChild<QLineEdit*>(QStringLiteral("lookupQuery"));
    ASSERT_TRUE(query);
    query->setFocus();
    QTest::keyClicks(query, QStringLiteral("visibility timeout"));
    const LookupResultModel* results = lookup->results();
    ASSERT_GT(results->rowCount(), 0);
    const QModelIndex first = results->index(0);
    EXPECT_EQ(first.data(LookupResultModel::IdRole).toString(),
              QStringLiteral("sqs.visibility-timeout-default"));
    EXPECT_EQ(first.data(LookupResultModel::TopicTitleRole).toString(), QStringLiteral("Amazon SQS"));
    // Sources are named for people; the file and line stay behind the row to open it.
    const QString file = first.data(LookupResultModel::SourceFileRole).toString();
    const int line = first.data(LookupResultModel::SourceLineRole).toInt();
    EXPECT_EQ(first.data(LookupResultModel::SourceRole).toString(),
              QStringLiteral("%1, line %2")
                  .arg(file.startsWith(QLatin1String("002_")) ? QStringLiteral("Developer notes")
                                                              : QStringLiteral("Solutions Architect notes"))
                  .arg(line));

    QTest::keyClick(query, Qt::Key_Return); // opens the notes the answer comes from
    EXPECT_EQ(window->currentPage(), PageId::Notes);
    auto* notes = qobject_cast<NotesPage*>(window->pageIfBuilt(PageId::Notes));
    ASSERT_TRUE(notes);
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error));
    const auto section = repo.sectionAt(file, line);
    ASSERT_TRUE(section && section->has_value());
    EXPECT_EQ(notes->currentSectionId(), (*section)->id);
    EXPECT_TRUE(notes->renderedText().contains(QStringLiteral("Default value is 30 sec")));
}

TEST_F(MainWindowTest, CtrlKOpensQuickLookupOverAnyPageAndEnterOpensTheLimitForReading)
{
    // From a page whose text field has the focus: Ctrl+K there would delete to the end of the line.
    auto* lookupPage = qobject_cast<LookupPage*>(window->showPage(PageId::Lookup));
    ASSERT_TRUE(lookupPage);
    window->showPage(PageId::Calculators);
    QWidget* focused = QApplication::focusWidget();
    QTest::keyClick(focused ? focused : window.get(), Qt::Key_K, Qt::ControlModifier);
    CommandPalette* palette = window->palette();
    ASSERT_TRUE(palette);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(palette));
    EXPECT_TRUE(palette->input()->hasFocus());
    EXPECT_TRUE(palette->recentQueries().isEmpty());

    // Results on every keystroke; each row carries its answer.
    QTest::keyClicks(palette->input(), QStringLiteral("sqs max"));
    EXPECT_GT(palette->results()->rowCount(), 0);
    QTest::keyClicks(palette->input(), QStringLiteral(" message size"));
    const LookupResultModel* results = palette->results();
    ASSERT_GT(results->rowCount(), 1);
    EXPECT_EQ(results->index(0).data(LookupResultModel::IdRole).toString(),
              QStringLiteral("sqs.message-size-max"));
    EXPECT_TRUE(
        results->index(0).data(LookupResultModel::AnswerRole).toString().startsWith(QStringLiteral("1 MiB")));

    // Down and up again, then Enter: the limit on the Lookup page, with the notes around its source.
    QTest::keyClick(palette->input(), Qt::Key_Down);
    QTest::keyClick(palette->input(), Qt::Key_Up);
    QTest::keyClick(palette->input(), Qt::Key_Return);
    EXPECT_FALSE(palette->isVisible());
    EXPECT_EQ(window->currentPage(), PageId::Lookup);
    const QString detail = lookupPage->detailText();
    EXPECT_TRUE(detail.contains(QStringLiteral("Maximum message payload size"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("MiB"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("Solutions Architect notes, line"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("Less than 246 KB size"))) << "the source line itself";

    // Opened again: the query is offered as a recent one; Esc closes.
    window->openPalette();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(palette));
    EXPECT_EQ(palette->recentQueries(), QStringList{QStringLiteral("sqs max message size")});
    EXPECT_TRUE(palette->input()->text().isEmpty());
    QTest::keyClick(palette->input(), Qt::Key_Escape);
    EXPECT_FALSE(palette->isVisible());
}

TEST_F(MainWindowTest, QuickLookupOpensAFormulaInItsCalculatorAndANoteInTheNotes)
{
    window->openPalette();
    CommandPalette* palette = window->palette();
    ASSERT_TRUE(palette);
    QTest::keyClicks(palette->input(), QStringLiteral("rcu strongly consistent formula"));
    ASSERT_GT(palette->results()->rowCount(), 0);
    EXPECT_EQ(palette->results()->index(0).data(LookupResultModel::KindRole).toString(),
              QStringLiteral("formula"));
    QTest::keyClick(palette->input(), Qt::Key_Return);
    EXPECT_EQ(window->currentPage(), PageId::Calculators);

    window->openPalette();
    QTest::keyClicks(palette->input(), QStringLiteral("lsblk"));
    const LookupResultModel* results = palette->results();
    int noteRow = -1;
    for (int row = 0; row < results->rowCount() && noteRow < 0; ++row) {
        if (results->index(row).data(LookupResultModel::KindRole).toString() == u"note") {
            noteRow = row;
        }
    }
    ASSERT_GE(noteRow, 0);
    for (int i = 0; i < noteRow; ++i) {
        QTest::keyClick(palette->input(), Qt::Key_Down);
    }
    QTest::keyClick(palette->input(), Qt::Key_Return);
    EXPECT_EQ(window->currentPage(), PageId::Notes);
}

TEST_F(MainWindowTest, TheReadingPanesCalculatorLinkOpensTheFormulaBeingReadNotTheCurrentRow)
{
    auto* lookup = qobject_cast<LookupPage*>(window->showPage(PageId::Lookup));
    ASSERT_TRUE(lookup);
    // A formula opened for reading while the list shows other results (the first row is a limit).
    lookup->setQuery(QStringLiteral("visibility timeout"));
    ASSERT_TRUE(window->navigate(NavigationRequest::lookupItem(
        QStringLiteral("formula"), QStringLiteral("dynamodb.rcu-strong"), QString())));
    EXPECT_TRUE(
        lookup->detailText().contains(QStringLiteral("Read capacity units for strongly consistent reads")));
    auto* detail = lookup->findChild<QTextBrowser*>(QStringLiteral("lookupDetail"));
    ASSERT_TRUE(detail);
    emit detail->anchorClicked(QUrl(QStringLiteral("certdeck-calc:dynamodb")));
    EXPECT_EQ(window->currentPage(), PageId::Calculators);
}

TEST_F(MainWindowTest, AFormulaInLookupOpensItsCalculatorWithTheExampleFilledIn)
{
    auto* lookup = qobject_cast<LookupPage*>(window->showPage(PageId::Lookup));
    ASSERT_TRUE(lookup);
    auto* query = lookup->findChild<QLineEdit*>(QStringLiteral("lookupQuery"));
    ASSERT_TRUE(query);
    query->setFocus();
    QTest::keyClicks(query, QStringLiteral("write capacity units provisioned table"));
    const LookupResultModel* results = lookup->results();
    int row = -1;
    for (int i = 0; i < results->rowCount() && row < 0; ++i) {
        if (results->index(i).data(LookupResultModel::IdRole).toString() == u"dynamodb.wcu") {
            row = i;
        }
    }
    ASSERT_GE(row, 0) << "the WCU formula is found";
    auto* list = lookup->findChild<QListView*>();
    ASSERT_TRUE(list);
    list->setCurrentIndex(results->index(row));
    QTest::keyClick(query, Qt::Key_Return);
    EXPECT_EQ(window->currentPage(), PageId::Calculators);
    QWidget* calculators = window->pageIfBuilt(PageId::Calculators);
    ASSERT_TRUE(calculators);
    auto* size = calculators->findChild<QWidget*>(QStringLiteral("calcForm-dynamodb"))
                     ->findChild<QLineEdit*>(QStringLiteral("calcField-item-kb"));
    ASSERT_TRUE(size);
    EXPECT_EQ(size->text(), QStringLiteral("4.5")) << "the formula's example: 120 writes/min of 4.5 KB items";
    auto* writes = calculators->findChild<QWidget*>(QStringLiteral("calcForm-dynamodb"))
                       ->findChild<QLineEdit*>(QStringLiteral("calcField-writes-per-sec"));
    ASSERT_TRUE(writes);
    EXPECT_EQ(writes->text(), QStringLiteral("2"));
}

TEST_F(MainWindowTest, ExamplesToClickBeforeTheFirstWord)
{
    auto* lookup = qobject_cast<LookupPage*>(window->showPage(PageId::Lookup));
    ASSERT_TRUE(lookup);
    auto* examples = lookup->findChild<QLabel*>(QStringLiteral("lookupExamples"));
    auto* list = lookup->findChild<QListView*>(QStringLiteral("lookupResults"));
    ASSERT_TRUE(examples && list);
    EXPECT_TRUE(examples->isVisible());
    EXPECT_FALSE(list->isVisible()) << "no empty list before the first word";
    emit examples->linkActivated(QStringLiteral("long polling"));
    EXPECT_EQ(lookup->findChild<QLineEdit*>(QStringLiteral("lookupQuery"))->text(),
              QStringLiteral("long polling"));
    EXPECT_GT(lookup->results()->rowCount(), 0);
    EXPECT_TRUE(list->isVisible());
    EXPECT_FALSE(examples->isVisible());
}

TEST_F(MainWindowTest, NotesShowTextAsWrittenWithErrataBesideTheirLines)
{
    auto* notes = qobject_cast<NotesPage*>(window->showPage(PageId::Notes));
    ASSERT_TRUE(notes);
    auto* tree = notes->findChild<QTreeView*>(QStringLiteral("notesTree"));
    ASSERT_TRUE(tree);
    EXPECT_GT(tree->model()->rowCount(), 10) << "topics listed";

    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error));
    const auto found = repo.sectionAt(QStringLiteral("000_42ab871c923022a8.txt"), 367);
    ASSERT_TRUE(found && found->has_value());
    const NoteSectionRow& section = **found;
    const QList<Erratum> errata = repo.errataIn(section.fileId, section.firstLine, section.lastLine).value();
    ASSERT_FALSE(errata.isEmpty()) << "the SQS section of the notes has corrections";

    ASSERT_TRUE(notes->showLocation(QStringLiteral("000_42ab871c923022a8.txt"), 367));
    const QString html = notes->renderedText();
    EXPECT_TRUE(html.contains(QStringLiteral("Correction:")));
    EXPECT_TRUE(html.contains(errata.first().correct.toHtmlEscaped().left(40)));
    // The wrong line as written, and its erratum in the same table row.
    const QString wrong = repo.lines(section.fileId, errata.first().source.line, errata.first().source.line)
                              ->first()
                              .text.trimmed();
    const qsizetype lineAt = html.indexOf(wrong.toHtmlEscaped().left(30));
    const qsizetype fixAt = html.indexOf(QStringLiteral("Correction:"), lineAt);
    ASSERT_GE(lineAt, 0);
    ASSERT_GT(fixAt, lineAt);
    EXPECT_EQ(html.mid(lineAt, fixAt - lineAt).count(QStringLiteral("<tr")), 0) << "beside, not below";

    // Filtering the tree keeps matching sections.
    auto* filter = notes->findChild<QLineEdit*>(QStringLiteral("notesFilter"));
    ASSERT_TRUE(filter);
    QTest::keyClicks(filter, QStringLiteral("Visibility Timeout"));
    EXPECT_EQ(tree->model()->rowCount(), 1);
}

TEST_F(MainWindowTest, AForeignProgressFileIsReportedInADialogAndKept)
{
    {
        QFile f(progressPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("these are my own notes, not a database");
    }
    QString failure;
    QObject::connect(context.get(), &AppContext::progressFailed,
                     [&failure](const QString& m) { failure = m; });
    window->openProgress();
    EXPECT_TRUE(failure.contains(QStringLiteral("not a Certdeck progress database")));
    EXPECT_EQ(context->progressState(), AppContext::ProgressState::Failed);
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("progressError"));
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->text().contains(progressPath()));
    EXPECT_TRUE(box->text().contains(QStringLiteral("not a Certdeck progress database")));
    box->close();
    QFile f(progressPath());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("these are my own notes, not a database"));
}

TEST_F(MainWindowTest, ANewProgressDatabaseOpensSilently)
{
    int ready = 0;
    QObject::connect(context.get(), &AppContext::progressReady, [&ready] { ++ready; });
    window->openProgress();
    EXPECT_EQ(ready, 1) << "pages waiting for progress are told it is ready";
    EXPECT_EQ(context->progressState(), AppContext::ProgressState::Ready);
    EXPECT_FALSE(window->findChild<QMessageBox*>(QStringLiteral("progressError")));
    EXPECT_TRUE(context->progress().isOpen());
    EXPECT_EQ(context->progress().schemaVersion(), ProgressDatabase::kSchemaVersion);
}

TEST_F(MainWindowTest, ASecondCertdeckIsToldTheProgressIsInUse)
{
    ProgressDatabase first; // another Certdeck with this profile open
    ASSERT_TRUE(first.open(progressPath()).ok());
    ASSERT_TRUE(ProgressDatabase::inUse(progressPath()));
    window->openProgress();
    EXPECT_EQ(context->progressState(), AppContext::ProgressState::Failed);
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("progressError"));
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->text().contains(QStringLiteral("already open in another Certdeck")))
        << box->text().toStdString();
    EXPECT_FALSE(context->progress().isOpen());
    box->close();
}

TEST_F(MainWindowTest, ProgressIsBackedUpWhenItOpensAndABackupCanBeRestored)
{
    QSignalSpy finished(context.get(), &AppContext::backupFinished);
    window->openProgress();
    ASSERT_TRUE(finished.wait(20000)) << "a backup each time the app opens, off the UI thread";
    EXPECT_TRUE(finished.first().at(1).toString().isEmpty())
        << finished.first().at(1).toString().toStdString();
    const QString first = finished.first().at(0).toString();
    EXPECT_TRUE(QFileInfo::exists(first));

    // Study after the backup: one grade.
    ASSERT_TRUE(context->reviews());
    CardRecord before;
    before.cardId = QStringLiteral("sqs.visibility-timeout-default");
    before.schedule = FsrsScheduler::newCard(QDateTime::currentDateTimeUtc());
    CardRecord after = before;
    after.schedule = FsrsScheduler().review(before.schedule, QDateTime::currentDateTimeUtc(), Rating::Good);
    after.stored = true;
    ASSERT_TRUE(
        context->reviews()->saveGrade(before, after, Rating::Good, QDateTime::currentDateTimeUtc(), 1000));
    ASSERT_EQ(context->progress().count(QStringLiteral("review_log")), 1);

    RestoreBackupDialog dialog(*context, window.get());
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("backupList"));
    ASSERT_TRUE(list);
    ASSERT_GE(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(1), QStringLiteral("0")) << "the backup's number of reviews";
    QSignalSpy ready(context.get(), &AppContext::progressReady);
    ASSERT_TRUE(dialog.restoreSelected(false));
    EXPECT_EQ(ready.count(), 1) << "pages are told progress is ready again";
    EXPECT_EQ(context->progressState(), AppContext::ProgressState::Ready);
    EXPECT_EQ(context->progress().count(QStringLiteral("review_log")), 0) << "back to the backup";
    // The progress as it was (with its grade) is kept as a backup: restoring can be undone.
    const QList<ProgressBackups::BackupInfo> all = context->backups().list();
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const auto& b) { return b.reviews == 1; }));
}

TEST_F(MainWindowTest, ANavigationRequestOpensThePageThatShowsIt)
{
    window->showPage(PageId::Lookup);
    context->navigate(NavigationRequest::notesLine(QStringLiteral("000_42ab871c923022a8.txt"), 367));
    EXPECT_EQ(window->currentPage(), PageId::Notes);
    auto* notes = qobject_cast<NotesPage*>(window->pageIfBuilt(PageId::Notes));
    ASSERT_TRUE(notes);
    EXPECT_GT(notes->currentSectionId(), 0);
    EXPECT_FALSE(window->navigate(NavigationRequest::notesLine(QStringLiteral("no-such-file.txt"), 1)));
}

TEST_F(MainWindowTest, TryAgainOpensTheProgressOnceTheLearnerHasMovedTheFileAway)
{
    {
        QFile f(progressPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    window->openProgress();
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("progressError"));
    ASSERT_TRUE(box);
    EXPECT_EQ(box->textFormat(), Qt::PlainText);
    ASSERT_TRUE(QFile::rename(progressPath(), progressPath() + QStringLiteral(".mine")));
    QPushButton* retry = box->defaultButton();
    ASSERT_TRUE(retry);
    EXPECT_EQ(retry->text(), QStringLiteral("&Try Again"));
    retry->click();
    QTRY_VERIFY(context->progress().isOpen());
    EXPECT_FALSE(window->findChild<QMessageBox*>(QStringLiteral("progressError")));
}

TEST_F(MainWindowTest, WhatTheLearnerTypesIsShownAsTextNeverAsHtml)
{
    auto* page = qobject_cast<LookupPage*>(window->showPage(PageId::Lookup));
    ASSERT_TRUE(page);
    auto* query = page->findChild<QLineEdit*>(QStringLiteral("lookupQuery"));
    auto* status = page->findChild<QLabel*>(QStringLiteral("lookupStatus"));
    query->setText(QStringLiteral("<i>qqzzx</i>"));
    EXPECT_TRUE(status->text().contains(QStringLiteral("<i>qqzzx</i>"))) << status->text().toStdString();
    EXPECT_EQ(status->textFormat(), Qt::PlainText);
}

TEST_F(MainWindowTest, NotesOpenOnWhatTheExamGuideAsksThatTheNotesDoNotCover)
{
    auto* notes = qobject_cast<NotesPage*>(window->showPage(PageId::Notes));
    ASSERT_TRUE(notes);
    auto* header = notes->findChild<QLabel*>(QStringLiteral("notesHeader"));
    auto* text = notes->findChild<QTextBrowser*>(QStringLiteral("notesText"));
    EXPECT_TRUE(
        header->text().contains(QStringLiteral("What the exam guide asks that these notes do not cover")));

    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error));
    const QList<TaskCoverage> tasks = repo.taskCoverage().value();
    ASSERT_EQ(tasks.size(), 27) << "14 SAA-C03 and 13 DVA-C02 task statements";
    const QString shown = text->toPlainText();
    for (const TaskCoverage& t : tasks) {
        // Listed as a gap ("3.5 Determine ... (Design High-Performing Architectures)") only when no question
        // serves it; every task is in the table of counts.
        const QString gap = QStringLiteral("%1 %2 (%3)").arg(t.taskId, t.taskName, t.domainName);
        EXPECT_EQ(shown.contains(gap), t.questions == 0) << gap.toStdString();
        EXPECT_TRUE(shown.contains(t.taskId + u' ' + t.taskName)) << "every task is in the table of counts";
    }

    // Reading a section and coming back.
    ASSERT_TRUE(notes->showLocation(QStringLiteral("000_42ab871c923022a8.txt"), 367));
    EXPECT_FALSE(text->toPlainText().contains(QStringLiteral("Questions per task statement")));
    notes->findChild<QPushButton*>(QStringLiteral("notesCoverage"))->click();
    EXPECT_EQ(notes->currentSectionId(), 0);
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("Questions per task statement")));
}

TEST_F(MainWindowTest, NotesListTheTaskStatementsABankLeavesUncovered)
{
    // A bank of one deck (acm: every question serves SAA-C03 1.3 and DVA-C02 2.2) leaves 25 task statements
    // without a question; the Notes page names each of them, and only them.
    const QString source = data.filePath(QStringLiteral("content"));
    const QDir real(QStringLiteral(CERTDECK_TEST_CONTENT_DIR));
    ASSERT_TRUE(QDir().mkpath(source + QStringLiteral("/notes")) &&
                QDir().mkpath(source + QStringLiteral("/decks")));
    for (const QString& name : {QStringLiteral("topics.yaml"), QStringLiteral("exams.yaml"),
                                QStringLiteral("calculators.yaml"), QStringLiteral("decks/acm.yaml")}) {
        ASSERT_TRUE(QFile::copy(real.filePath(name), source + u'/' + name)) << name.toStdString();
    }
    for (const QString& name : QDir(real.filePath(QStringLiteral("notes"))).entryList(QDir::Files)) {
        ASSERT_TRUE(QFile::copy(real.filePath(QStringLiteral("notes/") + name),
                                source + QStringLiteral("/notes/") + name));
    }
    const CompileResult compiled = ContentCompiler::load(ContentSources::fromDirectory(source));
    ASSERT_TRUE(compiled.ok()) << compiled.diagnostics.value(0).toString().toStdString();
    const QString db = data.filePath(QStringLiteral("small.db"));
    QString error;
    ASSERT_TRUE(ContentCompiler::writeDatabase(compiled.bank, db, &error)) << error.toStdString();
    window.reset();
    context = std::make_unique<AppContext>(db, progressPath());
    window = std::make_unique<MainWindow>(*context);
    window->show();

    auto* notes = qobject_cast<NotesPage*>(window->showPage(PageId::Notes));
    ASSERT_TRUE(notes);
    const QString shown = notes->findChild<QTextBrowser*>(QStringLiteral("notesText"))->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("13 task statement"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("12 task statement")));
    EXPECT_TRUE(
        shown.contains(QStringLiteral("3.5 Determine high-performing data ingestion and transformation "
                                      "solutions (Design High-Performing Architectures)")));
    EXPECT_TRUE(shown.contains(QStringLiteral("3.4 Deploy code by using AWS CI/CD services (Deployment)")));
    EXPECT_FALSE(shown.contains(QStringLiteral("1.3 Determine appropriate data security controls (")))
        << "a covered task is not listed as a gap";
    EXPECT_FALSE(shown.contains(QStringLiteral("2.2 Implement encryption by using AWS services (")));
}

TEST_F(MainWindowTest, ADamagedContentDatabaseIsNamedOnEveryPageNeverShownAsEmpty)
{
    QFile real(QStringLiteral(CERTDECK_TEST_CONTENT_DB));
    ASSERT_TRUE(real.open(QIODevice::ReadOnly));
    const QString damaged = data.filePath(QStringLiteral("content.db"));
    QFile f(damaged);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(real.read(real.size() / 3));
    f.close();
    window.reset();
    context = std::make_unique<AppContext>(damaged, progressPath());
    window = std::make_unique<MainWindow>(*context);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));

    auto* notes = window->showPage(PageId::Notes);
    auto* header = notes->findChild<QLabel*>(QStringLiteral("notesHeader"));
    EXPECT_TRUE(header->text().contains(damaged + QStringLiteral(" is damaged")))
        << header->text().toStdString();

    auto* lookup = window->showPage(PageId::Lookup);
    lookup->findChild<QLineEdit*>(QStringLiteral("lookupQuery"))->setText(QStringLiteral("visibility"));
    const QString status = lookup->findChild<QLabel*>(QStringLiteral("lookupStatus"))->text();
    EXPECT_TRUE(status.contains(damaged + QStringLiteral(" is damaged"))) << status.toStdString();

    auto* calculators = window->showPage(PageId::Calculators);
    const QString answer =
        calculators->findChild<QTextBrowser*>(QStringLiteral("calcResults"))->toPlainText();
    EXPECT_TRUE(answer.contains(damaged + QStringLiteral(" is damaged"))) << answer.toStdString();
}

TEST_F(MainWindowTest, ASettingsFileThatIsAFifoNeitherHangsNorIsTouched)
{
    // QSettings would wait forever for a writer on a FIFO: start-up must not.
    window.reset();
    const QString settings = AppPaths::settingsFile();
    QFile::remove(settings);
    QDir().mkpath(QFileInfo(settings).absolutePath());
    ASSERT_EQ(::mkfifo(QFile::encodeName(settings).constData(), 0600), 0);
    window = std::make_unique<MainWindow>(*context);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->close();
    EXPECT_FALSE(QFileInfo(settings).isFile()) << "the FIFO is left as it was";
    QFile::remove(settings);
}

} // namespace

namespace {

TEST_F(MainWindowTest, AnExamInterruptedLastTimeOpensTheExamPageOfferingToResumeIt)
{
    context->openProgress();
    EXPECT_EQ(window->currentPage(), PageId::Today) << "nothing to resume: the first page";
    ExamAttempt attempt;
    attempt.profileId = QStringLiteral("saa-c03");
    attempt.startedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());
    attempt.timeLimitMs = 130 * 60 * 1000;
    attempt.items = {ExamItem{
        QStringLiteral("sqs.q.slow-consumer-duplicates"), QStringLiteral("resilient"), 1, {0, 1, 2, 3}}};
    ASSERT_TRUE(context->exams()->create(attempt));
    window.reset();
    context = std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB), progressPath());
    window = std::make_unique<MainWindow>(*context);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    context->openProgress();
    EXPECT_EQ(window->currentPage(), PageId::PracticeExam);
    auto* resume = window->findChild<QWidget*>(QStringLiteral("examResumeBox"));
    ASSERT_TRUE(resume);
    EXPECT_TRUE(resume->isVisibleTo(window.get()));
}

} // namespace

namespace {

/// The rows of the keyboard help under `section`, as "keys | action".
QStringList helpRows(const QTreeWidget* table, const QString& section)
{
    QStringList rows;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* heading = table->topLevelItem(i);
        if (heading->text(0) != section) {
            continue;
        }
        for (int r = 0; r < heading->childCount(); ++r) {
            rows.append(heading->child(r)->text(0) + QStringLiteral(" | ") + heading->child(r)->text(1));
        }
    }
    return rows;
}

TEST_F(MainWindowTest, F1ShowsEveryShortcutByWhereItWorks)
{
    QTest::keyClick(window.get(), Qt::Key_F1);
    auto* dialog = window->findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());

    // Every menu command with keys, as the menus name it.
    const QStringList everywhere = helpRows(dialog->table(), QStringLiteral("Everywhere"));
    int menuShortcuts = 0;
    for (QAction* menu : window->menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            for (const QKeySequence& key : action->shortcuts()) {
                ++menuShortcuts;
                const QString name = key.toString(QKeySequence::NativeText);
                EXPECT_TRUE(std::any_of(everywhere.begin(), everywhere.end(), [&](const QString& row) {
                    return row.contains(name);
                })) << name.toStdString();
            }
        }
    }
    EXPECT_GE(menuShortcuts, 10)
        << "pages Ctrl+1..7, quick lookup, browse cards, F1 (and Quit where the platform has a key)";
    EXPECT_TRUE(everywhere.contains(QStringLiteral("F1 | Keyboard Shortcuts")))
        << everywhere.join(u'\n').toStdString();

    // Every key the Flashcards page acts on is in its section (the help cannot drift from the page).
    const QStringList flashcards = helpRows(dialog->table(), QStringLiteral("Flashcards"));
    QWidget* page = window->showPage(PageId::Flashcards);
    int pageShortcuts = 0;
    for (QAction* action : page->actions()) {
        for (const QKeySequence& key : action->shortcuts()) {
            ++pageShortcuts;
            const QString name = key.toString(QKeySequence::NativeText);
            EXPECT_TRUE(std::any_of(flashcards.begin(), flashcards.end(), [&](const QString& row) {
                return row.section(QStringLiteral(" | "), 0, 0)
                    .split(QRegularExpression(QStringLiteral(", | or ")))
                    .contains(name);
            })) << name.toStdString();
        }
    }
    EXPECT_GE(pageShortcuts, 8);
    EXPECT_FALSE(helpRows(dialog->table(), QStringLiteral("A question of a practice exam")).isEmpty());
    EXPECT_FALSE(helpRows(dialog->table(), QStringLiteral("Quick lookup")).isEmpty());
}

TEST_F(MainWindowTest, AboutNamesTheVersionAndTheDayTheContentWasChecked)
{
    window->findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
    auto* about = window->findChild<QMessageBox*>(QStringLiteral("aboutBox"));
    ASSERT_TRUE(about);
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error));
    ASSERT_TRUE(repo.factsChecked().isValid());
    EXPECT_TRUE(about->text().contains(QStringLiteral("Certdeck ") + QCoreApplication::applicationVersion()));
    EXPECT_TRUE(about->text().contains(QLocale().toString(repo.factsChecked(), QLocale::LongFormat)))
        << about->text().toStdString();
    about->close();
}

} // namespace
