// Statistics, readiness and today's advice on fixed progress fixtures: an empty profile, a beginner, a
// learner ready to pass and one strong in a single domain; the study-day rules behind every series.

#include "TestSupport.h"
#include "exam/ExamStore.h"
#include "progress/ProgressDatabase.h"
#include "review/ReviewStore.h"
#include "stats/Readiness.h"
#include "stats/StatsStore.h"
#include "stats/StudyAdvice.h"
#include "util/SqliteConnection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace certdeck {
namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

/// Four topics t0..t3 of ten cards and ten questions each; topic tN's questions serve domain dN of one
/// profile weighted 30/26/24/20 on a 100-1000 scale passing at 720.
StatsContent fixtureContent()
{
    StatsContent c;
    ExamProfile p;
    p.id = QStringLiteral("saa-c03");
    p.code = QStringLiteral("SAA-C03");
    p.name = QStringLiteral("Solutions Architect");
    p.questionCount = 65;
    p.minScore = 100;
    p.maxScore = 1000;
    p.passScore = 720;
    const int weights[] = {30, 26, 24, 20};
    for (int t = 0; t < 4; ++t) {
        const QString topic = QStringLiteral("t%1").arg(t);
        const QString domain = QStringLiteral("d%1").arg(t);
        c.topics.append(TopicRow{topic, QStringLiteral("Topic %1").arg(t)});
        p.domains.append(ExamDomain{domain, QStringLiteral("Domain %1").arg(t), weights[t], {}});
        for (int i = 0; i < 10; ++i) {
            Card card;
            card.id = QStringLiteral("%1.c%2").arg(topic).arg(i);
            card.topic = topic;
            c.cards.append(card);
            Question q;
            q.id = QStringLiteral("%1.q%2").arg(topic).arg(i);
            q.topic = topic;
            q.domains.insert(p.id, domain);
            c.questions.append(q);
        }
    }
    c.profiles.append(p);
    return c;
}

/// 2026-11-22 12:00 UTC; the zone is UTC and the study day starts at 04:00.
StatsOptions fixtureOptions(int days = 30)
{
    StatsOptions o;
    o.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
    o.zone = QTimeZone::utc();
    o.dayStartsAt = QTime(4, 0);
    o.days = days;
    return o;
}

qint64 nowMs()
{
    return fixtureOptions().now.toMSecsSinceEpoch();
}

/// Card `index` of the fixture known well: reviewed `daysAgo` days ago with a stability of `stability`.
CardFact knownCard(int index, double stability = 100, int daysAgo = 1)
{
    CardFact c;
    c.card = index;
    c.state = CardState::Review;
    c.stability = stability;
    c.lastReviewMs = nowMs() - daysAgo * kDay;
    c.dueMs = nowMs() + 30 * kDay;
    return c;
}

/// `n` answers to topic `topic`'s questions, `right` of them right, spread over the last `days` days.
void answer(ProgressFacts& f, int topic, int n, int right, int days = 20)
{
    for (int i = 0; i < n; ++i) {
        f.answers.push_back(
            AnswerFact{nowMs() - (i % days) * kDay - 3600 * 1000, topic * 10 + i % 10, i < right, 60000});
    }
    std::sort(f.answers.begin(), f.answers.end(),
              [](const AnswerFact& a, const AnswerFact& b) { return a.atMs < b.atMs; });
}

const DomainReadiness& domainOf(const ProfileReadiness& r, const QString& id)
{
    for (const DomainReadiness& d : r.domains) {
        if (d.domainId == id) {
            return d;
        }
    }
    static const DomainReadiness none;
    ADD_FAILURE() << "no domain " << id.toStdString();
    return none;
}

