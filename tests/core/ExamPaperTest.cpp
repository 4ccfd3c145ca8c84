// Which questions a practice exam asks: questions per domain by weight (largest remainder), questions not
// seen lately first, the same exam for the same seed and a clearly different one for another, options
// shuffled, and a bank too small named domain by domain.

#include "exam/ExamPaper.h"

#include "TestSupport.h"
#include "content/ContentRepository.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace certdeck;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
const qint64 kNowMs = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

/// A profile of `weights.size()` domains d1, d2, ... named "Domain 1", ...
ExamProfile profileOf(const QList<int>& weights, int questions = 65)
{
    ExamProfile p;
    p.id = QStringLiteral("test-p01");
    p.code = QStringLiteral("TST-P01");
    p.name = QStringLiteral("Test profile");
    p.questionCount = questions;
    p.minutes = 130;
    p.minScore = 100;
    p.maxScore = 1000;
    p.passScore = 720;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        p.domains.append(ExamDomain{
            QStringLiteral("d%1").arg(i + 1), QStringLiteral("Domain %1").arg(i + 1), weights[i], {}});
    }
    return p;
}

ExamProfile saaShaped()
{
    return profileOf({30, 26, 24, 20});
}

/// `count` questions of `domain`: a mix of single-answer (4 options) and multi-response (5 or 6 options).
QList<PoolQuestion> questionsOf(const QString& domain, int count, qint64 lastSeenMs = 0,
                                const QString& tag = QStringLiteral("q"))
{
    QList<PoolQuestion> pool;
    for (int i = 0; i < count; ++i) {
        const int choose = i % 5 == 3 ? 2 : i % 7 == 6 ? 3 : 1;
        const int options = choose == 1 ? 4 : choose == 2 ? 5 : 6;
        pool.append(PoolQuestion{QStringLiteral("%1.%2.%3").arg(domain, tag).arg(i, 3, 10, QLatin1Char('0')),
                                 domain, choose, options, lastSeenMs});
    }
    return pool;
}

/// `perDomain` questions in each domain of `profile`.
QList<PoolQuestion> poolFor(const ExamProfile& profile, int perDomain)
{
    QList<PoolQuestion> pool;
    for (const ExamDomain& d : profile.domains) {
        pool += questionsOf(d.id, perDomain);
    }
    return pool;
}

QHash<QString, int> countByDomain(const ExamPaper& paper)
{
    QHash<QString, int> counts;
    for (const ExamItem& item : paper.items) {
        ++counts[item.domain];
    }
    return counts;
}

QSet<QString> idsOf(const ExamPaper& paper)
{
    QSet<QString> ids;
    for (const ExamItem& item : paper.items) {
        ids.insert(item.questionId);
    }
    return ids;
}

bool isPermutation(const QList<int>& order, int n)
{
    QList<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < n; ++i) {
        if (sorted.value(i, -1) != i) {
            return false;
        }
    }
    return sorted.size() == n;
}

ExamPaper fullExamOf(const ExamProfile& profile, const QList<PoolQuestion>& pool, quint64 seed,
                     qint64 nowMs = kNowMs)
{
    const Result<ExamPaper> paper = ExamGenerator::fullExam(profile, pool, seed, nowMs);
    EXPECT_TRUE(paper) << paper.error().toStdString();
    return paper ? *paper : ExamPaper{};
}

/// Every quota is within one question of weight x N / total weight, and they add up to N.
void expectFairQuotas(const ExamProfile& profile, const QList<int>& quotas)
{
    ASSERT_EQ(quotas.size(), profile.domains.size());
    int weights = 0;
    for (const ExamDomain& d : profile.domains) {
        weights += d.weight;
    }
    int sum = 0;
    for (qsizetype i = 0; i < quotas.size(); ++i) {
        const double exact = double(profile.domains[i].weight) * profile.questionCount / weights;
        EXPECT_LT(std::abs(quotas[i] - exact), 1.0) << "domain " << i << ": " << quotas[i] << " vs " << exact;
        sum += quotas[i];
    }
    EXPECT_EQ(sum, profile.questionCount);
}

