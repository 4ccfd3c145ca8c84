#include "exam/ExamSession.h"

#include "review/ReviewStore.h"

#include <algorithm>

namespace certdeck {

ExamSession::ExamSession(const ExamStore& store, const Clock& clock, QHash<QString, Question> questions,
                         std::optional<ExamProfile> profile, QHash<QString, QString> topicTitles)
    : m_store(store), m_clock(clock), m_questions(std::move(questions)), m_profile(std::move(profile)),
      m_topicTitles(std::move(topicTitles))
{}

void ExamSession::setCardFollowUp(const ReviewStore* reviews, CardFollowUp followUp)
{
    m_reviews = reviews;
    m_followUp = std::move(followUp);
}

Result<bool> ExamSession::start(const ExamPaper& paper, const ExamSetup& setup)
{
    if (paper.items.isEmpty()) {
        return Result<bool>::failure(tr("There are no questions to ask."));
    }
    for (const ExamItem& item : paper.items) {
        if (!m_questions.contains(item.questionId)) {
            return Result<bool>::failure(tr("The question %1 is not in the bank.").arg(item.questionId));
        }
    }
    const QDateTime now = m_clock.now();
    ExamAttempt a;
    a.profileId = paper.profileId;
    a.mode = setup.mode;
    a.title = setup.title;
    a.scope = setup.scope;
    a.seed = paper.seed;
    a.startedAt = now;
    a.extraMinutes = setup.mode == ExamMode::Timed ? std::max(0, setup.extraMinutes) : 0;
    a.timeLimitMs = setup.mode == ExamMode::Timed && paper.minutes > 0
                        ? qint64(paper.minutes + a.extraMinutes) * 60000
                        : 0;
    a.items = paper.items;
    a.responses.resize(a.items.size());
    const Result<qint64> created = m_store.create(a);
    if (!created) {
        return Result<bool>::failure(created.error());
    }
    m_attempt = std::move(a);
    m_current = 0;
    m_elapsedBase = 0;
    m_runningSince = now;
    m_shownAt = now;
    m_warned15 = m_warned5 = false;
    return true;
}

Result<bool> ExamSession::resume(qint64 attemptId)
{
    const Result<std::optional<ExamAttempt>> read = m_store.attempt(attemptId);
    if (!read) {
        return Result<bool>::failure(read.error());
    }
    if (!read->has_value() || (*read)->status != ExamAttempt::Status::InProgress) {
        return Result<bool>::failure(tr("This exam is no longer in progress."));
    }
    const ExamAttempt& a = **read;
    for (const ExamItem& item : a.items) {
        const auto q = m_questions.constFind(item.questionId);
        if (q == m_questions.constEnd() || item.order.size() != q->options.size()) {
            return Result<bool>::failure(
                tr("The question %1 has changed or left the bank since this exam began, so it cannot go on.")
                    .arg(item.questionId));
        }
    }
    m_attempt = a;
    const QDateTime now = m_clock.now();
    m_elapsedBase = a.elapsedMs;
    m_runningSince = now;
    m_shownAt = now;
    // A warning whose moment passed before the exam was left was given then: not again.
    m_warned15 = isTimed() && remainingMs() <= kFirstWarningMs;
    m_warned5 = isTimed() && remainingMs() <= kLastWarningMs;
    // Back where the learner was: the first question not answered (or the last one).
    m_current = 0;
    while (m_current + 1 < count() && isAnswered(m_current)) {
        ++m_current;
    }
    return true;
}

const Question& ExamSession::question(int index) const
{
    return *m_questions.constFind(m_attempt.items[index].questionId);
}

QList<int> ExamSession::shownSelection(int index) const
{
    QList<int> shown;
    const QList<int>& order = m_attempt.items[index].order;
    for (const int written : m_attempt.responses[index].selected) {
        const qsizetype at = order.indexOf(written);
        if (at >= 0) {
            shown.append(int(at));
        }
    }
    std::sort(shown.begin(), shown.end());
    return shown;
}

const QuestionOption& ExamSession::shownOption(int index, int shown) const
{
    return question(index).options[m_attempt.items[index].order[shown]];
}

bool ExamSession::isAnswered(int index) const
{
    return m_attempt.isAnswered(index);
}

int ExamSession::answeredCount() const
{
    return m_attempt.answeredCount();
}

QList<int> ExamSession::unanswered() const
{
    QList<int> list;
    for (int i = 0; i < count(); ++i) {
        if (!isAnswered(i)) {
            list.append(i);
        }
    }
    return list;
}

QList<int> ExamSession::flagged() const
{
    QList<int> list;
    for (int i = 0; i < count(); ++i) {
        if (m_attempt.responses[i].flagged) {
            list.append(i);
        }
    }
    return list;
}

qint64 ExamSession::elapsedMs() const
{
    if (isFinished()) {
        return m_attempt.elapsedMs;
    }
    return m_elapsedBase + std::max<qint64>(0, m_runningSince.msecsTo(m_clock.now()));
}

qint64 ExamSession::remainingMs() const
{
    if (!isTimed()) {
        return -1;
    }
    return std::max<qint64>(0, m_attempt.timeLimitMs - elapsedMs());
}

bool ExamSession::isLocked(int index) const
{
    return isFinished() || m_attempt.responses[index].checked;
}

void ExamSession::leaveCurrent()
{
    const QDateTime now = m_clock.now();
    if (!isFinished() && count() > 0) {
        m_attempt.responses[m_current].timeMs += std::max<qint64>(0, m_shownAt.msecsTo(now));
    }
    m_shownAt = now;
}

void ExamSession::goTo(int index)
{
    if (index < 0 || index >= count() || index == m_current) {
        return;
    }
    leaveCurrent();
    m_current = index;
}

Result<bool> ExamSession::store(int index)
{
    leaveCurrent(); // the time on this question so far goes with it
    return m_store.saveResponse(m_attempt.id, index, m_attempt.responses[index], elapsedMs());
}

Result<bool> ExamSession::choose(int shown)
{
    if (count() == 0 || isLocked(m_current)) {
        return false;
    }
    const ExamItem& item = m_attempt.items[m_current];
    if (shown < 0 || shown >= item.order.size()) {
        return false;
    }
    const int written = item.order[shown];
    ExamResponse before = m_attempt.responses[m_current];
    ExamResponse& r = m_attempt.responses[m_current];
    if (item.choose <= 1) {
        if (r.selected == QList<int>{written}) {
            return false;
        }
        r.selected = {written};
    } else if (r.selected.contains(written)) {
        r.selected.removeAll(written);
    } else if (r.selected.size() >= item.choose) {
        return false;
    } else {
        r.selected.append(written);
    }
    r.answeredAt = m_clock.now();
    const Result<bool> saved = store(m_current);
    if (!saved) {
        before.timeMs = r.timeMs;
        r = before;
        return saved;
    }
    return true;
}

Result<bool> ExamSession::toggleFlag()
{
    if (count() == 0 || isFinished()) {
        return false;
    }
    ExamResponse& r = m_attempt.responses[m_current];
    r.flagged = !r.flagged;
    const Result<bool> saved = store(m_current);
    if (!saved) {
        r.flagged = !r.flagged;
    }
    return saved;
}

Result<bool> ExamSession::check()
{
    if (count() == 0 || !givesFeedback() || isLocked(m_current) || !isAnswered(m_current)) {
        return false;
    }
    ExamResponse& r = m_attempt.responses[m_current];
    r.checked = true;
    r.correct = ExamScoring::isCorrect(question(m_current), r.selected);
    const Result<bool> saved = store(m_current);
    if (!saved) {
        r.checked = false;
        r.correct.reset();
        return saved;
    }
    if (!*r.correct) {
        return followUp({m_current});
    }
    return true;
}

Result<QList<ExamSession::Event>> ExamSession::tick()
{
    QList<Event> events;
    if (!isTimed() || isFinished()) {
        return events;
    }
    const qint64 left = remainingMs();
    if (left <= 0) {
        const Result<ExamReport> submitted = submit();
        if (!submitted) {
            return Result<QList<Event>>::failure(submitted.error());
        }
        events.append(Event::TimeUp);
        return events;
    }
    if (!m_warned15 && left <= kFirstWarningMs) {
        m_warned15 = true;
        if (left > kLastWarningMs) {
            events.append(Event::FifteenMinutesLeft);
        }
    }
    if (!m_warned5 && left <= kLastWarningMs) {
        m_warned5 = true;
        events.append(Event::FiveMinutesLeft);
    }
    return events;
}

Result<bool> ExamSession::saveTime()
{
    if (isFinished() || m_attempt.id == 0) {
        return true;
    }
    return m_store.saveElapsed(m_attempt.id, elapsedMs());
}

Result<ExamReport> ExamSession::submit()
{
    if (isFinished()) {
        return report();
    }
    leaveCurrent();
    ExamAttempt done = m_attempt;
    done.elapsedMs = isTimed() ? std::min(elapsedMs(), done.timeLimitMs) : elapsedMs();
    done.finishedAt = m_clock.now();
    done.status = ExamAttempt::Status::Finished;
    QList<int> newlyWrong;
    for (int i = 0; i < count(); ++i) {
        ExamResponse& r = done.responses[i];
        const bool right = ExamScoring::isCorrect(question(i), r.selected);
        if (!r.correct && !r.selected.isEmpty() && !right) {
            newlyWrong.append(i); // a checked answer was followed up when it was checked
        }
        r.correct = right;
    }
    const ExamReport result =
        ExamScoring::score(done, m_questions, m_profile ? &*m_profile : nullptr, m_topicTitles);
    done.correct = result.correct;
    done.total = result.total;
    done.scaledScore = result.scaledScore.value_or(0);
    const Result<bool> saved = m_store.finish(done);
    if (!saved) {
        return Result<ExamReport>::failure(saved.error());
    }
    m_attempt = std::move(done);
    const Result<bool> followed = followUp(newlyWrong);
    if (!followed) {
        return Result<ExamReport>::failure(followed.error());
    }
    return result;
}

ExamReport ExamSession::report() const
{
    ExamAttempt a = m_attempt;
    a.elapsedMs = elapsedMs();
    return ExamScoring::score(a, m_questions, m_profile ? &*m_profile : nullptr, m_topicTitles);
}

Result<bool> ExamSession::followUp(const QList<int>& wrong)
{
    if (!m_reviews || m_followUp.isEmpty() || wrong.isEmpty()) {
        return true;
    }
    const Result<QHash<QString, CardRecord>> records = m_reviews->records();
    if (!records) {
        return Result<bool>::failure(records.error());
    }
    const QDateTime now = m_clock.now();
    for (const int index : wrong) {
        const QStringList cards = m_followUp.cardsFor(question(index), *records, now);
        if (cards.isEmpty()) {
            continue;
        }
        const Result<int> moved = m_reviews->bringForward(cards, now, question(index).id, m_attempt.id);
        if (!moved) {
            return Result<bool>::failure(moved.error());
        }
    }
    return true;
}

} // namespace certdeck
