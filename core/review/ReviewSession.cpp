#include "review/ReviewSession.h"

#include <QSet>

#include <algorithm>

namespace certdeck {

QList<Card> StudyScope::select(const QList<Card>& cards, const QList<Question>& questions) const
{
    if (kind == Kind::Everything) {
        return cards;
    }
    QSet<QString> topics;
    if (kind == Kind::Topic) {
        topics.insert(id);
    } else {
        for (const Question& q : questions) {
            if (q.domains.contains(id)) {
                topics.insert(q.topic);
            }
        }
    }
    QList<Card> selected;
    for (const Card& c : cards) {
        if (topics.contains(c.topic)) {
            selected.append(c);
        }
    }
    return selected;
}

ReviewSession::ReviewSession(const ReviewStore& store, const Clock& clock, ReviewSettings settings,
                             QTimeZone zone, quint64 seed)
    : m_store(store), m_clock(clock), m_settings(settings.normalized()), m_scheduler(m_settings.fsrs()),
      m_zone(std::move(zone)), m_seed(seed)
{}

Result<bool> ReviewSession::start(const QList<Card>& cards)
{
    m_cards = cards;
    QStringList ids;
    ids.reserve(m_cards.size());
    for (const Card& c : m_cards) {
        ids.append(c.id);
    }
    m_scope = StudyScopeCards(std::move(ids));
    const QDateTime now = m_clock.now();
    m_day = StudyDay::containing(now, m_zone, m_settings.nextDayStartsAt);
    const Result<StudyCounts> done = m_store.counts(m_day.start, m_day.end);
    if (!done) {
        return Result<bool>::failure(done.error());
    }
    m_doneToday = *done;
    m_summary = Summary{};
    m_seen.clear();
    m_undo.clear();
    m_current.reset();
    return showNext();
}

const Card* ReviewSession::current() const
{
    const qsizetype i = m_current ? m_scope.indexOf(m_current->cardId) : -1;
    return i >= 0 ? &m_cards[i] : nullptr;
}

const CardRecord* ReviewSession::currentRecord() const
{
    return m_current && m_current->stored ? &*m_current : nullptr;
}

quint64 ReviewSession::fuzzSeed(const CardRecord& record) const
{
    // FNV-1a over the card id, mixed with the session seed and the card's reps: the same card graded the same
    // way in the same session gets the same interval (the preview matches the grade).
    quint64 h = 0xcbf29ce484222325ULL ^ m_seed;
    for (const QChar c : record.cardId) {
        h = (h ^ c.unicode()) * 0x100000001b3ULL;
    }
    return h ^ (quint64(record.schedule.reps) * 0x9e3779b97f4a7c15ULL);
}

std::array<CardSchedule, 4> ReviewSession::preview() const
{
    std::array<CardSchedule, 4> result{};
    if (!m_current) {
        return result;
    }
    const QDateTime now = m_clock.now();
    for (int r = 1; r <= 4; ++r) {
        result[std::size_t(r - 1)] =
            m_scheduler.review(m_current->schedule, now, Rating(r), fuzzSeed(*m_current));
    }
    return result;
}

Result<bool> ReviewSession::grade(Rating rating)
{
    if (!m_current) {
        return Result<bool>::failure(tr("There is no card to grade."));
    }
    const QDateTime now = m_clock.now();
    const CardRecord before = *m_current;
    CardRecord after = before;
    after.schedule = m_scheduler.review(before.schedule, now, rating, fuzzSeed(before));
    after.stored = true;
    after.buriedUntil = QDateTime();
    const bool lapsed = after.schedule.lapses > before.schedule.lapses;
    const bool leech = lapsed && after.schedule.lapses >= CardRecord::kLeechLapses && !before.leech;
    if (leech) {
        after.leech = true;
        after.suspended = true;
    }
    const qint64 duration =
        std::clamp<qint64>(m_shownAt.isValid() ? m_shownAt.msecsTo(now) : 0, 0, kMaxCardMs);
    const Result<qint64> logId = m_store.saveGrade(before, after, rating, now, duration);
    if (!logId) {
        return Result<bool>::failure(logId.error());
    }
    m_undo.append(Undo{*logId, before, m_summary, m_seen});
    if (before.schedule.state == CardState::New) {
        ++m_doneToday.newCards;
    } else if (before.schedule.state == CardState::Review) {
        ++m_doneToday.reviews;
    }
    ++m_doneToday.grades;
    m_seen.insert(after.cardId);
    m_summary.cards = int(m_seen.size());
    ++m_summary.grades;
    ++m_summary.ratings[std::size_t(int(rating) - 1)];
    m_summary.studyMs += duration;
    m_summary.leeches += leech ? 1 : 0;
    m_current.reset();
    return showNext();
}

Result<bool> ReviewSession::undo()
{
    if (m_undo.isEmpty()) {
        return Result<bool>::failure(tr("There is nothing to undo."));
    }
    const Undo last = m_undo.last();
    const Result<bool> undone = m_store.undoGrade(last.logId, last.before);
    if (!undone) {
        return undone;
    }
    m_undo.removeLast();
    if (last.before.schedule.state == CardState::New) {
        --m_doneToday.newCards;
    } else if (last.before.schedule.state == CardState::Review) {
        --m_doneToday.reviews;
    }
    --m_doneToday.grades;
    m_summary = last.summary;
    m_seen = last.seen;
    const QDateTime now = m_clock.now();
    const Result<bool> rebuilt = rebuildQueue(now);
    m_current = last.before;
    m_shownAt = now;
    m_revealed = false;
    return rebuilt;
}

Result<bool> ReviewSession::store(const CardRecord& record)
{
    const Result<bool> saved = m_store.save(record);
    if (!saved) {
        return saved;
    }
    m_current.reset();
    return showNext();
}

Result<bool> ReviewSession::suspendCurrent()
{
    if (!m_current) {
        return Result<bool>::failure(tr("There is no card to suspend."));
    }
    CardRecord r = *m_current;
    if (!r.stored) {
        r.schedule = FsrsScheduler::newCard(m_clock.now());
    }
    r.suspended = true;
    r.stored = true;
    return store(r);
}

Result<bool> ReviewSession::buryCurrent()
{
    if (!m_current) {
        return Result<bool>::failure(tr("There is no card to bury."));
    }
    CardRecord r = *m_current;
    if (!r.stored) {
        r.schedule = FsrsScheduler::newCard(m_clock.now());
    }
    r.buriedUntil = m_day.end;
    r.stored = true;
    return store(r);
}

Result<bool> ReviewSession::rebuildQueue(const QDateTime& now)
{
    Result<StudyQueue> queue = StudyQueue::build(
        m_store, m_scope, now, m_day, {m_settings.newPerDay, m_settings.reviewsPerDay}, m_doneToday);
    if (!queue) {
        m_queue = StudyQueue{};
        return Result<bool>::failure(queue.error());
    }
    m_queue = std::move(queue).value();
    return true;
}

Result<bool> ReviewSession::show(const QString& cardId, const QDateTime& now)
{
    Result<CardRecord> record = m_store.record(cardId);
    if (!record) {
        m_current.reset();
        return Result<bool>::failure(record.error());
    }
    m_current = std::move(record).value();
    m_shownAt = now;
    m_revealed = false;
    return true;
}

Result<bool> ReviewSession::showNext()
{
    const QDateTime now = m_clock.now();
    m_current.reset();
    m_revealed = false;
    m_shownAt = now;
    const Result<bool> rebuilt = rebuildQueue(now);
    if (!rebuilt) {
        return rebuilt;
    }
    const std::optional<QString> next = m_queue.next(now);
    return next ? show(*next, now) : Result<bool>(true);
}

bool ReviewSession::refresh()
{
    const QDateTime now = m_clock.now();
    if (!m_day.contains(now)) {
        m_day = StudyDay::containing(now, m_zone, m_settings.nextDayStartsAt);
        const Result<StudyCounts> done = m_store.counts(m_day.start, m_day.end);
        m_doneToday = done ? *done : StudyCounts{};
    }
    if (m_current) {
        (void)rebuildQueue(now); // the card on show stays; a failed read shows up at the next grade
        return false;
    }
    (void)showNext();
    return m_current.has_value();
}

ReviewSession::Counts ReviewSession::counts() const
{
    return Counts{int(m_queue.fresh.size()), int(m_queue.learning.size()), int(m_queue.due.size())};
}

ReviewSession::Summary ReviewSession::summary() const
{
    Summary s = m_summary;
    const StudyDay tomorrow = m_day.next(m_zone, m_settings.nextDayStartsAt);
    const Result<int> due = StudyQueue::dueBefore(m_store, m_scope, tomorrow.end);
    s.dueTomorrow = due ? *due : 0;
    return s;
}

Result<int> ReviewSession::newWaiting() const
{
    return StudyQueue::newWaiting(m_store, m_scope, m_clock.now());
}

QDateTime ReviewSession::nextLearningDue() const
{
    return m_current ? QDateTime() : m_queue.nextLearningDue();
}

} // namespace certdeck
