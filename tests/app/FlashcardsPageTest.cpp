// The Flashcards page, driven offscreen as a learner would: the card's front, Space for the back, a grade
// from the keyboard stored in progress.db, undo, what is studied, and what the page says when it cannot
// study.
#include "pages/FlashcardsPage.h"

#include "MainWindow.h"
#include "content/ContentCompiler.h"
#include "content/ContentRepository.h"
#include "dialogs/ReviewSettingsDialog.h"
#include "pages/NotesPage.h"
#include "review/ReviewStore.h"
#include "util/AppPaths.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace certdeck;

/// Prints QStrings in assertion messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

class FlashcardsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
        QString error;
        ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
        cards = repo.cards().value();
        ASSERT_GT(cards.size(), 20);
        context =
            std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB), progressPath(), &clock);
    }

    void TearDown() override { QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear(); }

    QString progressPath() const { return data.filePath(QStringLiteral("progress.db")); }

    /// The page on its own, shown and active, with the keyboard on it.
    void openPage()
    {
        page = std::make_unique<FlashcardsPage>(*context);
        page->resize(900, 700);
        page->show();
        page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
        page->setFocus();
    }

    /// A key as the learner presses it: to whatever has the focus, shortcuts first.
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

    QString front() const { return child<QTextBrowser>("flashcardsFront")->toPlainText(); }
    QString back() const { return child<QTextBrowser>("flashcardsBack")->toPlainText(); }
    QString counts() const { return child<QLabel>("flashcardsCounts")->accessibleName(); }
    QString message() const { return child<QLabel>("flashcardsMessage")->text(); }
    bool cardShown() const { return child<QWidget>("flashcardsCard")->isVisible(); }

    QList<ReviewLogEntry> history(const QString& cardId) const
    {
        const Result<QList<ReviewLogEntry>> h = ReviewStore(context->progress().connection()).history(cardId);
        EXPECT_TRUE(h) << h.error().toStdString();
        return h ? *h : QList<ReviewLogEntry>{};
    }

    void setLimits(int newPerDay, int reviewsPerDay = 200)
    {
        ReviewSettings s = context->reviewSettings();
        s.newPerDay = newPerDay;
        s.reviewsPerDay = reviewsPerDay;
        context->setReviewSettings(s);
    }

    QTemporaryDir data;
    SettableClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc())};
    ContentRepository repo;
    QList<Card> cards;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<FlashcardsPage> page;
};

TEST_F(FlashcardsPageTest, OpensOnTheFirstNewCardsFrontAndSpaceRevealsTheBack)
{
    context->openProgress();
    openPage();
    ASSERT_TRUE(cardShown());
    EXPECT_EQ(front(), cards.first().front);
    EXPECT_TRUE(back().isEmpty()) << "the back stays hidden until asked for";
    auto* show = child<QPushButton>("flashcardsShow");
    EXPECT_TRUE(show->isVisible());
    EXPECT_FALSE(child<QPushButton>("flashcardsGood")->isVisible());
    EXPECT_EQ(counts(), QStringLiteral("20 new, 0 learning, 0 due"));
    EXPECT_TRUE(child<QLabel>("flashcardsCardInfo")->accessibleName().contains(QStringLiteral("New card")));

    press(Qt::Key_Space);
    EXPECT_EQ(back(), cards.first().back);
    EXPECT_EQ(front(), cards.first().front) << "the front stays above the back";
    EXPECT_FALSE(show->isVisible());
    for (const char* name : {"flashcardsAgain", "flashcardsHard", "flashcardsGood", "flashcardsEasy"}) {
        EXPECT_TRUE(child<QPushButton>(name)->isVisible()) << name;
    }
    EXPECT_TRUE(history(cards.first().id).isEmpty()) << "showing the back grades nothing";
}

