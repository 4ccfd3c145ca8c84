// The card browser, driven offscreen as a learner would: every card listed, narrowed by text, topic and
// state, sorted by due time, suspended and unsuspended into progress.db, leeches and removed cards found, a
// card's history read, and a navigation request for a card opening the browser on it.

#include "MainWindow.h"
#include "dialogs/CardBrowserDialog.h"
#include "dialogs/CardHistoryDialog.h"
#include "models/CardBrowserModel.h"
#include "pages/NotesPage.h"
#include "review/Fsrs.h"
#include "review/ReviewStore.h"
#include "util/AppPaths.h"
#include "util/SqliteConnection.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

/// Prints QStrings in assertion messages.
static void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

using namespace certdeck;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

/// English text of a plural message. The tests run without a translator, so "%n day(s)" comes out as
/// "3 day(s)"; the English translation (certdeck_en.ts, plural forms only) reads "3 days".
QString en(QString text)
{
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

class CardBrowserTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // A settings file of this test's own: ctest runs tests side by side, and a browser closed in one
        // would hand its column order and sorting to the next.
        savedHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(data.path()));
        ASSERT_TRUE(AppPaths::settingsFile().startsWith(data.path()))
            << AppPaths::settingsFile().toStdString();
        context =
            std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB), progressPath(), &clock);
        const ContentRepository* content = context->content();
        ASSERT_TRUE(content);
        const Result<QList<Card>> read = content->cards();
        ASSERT_TRUE(read) << read.error().toStdString();
        cards = *read;
        ASSERT_GT(cards.size(), 10);
    }

    void TearDown() override
    {
        dialog.reset(); // saves its geometry in this test's settings
        qputenv("HOME", savedHome);
    }

    /// Opens progress and the browser on it.
    void open(bool withProgress = true)
    {
        if (withProgress && context->progressState() != AppContext::ProgressState::Ready) {
            context->openProgress();
            ASSERT_EQ(context->progressState(), AppContext::ProgressState::Ready);
        }
        dialog = std::make_unique<CardBrowserDialog>(*context);
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    QString progressPath() const { return data.filePath(QStringLiteral("progress.db")); }
    const ReviewStore& store() const { return *context->reviews(); }

    template <class W>
    W* child(const char* name) const
    {
        W* w = dialog->findChild<W*>(QString::fromLatin1(name));
        EXPECT_TRUE(w) << name;
        return w;
    }
    QTableView* table() const { return child<QTableView>("browserTable"); }
    QString countText() const { return en(child<QLabel>("browserCount")->text()); }
    int shown() const { return table()->model()->rowCount(); }

    /// The ids listed, top to bottom.
    QStringList listedIds() const
    {
        QStringList ids;
        const QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.append(model->index(row, 0).data(CardBrowserModel::IdRole).toString());
        }
        return ids;
    }
    QString cell(const QString& id, int column) const
    {
        const QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(CardBrowserModel::IdRole).toString() == id) {
                return model->index(row, column).data().toString();
            }
        }
        return QStringLiteral("<not listed>");
    }
    void selectIds(const QStringList& ids) const
    {
        QItemSelection selection;
        const QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (ids.contains(model->index(row, 0).data(CardBrowserModel::IdRole).toString())) {
                selection.select(model->index(row, 0), model->index(row, 0));
            }
        }
        table()->selectionModel()->select(selection,
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    void chooseState(CardStateFilter state) const
    {
        auto* combo = child<QComboBox>("browserState");
        combo->setCurrentIndex(combo->findData(int(state)));
    }
    QString ofAll(int n) const { return QStringLiteral("%1 of %2 cards").arg(n).arg(cards.size()); }

    /// A review card due at `due`, saved through the store.
    void saveReview(const QString& id, const QDateTime& due) const
    {
        if (!context->reviews()) {
            context->openProgress();
        }
        CardRecord r;
        r.cardId = id;
        r.schedule.state = CardState::Review;
        r.schedule.due = due;
        r.schedule.stability = 12.5;
        r.schedule.difficulty = 5.04;
        r.schedule.reps = 4;
        r.schedule.lastReview = due.addDays(-12);
        r.stored = true;
        const Result<bool> saved = store().save(r);
        ASSERT_TRUE(saved) << saved.error().toStdString();
    }

    /// card_state.suspended in progress.db, read on a connection of its own (-1: no row).
    int suspendedInDatabase(const QString& id) const
    {
        SqliteConnection db;
        QString error;
        EXPECT_TRUE(db.open(progressPath(), SqliteConnection::Mode::ReadOnly, &error)) << error.toStdString();
        QSqlQuery q(db.database());
        EXPECT_TRUE(
            execPrepared(q, QStringLiteral("SELECT suspended FROM card_state WHERE card_id = ?"), {id}));
        return q.next() ? q.value(0).toInt() : -1;
    }

    QTemporaryDir data;
    QByteArray savedHome;
    SettableClock clock{utc("2026-11-22T09:00:00Z")};
    std::unique_ptr<AppContext> context;
    std::unique_ptr<CardBrowserDialog> dialog;
    QList<Card> cards;
};