// --- domain quotas
// ------------------------------------------------------------------------------------------

TEST(ExamQuotas, SaaC03WeightsGiveTheLargestRemainderSplitOf65)
{
    // 30/26/24/20 of 65: exactly 19.5, 16.9, 15.6, 13.0. Rounded down: 19 + 16 + 15 + 13 = 63; the two left
    // go to the largest remainders, .9 (resilient) and .6 (performant).
    const ExamProfile saa = saaShaped();
    EXPECT_EQ(ExamGenerator::domainQuotas(saa), (QList<int>{19, 17, 16, 13}));
    expectFairQuotas(saa, ExamGenerator::domainQuotas(saa));
}

TEST(ExamQuotas, DvaC02WeightsGiveTheLargestRemainderSplitOf65)
{
    // 32/26/24/18 of 65: exactly 20.8, 16.9, 15.6, 11.7. Rounded down: 62; the three left go to .9, .8, .7.
    const ExamProfile dva = profileOf({32, 26, 24, 18});
    EXPECT_EQ(ExamGenerator::domainQuotas(dva), (QList<int>{21, 17, 15, 12}));
    expectFairQuotas(dva, ExamGenerator::domainQuotas(dva));
}

TEST(ExamQuotas, TiedRemaindersGoToTheEarlierDomain)
{
    // Exactly 1.0, 3.5, 2.0, 3.5 of 10: the one question left goes to d2, not d4.
    EXPECT_EQ(ExamGenerator::domainQuotas(profileOf({10, 35, 20, 35}, 10)), (QList<int>{1, 4, 2, 3}));
    // Four equal domains of 65: 16.25 each; the one left goes to the first.
    EXPECT_EQ(ExamGenerator::domainQuotas(profileOf({25, 25, 25, 25})), (QList<int>{17, 16, 16, 16}));
    // Three equal domains of 10: the one left goes to the first.
    EXPECT_EQ(ExamGenerator::domainQuotas(profileOf({1, 1, 1}, 10)), (QList<int>{4, 3, 3}));
    for (const ExamProfile& p : {profileOf({10, 35, 20, 35}, 10), profileOf({25, 25, 25, 25}),
                                 profileOf({1, 1, 1}, 10), profileOf({7, 13, 29, 51}, 65)}) {
        expectFairQuotas(p, ExamGenerator::domainQuotas(p));
    }
}

TEST(ExamQuotas, ARealProfileSplitsItsQuestionsAsItsWeightsSay)
{
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
    const Result<QList<ExamProfile>> profiles = repo.examProfiles();
    ASSERT_TRUE(profiles) << profiles.error().toStdString();
    QHash<QString, QList<int>> quotas;
    for (const ExamProfile& p : *profiles) {
        quotas.insert(p.id, ExamGenerator::domainQuotas(p));
        expectFairQuotas(p, quotas.value(p.id));
    }
    EXPECT_EQ(quotas.value(QStringLiteral("saa-c03")), (QList<int>{19, 17, 16, 13}));
    EXPECT_EQ(quotas.value(QStringLiteral("dva-c02")), (QList<int>{21, 17, 15, 12}));
}

// --- full exams
// ---------------------------------------------------------------------------------------------

