// Taking an exam: choosing and taking back options, flags, moving between questions, the shown order of the
// options, the clock (warnings, extra time, time up), resuming after the app was closed, practice feedback,
// scoring, the attempts progress.db keeps, and the flashcards a wrong answer brings forward.

#include "exam/ExamSession.h"

#include "TestSupport.h"
#include "exam/CardFollowUp.h"
#include "progress/ProgressDatabase.h"
#include "review/ReviewStore.h"
#include "util/SqliteConnection.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace certdeck;

namespace {

using Event = ExamSession::Event;

const QDateTime kStart = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kLimitMs = 130 * kMinuteMs;

/// A question of `options` options of which the written positions `correct` are right; it asks for as many
/// as are right.
Question questionOf(const QString& id, int options, const QList<int>& correct,
                    const QString& domain = QStringLiteral("d1"),
                    const QString& topic = QStringLiteral("sqs"))
{
    Question q;
    q.id = id;
    q.topic = topic;
    q.stem = QStringLiteral("Stem of ") + id;
    q.choose = int(correct.size());
    for (int i = 0; i < options; ++i) {
        q.options.append(QuestionOption{QStringLiteral("%1 option %2").arg(id).arg(i), correct.contains(i),
                                        QStringLiteral("why %1").arg(i), 0});
    }
    q.domains.insert(QStringLiteral("test-p01"), domain);
    return q;
}

ExamProfile testProfile()
{
    ExamProfile p;
    p.id = QStringLiteral("test-p01");
    p.code = QStringLiteral("TST-P01");
    p.name = QStringLiteral("Test profile");
    p.questionCount = 65;
    p.minutes = 130;
    p.minScore = 100;
    p.maxScore = 1000;
    p.passScore = 720;
    const QList<int> weights{30, 26, 24, 20};
    for (qsizetype i = 0; i < weights.size(); ++i) {
        p.domains.append(ExamDomain{
            QStringLiteral("d%1").arg(i + 1), QStringLiteral("Domain %1").arg(i + 1), weights[i], {}});
    }
    return p;
}

ExamItem itemOf(const Question& q, QList<int> order = {})
{
    if (order.isEmpty()) {
        for (int i = 0; i < q.options.size(); ++i) {
            order.append(i);
        }
    }
    return ExamItem{q.id, q.domains.value(QStringLiteral("test-p01")), q.choose, order};
}

class Exam : public ::testing::Test {
protected:
    void SetUp() override
    {
        const ProgressDatabase::OpenResult opened = db.open(dir.filePath(QStringLiteral("progress.db")));
        ASSERT_TRUE(opened.ok()) << opened.message.toStdString();
        // Six questions: single answers with 4 options (written option 1 right), choose-2 of 5 (0 and 3).
        const QList<Question> questions{
            questionOf(QStringLiteral("sqs.q.s0"), 4, {1}),
            questionOf(QStringLiteral("sqs.q.m1"), 5, {0, 3}, QStringLiteral("d2")),
            questionOf(QStringLiteral("sqs.q.s2"), 4, {1}, QStringLiteral("d2")),
            questionOf(QStringLiteral("sqs.q.s3"), 4, {1}, QStringLiteral("d3")),
            questionOf(QStringLiteral("sqs.q.m4"), 5, {0, 3}, QStringLiteral("d3")),
            questionOf(QStringLiteral("sqs.q.s5"), 4, {1}, QStringLiteral("d4")),
        };
        for (const Question& q : questions) {
            bank.insert(q.id, q);
        }
        // s0 and m1 show their options in reverse: shown A is the last written option.
        paper.profileId = QStringLiteral("test-p01");
        paper.seed = 77;
        paper.minutes = 130;
        paper.items = {itemOf(questions[0], {3, 2, 1, 0}),
                       itemOf(questions[1], {4, 3, 2, 1, 0}),
                       itemOf(questions[2]),
                       itemOf(questions[3]),
                       itemOf(questions[4]),
                       itemOf(questions[5])};
    }

    std::unique_ptr<ExamSession> session() const
    {
        return std::make_unique<ExamSession>(store, clock, bank, testProfile());
    }

    std::unique_ptr<ExamSession> start(ExamMode mode = ExamMode::Timed, int extraMinutes = 0,
                                       const ExamPaper* which = nullptr)
    {
        auto s = session();
        ExamSetup setup;
        setup.mode = mode;
        setup.title = QStringLiteral("Full exam");
        setup.scope = QStringLiteral("profile:test-p01");
        setup.extraMinutes = extraMinutes;
        const Result<bool> started = s->start(which ? *which : paper, setup);
        EXPECT_TRUE(started) << started.error().toStdString();
        return s;
    }

    /// The attempt as progress.db holds it.
    ExamAttempt stored(qint64 id) const
    {
        const Result<std::optional<ExamAttempt>> a = store.attempt(id);
        EXPECT_TRUE(a) << a.error().toStdString();
        EXPECT_TRUE(a && a->has_value());
        return a && a->has_value() ? **a : ExamAttempt{};
    }

    QVariant scalar(const QString& sql) const { return db.connection().scalar(sql); }