TEST(Stats, EmptyProfileHasEverySeriesAndNoEstimate)
{
    const StatsReport r = computeStats(fixtureContent(), ProgressFacts(), fixtureOptions());
    EXPECT_EQ(r.today, QDate(2026, 11, 22));
    ASSERT_EQ(r.activity.size(), 365);
    EXPECT_EQ(r.activity.back().date, QDate(2026, 11, 22));
    EXPECT_EQ(r.lastDays(30).size(), 30);
    ASSERT_EQ(r.forecast.size(), 30);
    EXPECT_EQ(r.forecast.first().date, QDate(2026, 11, 22));
    EXPECT_EQ(r.forecast.last().date, QDate(2026, 12, 21));
    EXPECT_TRUE(r.retentionByTopic.isEmpty());
    EXPECT_EQ(r.cardStates.fresh, 40);
    EXPECT_EQ(r.cardStates.total(), 40);
    EXPECT_EQ(r.streak.current, 0);
    EXPECT_EQ(r.streak.longest, 0);
    EXPECT_FALSE(r.hasProgress());
    ASSERT_EQ(r.profiles.size(), 1);
    EXPECT_TRUE(r.profiles[0].history.isEmpty());
    EXPECT_EQ(r.profiles[0].accuracy.size(), 4);
    EXPECT_FALSE(r.profiles[0].readiness.hasEstimate);

    const TodayPlan plan = StudyAdvice::plan(r, 0, 20);
    EXPECT_EQ(plan.next.kind, NextStep::Kind::FirstCards);
    EXPECT_TRUE(plan.weakDomains.isEmpty());
    EXPECT_TRUE(plan.weakTopics.isEmpty());
}

TEST(Stats, BeginnerIsEstimatedWellBelowThePassLine)
{
    ProgressFacts f;
    for (int i = 0; i < 8; ++i) {
        f.cards.push_back(knownCard(i, 3, 1)); // a few cards of topic 0, learned days ago
    }
    answer(f, 0, 10, 4);
    answer(f, 1, 5, 1);
    const StatsReport r = computeStats(fixtureContent(), f, fixtureOptions());
    const ProfileReadiness& p = r.profiles[0].readiness;
    ASSERT_TRUE(p.hasEstimate);
    EXPECT_LT(p.score, 550);
    EXPECT_LT(p.passChance, 0.01);
    EXPECT_LT(p.low, p.score);
    EXPECT_GT(p.high, p.score);
    EXPECT_EQ(p.answers, 15);
    EXPECT_EQ(p.studiedCards, 8);
    // The weakest domain is drilled once no card is due.
    const TodayPlan plan = StudyAdvice::plan(r, 0, 20);
    EXPECT_EQ(plan.next.kind, NextStep::Kind::DrillDomain);
    EXPECT_EQ(plan.next.profileId.toStdString(), "saa-c03");
    EXPECT_FALSE(plan.next.reason.isEmpty());
    // Due cards come first.
    EXPECT_EQ(StudyAdvice::plan(r, 12, 20).next.kind, NextStep::Kind::Reviews);
    EXPECT_EQ(StudyAdvice::plan(r, 12, 20).next.count, 12);
}

TEST(Stats, LearnerReadyToPassIsEstimatedAboveItWithARangeAroundIt)
{
    ProgressFacts f;
    for (int i = 0; i < 40; ++i) {
        f.cards.push_back(knownCard(i, 200, 2));
    }
    for (int t = 0; t < 4; ++t) {
        answer(f, t, 40, 35); // 87.5% right
    }
    const StatsReport r = computeStats(fixtureContent(), f, fixtureOptions());
    const ProfileReadiness& p = r.profiles[0].readiness;
    ASSERT_TRUE(p.hasEstimate);
    EXPECT_GE(p.score, 800);
    EXPECT_GT(p.low, 720);
    EXPECT_LE(p.high, 1000);
    EXPECT_GT(p.passChance, 0.95);
    for (const DomainReadiness& d : p.domains) {
        EXPECT_GT(d.estimate, 0.8) << d.domainId.toStdString();
        EXPECT_GT(d.cardRecall, 0.95);
    }
    // Nothing due, nothing new, no exam this week: take one.
    const TodayPlan plan = StudyAdvice::plan(r, 0, 0);
    EXPECT_EQ(plan.next.kind, NextStep::Kind::FullExam);
    EXPECT_TRUE(plan.next.reason.contains(QString::number(p.score)));
}

