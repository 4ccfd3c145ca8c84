// The Today page (the first page) and the Stats page, driven offscreen as a learner would.

#include "MainWindow.h"
#include "content/ContentRepository.h"
#include "pages/ExamPage.h"
#include "pages/StatsChartsLoader.h"
#include "pages/StatsPage.h"
#include "pages/TodayPage.h"
#include "review/ReviewStore.h"
#include "util/AppPaths.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace certdeck;

namespace {

bool qtChartsMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6Charts");
}

class TodayStatsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
        context = std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB), progressPath());
    }
    void openWindow()
    {
        window = std::make_unique<MainWindow>(*context);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    QString progressPath() const { return data.filePath(QStringLiteral("progress.db")); }
    TodayPage* today() const { return qobject_cast<TodayPage*>(window->pageIfBuilt(PageId::Today)); }

    /// Grades the first `n` cards of the content Good, two days ago, so they are studied and not yet due.
    QList<Card> gradeCards(int n, int daysAgo)
    {
        const QList<Card> cards = *context->content()->cards();
        const ReviewStore* store = context->reviews();
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        for (int i = 0; i < n; ++i) {
            CardRecord before;
            before.cardId = cards[i].id;
            before.schedule = FsrsScheduler::newCard(at);
            CardRecord after = before;
            after.stored = true;
            after.schedule = FsrsScheduler().review(before.schedule, at, Rating::Good);
            EXPECT_TRUE(store->saveGrade(before, after, Rating::Good, at, 3000));
        }
        return cards.mid(0, n);
    }

    QTemporaryDir data;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

TEST_F(TodayStatsTest, ANewLearnerIsShownHowToStartAndTheButtonOpensTheFlashcards)
{
    openWindow();
    EXPECT_EQ(window->currentPage(), PageId::Today);
    ASSERT_TRUE(today());
    context->openProgress();
    ASSERT_TRUE(today()->overview().has_value());
    const StudyOverview& o = *today()->overview();
    EXPECT_EQ(o.plan.next.kind, NextStep::Kind::FirstCards);
    EXPECT_GT(o.newToday, 0);
    const QList<QLabel*> guide = today()->findChildren<QLabel*>();
    bool guideShown = false;
    for (QLabel* label : guide) {
        guideShown = guideShown || (label->isVisibleTo(today()) &&
                                    label->text().startsWith(QStringLiteral("How to start")));
    }
    EXPECT_TRUE(guideShown) << "a new learner sees how to start";
    EXPECT_FALSE(today()->findChild<QWidget*>(QStringLiteral("readinessBar"))) << "no empty estimate";
    ASSERT_TRUE(today()->nextStepButton()->isVisibleTo(today()));
    today()->nextStepButton()->click();
    EXPECT_EQ(window->currentPage(), PageId::Flashcards);
}

TEST_F(TodayStatsTest, StudiedCardsGiveAnEstimateAndAWeakTopicDrillsInOneClick)
{
    openWindow();
    context->openProgress();
    const QList<Card> graded = gradeCards(12, 2);
    window->showPage(PageId::Flashcards);
    window->showPage(PageId::Today); // coming back reads progress again
    ASSERT_TRUE(today()->overview().has_value());
    const StudyOverview& o = *today()->overview();
    EXPECT_TRUE(o.report.hasProgress());
    EXPECT_EQ(o.report.totalReviews, 12);
    bool estimated = false;
    for (const ProfileStats& p : o.report.profiles) {
        estimated = estimated || p.readiness.hasEstimate;
    }
    EXPECT_TRUE(estimated) << "studied cards of an exam's topics give an estimate";
    ASSERT_FALSE(o.plan.weakTopics.isEmpty());
    QSet<QString> touched;
    for (const Card& c : graded) {
        touched.insert(c.topic);
    }
    for (const WeakSpot& w : o.plan.weakTopics) {
        EXPECT_TRUE(touched.contains(w.topicId))
            << "only touched topics are weak spots: " << w.topicId.toStdString();
    }
    const QString topic = o.plan.weakTopics.first().topicId;

    QPushButton* drill = nullptr;
    for (QPushButton* b : today()->findChildren<QPushButton*>()) {
        if (b->accessibleName() == QStringLiteral("Drill %1").arg(o.plan.weakTopics.first().name)) {
            drill = b;
        }
    }
    ASSERT_TRUE(drill);
    drill->click();
    EXPECT_EQ(window->currentPage(), PageId::PracticeExam);
    auto* exams = qobject_cast<ExamPage*>(window->pageIfBuilt(PageId::PracticeExam));
    ASSERT_TRUE(exams && exams->session());
    EXPECT_EQ(exams->session()->attempt().mode, ExamMode::Drill);
    EXPECT_EQ(exams->session()->attempt().scope, QStringLiteral("topics:") + topic);
}

TEST_F(TodayStatsTest, ADomainDrillAndTheExamSetUpAreOneRequestAway)
{
    openWindow();
    context->openProgress();
    const QList<ExamProfile> profiles = *context->content()->examProfiles();
    ASSERT_GE(profiles.size(), 2);
    const ExamDomain& domain = profiles[0].domains.first();
    context->navigate(NavigationRequest::examSetup(profiles[1].id));
    EXPECT_EQ(window->currentPage(), PageId::PracticeExam);
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("examProfile"));
    ASSERT_TRUE(combo);
    EXPECT_EQ(combo->currentData().toString(), profiles[1].id) << "the exam asked for is the one chosen";

    context->navigate(NavigationRequest::drillDomain(profiles[0].id, domain.id));
    auto* exams = qobject_cast<ExamPage*>(window->pageIfBuilt(PageId::PracticeExam));
    ASSERT_TRUE(exams && exams->session());
    const ExamAttempt& attempt = exams->session()->attempt();
    EXPECT_EQ(attempt.mode, ExamMode::Drill);
    EXPECT_EQ(attempt.scope, QStringLiteral("domain:%1:%2").arg(profiles[0].id, domain.id));
    ASSERT_FALSE(attempt.items.isEmpty());
    const QList<Question> questions = *context->content()->questions();
    for (const ExamItem& item : attempt.items) {
        for (const Question& q : questions) {
            if (q.id == item.questionId) {
                EXPECT_EQ(q.domains.value(profiles[0].id), domain.id) << "every question serves the domain";
            }
        }
    }
}