    QTemporaryDir dir;
    ProgressDatabase db;
    ExamStore store{db.connection()};
    ReviewStore reviews{db.connection()};
    SettableClock clock{kStart};
    QHash<QString, Question> bank;
    ExamPaper paper;
};

/// Chooses the right options of question `index`, by what is shown.
void answerRight(ExamSession& s, int index)
{
    s.goTo(index);
    for (int shown = 0; shown < s.question(index).options.size(); ++shown) {
        if (s.shownOption(index, shown).correct) {
            ASSERT_TRUE(s.choose(shown));
        }
    }
}

/// Chooses wrong options of question `index` (as many as it asks for).
void answerWrong(ExamSession& s, int index)
{
    s.goTo(index);
    int chosen = 0;
    for (int shown = 0; shown < s.question(index).options.size() && chosen < s.item(index).choose; ++shown) {
        if (!s.shownOption(index, shown).correct) {
            ASSERT_TRUE(s.choose(shown));
            ++chosen;
        }
    }
}

/// A call that succeeded and said yes.
testing::AssertionResult done(const Result<bool>& r)
{
    if (!r) {
        return testing::AssertionFailure() << "failed: " << r.error().toStdString();
    }
    return *r ? testing::AssertionSuccess() : testing::AssertionFailure() << "refused";
}

/// A call that succeeded but changed nothing (refused).
testing::AssertionResult refused(const Result<bool>& r)
{
    if (!r) {
        return testing::AssertionFailure() << "failed: " << r.error().toStdString();
    }
    return *r ? testing::AssertionFailure() << "accepted" : testing::AssertionSuccess();
}

QList<Event> ticked(ExamSession& s)
{
    const Result<QList<Event>> events = s.tick();
    EXPECT_TRUE(events) << events.error().toStdString();
    return events ? *events : QList<Event>{};
}

// --- answering
// ----------------------------------------------------------------------------------------------

TEST_F(Exam, ASingleAnswerQuestionTakesOneOptionAndAnotherReplacesIt)
{
    auto s = start();
    ASSERT_EQ(s->count(), 6);
    EXPECT_EQ(s->currentIndex(), 0);
    EXPECT_FALSE(s->isAnswered(0));
    EXPECT_TRUE(done(s->choose(0))); // A: written option 3
    EXPECT_EQ(s->response(0).selected, QList<int>{3});
    EXPECT_TRUE(s->isAnswered(0));
    EXPECT_TRUE(done(s->choose(2))); // C: written option 1
    EXPECT_EQ(s->response(0).selected, QList<int>{1}) << "the new choice replaces the old one";
    EXPECT_EQ(s->shownSelection(0), QList<int>{2});
    EXPECT_TRUE(refused(s->choose(2))) << "choosing the chosen option changes nothing";
    EXPECT_TRUE(refused(s->choose(4))) << "there is no E";
    EXPECT_TRUE(refused(s->choose(-1)));
    EXPECT_EQ(s->response(0).selected, QList<int>{1});
    EXPECT_EQ(s->response(0).answeredAt, kStart);
    // Stored at once.
    EXPECT_EQ(stored(s->attempt().id).responses[0].selected, QList<int>{1});
}

TEST_F(Exam, AMultiResponseQuestionTakesAtMostKAndCountsAsAnsweredWithExactlyK)
{
    auto s = start();
    s->next();
    ASSERT_EQ(s->currentIndex(), 1);
    ASSERT_EQ(s->item(1).choose, 2);
    EXPECT_TRUE(done(s->choose(1))); // B: written 3
    EXPECT_FALSE(s->isAnswered(1)) << "one of two";
    EXPECT_TRUE(done(s->choose(4))); // E: written 0
    EXPECT_TRUE(s->isAnswered(1));
    EXPECT_EQ(s->response(1).selected, (QList<int>{3, 0}));
    EXPECT_EQ(s->shownSelection(1), (QList<int>{1, 4}));
    EXPECT_TRUE(refused(s->choose(0))) << "a third choice on a choose-2 question is refused";
    EXPECT_EQ(s->response(1).selected, (QList<int>{3, 0}));
    EXPECT_TRUE(done(s->choose(1))) << "choosing a chosen option again takes it back";
    EXPECT_EQ(s->response(1).selected, QList<int>{0});
    EXPECT_FALSE(s->isAnswered(1));
    EXPECT_TRUE(done(s->choose(0))); // A: written 4
    EXPECT_EQ(s->shownSelection(1), (QList<int>{0, 4}));
    EXPECT_TRUE(s->isAnswered(1));
    EXPECT_EQ(s->answeredCount(), 1);
    EXPECT_EQ(s->unanswered(), (QList<int>{0, 2, 3, 4, 5}));
    EXPECT_EQ(stored(s->attempt().id).responses[1].selected, (QList<int>{0, 4}));
    // Both taken back: nothing chosen, and stored so.
    EXPECT_TRUE(done(s->choose(0)));
    EXPECT_TRUE(done(s->choose(4)));
    EXPECT_TRUE(s->response(1).selected.isEmpty());
    EXPECT_TRUE(stored(s->attempt().id).responses[1].selected.isEmpty());
}

TEST_F(Exam, ShownLettersMapToTheWrittenOptionsThroughTheOrder)
{
    auto s = start();
    // s0 is shown in reverse: C is written option 1, the right one.
    EXPECT_EQ(s->shownOption(0, 0).text, QStringLiteral("sqs.q.s0 option 3"));
    EXPECT_EQ(s->shownOption(0, 2).text, QStringLiteral("sqs.q.s0 option 1"));
    EXPECT_TRUE(s->shownOption(0, 2).correct);
    EXPECT_FALSE(s->shownOption(0, 1).correct);
    EXPECT_EQ(s->shownOption(0, 2).why, QStringLiteral("why 1"));
    EXPECT_TRUE(s->shownOption(1, 1).correct);                                 // written 3
    EXPECT_TRUE(s->shownOption(1, 4).correct);                                 // written 0
    EXPECT_EQ(s->shownOption(2, 1).text, QStringLiteral("sqs.q.s2 option 1")); // shown as written
    // The order is kept with the attempt, so the letters are the same after a restart.
    EXPECT_EQ(stored(s->attempt().id).items, paper.items);
}

TEST_F(Exam, FlagsAreSetTakenBackAndStored)
{
    auto s = start();
    s->goTo(3);
    EXPECT_TRUE(done(s->toggleFlag()));
    EXPECT_TRUE(s->response(3).flagged);
    s->goTo(5);
    EXPECT_TRUE(done(s->toggleFlag()));
    EXPECT_EQ(s->flagged(), (QList<int>{3, 5}));
    EXPECT_TRUE(stored(s->attempt().id).responses[3].flagged);
    s->goTo(3);
    EXPECT_TRUE(done(s->toggleFlag()));
    EXPECT_EQ(s->flagged(), QList<int>{5});
    EXPECT_FALSE(stored(s->attempt().id).responses[3].flagged);
    EXPECT_FALSE(s->isAnswered(5)) << "a flag is no answer";
}

TEST_F(Exam, NavigationStaysWithinTheExamAndAddsUpTheTimeOnEachQuestion)
{
    auto s = start();
    s->previous();
    EXPECT_EQ(s->currentIndex(), 0);
    s->goTo(3);
    EXPECT_EQ(s->currentIndex(), 3);
    s->next();
    EXPECT_EQ(s->currentIndex(), 4);
    s->previous();
    EXPECT_EQ(s->currentIndex(), 3);
    s->goTo(6);
    s->goTo(-1);
    EXPECT_EQ(s->currentIndex(), 3) << "no question 6 or -1";
    s->goTo(5);
    s->next();
    EXPECT_EQ(s->currentIndex(), 5) << "the last question has no next";

    // Time on a question adds up over visits.
    s->goTo(0);
    clock.advanceSeconds(30);
    s->goTo(1);
    clock.advanceSeconds(20);
    s->goTo(0);
    clock.advanceSeconds(10);
    ASSERT_TRUE(done(s->choose(2))); // stored with its time so far
    EXPECT_EQ(s->response(0).timeMs, 40000);
    EXPECT_EQ(s->response(1).timeMs, 20000);
    EXPECT_EQ(stored(s->attempt().id).responses[0].timeMs, 40000);
}

// --- the clock
// ----------------------------------------------------------------------------------------------

TEST_F(Exam, TheClockWarnsAtFifteenAndFiveMinutesOnceEachAndSubmitsAtZero)
{
    auto s = start();
    EXPECT_TRUE(s->isTimed());
    EXPECT_FALSE(s->givesFeedback());
    EXPECT_EQ(s->remainingMs(), kLimitMs);
    answerRight(*s, 0);
    clock.advanceSeconds(60 * 60);
    EXPECT_TRUE(ticked(*s).isEmpty());
    EXPECT_EQ(s->remainingMs(), 70 * kMinuteMs);

    clock.set(kStart.addSecs((130 - 15) * 60)); // 15 minutes left
    EXPECT_EQ(ticked(*s), QList<Event>{Event::FifteenMinutesLeft});
    EXPECT_TRUE(ticked(*s).isEmpty()) << "once";
    clock.advanceSeconds(5 * 60);
    EXPECT_TRUE(ticked(*s).isEmpty());

    clock.set(kStart.addSecs((130 - 5) * 60)); // 5 minutes left
    EXPECT_EQ(ticked(*s), QList<Event>{Event::FiveMinutesLeft});
    EXPECT_TRUE(ticked(*s).isEmpty()) << "once";
    EXPECT_FALSE(s->isFinished());

    clock.set(kStart.addSecs(130 * 60));
    EXPECT_EQ(ticked(*s), QList<Event>{Event::TimeUp});
    EXPECT_TRUE(s->isFinished());
    EXPECT_EQ(s->remainingMs(), 0);
    EXPECT_TRUE(ticked(*s).isEmpty());
    EXPECT_TRUE(s->isLocked(1)) << "nothing can be changed after time is up";
    s->goTo(1);
    EXPECT_TRUE(refused(s->choose(0)));

    const ExamAttempt a = stored(s->attempt().id);
    EXPECT_EQ(a.status, ExamAttempt::Status::Finished);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM exam_attempt")).toString(),
              QStringLiteral("finished"));
    EXPECT_EQ(a.elapsedMs, kLimitMs);
    EXPECT_EQ(a.finishedAt, kStart.addSecs(130 * 60));
    EXPECT_EQ(a.correct, 1);
    EXPECT_EQ(a.total, 6);
    EXPECT_EQ(a.responses[0].correct, std::optional<bool>(true));
    EXPECT_EQ(a.responses[1].correct, std::optional<bool>(false)) << "unanswered is wrong";
    EXPECT_FALSE(store.inProgress()->has_value());
}