TEST_F(CardBrowserTest, EveryContentCardIsListedInDeckOrder)
{
    open();
    QStringList ids;
    for (const Card& c : std::as_const(cards)) {
        ids.append(c.id);
    }
    EXPECT_EQ(listedIds(), ids);
    EXPECT_EQ(countText(), QStringLiteral("%1 cards").arg(cards.size()));
    EXPECT_TRUE(dialog->statusText().isEmpty()) << dialog->statusText().toStdString();
    EXPECT_EQ(cell(cards[0].id, CardBrowserModel::StateColumn), QStringLiteral("New"));
    EXPECT_EQ(cell(cards[0].id, CardBrowserModel::CardColumn), cards[0].front.simplified());
    EXPECT_TRUE(cell(QStringLiteral("sqs.visibility-timeout"), CardBrowserModel::TopicColumn) ==
                QStringLiteral("Amazon SQS"))
        << "topics by title";
    EXPECT_FALSE(child<QPushButton>("browserSuspend")->isEnabled()) << "nothing selected";
}

TEST_F(CardBrowserTest, TextTopicAndStateNarrowTheRowsAndTheCountSaysSo)
{
    saveReview(QStringLiteral("sqs.visibility-timeout"), utc("2026-11-25T09:00:00Z"));
    open();
    auto* filter = child<QLineEdit>("browserFilter");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("VISIBILITY"));
    const int byText = shown();
    ASSERT_GT(byText, 0);
    ASSERT_LT(byText, cards.size());
    EXPECT_EQ(countText(), ofAll(byText));
    for (const QString& id : listedIds()) {
        const auto c = std::find_if(cards.cbegin(), cards.cend(), [&](const Card& x) { return x.id == id; });
        ASSERT_NE(c, cards.cend());
        EXPECT_TRUE(c->front.contains(QStringLiteral("visibility"), Qt::CaseInsensitive) ||
                    c->back.contains(QStringLiteral("visibility"), Qt::CaseInsensitive) ||
                    c->id.contains(QStringLiteral("visibility"), Qt::CaseInsensitive))
            << id.toStdString();
    }

    // Down goes from the filter to the first card it lists.
    QTest::keyClick(filter, Qt::Key_Down);
    EXPECT_EQ(dialog->focusWidget(), table());
    EXPECT_EQ(dialog->selectedIds(), listedIds().mid(0, 1));

    filter->clear();
    EXPECT_EQ(shown(), cards.size());
    auto* topic = child<QComboBox>("browserTopic");
    const int sqs = topic->findData(QStringLiteral("sqs"));
    ASSERT_GE(sqs, 0);
    EXPECT_EQ(topic->itemText(sqs), QStringLiteral("Amazon SQS"));
    topic->setCurrentIndex(sqs);
    const qsizetype sqsCards =
        std::count_if(cards.cbegin(), cards.cend(), [](const Card& c) { return c.topic == u"sqs"; });
    EXPECT_EQ(shown(), sqsCards);
    EXPECT_EQ(countText(), ofAll(int(sqsCards)));

    chooseState(CardStateFilter::Review);
    EXPECT_EQ(listedIds(), QStringList{QStringLiteral("sqs.visibility-timeout")});
    EXPECT_EQ(countText(), ofAll(1));
    EXPECT_EQ(en(cell(QStringLiteral("sqs.visibility-timeout"), CardBrowserModel::DueColumn)),
              QStringLiteral("in 3 days"));
    chooseState(CardStateFilter::New);
    EXPECT_EQ(shown(), sqsCards - 1);
    topic->setCurrentIndex(0);
    chooseState(CardStateFilter::All);
    EXPECT_EQ(countText(), QStringLiteral("%1 cards").arg(cards.size()));
}