TEST_F(FlashcardsPageTest, TheAnswerButtonsShowTheIntervalEachGradeGives)
{
    context->openProgress();
    openPage();
    child<QPushButton>("flashcardsShow")->click();
    // A new card: Again 1 minute, Hard 6 minutes (between the two steps), Good 10 minutes, Easy days away.
    EXPECT_EQ(child<QPushButton>("flashcardsAgain")->text(), QStringLiteral("Again\n1m"));
    EXPECT_EQ(child<QPushButton>("flashcardsHard")->text(), QStringLiteral("Hard\n6m"));
    EXPECT_EQ(child<QPushButton>("flashcardsGood")->text(), QStringLiteral("Good\n10m"));
    const QString easy = child<QPushButton>("flashcardsEasy")->text();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^Easy\\n\\d+d$")).match(easy).hasMatch())
        << easy.toStdString();
    EXPECT_EQ(child<QPushButton>("flashcardsGood")->accessibleName(), QStringLiteral("Good, next in 10m"));
    EXPECT_TRUE(child<QPushButton>("flashcardsGood")->toolTip().contains(QStringLiteral("Space")));
}

TEST_F(FlashcardsPageTest, ThreeGradesGoodIntoProgressAndCtrlZTakesItBack)
{
    context->openProgress();
    openPage();
    const Card& first = cards.first();
    auto* undoButton = child<QToolButton>("flashcardsUndo");
    EXPECT_FALSE(undoButton->isEnabled()) << "nothing to undo yet";

    press(Qt::Key_3);
    EXPECT_TRUE(history(first.id).isEmpty()) << "grades need the back shown first";
    press(Qt::Key_Space);
    press(Qt::Key_3);
    const QList<ReviewLogEntry> log = history(first.id);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().rating, Rating::Good);
    EXPECT_EQ(log.first().at, clock.now());
    EXPECT_EQ(front(), cards[1].front) << "the next new card";
    EXPECT_TRUE(back().isEmpty());
    EXPECT_EQ(counts(), QStringLiteral("19 new, 1 learning, 0 due"));
    EXPECT_TRUE(undoButton->isEnabled());

    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(history(first.id).isEmpty()) << "the log entry is gone";
    EXPECT_EQ(front(), first.front) << "the card is back, front first";
    EXPECT_TRUE(back().isEmpty());
    EXPECT_EQ(counts(), QStringLiteral("20 new, 0 learning, 0 due"));
    EXPECT_FALSE(undoButton->isEnabled());
    const Result<CardRecord> record = ReviewStore(context->progress().connection()).record(first.id);
    ASSERT_TRUE(record);
    EXPECT_FALSE(record->stored) << "the schedule is taken back too";
}

TEST_F(FlashcardsPageTest, SpaceOrEnterGradeGoodOnceTheBackIsShownAndClicksKeepTheKeysOnTheCard)
{
    context->openProgress();
    openPage();
    press(Qt::Key_Return); // shows the back
    EXPECT_FALSE(back().isEmpty());
    press(Qt::Key_Return); // Good
    ASSERT_EQ(history(cards[0].id).size(), 1);
    EXPECT_EQ(history(cards[0].id).first().rating, Rating::Good);

    child<QPushButton>("flashcardsShow")->click(); // the mouse, then the keyboard again
    child<QPushButton>("flashcardsAgain")->click();
    ASSERT_EQ(history(cards[1].id).size(), 1);
    EXPECT_EQ(history(cards[1].id).first().rating, Rating::Again);
    press(Qt::Key_Space);
    press(Qt::Key_Space);
    ASSERT_EQ(history(cards[2].id).size(), 1);
    EXPECT_EQ(history(cards[2].id).first().rating, Rating::Good);
    press(Qt::Key_Space);
    press(Qt::Key_4);
    EXPECT_EQ(history(cards[3].id).first().rating, Rating::Easy);
    EXPECT_EQ(counts(), QStringLiteral("16 new, 3 learning, 0 due")) << "Easy graduates the card at once";
}