TEST_F(Exam, AClockThatJumpsPastBothWarningsGivesTheLastOneOnlyAndTimeUsedNeverExceedsTheLimit)
{
    auto s = start();
    clock.set(kStart.addSecs((130 - 3) * 60));
    EXPECT_EQ(ticked(*s), QList<Event>{Event::FiveMinutesLeft});
    EXPECT_TRUE(ticked(*s).isEmpty());
    clock.set(kStart.addSecs(200 * 60)); // the machine slept
    EXPECT_EQ(ticked(*s), QList<Event>{Event::TimeUp});
    EXPECT_EQ(stored(s->attempt().id).elapsedMs, kLimitMs);
    EXPECT_EQ(s->report().usedMs, kLimitMs);
}

TEST_F(Exam, ExtraMinutesLengthenTheLimit)
{
    auto s = start(ExamMode::Timed, 30);
    EXPECT_EQ(s->remainingMs(), 160 * kMinuteMs);
    clock.set(kStart.addSecs(130 * 60));
    EXPECT_TRUE(ticked(*s).isEmpty()) << "130 minutes are not the end with 30 more";
    EXPECT_FALSE(s->isFinished());
    EXPECT_EQ(s->remainingMs(), 30 * kMinuteMs);
    clock.set(kStart.addSecs(145 * 60));
    EXPECT_EQ(ticked(*s), QList<Event>{Event::FifteenMinutesLeft});
    const ExamAttempt a = stored(s->attempt().id);
    EXPECT_EQ(a.timeLimitMs, 160 * kMinuteMs);
    EXPECT_EQ(a.extraMinutes, 30);
    clock.set(kStart.addSecs(160 * 60));
    EXPECT_EQ(ticked(*s), QList<Event>{Event::TimeUp});
    EXPECT_EQ(stored(s->attempt().id).elapsedMs, 160 * kMinuteMs);
}

TEST_F(Exam, PracticeIsUntimedButMeasured)
{
    auto s = start(ExamMode::Practice, 30);
    EXPECT_FALSE(s->isTimed());
    EXPECT_EQ(s->remainingMs(), -1);
    EXPECT_EQ(s->attempt().extraMinutes, 0);
    clock.advanceSeconds(10 * 3600);
    EXPECT_TRUE(ticked(*s).isEmpty());
    EXPECT_FALSE(s->isFinished());
    EXPECT_EQ(s->elapsedMs(), 10 * 3600 * 1000LL);
    EXPECT_EQ(stored(s->attempt().id).timeLimitMs, 0);
}