TEST_F(CardBrowserTest, SortingByDueSortsByTimeNotByText)
{
    const QDateTime now = clock.now();
    // As text, "in 25 days" < "in 3 days" and "overdue 30 days" > "overdue 2 days": time says otherwise.
    saveReview(cards[0].id, now.addDays(25));
    saveReview(cards[1].id, now.addDays(-2).addSecs(-60));
    saveReview(cards[2].id, now.addSecs(10 * 60 + 5));
    saveReview(cards[3].id, now.addDays(3).addSecs(3600));
    saveReview(cards[4].id, now.addDays(-30));
    open();
    EXPECT_EQ(en(cell(cards[0].id, CardBrowserModel::DueColumn)), QStringLiteral("in 25 days"));
    EXPECT_EQ(en(cell(cards[1].id, CardBrowserModel::DueColumn)), QStringLiteral("overdue 2 days"));
    EXPECT_EQ(en(cell(cards[2].id, CardBrowserModel::DueColumn)), QStringLiteral("in 10 minutes"));
    EXPECT_EQ(en(cell(cards[3].id, CardBrowserModel::DueColumn)), QStringLiteral("in 3 days"));
    EXPECT_EQ(en(cell(cards[4].id, CardBrowserModel::DueColumn)), QStringLiteral("overdue 30 days"));

    QHeaderView* header = table()->horizontalHeader();
    const int x = header->sectionViewportPosition(CardBrowserModel::DueColumn) +
                  header->sectionSize(CardBrowserModel::DueColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    ASSERT_EQ(header->sortIndicatorSection(), CardBrowserModel::DueColumn);
    ASSERT_EQ(header->sortIndicatorOrder(), Qt::AscendingOrder);
    EXPECT_EQ(listedIds().mid(0, 5),
              (QStringList{cards[4].id, cards[1].id, cards[2].id, cards[3].id, cards[0].id}))
        << "overdue first, then soonest; never-studied cards after every due time";
    EXPECT_TRUE(cell(listedIds().last(), CardBrowserModel::DueColumn).isEmpty());

    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    ASSERT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const QStringList descending = listedIds();
    const qsizetype firstReview = descending.indexOf(cards[0].id);
    EXPECT_EQ(descending.mid(firstReview, 5),
              (QStringList{cards[0].id, cards[3].id, cards[2].id, cards[1].id, cards[4].id}));
}

TEST_F(CardBrowserTest, SuspendedCardsAreStoredListedUnderSuspendedAndUnsuspendedAgain)
{
    saveReview(cards[2].id, clock.now().addDays(4));
    open();
    const QStringList picked{cards[0].id, cards[2].id, cards[5].id};
    selectIds(picked);
    EXPECT_EQ(dialog->selectedIds(), picked);
    EXPECT_EQ(countText(), QStringLiteral("%1 cards, 3 selected").arg(cards.size()));
    auto* suspend = child<QPushButton>("browserSuspend");
    auto* unsuspend = child<QPushButton>("browserUnsuspend");
    ASSERT_TRUE(suspend->isEnabled());
    EXPECT_FALSE(unsuspend->isEnabled()) << "none of them is suspended";
    QTest::mouseClick(suspend, Qt::LeftButton);

    for (const QString& id : picked) {
        EXPECT_EQ(suspendedInDatabase(id), 1) << id.toStdString();
    }
    EXPECT_EQ(suspendedInDatabase(cards[1].id), -1) << "a card not selected gets no row";
    const Result<CardRecord> fresh = store().record(cards[0].id);
    ASSERT_TRUE(fresh);
    EXPECT_EQ(fresh->schedule.state, CardState::New) << "a card never studied stays new";
    EXPECT_EQ(fresh->schedule.due, clock.now());
    EXPECT_EQ(store().record(cards[2].id)->schedule.state, CardState::Review) << "the schedule is kept";
    EXPECT_TRUE(cell(cards[2].id, CardBrowserModel::StateColumn).contains(QStringLiteral("Suspended")));
    EXPECT_TRUE(dialog->model()
                    ->index(dialog->model()->rowOf(cards[2].id), CardBrowserModel::CardColumn)
                    .data(Qt::ForegroundRole)
                    .isValid())
        << "suspended rows are dimmed";
    EXPECT_FALSE(dialog->model()
                     ->index(dialog->model()->rowOf(cards[1].id), CardBrowserModel::CardColumn)
                     .data(Qt::ForegroundRole)
                     .isValid());
    EXPECT_EQ(dialog->selectedIds(), picked) << "the selection is kept";

    chooseState(CardStateFilter::Suspended);
    EXPECT_EQ(listedIds(), picked);
    EXPECT_EQ(countText(), ofAll(3) + QStringLiteral(", 3 selected"));

    selectIds(picked.mid(0, 2));
    EXPECT_TRUE(unsuspend->isEnabled());
    EXPECT_FALSE(suspend->isEnabled()) << "both are suspended already";
    QTest::mouseClick(unsuspend, Qt::LeftButton);
    EXPECT_EQ(suspendedInDatabase(cards[0].id), 0);
    EXPECT_EQ(suspendedInDatabase(cards[2].id), 0);
    EXPECT_EQ(suspendedInDatabase(cards[5].id), 1);
    EXPECT_EQ(listedIds(), QStringList{cards[5].id}) << "the Suspended filter now lists the one left";
    EXPECT_TRUE(dialog->statusText().isEmpty()) << dialog->statusText().toStdString();
}

TEST_F(CardBrowserTest, ALeechIsListedUnderLeeches)
{
    context->openProgress();
    CardRecord leech;
    leech.cardId = cards[7].id;
    leech.schedule = FsrsScheduler::newCard(clock.now().addDays(-60));
    leech.schedule.state = CardState::Relearning;
    leech.schedule.lapses = CardRecord::kLeechLapses;
    leech.schedule.stability = 0.4;
    leech.schedule.difficulty = 9.6;
    leech.schedule.lastReview = clock.now().addDays(-1);
    leech.leech = true;
    leech.suspended = true;
    ASSERT_TRUE(store().save(leech));
    open(false);
    chooseState(CardStateFilter::Leeches);
    EXPECT_EQ(listedIds(), QStringList{cards[7].id});
    EXPECT_EQ(cell(cards[7].id, CardBrowserModel::StateColumn),
              QStringLiteral("Relearning · Leech · Suspended"));
    EXPECT_EQ(cell(cards[7].id, CardBrowserModel::LapsesColumn), QStringLiteral("8"));
    EXPECT_EQ(cell(cards[7].id, CardBrowserModel::DifficultyColumn), QStringLiteral("9.6"));
    chooseState(CardStateFilter::Learning);
    EXPECT_EQ(listedIds(), QStringList{cards[7].id}) << "relearning is learning";
}

TEST_F(CardBrowserTest, ABuriedCardIsListedUnderBuriedUntilTheBurialEnds)
{
    context->openProgress();
    CardRecord buried;
    buried.cardId = cards[3].id;
    buried.schedule = FsrsScheduler::newCard(clock.now());
    buried.buriedUntil = clock.now().addSecs(3600);
    ASSERT_TRUE(store().save(buried));
    open(false);
    chooseState(CardStateFilter::Buried);
    EXPECT_EQ(listedIds(), QStringList{cards[3].id});
    clock.advanceSeconds(3601);
    dialog->reload();
    EXPECT_TRUE(listedIds().isEmpty());
}

TEST_F(CardBrowserTest, HistoryListsTheReviewsOfACard)
{
    context->openProgress();
    FsrsParameters parameters;
    parameters.fuzz = false;
    const FsrsScheduler scheduler(parameters);
    const QString id = cards[1].id;
    CardRecord card;
    card.cardId = id;
    card.schedule = FsrsScheduler::newCard(utc("2026-11-01T09:00:00Z"));
    const QList<std::pair<QDateTime, Rating>> grades{{utc("2026-11-01T09:00:00Z"), Rating::Good},
                                                     {utc("2026-11-01T09:10:30Z"), Rating::Good},
                                                     {utc("2026-11-05T18:00:00Z"), Rating::Again}};
    for (const auto& [at, rating] : grades) {
        CardRecord after = card;
        after.schedule = scheduler.review(card.schedule, at, rating);
        after.stored = true;
        const Result<qint64> saved = store().saveGrade(card, after, rating, at, 4000);
        ASSERT_TRUE(saved) << saved.error().toStdString();
        card = after;
    }
    open(false);
    ASSERT_TRUE(dialog->showCard(id));
    EXPECT_EQ(dialog->selectedIds(), QStringList{id});
    auto* history = child<QPushButton>("browserHistory");
    ASSERT_TRUE(history->isEnabled());
    QTest::mouseClick(history, Qt::LeftButton);
    auto* shownHistory = dialog->findChild<CardHistoryDialog*>(QStringLiteral("cardHistory"));
    ASSERT_TRUE(shownHistory);
    EXPECT_TRUE(shownHistory->isVisible());
    auto* reviews = shownHistory->findChild<QTableWidget*>(QStringLiteral("historyTable"));
    ASSERT_TRUE(reviews);
    ASSERT_EQ(reviews->rowCount(), 3);
    auto text = [&](int row, int column) { return en(reviews->item(row, column)->text()); };
    const QLocale locale;
    EXPECT_EQ(text(0, 0), locale.toString(grades[0].first.toLocalTime(), QLocale::ShortFormat));
    EXPECT_EQ(text(0, 1), QStringLiteral("Good"));
    EXPECT_EQ(text(0, 2), QStringLiteral("New"));
    EXPECT_EQ(text(0, 3), QStringLiteral("10 minutes"));
    EXPECT_EQ(text(1, 2), QStringLiteral("Learning"));
    EXPECT_TRUE(text(1, 3).endsWith(QStringLiteral("days"))) << text(1, 3).toStdString();
    EXPECT_EQ(text(2, 1), QStringLiteral("Again"));
    EXPECT_EQ(text(2, 2), QStringLiteral("Review"));
    EXPECT_EQ(text(2, 3), QStringLiteral("10 minutes")) << "the relearning step";
    EXPECT_EQ(en(shownHistory->findChild<QLabel*>(QStringLiteral("historyStatus"))->text()),
              QStringLiteral("3 reviews, oldest first"));
    shownHistory->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ASSERT_TRUE(dialog->findChildren<CardHistoryDialog*>().isEmpty()) << "closed and gone";

    // Return on the card opens it too.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Return);
    EXPECT_EQ(dialog->findChildren<CardHistoryDialog*>().size(), 1);
}

TEST_F(CardBrowserTest, ARemovedCardIsListedAsOrphanedWithItsHistoryKept)
{
    context->openProgress();
    CardRecord before;
    before.cardId = QStringLiteral("zz-removed.old-card");
    before.schedule = FsrsScheduler::newCard(utc("2026-11-10T08:00:00Z"));
    CardRecord after = before;
    after.schedule = FsrsScheduler().review(before.schedule, utc("2026-11-10T08:00:00Z"), Rating::Easy);
    after.stored = true;
    ASSERT_TRUE(store().saveGrade(before, after, Rating::Easy, utc("2026-11-10T08:00:00Z"), 3000));
    open(false);
    const QStringList ids = listedIds();
    ASSERT_EQ(ids.size(), cards.size() + 1);
    EXPECT_EQ(ids.last(), before.cardId) << "after the content's cards";
    EXPECT_EQ(countText(), QStringLiteral("%1 cards").arg(cards.size() + 1));
    const QModelIndex orphan = table()->model()->index(int(ids.size()) - 1, 0);
    EXPECT_TRUE(orphan.data(CardBrowserModel::OrphanedRole).toBool());
    EXPECT_TRUE(orphan.data().toString().contains(QStringLiteral("no longer in the content")));
    EXPECT_EQ(cell(before.cardId, CardBrowserModel::StateColumn), QStringLiteral("Review"));

    auto* filter = child<QLineEdit>("browserFilter");
    filter->setText(QStringLiteral("zz-removed"));
    EXPECT_EQ(listedIds(), QStringList{before.cardId});
    selectIds({before.cardId});
    table()->selectionModel()->setCurrentIndex(table()->model()->index(0, 0), QItemSelectionModel::NoUpdate);
    EXPECT_FALSE(child<QPushButton>("browserNotes")->isEnabled()) << "it has no notes line any more";
    dialog->showHistory();
    auto* history = dialog->findChild<CardHistoryDialog*>(QStringLiteral("cardHistory"));
    ASSERT_TRUE(history);
    auto* reviews = history->findChild<QTableWidget*>(QStringLiteral("historyTable"));
    ASSERT_EQ(reviews->rowCount(), 1);
    EXPECT_EQ(reviews->item(0, 1)->text(), QStringLiteral("Easy"));
}

TEST_F(CardBrowserTest, ACardAWrongExamAnswerBroughtForwardSaysWhyItIsDueUntilItsNextReview)
{
    context->openProgress();
    const QString id = cards.first().id;
    CardRecord before;
    before.cardId = id;
    before.schedule = FsrsScheduler::newCard(utc("2026-11-21T08:00:00Z"));
    CardRecord after = before;
    after.schedule = FsrsScheduler().review(before.schedule, utc("2026-11-21T08:00:00Z"), Rating::Easy);
    after.stored = true;
    ASSERT_TRUE(store().saveGrade(before, after, Rating::Easy, utc("2026-11-21T08:00:00Z"), 3000));
    ASSERT_GT(after.schedule.due, clock.now()) << "scheduled after today";
    const Result<int> moved =
        store().bringForward({id}, clock.now(), QStringLiteral("sqs.q.some-question"), 7);
    ASSERT_TRUE(moved && *moved == 1);
    open(false);
    EXPECT_EQ(cell(id, CardBrowserModel::WhyDueColumn), QStringLiteral("Wrong exam answer"));
    EXPECT_TRUE(cell(cards[1].id, CardBrowserModel::WhyDueColumn).isEmpty()) << "a card on its own schedule";
    const QModelIndex why =
        table()->model()->index(int(listedIds().indexOf(id)), CardBrowserModel::WhyDueColumn);
    EXPECT_TRUE(why.data(Qt::ToolTipRole).toString().contains(QStringLiteral("sqs.q.some-question")));

    // Reviewed again: its schedule is its own once more.
    dialog.reset();
    CardRecord later = after;
    later.schedule = FsrsScheduler().review(after.schedule, clock.now().addSecs(60), Rating::Good);
    ASSERT_TRUE(store().saveGrade(after, later, Rating::Good, clock.now().addSecs(60), 3000));
    open(false);
    EXPECT_TRUE(cell(id, CardBrowserModel::WhyDueColumn).isEmpty());
}

TEST_F(CardBrowserTest, WithoutProgressTheCardsAreShownAsNewAndNothingCanBeChanged)
{
    open(false);
    EXPECT_EQ(shown(), cards.size());
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("not open yet")))
        << dialog->statusText().toStdString();
    EXPECT_EQ(child<QLabel>("browserStatus")->textFormat(), Qt::PlainText);
    selectIds({cards[0].id});
    EXPECT_FALSE(child<QPushButton>("browserSuspend")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("browserHistory")->isEnabled());
    chooseState(CardStateFilter::New);
    EXPECT_EQ(shown(), cards.size());

    // Progress opens while the browser is open: it reads the records and allows changes.
    context->openProgress();
    EXPECT_TRUE(dialog->statusText().isEmpty());
    selectIds({cards[0].id});
    EXPECT_TRUE(child<QPushButton>("browserSuspend")->isEnabled());
}