TEST_F(TodayStatsTest, QtChartsIsLoadedOnlyWhenTheStatsPageOpens)
{
    if (qtChartsMapped()) {
        GTEST_SKIP() << "an earlier test in this process opened the Stats page (ctest runs each test alone)";
    }
    openWindow();
    context->openProgress();
    QCoreApplication::processEvents();
    EXPECT_FALSE(qtChartsMapped()) << "start-up and the Today page load nothing of Qt Charts";
    EXPECT_FALSE(StatsChartsLoader::isLoaded());
    auto* stats = qobject_cast<StatsPage*>(window->showPage(PageId::Stats));
    ASSERT_TRUE(stats);
    EXPECT_TRUE(qtChartsMapped());
    ASSERT_TRUE(stats->charts()) << "the charts library is found beside the executable";
}

TEST_F(TodayStatsTest, StatsPageDrawsEveryChartAndExportsThem)
{
    openWindow();
    context->openProgress();
    gradeCards(5, 1);
    auto* stats = qobject_cast<StatsPage*>(window->showPage(PageId::Stats));
    ASSERT_TRUE(stats && stats->charts());
    ASSERT_TRUE(stats->report().has_value());
    EXPECT_EQ(stats->report()->totalReviews, 5);
    EXPECT_EQ(stats->report()->days, 30);
    EXPECT_EQ(stats->charts()->chartNames(),
              (QStringList{QStringLiteral("reviews"), QStringLiteral("forecast"), QStringLiteral("retention"),
                           QStringLiteral("states"), QStringLiteral("time"), QStringLiteral("calendar"),
                           QStringLiteral("scores"), QStringLiteral("domains")}));
    for (const QString& name : stats->charts()->chartNames()) {
        const QPixmap png = stats->charts()->renderChart(name);
        EXPECT_FALSE(png.isNull()) << name.toStdString();
        QTemporaryDir out;
        EXPECT_TRUE(png.save(out.filePath(name + QStringLiteral(".png")), "PNG"));
    }
    EXPECT_TRUE(stats->charts()->renderChart(QStringLiteral("nothing")).isNull());
    stats->setDays(365);
    EXPECT_EQ(stats->report()->days, 365);
    EXPECT_EQ(stats->report()->lastDays(365).size(), 365);
}

} // namespace