TEST(ExamGenerate, AFullExamAsksEachDomainItsQuotaOnceEach)
{
    const ExamProfile saa = saaShaped();
    const QList<PoolQuestion> pool = poolFor(saa, 60);
    const ExamPaper paper = fullExamOf(saa, pool, 42);
    ASSERT_EQ(paper.items.size(), 65);
    EXPECT_EQ(paper.profileId, saa.id);
    EXPECT_EQ(paper.minutes, 130);
    EXPECT_EQ(paper.seed, 42u);
    const QHash<QString, int> counts = countByDomain(paper);
    const QList<int> quotas = ExamGenerator::domainQuotas(saa);
    for (qsizetype i = 0; i < saa.domains.size(); ++i) {
        EXPECT_EQ(counts.value(saa.domains[i].id), quotas[i]) << saa.domains[i].id.toStdString();
    }
    EXPECT_EQ(idsOf(paper).size(), 65) << "no question is asked twice";
    QHash<QString, PoolQuestion> byId;
    for (const PoolQuestion& q : pool) {
        byId.insert(q.id, q);
    }
    for (const ExamItem& item : paper.items) {
        ASSERT_TRUE(byId.contains(item.questionId));
        const PoolQuestion& q = byId.value(item.questionId);
        EXPECT_EQ(item.domain, q.domain);
        EXPECT_EQ(item.choose, q.choose);
        EXPECT_TRUE(isPermutation(item.order, q.options)) << item.questionId.toStdString();
    }
    // The questions are not grouped by domain, as on the real exam.
    int switches = 0;
    for (qsizetype i = 1; i < paper.items.size(); ++i) {
        switches += paper.items[i].domain != paper.items[i - 1].domain ? 1 : 0;
    }
    EXPECT_GT(switches, 20);
}

TEST(ExamGenerate, TheSameSeedGivesTheSameExam)
{
    const ExamProfile saa = saaShaped();
    QList<PoolQuestion> pool = poolFor(saa, 60);
    const ExamPaper first = fullExamOf(saa, pool, 7);
    const ExamPaper again = fullExamOf(saa, pool, 7);
    ASSERT_EQ(first.items.size(), 65);
    EXPECT_EQ(first.items, again.items);
    // Nor does the order the bank lists its questions in change the exam.
    std::reverse(pool.begin(), pool.end());
    EXPECT_EQ(fullExamOf(saa, pool, 7).items, first.items);
}

TEST(ExamGenerate, AnotherSeedGivesAClearlyDifferentExam)
{
    const ExamProfile saa = saaShaped();
    const QList<PoolQuestion> pool = poolFor(saa, 60);
    const ExamPaper a = fullExamOf(saa, pool, 1);
    const ExamPaper b = fullExamOf(saa, pool, 2);
    ASSERT_EQ(a.items.size(), 65);
    ASSERT_EQ(b.items.size(), 65);
    const qsizetype shared = (idsOf(a) & idsOf(b)).size();
    EXPECT_LT(shared, 65 / 2) << "fewer than half the questions are shared";
    int samePlace = 0;
    for (qsizetype i = 0; i < 65; ++i) {
        samePlace += a.items[i].questionId == b.items[i].questionId ? 1 : 0;
    }
    EXPECT_LT(samePlace, 5) << "and they come in another order";
}

TEST(ExamGenerate, ALearnerWhoHasSeenEveryQuestionStillGetsDifferentExamsForDifferentSeeds)
{
    const ExamProfile saa = saaShaped();
    QList<PoolQuestion> pool = poolFor(saa, 60);
    for (PoolQuestion& q : pool) {
        q.lastSeenMs = kNowMs - 2 * 3600 * 1000; // all answered two hours ago
    }
    const ExamPaper a = fullExamOf(saa, pool, 11);
    const ExamPaper b = fullExamOf(saa, pool, 12);
    EXPECT_LT((idsOf(a) & idsOf(b)).size(), 65 / 2);
}

TEST(ExamGenerate, QuestionsNotSeenComeBeforeQuestionsSeenYesterday)
{
    const ExamProfile saa = saaShaped();
    const QList<int> quotas = ExamGenerator::domainQuotas(saa);
    QList<PoolQuestion> pool;
    QSet<QString> seen;
    for (qsizetype i = 0; i < saa.domains.size(); ++i) {
        // As many unseen questions as the domain needs, and as many again seen yesterday.
        pool += questionsOf(saa.domains[i].id, quotas[i], 0, QStringLiteral("new"));
        const QList<PoolQuestion> yesterday =
            questionsOf(saa.domains[i].id, quotas[i], kNowMs - kDayMs - 3600 * 1000, QStringLiteral("old"));
        for (const PoolQuestion& q : yesterday) {
            seen.insert(q.id);
        }
        pool += yesterday;
    }
    for (const quint64 seed : {1u, 2u, 3u, 99u}) {
        const ExamPaper paper = fullExamOf(saa, pool, seed);
        ASSERT_EQ(paper.items.size(), 65);
        for (const ExamItem& item : paper.items) {
            EXPECT_FALSE(seen.contains(item.questionId))
                << item.questionId.toStdString() << " was seen yesterday, seed " << seed;
        }
    }
}