TEST_F(CardBrowserTest, AProgressFileThatCannotBeOpenedIsNamedInPlainText)
{
    {
        QFile f(progressPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("<b>not a database</b>");
    }
    context->openProgress();
    ASSERT_EQ(context->progressState(), AppContext::ProgressState::Failed);
    open(false);
    EXPECT_TRUE(dialog->statusText().contains(context->progressError()))
        << dialog->statusText().toStdString();
    EXPECT_TRUE(dialog->statusText().contains(progressPath()));
    EXPECT_EQ(child<QLabel>("browserStatus")->textFormat(), Qt::PlainText);
    EXPECT_EQ(shown(), cards.size());
}

TEST_F(CardBrowserTest, ANavigationRequestForACardOpensTheBrowserOnIt)
{
    context->openProgress();
    MainWindow window(*context);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QString id = QStringLiteral("sqs.visibility-timeout");
    ASSERT_TRUE(window.navigate(NavigationRequest::card(id)));
    auto* browser = window.findChild<CardBrowserDialog*>();
    ASSERT_TRUE(browser);
    EXPECT_TRUE(browser->isVisible());
    EXPECT_FALSE(browser->isModal());
    EXPECT_EQ(browser->findChild<QLineEdit*>(QStringLiteral("browserFilter"))->text(), id);
    EXPECT_EQ(browser->selectedIds(), QStringList{id});

    // The same browser, raised and filtered to the next card asked for.
    const QString other = cards.last().id;
    context->navigate(NavigationRequest::card(other));
    EXPECT_EQ(window.findChildren<CardBrowserDialog*>().size(), 1);
    EXPECT_EQ(browser->selectedIds(), QStringList{other});
    EXPECT_FALSE(window.navigate(NavigationRequest::card(QStringLiteral("no.such-card"))));

    // Show in notes leads to the card's source line.
    ASSERT_TRUE(browser->showCard(id));
    auto* notesButton = browser->findChild<QPushButton*>(QStringLiteral("browserNotes"));
    ASSERT_TRUE(notesButton->isEnabled());
    QTest::mouseClick(notesButton, Qt::LeftButton);
    EXPECT_EQ(window.currentPage(), PageId::Notes);
    auto* notes = qobject_cast<NotesPage*>(window.pageIfBuilt(PageId::Notes));
    ASSERT_TRUE(notes);
    EXPECT_GT(notes->currentSectionId(), 0);
}

TEST_F(CardBrowserTest, ItRemembersItsSizeAndColumns)
{
    open();
    dialog->resize(900, 500);
    table()->horizontalHeader()->resizeSection(CardBrowserModel::TopicColumn, 211);
    dialog->close();
    dialog.reset();
    open();
    EXPECT_EQ(dialog->size(), QSize(900, 500));
    EXPECT_EQ(table()->horizontalHeader()->sectionSize(CardBrowserModel::TopicColumn), 211);
}

} // namespace
