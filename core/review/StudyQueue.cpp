#include "review/StudyQueue.h"

#include <algorithm>

namespace certdeck {

bool isStudyable(const CardRecord& record, const QDateTime& now)
{
    return !record.suspended && !(record.buriedUntil.isValid() && record.buriedUntil > now);
}

StudyQueue StudyQueue::build(const QStringList& cards, const QHash<QString, CardRecord>& records,
                             const QDateTime& now, const StudyDay& day, StudyLimits limits, StudyCounts done)
{
    struct Due {
        qint64 at;
        const QString* id;
    };
    std::vector<Due> learning;
    std::vector<Due> reviews;
    StudyQueue queue;
    const qsizetype newLeft = std::max(0, limits.newPerDay - done.newCards);
    const qint64 dayEnd = day.end.toMSecsSinceEpoch();
    for (const QString& id : cards) {
        const auto found = records.constFind(id);
        if (found == records.cend() || found->schedule.state == CardState::New) {
            if (found != records.cend() && !isStudyable(*found, now)) {
                continue;
            }
            if (queue.fresh.size() < newLeft) {
                queue.fresh.append(id);
            }
            continue;
        }
        const CardRecord& r = *found;
        if (!isStudyable(r, now)) {
            continue;
        }
        const qint64 at = r.schedule.due.toMSecsSinceEpoch();
        if (at >= dayEnd) {
            continue;
        }
        (r.schedule.state == CardState::Review ? reviews : learning).push_back(Due{at, &id});
    }
    auto byDue = [](const Due& a, const Due& b) { return a.at != b.at ? a.at < b.at : *a.id < *b.id; };
    std::sort(learning.begin(), learning.end(), byDue);
    const std::size_t reviewsLeft = std::size_t(std::max(0, limits.reviewsPerDay - done.reviews));
    if (reviews.size() > reviewsLeft) {
        std::partial_sort(reviews.begin(), reviews.begin() + qsizetype(reviewsLeft), reviews.end(), byDue);
        reviews.resize(reviewsLeft);
    } else {
        std::sort(reviews.begin(), reviews.end(), byDue);
    }
    queue.learning.reserve(qsizetype(learning.size()));
    for (const Due& d : learning) {
        queue.learning.append(*d.id);
    }
    queue.due.reserve(qsizetype(reviews.size()));
    for (const Due& d : reviews) {
        queue.due.append(*d.id);
    }
    return queue;
}

std::optional<QString> StudyQueue::next(const QHash<QString, CardRecord>& records, const QDateTime& now) const
{
    auto dueAt = [&](const QString& id) { return records.value(id).schedule.due; };
    if (!learning.isEmpty() && dueAt(learning.first()) <= now) {
        return learning.first();
    }
    if (!due.isEmpty()) {
        return due.first();
    }
    if (!fresh.isEmpty()) {
        return fresh.first();
    }
    if (!learning.isEmpty() && dueAt(learning.first()) <= now.addSecs(kLearnAheadSeconds)) {
        return learning.first();
    }
    return std::nullopt;
}

QDateTime StudyQueue::nextLearningDue(const QHash<QString, CardRecord>& records) const
{
    return learning.isEmpty() ? QDateTime() : records.value(learning.first()).schedule.due;
}

} // namespace certdeck