TEST(ExamGenerate, QuestionsSeenLongAgoComeBeforeQuestionsSeenThisWeek)
{
    // One domain of 10 questions: 4 never answered, 4 answered 40 days ago, 4 answered 10 days ago, 4 three
    // days ago, 4 an hour ago. The exam takes the 4 new ones, the 4 from 40 days ago and 2 from 10 days ago.
    const ExamProfile one = profileOf({100}, 10);
    QList<PoolQuestion> pool;
    pool += questionsOf(QStringLiteral("d1"), 4, 0, QStringLiteral("never"));
    pool += questionsOf(QStringLiteral("d1"), 4, kNowMs - 40 * kDayMs, QStringLiteral("day40"));
    pool += questionsOf(QStringLiteral("d1"), 4, kNowMs - 10 * kDayMs, QStringLiteral("day10"));
    pool += questionsOf(QStringLiteral("d1"), 4, kNowMs - 3 * kDayMs, QStringLiteral("day3"));
    pool += questionsOf(QStringLiteral("d1"), 4, kNowMs - 3600 * 1000, QStringLiteral("hour"));
    for (const quint64 seed : {5u, 6u, 7u}) {
        QHash<QString, int> byBand;
        for (const ExamItem& item : fullExamOf(one, pool, seed).items) {
            ++byBand[item.questionId.section(QLatin1Char('.'), 1, 1)];
        }
        EXPECT_EQ(byBand.value(QStringLiteral("never")), 4) << "seed " << seed;
        EXPECT_EQ(byBand.value(QStringLiteral("day40")), 4) << "seed " << seed;
        EXPECT_EQ(byBand.value(QStringLiteral("day10")), 2) << "seed " << seed;
        EXPECT_EQ(byBand.value(QStringLiteral("day3")), 0) << "seed " << seed;
        EXPECT_EQ(byBand.value(QStringLiteral("hour")), 0) << "seed " << seed;
    }
}

TEST(ExamGenerate, OptionOrdersArePermutationsThatDifferBetweenSeeds)
{
    const QList<PoolQuestion> pool = poolFor(saaShaped(), 60);
    int differ = 0;
    int unshuffled = 0;
    for (const PoolQuestion& q : pool) {
        const QList<int> one = ExamGenerator::optionOrder(q.id, q.options, 1);
        const QList<int> two = ExamGenerator::optionOrder(q.id, q.options, 2);
        ASSERT_TRUE(isPermutation(one, q.options)) << q.id.toStdString();
        ASSERT_TRUE(isPermutation(two, q.options)) << q.id.toStdString();
        EXPECT_EQ(ExamGenerator::optionOrder(q.id, q.options, 1), one) << "the same seed, the same order";
        differ += one != two ? 1 : 0;
        QList<int> written(q.options);
        std::iota(written.begin(), written.end(), 0);
        unshuffled += one == written ? 1 : 0;
    }
    EXPECT_GT(differ, int(pool.size()) * 8 / 10) << "most questions show their options in another order";
    EXPECT_LT(unshuffled, int(pool.size()) / 5) << "options are shuffled, not shown as written";

    // A paper shows each question's options in the order optionOrder gives for its seed.
    const ExamPaper paper = fullExamOf(saaShaped(), pool, 1);
    QHash<QString, int> options;
    for (const PoolQuestion& q : pool) {
        options.insert(q.id, q.options);
    }
    for (const ExamItem& item : paper.items) {
        EXPECT_EQ(item.order, ExamGenerator::optionOrder(item.questionId, options.value(item.questionId), 1));
    }
}