// --- resuming
// -----------------------------------------------------------------------------------------------

TEST_F(Exam, AResumedExamHasItsAnswersFlagsAndTheTimeLeftAtTheLastSave)
{
    qint64 id = 0;
    {
        auto s = start();
        id = s->attempt().id;
        clock.advanceSeconds(60);
        answerRight(*s, 0); // stored with 60 s used
        s->goTo(1);
        clock.advanceSeconds(30);
        ASSERT_TRUE(done(s->toggleFlag())); // 90 s
        ASSERT_TRUE(done(s->choose(0)));    // half an answer
        s->goTo(2);
        clock.advanceSeconds(100);
        answerWrong(*s, 2); // 190 s
        clock.advanceSeconds(20);
        ASSERT_TRUE(done(s->saveTime())); // 210 s: the page saves every few seconds
        clock.advanceSeconds(4);          // lost with the crash: never saved
    }
    clock.advanceSeconds(3600); // the app was closed for an hour

    auto s = session();
    const Result<bool> resumed = s->resume(id);
    ASSERT_TRUE(resumed) << resumed.error().toStdString();
    EXPECT_EQ(s->attempt().id, id);
    EXPECT_EQ(s->count(), 6);
    EXPECT_EQ(s->response(0).selected, QList<int>{1});
    EXPECT_EQ(s->response(1).selected, QList<int>{4});
    EXPECT_TRUE(s->response(1).flagged);
    EXPECT_EQ(s->response(2).selected, QList<int>{0});
    EXPECT_EQ(s->flagged(), QList<int>{1});
    EXPECT_EQ(s->elapsedMs(), 210 * 1000);
    EXPECT_EQ(s->remainingMs(), kLimitMs - 210 * 1000) << "the hour while closed does not count";
    EXPECT_EQ(s->currentIndex(), 1) << "back at the first question not answered";
    for (int i = 0; i < s->count(); ++i) {
        EXPECT_EQ(s->item(i), paper.items[i]) << "the same questions in the same order, options too";
    }

    // The clock runs again from there, and the exam goes on in the same attempt.
    clock.advanceSeconds(60);
    EXPECT_EQ(s->elapsedMs(), 270 * 1000);
    ASSERT_TRUE(done(s->choose(1)));
    EXPECT_TRUE(s->isAnswered(1));
    EXPECT_EQ(stored(id).elapsedMs, 270 * 1000);
    EXPECT_EQ(store.attempts()->size(), 1);
}

TEST_F(Exam, AWarningGivenBeforeTheAppClosedIsNotRepeatedAfterResuming)
{
    qint64 id = 0;
    {
        auto s = start();
        id = s->attempt().id;
        clock.set(kStart.addSecs((130 - 14) * 60));
        ASSERT_EQ(ticked(*s), QList<Event>{Event::FifteenMinutesLeft});
        clock.advanceSeconds(4 * 60); // 10 minutes left
        ASSERT_TRUE(done(s->saveTime()));
    }
    clock.advanceSeconds(3600);
    auto s = session();
    ASSERT_TRUE(s->resume(id));
    EXPECT_EQ(s->remainingMs(), 10 * kMinuteMs);
    EXPECT_TRUE(ticked(*s).isEmpty()) << "10 minutes left: no second 'fifteen minutes left'";
    clock.advanceSeconds(5 * 60);
    EXPECT_EQ(ticked(*s), QList<Event>{Event::FiveMinutesLeft});
}

TEST_F(Exam, OnlyAnExamInProgressWhoseQuestionsAreAllStillInTheBankResumes)
{
    auto s = start();
    const qint64 id = s->attempt().id;
    EXPECT_EQ(store.inProgress()->value_or(0), id);

    // A question that lost an option since: the stored letters would point elsewhere.
    QHash<QString, Question> changed = bank;
    changed[QStringLiteral("sqs.q.s3")].options.removeLast();
    ExamSession other(store, clock, changed, testProfile());
    EXPECT_FALSE(other.resume(id));
    QHash<QString, Question> fewer = bank;
    fewer.remove(QStringLiteral("sqs.q.m4"));
    ExamSession another(store, clock, fewer, testProfile());
    const Result<bool> missing = another.resume(id);
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().contains(QStringLiteral("sqs.q.m4"))) << missing.error().toStdString();

    ASSERT_TRUE(s->submit());
    EXPECT_FALSE(session()->resume(id)) << "a finished exam does not resume";
    EXPECT_FALSE(session()->resume(id + 100));
    EXPECT_FALSE(store.inProgress()->has_value());
}

// --- practice feedback
// --------------------------------------------------------------------------------------

TEST_F(Exam, PracticeChecksAnAnswerMakingItFinalAndStoringItsResult)
{
    auto s = start(ExamMode::Practice);
    EXPECT_TRUE(s->givesFeedback());
    EXPECT_TRUE(refused(s->check())) << "nothing chosen yet";
    answerRight(*s, 0);
    EXPECT_TRUE(done(s->check()));
    EXPECT_TRUE(s->isLocked(0));
    EXPECT_TRUE(s->response(0).checked);
    EXPECT_EQ(s->response(0).correct, std::optional<bool>(true));
    EXPECT_TRUE(refused(s->choose(0))) << "a checked answer is final";
    EXPECT_TRUE(refused(s->check())) << "checked once";
    EXPECT_EQ(s->response(0).selected, QList<int>{1});

    s->goTo(1);
    ASSERT_TRUE(done(s->choose(1)));
    EXPECT_TRUE(refused(s->check())) << "one of two options is not an answer yet";
    ASSERT_TRUE(done(s->choose(2))); // written 2: wrong
    EXPECT_TRUE(done(s->check()));
    EXPECT_EQ(s->response(1).correct, std::optional<bool>(false));

    const ExamAttempt a = stored(s->attempt().id);
    EXPECT_EQ(a.mode, ExamMode::Practice);
    EXPECT_TRUE(a.responses[0].checked);
    EXPECT_EQ(a.responses[0].correct, std::optional<bool>(true));
    EXPECT_TRUE(a.responses[1].checked);
    EXPECT_EQ(a.responses[1].correct, std::optional<bool>(false));
    EXPECT_FALSE(a.responses[2].correct.has_value()) << "not checked: no result yet";
    EXPECT_EQ(a.status, ExamAttempt::Status::InProgress);
}