TEST_F(FlashcardsPageTest, TheScopeRestrictsStudyToATopicAndIsRemembered)
{
    context->openProgress();
    openPage();
    auto* scope = child<QComboBox>("flashcardsScope");
    EXPECT_EQ(scope->currentText(), QStringLiteral("Everything"));
    QStringList offered;
    for (int i = 0; i < scope->count(); ++i) {
        offered.append(scope->itemText(i));
    }
    EXPECT_TRUE(offered.contains(QStringLiteral("Exam: SAA-C03"))) << offered.join(u',').toStdString();
    // Only topics that have cards are offered.
    QSet<QString> withCards;
    for (const Card& c : std::as_const(cards)) {
        withCards.insert(c.topic);
    }
    const Result<QList<TopicRow>> allTopics = repo.topics();
    ASSERT_TRUE(allTopics);
    for (const TopicRow& t : *allTopics) {
        EXPECT_EQ(offered.contains(t.title), withCards.contains(t.id)) << t.title.toStdString();
    }

    // A topic other than the first card's: the last card's.
    const QString topic = cards.last().topic;
    ASSERT_NE(topic, cards.first().topic);
    QString title;
    const Result<QList<TopicRow>> topics = repo.topics();
    ASSERT_TRUE(topics);
    for (const TopicRow& t : *topics) {
        if (t.id == topic) {
            title = t.title;
        }
    }
    QList<Card> inTopic;
    for (const Card& c : std::as_const(cards)) {
        if (c.topic == topic) {
            inTopic.append(c);
        }
    }
    ASSERT_GT(inTopic.size(), 1);
    ASSERT_TRUE(offered.contains(title)) << title.toStdString();
    scope->setCurrentIndex(scope->findText(title));
    EXPECT_EQ(page->scopeKey(), QStringLiteral("topic:") + topic);
    ASSERT_TRUE(page->session());
    EXPECT_EQ(page->session()->cardCount(), inTopic.size());
    EXPECT_EQ(front(), inTopic.first().front);
    press(Qt::Key_Space);
    press(Qt::Key_3);
    EXPECT_EQ(history(inTopic.first().id).size(), 1);
    EXPECT_EQ(front(), inTopic[1].front);

    // The choice is kept for the next time the page opens.
    page.reset();
    openPage();
    EXPECT_EQ(page->scopeKey(), QStringLiteral("topic:") + topic);
    EXPECT_EQ(child<QComboBox>("flashcardsScope")->currentText(), title);
}

TEST_F(FlashcardsPageTest, WaitsForTheProgressDatabaseThenStarts)
{
    openPage();
    EXPECT_FALSE(cardShown());
    EXPECT_EQ(message(), QStringLiteral("Opening your progress…"));
    EXPECT_FALSE(page->session());
    EXPECT_FALSE(child<QWidget>("flashcardsShow")->isVisible());
    context->openProgress();
    ASSERT_TRUE(cardShown());
    EXPECT_EQ(front(), cards.first().front);
    EXPECT_TRUE(child<QWidget>("flashcardsCard")->hasFocus()) << "the keys go to the card once it shows";
}

TEST_F(FlashcardsPageTest, AProgressDatabaseThatCannotOpenIsExplainedNeverShownAsCards)
{
    {
        QFile f(progressPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("<b>my own notes</b>, not a database");
    }
    openPage();
    context->openProgress();
    ASSERT_EQ(context->progressState(), AppContext::ProgressState::Failed);
    EXPECT_FALSE(cardShown());
    EXPECT_FALSE(page->session());
    auto* label = child<QLabel>("flashcardsMessage");
    EXPECT_EQ(label->textFormat(), Qt::PlainText);
    EXPECT_TRUE(label->text().contains(QStringLiteral("Studying needs your progress database")))
        << label->text().toStdString();
    auto* detail = child<QLabel>("flashcardsDetail");
    EXPECT_EQ(detail->textFormat(), Qt::PlainText);
    EXPECT_EQ(detail->text(), context->progressError());
    EXPECT_TRUE(detail->text().contains(progressPath()));
    auto* retry = child<QPushButton>("flashcardsRetry");
    EXPECT_TRUE(retry->isVisible());

    // Once the learner moves the file away, Try Again opens a new one and studying starts.
    ASSERT_TRUE(QFile::rename(progressPath(), progressPath() + QStringLiteral(".mine")));
    retry->click();
    EXPECT_EQ(context->progressState(), AppContext::ProgressState::Ready);
    EXPECT_TRUE(cardShown());
    EXPECT_EQ(front(), cards.first().front);
}

TEST_F(FlashcardsPageTest, AGradeThatCannotBeSavedIsShownAndTheCardStays)
{
    context->openProgress();
    openPage();
    ASSERT_TRUE(context->progress().connection().exec(
        QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON review_log "
                       "BEGIN SELECT RAISE(ABORT, '<i>disk full</i>'); END")));
    press(Qt::Key_Space);
    press(Qt::Key_3);
    auto* notice = child<QLabel>("flashcardsNotice");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->textFormat(), Qt::PlainText);
    EXPECT_TRUE(notice->text().contains(QStringLiteral("could not be saved")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("<i>disk full</i>"))) << notice->text().toStdString();
    EXPECT_EQ(front(), cards.first().front) << "the card stays, its back still shown";
    EXPECT_EQ(back(), cards.first().back);
    EXPECT_EQ(counts(), QStringLiteral("20 new, 0 learning, 0 due"));

    ASSERT_TRUE(context->progress().connection().exec(QStringLiteral("DROP TRIGGER refuse")));
    press(Qt::Key_3);
    EXPECT_EQ(history(cards.first().id).size(), 1);
    EXPECT_FALSE(notice->isVisible()) << "the message goes once the grade is saved";
}

