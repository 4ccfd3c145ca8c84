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
    m_cardIndex.clear();
    m_ids.clear();
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        m_cardIndex.insert(m_cards[i].id, i);
        m_ids.append(m_cards[i].id);
    }
    Result<QHash<QString, CardRecord>> records = m_store.records();
    if (!records) {
        return Result<bool>::failure(records.error());
    }
    m_records = std::move(records).value();
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
    showNext();
    return true;
}

const Card* ReviewSession::current() const
{
    return m_current ? &m_cards[m_cardIndex.value(*m_current)] : nullptr;
}

const CardRecord* ReviewSession::currentRecord() const
{
    if (!m_current) {
        return nullptr;
    }
    const auto found = m_records.constFind(*m_current);
    return found == m_records.cend() ? nullptr : &*found;
}

CardRecord ReviewSession::recordOf(const QString& cardId) const
{
    const auto found = m_records.constFind(cardId);
    if (found != m_records.cend()) {
        return *found;
    }
    CardRecord fresh;
    fresh.cardId = cardId;
    return fresh;
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
    const CardRecord record = recordOf(*m_current);
    const QDateTime now = m_clock.now();
    for (int r = 1; r <= 4; ++r) {
        result[std::size_t(r - 1)] = m_scheduler.review(record.schedule, now, Rating(r), fuzzSeed(record));
    }
    return result;
}

Result<bool> ReviewSession::grade(Rating rating)
{
    if (!m_current) {
        return Result<bool>::failure(tr("There is no card to grade."));
    }
    const QDateTime now = m_clock.now();
    const CardRecord before = recordOf(*m_current);
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
    m_records.insert(after.cardId, after);
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
    showNext();
    return true;
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
    if (last.before.stored) {
        m_records.insert(last.before.cardId, last.before);
    } else {
        m_records.remove(last.before.cardId);
    }
    if (last.before.schedule.state == CardState::New) {
        --m_doneToday.newCards;
    } else if (last.before.schedule.state == CardState::Review) {
        --m_doneToday.reviews;
    }
    --m_doneToday.grades;
    m_summary = last.summary;
    m_seen = last.seen;
    rebuildQueue(m_clock.now());
    m_current = last.before.cardId;
    m_shownAt = m_clock.now();
    m_revealed = false;
    return true;
}

Result<bool> ReviewSession::store(const CardRecord& record)
{
    const Result<bool> saved = m_store.save(record);
    if (!saved) {
        return saved;
    }
    m_records.insert(record.cardId, record);
    m_current.reset();
    showNext();
    return true;
}

Result<bool> ReviewSession::suspendCurrent()
{
    if (!m_current) {
        return Result<bool>::failure(tr("There is no card to suspend."));
    }
    CardRecord r = recordOf(*m_current);
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
    CardRecord r = recordOf(*m_current);
    if (!r.stored) {
        r.schedule = FsrsScheduler::newCard(m_clock.now());
    }
    r.buriedUntil = m_day.end;
    r.stored = true;
    return store(r);
}

void ReviewSession::rebuildQueue(const QDateTime& now)
{
    m_queue = StudyQueue::build(m_ids, m_records, now, m_day,
                                {m_settings.newPerDay, m_settings.reviewsPerDay}, m_doneToday);
}

void ReviewSession::showNext()
{
    const QDateTime now = m_clock.now();
    rebuildQueue(now);
    m_current = m_queue.next(m_records, now);
    m_shownAt = now;
    m_revealed = false;
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
        rebuildQueue(now);
        return false;
    }
    showNext();
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
    s.dueTomorrow = 0;
    for (const QString& id : m_ids) {
        const auto found = m_records.constFind(id);
        if (found != m_records.cend() && found->schedule.state != CardState::New && !found->suspended &&
            found->schedule.due < tomorrow.end) {
            ++s.dueTomorrow;
        }
    }
    return s;
}

QDateTime ReviewSession::nextLearningDue() const
{
    return m_current ? QDateTime() : m_queue.nextLearningDue(m_records);
}

} // namespace certdeck