TEST_F(Exam, ATimedExamShowsNothingBeforeItIsSubmitted)
{
    auto s = start(ExamMode::Timed);
    answerRight(*s, 0);
    EXPECT_TRUE(refused(s->check()));
    EXPECT_FALSE(s->isLocked(0));
    EXPECT_FALSE(s->response(0).correct.has_value());
    EXPECT_FALSE(stored(s->attempt().id).responses[0].checked);
    EXPECT_TRUE(done(s->choose(0))) << "the answer can still be changed";
}

// --- scoring
// ------------------------------------------------------------------------------------------------

class ExamScore : public Exam {
protected:
    /// A timed exam of 65 single-answer questions (written option 0 right), 19/17/16/13 by domain, with
    /// the questions at `rightAt` answered right and every other one answered wrong.
    ExamReport take(const QList<int>& rightAt)
    {
        const QList<int> quotas{19, 17, 16, 13};
        ExamPaper full;
        full.profileId = QStringLiteral("test-p01");
        full.minutes = 130;
        int n = 0;
        for (qsizetype d = 0; d < quotas.size(); ++d) {
            for (int i = 0; i < quotas[d]; ++i, ++n) {
                const Question q = questionOf(QStringLiteral("full.q%1").arg(n, 2, 10, QLatin1Char('0')), 4,
                                              {0}, QStringLiteral("d%1").arg(d + 1));
                bank.insert(q.id, q);
                full.items.append(itemOf(q, {2, 0, 3, 1}));
            }
        }
        auto s = start(ExamMode::Timed, 0, &full);
        for (int i = 0; i < 65; ++i) {
            if (rightAt.contains(i)) {
                answerRight(*s, i);
            } else {
                answerWrong(*s, i);
            }
        }
        const Result<ExamReport> report = s->submit();
        EXPECT_TRUE(report) << report.error().toStdString();
        EXPECT_EQ(stored(s->attempt().id).scaledScore, report ? report->scaledScore.value_or(-1) : -2);
        return report ? *report : ExamReport{};
    }

    static QList<int> firstN(int n)
    {
        QList<int> list;
        for (int i = 0; i < n; ++i) {
            list.append(i);
        }
        return list;
    }
};

TEST_F(ExamScore, TheScaledScoreIsLinearFrom100To1000)
{
    const ExamProfile p = testProfile();
    EXPECT_EQ(ExamScoring::scaledScore(p, 65, 65), 1000);
    EXPECT_EQ(ExamScoring::scaledScore(p, 0, 65), 100);
    EXPECT_EQ(ExamScoring::scaledScore(p, 45, 65), 723);
    EXPECT_EQ(ExamScoring::scaledScore(p, 44, 65), 709);
    EXPECT_NEAR(ExamScoring::passShare(p), 620.0 / 900.0, 1e-12);

    const ExamReport all = take(firstN(65));
    EXPECT_EQ(all.correct, 65);
    EXPECT_EQ(all.scaledScore, std::optional<int>(1000));
    EXPECT_TRUE(all.passed);
    const ExamReport none = take({});
    EXPECT_EQ(none.correct, 0);
    EXPECT_EQ(none.answered, 65);
    EXPECT_EQ(none.scaledScore, std::optional<int>(100));
    EXPECT_FALSE(none.passed);
}

TEST_F(ExamScore, TheHistorySaysPassFromAStoredAttemptAsTheReportDid)
{
    for (const int right : {44, 45}) {
        const ExamReport report = take(firstN(right));
        const Result<QList<ExamAttempt>> listed = store.attempts();
        ASSERT_TRUE(listed && !listed->isEmpty());
        const ExamProfile p = testProfile();
        EXPECT_EQ(ExamScoring::passed(listed->first(), &p), report.passed) << right << " right";
    }
    // Practice has no scaled score: its share right against the pass share decides.
    ExamAttempt practice;
    practice.mode = ExamMode::Practice;
    practice.correct = 7;
    practice.total = 10;
    EXPECT_TRUE(ExamScoring::passed(practice, nullptr)) << "70% is over 68.9%";
    practice.correct = 6;
    EXPECT_FALSE(ExamScoring::passed(practice, nullptr));
}

TEST_F(ExamScore, FortyFiveOf65PassesAndFortyFourDoesNot)
{
    const ExamReport pass = take(firstN(45));
    EXPECT_EQ(pass.correct, 45);
    EXPECT_EQ(pass.total, 65);
    ASSERT_TRUE(pass.scaledScore);
    EXPECT_GE(*pass.scaledScore, 720);
    EXPECT_TRUE(pass.passed);
    // Compensatory: d1 (19/19) and d2 (17/17) meet competencies, d3 (9/16) and d4 (0/13) need improvement,
    // and the exam passes on its total.
    ASSERT_EQ(pass.domains.size(), 4);
    EXPECT_EQ(pass.domains[0].id, QStringLiteral("d1"));
    EXPECT_EQ(pass.domains[0].name, QStringLiteral("Domain 1"));
    EXPECT_EQ(pass.domains[0].correct, 19);
    EXPECT_TRUE(pass.domains[0].meets);
    EXPECT_TRUE(pass.domains[1].meets);
    EXPECT_EQ(pass.domains[2].correct, 9);
    EXPECT_EQ(pass.domains[2].total, 16);
    EXPECT_FALSE(pass.domains[2].meets);
    EXPECT_EQ(pass.domains[3].correct, 0);
    EXPECT_FALSE(pass.domains[3].meets);

    const ExamReport fail = take(firstN(44));
    EXPECT_EQ(fail.correct, 44);
    ASSERT_TRUE(fail.scaledScore);
    EXPECT_LT(*fail.scaledScore, 720);
    EXPECT_FALSE(fail.passed);
}