TEST_F(FlashcardsPageTest, BuryAndSuspendPutTheCardAwayFromTheKeyboard)
{
    context->openProgress();
    openPage();
    ReviewStore store(context->progress().connection());
    press(Qt::Key_Minus);
    EXPECT_EQ(front(), cards[1].front);
    Result<CardRecord> buried = store.record(cards[0].id);
    ASSERT_TRUE(buried);
    EXPECT_TRUE(buried->buriedUntil.isValid());
    EXPECT_TRUE(child<QLabel>("flashcardsNotice")->text().contains(QStringLiteral("buried")));

    press(Qt::Key_J, Qt::ControlModifier);
    EXPECT_EQ(front(), cards[2].front);
    Result<CardRecord> suspended = store.record(cards[1].id);
    ASSERT_TRUE(suspended);
    EXPECT_TRUE(suspended->suspended);
    EXPECT_TRUE(child<QLabel>("flashcardsNotice")->text().contains(QStringLiteral("suspended")));

    QTest::keyClick(QApplication::focusWidget(), '@'); // Anki's key for suspend
    EXPECT_EQ(front(), cards[3].front);
    EXPECT_TRUE(store.record(cards[2].id)->suspended);
    EXPECT_TRUE(child<QToolButton>("flashcardsSuspend")->toolTip().contains(QStringLiteral("@ or Ctrl+J")))
        << child<QToolButton>("flashcardsSuspend")->toolTip().toStdString();
}

TEST_F(FlashcardsPageTest, TheEndOfTheSessionSaysWhatWasStudied)
{
    context->openProgress();
    setLimits(2);
    openPage();
    EXPECT_EQ(counts(), QStringLiteral("2 new, 0 learning, 0 due"));
    press(Qt::Key_Space);
    clock.advanceSeconds(12);
    press(Qt::Key_4); // Easy: graduates
    press(Qt::Key_Space);
    clock.advanceSeconds(20);
    press(Qt::Key_1); // Again: one minute, shown again at once (within the learn-ahead window)
    EXPECT_EQ(front(), cards[1].front);
    press(Qt::Key_Space);
    clock.advanceSeconds(5); // progress.db keeps one grade per card and time
    press(Qt::Key_4);
    EXPECT_FALSE(cardShown());
    EXPECT_TRUE(message().contains(QStringLiteral("Congratulations"))) << message().toStdString();
    QTextDocument summary;
    summary.setHtml(child<QLabel>("flashcardsSummary")->text());
    const QString text = summary.toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Cards studied\n2"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Again 1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Good 0"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Easy 2"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("37 second"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Leeches tagged\n0"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("%1 new card").arg(cards.size() - 2))) << text.toStdString();
    EXPECT_EQ(counts(), QStringLiteral("0 new, 0 learning, 0 due"));

    // Undo works from the summary: the last card comes back.
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(cardShown());
    EXPECT_EQ(front(), cards[1].front);
}