TEST(ExamGenerate, ABankTooSmallNamesEachShortDomainWithWhatItNeedsAndHas)
{
    const ExamProfile saa = saaShaped(); // quotas 19, 17, 16, 13
    QList<PoolQuestion> pool;
    pool += questionsOf(QStringLiteral("d1"), 30);
    pool += questionsOf(QStringLiteral("d2"), 5);
    pool += questionsOf(QStringLiteral("d4"), 13);
    pool += questionsOf(QStringLiteral("elsewhere"), 50); // a domain the profile does not have counts nowhere
    QList<DomainShortfall> shortfalls{DomainShortfall{QStringLiteral("stale"), {}, 1, 0}};
    const Result<ExamPaper> paper = ExamGenerator::fullExam(saa, pool, 3, kNowMs, &shortfalls);
    ASSERT_FALSE(paper);
    ASSERT_EQ(shortfalls.size(), 2) << "exactly the short domains, nothing left from before";
    EXPECT_EQ(shortfalls[0].domainId, QStringLiteral("d2"));
    EXPECT_EQ(shortfalls[0].domainName, QStringLiteral("Domain 2"));
    EXPECT_EQ(shortfalls[0].needed, 17);
    EXPECT_EQ(shortfalls[0].available, 5);
    EXPECT_EQ(shortfalls[1].domainId, QStringLiteral("d3"));
    EXPECT_EQ(shortfalls[1].needed, 16);
    EXPECT_EQ(shortfalls[1].available, 0);
    const QString message = paper.error();
    EXPECT_TRUE(message.contains(QStringLiteral("TST-P01"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("28 question"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Domain 2: needs 17, the bank has 5")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Domain 3: needs 16, the bank has 0")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("Domain 1"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("Domain 4")))
        << "exactly 13 is enough: " << message.toStdString();

    // Filled up, the same bank gives an exam and no shortfalls.
    pool += questionsOf(QStringLiteral("d2"), 12, 0, QStringLiteral("more"));
    pool += questionsOf(QStringLiteral("d3"), 16);
    const Result<ExamPaper> filled = ExamGenerator::fullExam(saa, pool, 3, kNowMs, &shortfalls);
    ASSERT_TRUE(filled) << filled.error().toStdString();
    EXPECT_TRUE(shortfalls.isEmpty());
    EXPECT_EQ(filled->items.size(), 65);
}

TEST(ExamGenerate, AProfileWithoutQuestionsGivesNoExam)
{
    EXPECT_FALSE(ExamGenerator::fullExam(profileOf({}), poolFor(saaShaped(), 20), 1, kNowMs));
    EXPECT_FALSE(
        ExamGenerator::fullExam(profileOf({50, 50}, 0), poolFor(profileOf({50, 50}), 20), 1, kNowMs));
}

// --- practice sets and pools
// -------------------------------------------------------------------------------

TEST(ExamPractice, APracticeSetTakesAtMostThePoolAndPrefersQuestionsNotSeenLately)
{
    QList<PoolQuestion> pool = questionsOf(QStringLiteral("sqs"), 6);
    const ExamPaper all = ExamGenerator::practiceSet(pool, 20, 4, kNowMs);
    EXPECT_EQ(all.items.size(), 6) << "a smaller pool gives a smaller set";
    EXPECT_EQ(idsOf(all).size(), 6);
    EXPECT_TRUE(all.profileId.isEmpty());
    EXPECT_EQ(all.minutes, 0);
    EXPECT_TRUE(ExamGenerator::practiceSet(pool, 0, 4, kNowMs).items.isEmpty());
    EXPECT_TRUE(ExamGenerator::practiceSet({}, 10, 4, kNowMs).items.isEmpty());

    const QList<PoolQuestion> recent =
        questionsOf(QStringLiteral("sqs"), 6, kNowMs - 3600 * 1000, QStringLiteral("recent"));
    pool += recent;
    const ExamPaper three = ExamGenerator::practiceSet(pool, 3, 4, kNowMs);
    ASSERT_EQ(three.items.size(), 3);
    for (const ExamItem& item : three.items) {
        EXPECT_TRUE(item.questionId.contains(QStringLiteral(".q."))) << item.questionId.toStdString();
        EXPECT_EQ(item.domain, QStringLiteral("sqs"));
    }
    EXPECT_EQ(ExamGenerator::practiceSet(pool, 3, 4, kNowMs).items, three.items);
}

TEST(ExamPractice, APoolOfAProfileTakesTheQuestionsTaggedForItWithTheirDomain)
{
    QList<Question> questions(3);
    questions[0].id = QStringLiteral("sqs.q.a");
    questions[0].topic = QStringLiteral("sqs");
    questions[0].choose = 2;
    questions[0].options.resize(5);
    questions[0].domains.insert(QStringLiteral("saa-c03"), QStringLiteral("resilient"));
    questions[1].id = QStringLiteral("lambda.q.b");
    questions[1].topic = QStringLiteral("lambda");
    questions[1].options.resize(4);
    questions[1].domains.insert(QStringLiteral("dva-c02"), QStringLiteral("development"));
    questions[2].id = QStringLiteral("iam.q.c");
    questions[2].topic = QStringLiteral("iam");
    questions[2].options.resize(4);
    const QHash<QString, qint64> seen{{QStringLiteral("sqs.q.a"), 1234}};

    const QList<PoolQuestion> saa = ExamGenerator::poolOf(questions, QStringLiteral("saa-c03"), seen);
    ASSERT_EQ(saa.size(), 1);
    EXPECT_EQ(saa[0].id, QStringLiteral("sqs.q.a"));
    EXPECT_EQ(saa[0].domain, QStringLiteral("resilient"));
    EXPECT_EQ(saa[0].choose, 2);
    EXPECT_EQ(saa[0].options, 5);
    EXPECT_EQ(saa[0].lastSeenMs, 1234);

    const QList<PoolQuestion> byTopic = ExamGenerator::poolOf(questions, QString());
    ASSERT_EQ(byTopic.size(), 3);
    EXPECT_EQ(byTopic[1].domain, QStringLiteral("lambda"));
    EXPECT_EQ(byTopic[2].lastSeenMs, 0);
}

// --- the real content
// ---------------------------------------------------------------------------------------

TEST(ExamGenerate, TheBundledBankFillsAFullExamOfEveryProfile)
{
    ContentRepository repo;
    QString error;
    ASSERT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
    const Result<QList<ExamProfile>> profiles = repo.examProfiles();
    const Result<QList<Question>> questions = repo.questions();
    ASSERT_TRUE(profiles) << profiles.error().toStdString();
    ASSERT_TRUE(questions) << questions.error().toStdString();
    QStringList ids;
    for (const ExamProfile& profile : *profiles) {
        ids.append(profile.id);
        const QList<PoolQuestion> pool = ExamGenerator::poolOf(*questions, profile.id);
        QList<DomainShortfall> shortfalls;
        const Result<ExamPaper> paper = ExamGenerator::fullExam(profile, pool, 2026, kNowMs, &shortfalls);
        ASSERT_TRUE(paper) << profile.id.toStdString() << ": " << paper.error().toStdString();
        EXPECT_TRUE(shortfalls.isEmpty());
        EXPECT_EQ(paper->items.size(), profile.questionCount);
        EXPECT_EQ(idsOf(*paper).size(), profile.questionCount);
        const QHash<QString, int> counts = countByDomain(*paper);
        const QList<int> quotas = ExamGenerator::domainQuotas(profile);
        for (qsizetype i = 0; i < profile.domains.size(); ++i) {
            EXPECT_EQ(counts.value(profile.domains[i].id), quotas[i])
                << profile.id.toStdString() << " " << profile.domains[i].id.toStdString();
        }
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("saa-c03")));
    EXPECT_TRUE(ids.contains(QStringLiteral("dva-c02")));
}

} // namespace