TEST_F(Exam, HalfARightMultiResponseAnswerIsWrongAndAnUnansweredQuestionCountsWrong)
{
    const Question& multi = bank[QStringLiteral("sqs.q.m1")];
    EXPECT_TRUE(ExamScoring::isCorrect(multi, {0, 3}));
    EXPECT_TRUE(ExamScoring::isCorrect(multi, {3, 0})) << "in any order";
    EXPECT_FALSE(ExamScoring::isCorrect(multi, {0}));
    EXPECT_FALSE(ExamScoring::isCorrect(multi, {0, 2}));
    EXPECT_FALSE(ExamScoring::isCorrect(multi, {0, 3, 1}));
    EXPECT_FALSE(ExamScoring::isCorrect(multi, {0, 0}));
    EXPECT_FALSE(ExamScoring::isCorrect(multi, {}));

    auto s = start();
    answerRight(*s, 0);
    s->goTo(1);
    ASSERT_TRUE(done(s->choose(1))); // written 3: right
    ASSERT_TRUE(done(s->choose(2))); // written 2: wrong
    answerRight(*s, 3);
    answerRight(*s, 4);
    answerWrong(*s, 5);
    // Question 2 is left unanswered.
    const Result<ExamReport> report = s->submit();
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->total, 6);
    EXPECT_EQ(report->answered, 5);
    EXPECT_EQ(report->correct, 3);
    EXPECT_EQ(report->scaledScore, std::optional<int>(550)); // 100 + 900 x 3/6
    EXPECT_FALSE(report->passed);
    const ExamAttempt a = stored(s->attempt().id);
    EXPECT_EQ(a.responses[1].correct, std::optional<bool>(false));
    EXPECT_EQ(a.responses[2].correct, std::optional<bool>(false));
    EXPECT_EQ(a.correct, 3);
    EXPECT_EQ(a.total, 6);
    // Per domain: d1 1/1, d2 0/2, d3 2/2, d4 0/1.
    ASSERT_EQ(report->domains.size(), 4);
    EXPECT_TRUE(report->domains[0].meets);
    EXPECT_FALSE(report->domains[1].meets);
    EXPECT_EQ(report->domains[1].total, 2);
    EXPECT_TRUE(report->domains[2].meets);
    EXPECT_FALSE(report->domains[3].meets);
    EXPECT_TRUE(s->submit()) << "submitting twice changes nothing";
    EXPECT_EQ(stored(s->attempt().id).correct, 3);
}

TEST_F(Exam, PracticeHasNoScaledScore)
{
    auto s = start(ExamMode::Practice);
    for (int i = 0; i < 6; ++i) {
        answerRight(*s, i);
    }
    const Result<ExamReport> report = s->submit();
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->scaledScore.has_value());
    EXPECT_EQ(report->correct, 6);
    EXPECT_TRUE(report->passed);
    EXPECT_EQ(stored(s->attempt().id).scaledScore, 0);
}

// --- the store
// ----------------------------------------------------------------------------------------------

TEST_F(Exam, AttemptsAreListedNewestFirstWithWhatWasSetUp)
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto s = start(i == 1 ? ExamMode::Practice : ExamMode::Timed);
        ids.append(s->attempt().id);
        clock.advanceSeconds(3600);
        if (i < 2) {
            ASSERT_TRUE(s->submit());
        }
    }
    const Result<QList<ExamAttempt>> list = store.attempts();
    ASSERT_TRUE(list) << list.error().toStdString();
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ(list->at(0).id, ids[2]);
    EXPECT_EQ(list->at(1).id, ids[1]);
    EXPECT_EQ(list->at(2).id, ids[0]);
    EXPECT_EQ(list->at(0).status, ExamAttempt::Status::InProgress);
    EXPECT_EQ(list->at(1).status, ExamAttempt::Status::Finished);
    EXPECT_EQ(list->at(1).mode, ExamMode::Practice);
    EXPECT_EQ(list->at(2).mode, ExamMode::Timed);
    EXPECT_EQ(list->at(2).startedAt, kStart);
    EXPECT_EQ(list->at(2).finishedAt, kStart.addSecs(3600));
    EXPECT_EQ(list->at(2).elapsedMs, 3600 * 1000);
    EXPECT_EQ(list->at(2).profileId, QStringLiteral("test-p01"));
    EXPECT_EQ(list->at(2).title, QStringLiteral("Full exam"));
    EXPECT_EQ(list->at(2).scope, QStringLiteral("profile:test-p01"));
    EXPECT_EQ(list->at(2).seed, 77u);
    EXPECT_EQ(list->at(2).total, 6);
    EXPECT_TRUE(list->at(0).items.isEmpty()) << "a listing holds no questions";
    EXPECT_EQ(store.inProgress()->value_or(0), ids[2]);
}

TEST_F(Exam, ADrillOfTopicsWithoutAProfileOrTitleIsStored)
{
    // practiceSet gives a paper with no profile; a drill set up without a title or scope.
    QList<PoolQuestion> pool;
    for (const Question& q : std::as_const(bank)) {
        pool.append(PoolQuestion{q.id, q.topic, q.choose, int(q.options.size()), 0});
    }
    const ExamPaper drill = ExamGenerator::practiceSet(pool, 4, 1, kStart.toMSecsSinceEpoch());
    ExamSession s(store, clock, bank, std::nullopt, {{QStringLiteral("sqs"), QStringLiteral("Amazon SQS")}});
    ExamSetup setup;
    setup.mode = ExamMode::Drill;
    const Result<bool> started = s.start(drill, setup);
    ASSERT_TRUE(started) << started.error().toStdString();
    answerRight(s, 0);
    const Result<ExamReport> report = s.submit();
    ASSERT_TRUE(report) << report.error().toStdString();
    ASSERT_EQ(report->domains.size(), 1);
    EXPECT_EQ(report->domains[0].name, QStringLiteral("Amazon SQS"));
    EXPECT_EQ(report->total, 4);
    const ExamAttempt a = stored(s.attempt().id);
    EXPECT_TRUE(a.profileId.isEmpty());
    EXPECT_EQ(a.mode, ExamMode::Drill);
    EXPECT_EQ(a.status, ExamAttempt::Status::Finished);
}