TEST_F(FlashcardsPageTest, ALearningCardDueLaterIsAnnouncedAndShownWhenDue)
{
    context->openProgress();
    setLimits(0);
    // A card on a learning step that comes due in an hour (as after a long relearning step).
    CardRecord learning;
    learning.cardId = cards[5].id;
    learning.schedule = FsrsScheduler::newCard(clock.now());
    learning.schedule.state = CardState::Learning;
    learning.schedule.reps = 1;
    learning.schedule.stability = 2;
    learning.schedule.difficulty = 5;
    learning.schedule.lastReview = clock.now();
    learning.schedule.due = clock.now().addSecs(3600);
    ASSERT_TRUE(ReviewStore(context->progress().connection()).save(learning));
    openPage();
    EXPECT_FALSE(cardShown());
    const QString at =
        QLocale().toString(clock.now().addSecs(3600).toLocalTime().time(), QLocale::ShortFormat);
    EXPECT_EQ(message(), QStringLiteral("Next card at %1").arg(at));
    EXPECT_EQ(counts(), QStringLiteral("0 new, 1 learning, 0 due"));
    auto* timer = child<QTimer>("flashcardsRefreshTimer");
    EXPECT_TRUE(timer->isActive());
    EXPECT_NEAR(timer->interval(), 3600 * 1000, 2000) << "the page looks again when the card is due";

    clock.advanceSeconds(3600);
    page->refresh(); // what the timer does
    ASSERT_TRUE(cardShown());
    EXPECT_EQ(front(), cards[5].front);
    EXPECT_TRUE(child<QLabel>("flashcardsCardInfo")->accessibleName().contains(QStringLiteral("Learning")));
}

TEST_F(FlashcardsPageTest, NothingDueSaysWhatComesNext)
{
    context->openProgress();
    setLimits(0);
    openPage();
    EXPECT_FALSE(cardShown());
    EXPECT_EQ(message(), QStringLiteral("Nothing due now"));
    const QString summary = child<QLabel>("flashcardsSummary")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("Nothing comes due tomorrow"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("%1 new card").arg(cards.size()))) << summary.toStdString();
    EXPECT_FALSE(child<QPushButton>("flashcardsShow")->isVisible());
    EXPECT_FALSE(child<QToolButton>("flashcardsUndo")->isEnabled());
}

TEST_F(FlashcardsPageTest, SettingsAreSavedAndRestartTheSession)
{
    context->openProgress();
    openPage();
    child<QPushButton>("flashcardsSettings")->click();
    auto* dialog = page->findChild<ReviewSettingsDialog*>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    auto* retention = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("reviewSettingsRetention"));
    auto* newPerDay = dialog->findChild<QSpinBox*>(QStringLiteral("reviewSettingsNewPerDay"));
    ASSERT_TRUE(retention && newPerDay);
    EXPECT_DOUBLE_EQ(retention->minimum(), 0.70);
    EXPECT_DOUBLE_EQ(retention->maximum(), 0.97);
    EXPECT_DOUBLE_EQ(retention->value(), 0.90);
    EXPECT_EQ(newPerDay->value(), 20);
    // Each field says its range.
    QStringList hints;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        hints.append(label->text());
    }
    const QString all = hints.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("0.70 to 0.97"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("0 to %1").arg(QLocale().toString(9999)))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("0 to %1").arg(QLocale().toString(99999)))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("00:00 to 23:59"))) << all.toStdString();

    retention->setValue(0.85);
    newPerDay->setValue(5);
    dialog->accept();
    EXPECT_DOUBLE_EQ(context->reviewSettings().desiredRetention, 0.85);
    EXPECT_EQ(context->reviewSettings().newPerDay, 5);
    EXPECT_EQ(counts(), QStringLiteral("5 new, 0 learning, 0 due")) << "the session starts again";
    EXPECT_EQ(ReviewSettings::load(QSettings(AppPaths::settingsFile(), QSettings::IniFormat)).newPerDay, 5);
}

TEST_F(FlashcardsPageTest, BrowseCardsAsksForTheBrowser)
{
    context->openProgress();
    openPage();
    QSignalSpy browse(page.get(), &FlashcardsPage::browseRequested);
    child<QPushButton>("flashcardsBrowse")->click();
    EXPECT_EQ(browse.count(), 1);
}