TEST(Stats, StrongInOneDomainOnlyIsNotReadyAndItsOtherDomainsAreTheWeakest)
{
    ProgressFacts f;
    for (int i = 0; i < 10; ++i) {
        f.cards.push_back(knownCard(i, 300, 1)); // topic 0 only
    }
    answer(f, 0, 60, 57);
    const StatsReport r = computeStats(fixtureContent(), f, fixtureOptions());
    const ProfileReadiness& p = r.profiles[0].readiness;
    ASSERT_TRUE(p.hasEstimate);
    EXPECT_GT(domainOf(p, QStringLiteral("d0")).estimate, 0.85);
    for (const QString& d : {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")}) {
        EXPECT_LT(domainOf(p, d).estimate, 0.3) << d.toStdString();
        EXPECT_GT(domainOf(p, d).sd, domainOf(p, QStringLiteral("d0")).sd); // no evidence: a wider range
    }
    EXPECT_LT(p.score, 720);
    EXPECT_LT(p.high, 720);
    const TodayPlan plan = StudyAdvice::plan(r, 0, 20);
    ASSERT_EQ(plan.weakDomains.size(), 2);
    for (const WeakSpot& w : plan.weakDomains) {
        EXPECT_NE(w.domainId.toStdString(), "d0");
    }
    EXPECT_EQ(plan.next.kind, NextStep::Kind::DrillDomain);
    EXPECT_NE(plan.next.domainId.toStdString(), "d0");
    // Only touched topics are weak spots: topic 0 is the only one.
    ASSERT_EQ(plan.weakTopics.size(), 1);
    EXPECT_EQ(plan.weakTopics[0].topicId.toStdString(), "t0");
}

TEST(Stats, OldAnswersWeighLessAndLeaveTheWindowAfter90Days)
{
    ProgressFacts recent, older, old;
    answer(recent, 1, 20, 20, 1);
    for (int i = 0; i < 20; ++i) {
        older.answers.push_back(AnswerFact{nowMs() - 60 * kDay, 10 + i % 10, true, 0});
        old.answers.push_back(AnswerFact{nowMs() - 120 * kDay, 10 + i % 10, true, 0});
    }
    const StatsReport r1 = computeStats(fixtureContent(), recent, fixtureOptions());
    const StatsReport r60 = computeStats(fixtureContent(), older, fixtureOptions());
    const StatsReport r2 = computeStats(fixtureContent(), old, fixtureOptions());
    const DomainReadiness& d1 = domainOf(r1.profiles[0].readiness, QStringLiteral("d1"));
    const DomainReadiness& d60 = domainOf(r60.profiles[0].readiness, QStringLiteral("d1"));
    EXPECT_EQ(d1.answers, 20);
    EXPECT_GT(d1.estimate, 0.75);
    EXPECT_NEAR(d60.answerWeight, 5.0, 0.01); // two half-lives: each answer counts a quarter
    EXPECT_LT(d60.estimate, d1.estimate);
    EXPECT_EQ(domainOf(r2.profiles[0].readiness, QStringLiteral("d1")).answers, 0);
    EXPECT_FALSE(r2.profiles[0].readiness.hasEstimate);
}

TEST(Stats, ReviewsCountOnTheStudyDayTheyBelongTo)
{
    ProgressFacts f;
    const QDateTime today4 = QDateTime(QDate(2026, 11, 22), QTime(4, 0), QTimeZone::utc());
    // 01:00 on the 22nd belongs to the 21st's study day; 04:00 and later to the 22nd's.
    f.reviews.push_back(ReviewFact{today4.addSecs(-3 * 3600).toMSecsSinceEpoch(), 0, 1, 0, 5000});
    f.reviews.push_back(ReviewFact{today4.toMSecsSinceEpoch(), 1, 3, 2, 7000});
    f.reviews.push_back(ReviewFact{today4.addSecs(3600).toMSecsSinceEpoch(), 2, 4, 2, 1000});
    f.reviews.push_back(ReviewFact{today4.addSecs(7200).toMSecsSinceEpoch(), 11, 2, 2, 1000});
    f.reviews.push_back(ReviewFact{today4.addSecs(7300).toMSecsSinceEpoch(), 12, 1, 2, 1000});
    f.reviews.push_back(
        ReviewFact{today4.addSecs(7400).toMSecsSinceEpoch(), -1, 3, 2, 1000}); // orphaned card
    f.answers.push_back(AnswerFact{today4.addSecs(600).toMSecsSinceEpoch(), 0, true, 90000});
    const StatsReport r = computeStats(fixtureContent(), f, fixtureOptions(7));
    const QList<StudyDayActivity> week = r.lastDays(7);
    ASSERT_EQ(week.size(), 7);
    const StudyDayActivity& yesterday = week[5];
    const StudyDayActivity& today = week[6];
    EXPECT_EQ(yesterday.date, QDate(2026, 11, 21));
    EXPECT_EQ(yesterday.again, 1);
    EXPECT_EQ(yesterday.reviewMs, 5000);
    EXPECT_EQ(today.good, 2);
    EXPECT_EQ(today.easy, 1);
    EXPECT_EQ(today.hard, 1);
    EXPECT_EQ(today.again, 1);
    EXPECT_EQ(today.answers, 1);
    EXPECT_EQ(today.questionMs, 90000);
    EXPECT_EQ(r.totalReviews, 6);
    // True retention counts grades of cards in review only: topic 0 2 of 2, topic 1 1 of 2.
    ASSERT_EQ(r.retentionByTopic.size(), 2);
    EXPECT_EQ(r.retentionByTopic[0].topicId.toStdString(), "t0");
    EXPECT_EQ(r.retentionByTopic[0].reviews, 2);
    EXPECT_EQ(r.retentionByTopic[0].recalled, 2);
    EXPECT_EQ(r.retentionByTopic[1].reviews, 2);
    EXPECT_DOUBLE_EQ(r.retentionByTopic[1].retention(), 0.5);
    EXPECT_EQ(r.streak.current, 2);
    EXPECT_TRUE(r.streak.studiedToday);
}

TEST(Stats, StreakSurvivesUntilAWholeDayPassesWithoutStudy)
{
    ProgressFacts f;
    // Studied on the 15th-17th and the 19th-21st, not yet today (the 22nd).
    for (const int day : {15, 16, 17, 19, 20, 21}) {
        f.reviews.push_back(ReviewFact{
            QDateTime(QDate(2026, 11, day), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch(), 0, 3, 2, 0});
    }
    const StatsReport r = computeStats(fixtureContent(), f, fixtureOptions());
    EXPECT_FALSE(r.streak.studiedToday);
    EXPECT_EQ(r.streak.current, 3);
    EXPECT_EQ(r.streak.longest, 3);
    f.reviews.erase(f.reviews.end() - 1); // nothing on the 21st: the streak is broken
    EXPECT_EQ(computeStats(fixtureContent(), f, fixtureOptions()).streak.current, 0);
}

TEST(Stats, ForecastPutsOverdueCardsTodayAndLeavesOutSuspendedAndNewOnes)
{
    ProgressFacts f;
    CardFact overdue = knownCard(0);
    overdue.dueMs = nowMs() - 5 * kDay;
    CardFact laterToday = knownCard(1);
    laterToday.dueMs = nowMs() + 3600 * 1000;
    CardFact inThreeDays = knownCard(2);
    inThreeDays.dueMs = nowMs() + 3 * kDay;
    CardFact suspended = knownCard(3);
    suspended.dueMs = nowMs();
    suspended.suspended = true;
    suspended.leech = true;
    CardFact learning = knownCard(4);
    learning.state = CardState::Learning;
    learning.dueMs = nowMs() + 600 * 1000;
    CardFact beyond = knownCard(5);
    beyond.dueMs = nowMs() + 40 * kDay;
    f.cards = {overdue, laterToday, inThreeDays, suspended, learning, beyond};
    const StatsReport r = computeStats(fixtureContent(), f, fixtureOptions());
    EXPECT_EQ(r.forecast[0].due, 3);
    EXPECT_EQ(r.forecast[3].due, 1);
    int total = 0;
    for (const ForecastDay& d : r.forecast) {
        total += d.due;
    }
    EXPECT_EQ(total, 4);
    EXPECT_EQ(r.cardStates.review, 4);
    EXPECT_EQ(r.cardStates.learning, 1);
    EXPECT_EQ(r.cardStates.suspended, 1);
    EXPECT_EQ(r.cardStates.leeches, 1);
    EXPECT_EQ(r.cardStates.fresh, 34);
}

TEST(Stats, ExamHistoryAndDomainAccuracyPerProfile)
{
    ProgressFacts f;
    f.exams.append(ScoredAttempt{2, QStringLiteral("saa-c03"), nowMs() - kDay, 50, 65, 792});
    f.exams.append(ScoredAttempt{1, QStringLiteral("saa-c03"), nowMs() - 9 * kDay, 40, 65, 654});
    f.exams.append(ScoredAttempt{3, QStringLiteral("dva-c02"), nowMs(), 40, 65, 654});
    answer(f, 2, 10, 7, 5);
    f.answers.insert(f.answers.begin(), AnswerFact{nowMs() - 60 * kDay, 20, false, 0}); // outside 30 days
    const StatsReport r = computeStats(fixtureContent(), f, fixtureOptions(30));
    const ProfileStats& p = r.profiles[0];
    ASSERT_EQ(p.history.size(), 2);
    EXPECT_EQ(p.history[0].scaledScore, 654);
    EXPECT_FALSE(p.history[0].passed);
    EXPECT_TRUE(p.history[1].passed);
    EXPECT_EQ(p.accuracy[2].total, 10);
    EXPECT_EQ(p.accuracy[2].correct, 7);
    EXPECT_EQ(p.accuracy[0].total, 0);
    EXPECT_EQ(computeStats(fixtureContent(), f, fixtureOptions(90)).profiles[0].accuracy[2].total, 11);
}

TEST(Stats, TopicDomainLinksSplitATopicByItsQuestions)
{
    StatsContent c = fixtureContent();
    c.questions[0].domains.insert(QStringLiteral("saa-c03"), QStringLiteral("d1")); // t0: 9 in d0, 1 in d1
    const auto links = topicDomainLinks(c.profiles[0], c.questions);
    EXPECT_DOUBLE_EQ(links.value(QStringLiteral("t0")).value(QStringLiteral("d0")), 0.9);
    EXPECT_DOUBLE_EQ(links.value(QStringLiteral("t0")).value(QStringLiteral("d1")), 0.1);
    EXPECT_DOUBLE_EQ(links.value(QStringLiteral("t1")).value(QStringLiteral("d1")), 1.0);
}

TEST(Stats, StoreReadsWhatTheAppWrote)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.db"));
    ProgressDatabase db;
    ASSERT_TRUE(db.open(path).ok());
    const ReviewStore reviews(db.connection());
    const StatsContent content = fixtureContent();
    const QDateTime at = fixtureOptions().now.addSecs(-3600);
    CardRecord before;
    before.cardId = QStringLiteral("t1.c3");
    before.schedule = FsrsScheduler::newCard(at);
    CardRecord after = before;
    after.schedule = FsrsScheduler().review(before.schedule, at, Rating::Good);
    ASSERT_TRUE(reviews.saveGrade(before, after, Rating::Good, at, 4200));
    const Result<ProgressFacts> facts = StatsStore(db.connection()).read(content);
    ASSERT_TRUE(facts) << facts.error().toStdString();
    ASSERT_EQ(facts->reviews.size(), 1u);
    EXPECT_EQ(facts->reviews[0].card, 13);
    EXPECT_EQ(facts->reviews[0].rating, 3);
    EXPECT_EQ(facts->reviews[0].atMs, at.toMSecsSinceEpoch());
    EXPECT_EQ(facts->reviews[0].durationMs, 4200);
    ASSERT_EQ(facts->cards.size(), 1u);
    EXPECT_EQ(facts->cards[0].card, 13);
    EXPECT_EQ(facts->cards[0].lastReviewMs, at.toMSecsSinceEpoch());
    const StatsReport r = computeStats(content, *facts, fixtureOptions());
    EXPECT_EQ(r.lastDays(1)[0].good, 1);
    EXPECT_EQ(r.cardStates.fresh, 39);
}

TEST(Stats, CommandPrintsEverySeriesAndReadinessPerProfile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.db"));
    const test::CliRun empty = test::runCli(path, {QStringLiteral("stats"), QStringLiteral("--json")});
    ASSERT_EQ(empty.status, 0) << empty.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path)); // only reads: a missing database is not created
    const QJsonObject o = empty.json().object();
    for (const char* key :
         {"reviews_per_day", "forecast", "retention_by_topic", "exam_history", "readiness"}) {
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    }
    EXPECT_EQ(o.value(QStringLiteral("reviews_per_day")).toArray().size(), 30);
    EXPECT_EQ(o.value(QStringLiteral("forecast")).toArray().size(), 30);
    const QJsonObject readiness = o.value(QStringLiteral("readiness")).toObject();
    ASSERT_TRUE(readiness.contains(QStringLiteral("saa-c03")));
    ASSERT_TRUE(readiness.contains(QStringLiteral("dva-c02")));
    EXPECT_FALSE(
        readiness.value(QStringLiteral("saa-c03")).toObject().value(QStringLiteral("has_estimate")).toBool());

    test::addReviews(path, 30, 10);
    const test::CliRun week = test::runCli(path, {QStringLiteral("stats"), QStringLiteral("--json"),
                                                  QStringLiteral("--days"), QStringLiteral("7")});
    ASSERT_EQ(week.status, 0) << week.err.toStdString();
    const QJsonObject w = week.json().object();
    EXPECT_EQ(w.value(QStringLiteral("reviews_per_day")).toArray().size(), 7);
    EXPECT_EQ(w.value(QStringLiteral("total_reviews")).toInt(), 30);

    const test::CliRun bad =
        test::runCli(path, {QStringLiteral("stats"), QStringLiteral("--days"), QStringLiteral("0")});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--days")));
}

} // namespace
} // namespace certdeck