TEST_F(Exam, ASeedOfAnySizeIsStoredAsItIs)
{
    ExamPaper big = paper;
    big.seed = 18446744073709551557ULL; // above 2^63
    auto s = start(ExamMode::Timed, 0, &big);
    EXPECT_EQ(stored(s->attempt().id).seed, big.seed);
    EXPECT_EQ(store.attempts()->at(0).seed, big.seed);
}

TEST_F(Exam, QuestionHistorySaysWhenEachWasLastAnsweredHowAndWhetherItIsFlagged)
{
    // Yesterday, a timed exam: s0 right, m1 wrong and flagged, s2 not answered.
    {
        auto s = start();
        clock.advanceSeconds(60);
        answerRight(*s, 0);
        answerWrong(*s, 1);
        ASSERT_TRUE(done(s->toggleFlag()));
        clock.advanceSeconds(60);
        ASSERT_TRUE(s->submit());
    }
    const QDateTime yesterday = kStart.addSecs(60);
    // Today, practice: s0 checked wrong; m1 shown but neither answered nor flagged; s3 flagged only.
    clock.set(kStart.addDays(1));
    auto s = start(ExamMode::Practice);
    clock.advanceSeconds(30);
    answerWrong(*s, 0);
    ASSERT_TRUE(done(s->check()));
    s->goTo(3);
    ASSERT_TRUE(done(s->toggleFlag()));

    const Result<QHash<QString, QuestionHistory>> history = store.questionHistory();
    ASSERT_TRUE(history) << history.error().toStdString();
    const QuestionHistory s0 = history->value(QStringLiteral("sqs.q.s0"));
    EXPECT_EQ(s0.lastSeenMs, kStart.addDays(1).addSecs(30).toMSecsSinceEpoch());
    EXPECT_EQ(s0.lastResult, std::optional<bool>(false)) << "the last final answer was wrong";
    EXPECT_FALSE(s0.flagged);
    const QuestionHistory m1 = history->value(QStringLiteral("sqs.q.m1"));
    EXPECT_EQ(m1.lastSeenMs, yesterday.toMSecsSinceEpoch());
    EXPECT_EQ(m1.lastResult, std::optional<bool>(false));
    EXPECT_FALSE(m1.flagged) << "not flagged the last time it was asked";
    const QuestionHistory s2 = history->value(QStringLiteral("sqs.q.s2"));
    EXPECT_EQ(s2.lastSeenMs, 0) << "never answered";
    EXPECT_FALSE(s2.lastResult.has_value());
    const QuestionHistory s3 = history->value(QStringLiteral("sqs.q.s3"));
    EXPECT_TRUE(s3.flagged);
    EXPECT_FALSE(s3.lastResult.has_value());
    EXPECT_FALSE(history->contains(QStringLiteral("sqs.q.never-asked")));

    // The history steers the next exam: questions answered yesterday come after those never answered.
    QHash<QString, qint64> lastSeen;
    for (auto it = history->cbegin(); it != history->cend(); ++it) {
        lastSeen.insert(it.key(), it->lastSeenMs);
    }
    QList<Question> questions = bank.values();
    const QList<PoolQuestion> pool = ExamGenerator::poolOf(questions, QStringLiteral("test-p01"), lastSeen);
    const ExamPaper next = ExamGenerator::practiceSet(pool, 3, 5, clock.now().toMSecsSinceEpoch());
    for (const ExamItem& item : next.items) {
        EXPECT_NE(item.questionId, QStringLiteral("sqs.q.s0"));
        EXPECT_NE(item.questionId, QStringLiteral("sqs.q.m1"));
    }
}

// --- cards brought forward
// ----------------------------------------------------------------------------------

class FollowUp : public Exam {
protected:
    void SetUp() override
    {
        Exam::SetUp();
        // notes.txt: "SQS" lines 1-20 holds "Visibility" lines 3-8 and "Dead letters" lines 9-11; "SNS"
        // lines 21-30.
        sections = {NoteSectionRow{3, 1, QStringLiteral("notes.txt"), QStringLiteral("SNS"),
                                   QStringLiteral("sns"), 1, 21, 30, 21, QString()},
                    NoteSectionRow{1, 1, QStringLiteral("notes.txt"), QStringLiteral("SQS"),
                                   QStringLiteral("sqs"), 1, 1, 20, 1, QString()},
                    NoteSectionRow{4, 1, QStringLiteral("notes.txt"), QStringLiteral("Dead letters"),
                                   QStringLiteral("sqs"), 2, 9, 11, 9, QString()},
                    NoteSectionRow{2, 1, QStringLiteral("notes.txt"), QStringLiteral("Visibility"),
                                   QStringLiteral("sqs"), 2, 3, 8, 3, QString()}};
        // The questions were written from the Visibility section.
        for (Question& q : bank) {
            q.source.file = QStringLiteral("notes.txt");
            q.source.line = 4;
        }
        addCard(QStringLiteral("sqs.vis-a"), 4, kStart.addDays(10), 3.0);
        addCard(QStringLiteral("sqs.vis-b"), 6, kStart.addDays(20), 1.0);
        addCard(QStringLiteral("sqs.vis-due"), 5, kStart.addDays(-1), 2.0);      // due already
        addCard(QStringLiteral("sqs.vis-suspended"), 7, kStart.addDays(5), 2.0); // suspended below
        addCard(QStringLiteral("sqs.vis-new"), 5, QDateTime(), 0);               // never studied
        addCard(QStringLiteral("sqs.elsewhere"), 12, kStart.addDays(10), 0.5);   // SQS, not Visibility
        addCard(QStringLiteral("sns.card"), 22, kStart.addDays(10), 0.5, QStringLiteral("sns"));
        CardRecord suspended = *reviews.record(QStringLiteral("sqs.vis-suspended"));
        suspended.suspended = true;
        ASSERT_TRUE(reviews.save(suspended));
        before = *reviews.records();
    }