TEST_F(FlashcardsPageTest, ShowInNotesOpensTheNotesAtTheCardsSource)
{
    MainWindow window(*context);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    context->openProgress();
    window.showPage(PageId::Flashcards);
    auto* flashcards = qobject_cast<FlashcardsPage*>(window.pageIfBuilt(PageId::Flashcards));
    ASSERT_TRUE(flashcards);
    const Card* card = flashcards->session() ? flashcards->session()->current() : nullptr;
    ASSERT_TRUE(card);
    EXPECT_EQ(card->id, cards.first().id);
    QWidget* focused = QApplication::focusWidget();
    ASSERT_TRUE(focused && flashcards->isAncestorOf(focused));
    QTest::keyClick(focused, Qt::Key_N);
    EXPECT_EQ(window.currentPage(), PageId::Notes);
    auto* notes = qobject_cast<NotesPage*>(window.pageIfBuilt(PageId::Notes));
    ASSERT_TRUE(notes);
    const auto section = repo.sectionAt(card->source.file, card->source.line);
    ASSERT_TRUE(section && section->has_value());
    EXPECT_EQ(notes->currentSectionId(), (*section)->id);
}

// --- card text on the page, from a deck written for it
// --------------------------------------------------------

class FlashcardsMarkdownTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
        write(QStringLiteral("topics.yaml"),
              "topics:\n  - {id: general, title: General}\n  - {id: sqs, title: Amazon SQS}\n");
        QFile exams(QStringLiteral(CERTDECK_TEST_CONTENT_DIR "/exams.yaml"));
        ASSERT_TRUE(exams.open(QIODevice::ReadOnly));
        write(QStringLiteral("exams.yaml"), exams.readAll());
        write(QStringLiteral("notes/notes.txt"), "SQS\n    - Long Polling - 20 seconds\n");
        write(QStringLiteral("decks/sqs.yaml"), R"(topic: sqs
cards:
  - id: sqs.markdown
    front: "What does **long polling** change? <b>not bold</b>"
    back: |-
      It waits up to `20` seconds:
      - fewer empty receives
      - lower cost

      | Setting | Value |
      |---|---|
      | WaitTimeSeconds | 20 |
    source: "Long Polling - 20 seconds"
)");
        const CompileResult compiled = ContentCompiler::load(ContentSources::fromDirectory(content.path()));
        ASSERT_TRUE(compiled.ok()) << compiled.diagnostics.first().toString().toStdString();
        QString error;
        ASSERT_TRUE(ContentCompiler::writeDatabase(compiled.bank, database(), &error)) << error.toStdString();
    }

    void write(const QString& relative, const QByteArray& text)
    {
        const QString path = content.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    QString database() const { return data.filePath(QStringLiteral("content.db")); }

    QTemporaryDir content;
    QTemporaryDir data;
    SettableClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc())};
};

TEST_F(FlashcardsMarkdownTest, CardsShowTheirMarkdownAndNeverTheirHtml)
{
    AppContext context(database(), data.filePath(QStringLiteral("progress.db")), &clock);
    context.openProgress();
    FlashcardsPage page(context);
    page.resize(800, 600);
    page.show();
    auto* front = page.findChild<QTextBrowser*>(QStringLiteral("flashcardsFront"));
    auto* back = page.findChild<QTextBrowser*>(QStringLiteral("flashcardsBack"));
    ASSERT_TRUE(front && back);
    EXPECT_EQ(front->toPlainText(), QStringLiteral("What does long polling change? <b>not bold</b>"));
    QTextCursor bold = front->document()->find(QStringLiteral("long polling"));
    ASSERT_FALSE(bold.isNull());
    EXPECT_TRUE(bold.charFormat().font().bold());
    QTextCursor literal = front->document()->find(QStringLiteral("not bold"));
    EXPECT_FALSE(literal.charFormat().font().bold()) << "\"<b>\" in card text is text";

    page.reveal();
    const QString shown = back->toPlainText();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("It waits up to 20 seconds:"))) << shown.toStdString();
    QTextCursor code = back->document()->find(QStringLiteral("20"));
    EXPECT_TRUE(code.charFormat().fontFamilies().toStringList().contains(QStringLiteral("monospace")))
        << "`20` is code";
    EXPECT_TRUE(back->document()->find(QStringLiteral("fewer empty receives")).block().textList());
    int tables = 0;
    for (QTextFrame* frame : back->document()->rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            ++tables;
            EXPECT_EQ(table->rows(), 2);
            EXPECT_EQ(table->columns(), 2);
        }
    }
    EXPECT_EQ(tables, 1);
}

} // namespace
