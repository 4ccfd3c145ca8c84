#include "review/StudyQueue.h"

#include <QBitArray>

#include <algorithm>

namespace certdeck {

StudyScopeCards::StudyScopeCards(QStringList ids) : m_ids(std::move(ids))
{
    m_index.reserve(m_ids.size());
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        m_index.insert(m_ids[i], qint32(i));
    }
}

qsizetype StudyScopeCards::indexOf(const QString& id) const
{
    const qsizetype i = m_index.value(id);
    if (i >= 0 && m_ids[i] == id) {
        return i;
    }
    return m_ids.indexOf(id); // two ids sharing a hash: never seen, but answered right
}

namespace {

/// The cards in scope never graded and studyable at `nowMs`, in deck order; stops at `limit`.
Result<QStringList> ungraded(const QueueSource& source, const StudyScopeCards& cards, qint64 nowMs,
                             qsizetype limit)
{
    QStringList found;
    if (limit <= 0) {
        return found;
    }
    QBitArray graded(cards.size());
    const Result<bool> read = source.visitGraded([&](QByteArrayView id) {
        const qsizetype i = cards.indexOf(id);
        if (i >= 0) {
            graded.setBit(i);
        }
    });
    if (!read) {
        return Result<QStringList>::failure(read.error());
    }
    const Result<QHash<QString, QueueEntry>> rows = source.ungradedRows();
    if (!rows) {
        return Result<QStringList>::failure(rows.error());
    }
    for (qsizetype i = 0; i < cards.size(); ++i) {
        if (graded.testBit(i)) {
            continue;
        }
        const QString& id = cards.ids()[i];
        const auto row = rows->constFind(id);
        if (row != rows->cend() && !row->isStudyable(nowMs)) {
            continue;
        }
        found.append(id);
        if (found.size() >= limit) {
            break;
        }
    }
    return found;
}

bool byDue(const StudyQueue::Entry& a, const StudyQueue::Entry& b)
{
    return a.dueMs != b.dueMs ? a.dueMs < b.dueMs : a.cardId < b.cardId;
}

} // namespace

Result<StudyQueue> StudyQueue::build(const QueueSource& source, const StudyScopeCards& cards,
                                     const QDateTime& now, const StudyDay& day, StudyLimits limits,
                                     StudyCounts done)
{
    StudyQueue queue;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 dayEnd = day.end.toMSecsSinceEpoch();
    auto failure = [](const QString& error) { return Result<StudyQueue>::failure(error); };

    for (const CardState state : {CardState::Learning, CardState::Relearning}) {
        const Result<bool> read = source.visitDue(state, dayEnd, [&](const QueueEntry& e) {
            if (cards.contains(e.cardId) && e.isStudyable(nowMs)) {
                queue.learning.append(Entry{e.cardId, e.dueMs});
            }
            return true;
        });
        if (!read) {
            return failure(read.error());
        }
    }
    std::sort(queue.learning.begin(), queue.learning.end(), byDue);

    const qsizetype reviewsLeft = std::max(0, limits.reviewsPerDay - done.reviews);
    if (reviewsLeft > 0) {
        const Result<bool> read = source.visitDue(CardState::Review, dayEnd, [&](const QueueEntry& e) {
            if (cards.contains(e.cardId) && e.isStudyable(nowMs)) {
                queue.due.append(Entry{e.cardId, e.dueMs});
            }
            return queue.due.size() < reviewsLeft;
        });
        if (!read) {
            return failure(read.error());
        }
    }

    Result<QStringList> fresh = ungraded(source, cards, nowMs, std::max(0, limits.newPerDay - done.newCards));
    if (!fresh) {
        return failure(fresh.error());
    }
    queue.fresh = std::move(fresh).value();
    return queue;
}

Result<int> StudyQueue::newWaiting(const QueueSource& source, const StudyScopeCards& cards,
                                   const QDateTime& now)
{
    const Result<QStringList> waiting = ungraded(source, cards, now.toMSecsSinceEpoch(), cards.size());
    return waiting ? Result<int>(int(waiting->size())) : Result<int>::failure(waiting.error());
}

Result<int> StudyQueue::dueBefore(const QueueSource& source, const StudyScopeCards& cards,
                                  const QDateTime& end)
{
    int count = 0;
    for (const CardState state : {CardState::Learning, CardState::Review, CardState::Relearning}) {
        const Result<bool> read = source.visitDue(state, end.toMSecsSinceEpoch(), [&](const QueueEntry& e) {
            count += cards.contains(e.cardId) ? 1 : 0;
            return true;
        });
        if (!read) {
            return Result<int>::failure(read.error());
        }
    }
    return count;
}

std::optional<QString> StudyQueue::next(const QDateTime& now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (!learning.isEmpty() && learning.first().dueMs <= nowMs) {
        return learning.first().cardId;
    }
    if (!due.isEmpty()) {
        return due.first().cardId;
    }
    if (!fresh.isEmpty()) {
        return fresh.first();
    }
    if (!learning.isEmpty() && learning.first().dueMs <= nowMs + kLearnAheadSeconds * 1000) {
        return learning.first().cardId;
    }
    return std::nullopt;
}

QDateTime StudyQueue::nextLearningDue() const
{
    return learning.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(learning.first().dueMs, Qt::UTC);
}

} // namespace certdeck