    /// A card of `topic` written from notes.txt line `line`; with a valid `due`, a studied card due then.
    void addCard(const QString& id, int line, const QDateTime& due, double stability,
                 const QString& topic = QStringLiteral("sqs"))
    {
        Card c;
        c.id = id;
        c.topic = topic;
        c.source.file = QStringLiteral("notes.txt");
        c.source.line = line;
        cards.append(c);
        if (!due.isValid()) {
            return;
        }
        CardRecord r;
        r.cardId = id;
        r.schedule.state = CardState::Review;
        r.schedule.due = due;
        r.schedule.stability = stability;
        r.schedule.difficulty = 5;
        r.schedule.reps = 3;
        r.schedule.lastReview = kStart.addDays(-3);
        ASSERT_TRUE(reviews.save(r));
    }

    std::unique_ptr<ExamSession> startFollowing(ExamMode mode)
    {
        auto s = start(mode);
        s->setCardFollowUp(&reviews, CardFollowUp(cards, sections));
        return s;
    }

    QDateTime dueOf(const QString& id) const { return reviews.record(id)->schedule.due; }

    /// Every card but `moved` is as it was.
    void expectOnlyMoved(const QStringList& moved) const
    {
        const QHash<QString, CardRecord> now = *reviews.records();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!moved.contains(it.key())) {
                EXPECT_EQ(now.value(it.key()).schedule.due, it->schedule.due) << it.key().toStdString();
                EXPECT_EQ(now.value(it.key()).suspended, it->suspended) << it.key().toStdString();
            }
        }
    }

    QList<Card> cards;
    QList<NoteSectionRow> sections;
    QHash<QString, CardRecord> before;
};

TEST_F(FollowUp, AWrongCheckedAnswerBringsTheCardsOfItsSectionForward)
{
    auto s = startFollowing(ExamMode::Practice);
    clock.advanceSeconds(90);
    answerWrong(*s, 0);
    EXPECT_EQ(dueOf(QStringLiteral("sqs.vis-a")), kStart.addDays(10)) << "nothing moves before the check";
    ASSERT_TRUE(done(s->check()));
    const QDateTime now = kStart.addSecs(90);
    EXPECT_EQ(dueOf(QStringLiteral("sqs.vis-a")), now);
    EXPECT_EQ(dueOf(QStringLiteral("sqs.vis-b")), now);
    expectOnlyMoved({QStringLiteral("sqs.vis-a"), QStringLiteral("sqs.vis-b")});
    EXPECT_FALSE(reviews.record(QStringLiteral("sqs.vis-new"))->stored) << "a new card is left new";

    const Result<QHash<QString, CardNudge>> nudges = reviews.nudges();
    ASSERT_TRUE(nudges) << nudges.error().toStdString();
    ASSERT_EQ(nudges->size(), 2);
    const CardNudge a = nudges->value(QStringLiteral("sqs.vis-a"));
    EXPECT_EQ(a.questionId, QStringLiteral("sqs.q.s0"));
    EXPECT_EQ(a.attemptId, s->attempt().id);
    EXPECT_EQ(a.at, now);
    EXPECT_EQ(a.dueBefore, kStart.addDays(10));
    EXPECT_EQ(nudges->value(QStringLiteral("sqs.vis-b")).dueBefore, kStart.addDays(20));

    // Submitting later does not bring them forward a second time for the same answer.
    clock.advanceSeconds(600);
    ASSERT_TRUE(s->submit());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM card_nudge")).toInt(), 2);
    EXPECT_EQ(dueOf(QStringLiteral("sqs.vis-a")), now);
}

TEST_F(FollowUp, ARightAnswerOrAnUnansweredQuestionMovesNothing)
{
    auto s = startFollowing(ExamMode::Timed);
    answerRight(*s, 0);
    answerRight(*s, 1);
    ASSERT_TRUE(s->submit()); // four questions left unanswered
    expectOnlyMoved({});
    EXPECT_TRUE(reviews.nudges()->isEmpty());
}

TEST_F(FollowUp, ATimedExamBringsCardsForwardWhenItIsSubmitted)
{
    auto s = startFollowing(ExamMode::Timed);
    answerWrong(*s, 2);
    EXPECT_EQ(dueOf(QStringLiteral("sqs.vis-a")), kStart.addDays(10))
        << "a timed exam shows nothing until the end";
    clock.advanceSeconds(3000);
    ASSERT_TRUE(s->submit());
    const QDateTime now = kStart.addSecs(3000);
    EXPECT_EQ(dueOf(QStringLiteral("sqs.vis-a")), now);
    EXPECT_EQ(dueOf(QStringLiteral("sqs.vis-b")), now);
    expectOnlyMoved({QStringLiteral("sqs.vis-a"), QStringLiteral("sqs.vis-b")});
    EXPECT_EQ(reviews.nudges()->value(QStringLiteral("sqs.vis-a")).questionId, QStringLiteral("sqs.q.s2"));
}

TEST_F(FollowUp, WithoutAStudiedCardInItsSectionTheQuestionsTopicIsUsed)
{
    // A question written from the Dead letters section: no card there, so the studied SQS cards come
    // forward, least stable first, at most five.
    for (Question& q : bank) {
        q.source.line = 10;
    }
    for (int i = 0; i < 6; ++i) {
        addCard(QStringLiteral("sqs.more-%1").arg(i), 16 + (i % 3), kStart.addDays(30), 10.0 + i);
    }
    before = *reviews.records();
    auto s = startFollowing(ExamMode::Practice);
    answerWrong(*s, 0);
    ASSERT_TRUE(done(s->check()));
    // SQS topic cards due later and not suspended, by stability: elsewhere 0.5, vis-b 1.0, vis-a 3.0,
    // more-0 10, more-1 11.
    const QStringList moved{QStringLiteral("sqs.elsewhere"), QStringLiteral("sqs.vis-b"),
                            QStringLiteral("sqs.vis-a"), QStringLiteral("sqs.more-0"),
                            QStringLiteral("sqs.more-1")};
    for (const QString& id : moved) {
        EXPECT_EQ(dueOf(id), kStart) << id.toStdString();
    }
    expectOnlyMoved(moved);
    EXPECT_EQ(reviews.nudges()->size(), CardFollowUp::kMaxCards);
    EXPECT_EQ(dueOf(QStringLiteral("sns.card")), kStart.addDays(10)) << "another topic stays";
}

} // namespace
