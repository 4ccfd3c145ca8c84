#include "review/CardOverview.h"

#include <QSet>

#include <algorithm>

namespace certdeck {

namespace {

void applyRecord(CardOverviewRow& row, const CardRecord& record, const FsrsScheduler& scheduler,
                 const QDateTime& now)
{
    const CardSchedule& s = record.schedule;
    row.state = s.state;
    row.due = s.state == CardState::New ? QDateTime() : s.due;
    row.lastReview = s.lastReview;
    row.stability = s.stability;
    row.difficulty = s.difficulty;
    row.retrievability = scheduler.retrievability(s, now);
    row.reps = s.reps;
    row.lapses = s.lapses;
    row.suspended = record.suspended;
    row.leech = record.leech;
    row.buried = record.buriedUntil.isValid() && record.buriedUntil > now;
    row.stored = record.stored;
}

} // namespace

QList<CardOverviewRow> cardOverview(const QList<Card>& cards, const QHash<QString, CardRecord>& records,
                                    const QDateTime& now, const QHash<QString, CardNudge>& nudges)
{
    const FsrsScheduler scheduler;
    QList<CardOverviewRow> rows;
    rows.reserve(std::max(cards.size(), records.size()));
    QSet<QString> inContent;
    inContent.reserve(cards.size());
    for (const Card& card : cards) {
        inContent.insert(card.id);
        CardOverviewRow row;
        row.id = card.id;
        row.topic = card.topic;
        row.front = card.front;
        row.back = card.back;
        if (const auto found = records.constFind(card.id); found != records.cend()) {
            applyRecord(row, *found, scheduler, now);
        }
        rows.append(std::move(row));
    }
    QStringList orphaned;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        if (!inContent.contains(it.key())) {
            orphaned.append(it.key());
        }
    }
    std::sort(orphaned.begin(), orphaned.end());
    for (const QString& id : std::as_const(orphaned)) {
        CardOverviewRow row;
        row.id = id;
        row.orphaned = true;
        applyRecord(row, records[id], scheduler, now);
        rows.append(std::move(row));
    }
    if (!nudges.isEmpty()) {
        for (CardOverviewRow& row : rows) {
            const auto n = nudges.constFind(row.id);
            // Only until the card's next review: after it, the schedule is FSRS's own again.
            if (n != nudges.cend() && (!row.lastReview.isValid() || n->at > row.lastReview)) {
                row.broughtForwardBy = n->questionId;
                row.broughtForwardAt = n->at;
                row.dueBeforeBroughtForward = n->dueBefore;
            }
        }
    }
    return rows;
}

bool CardOverviewFilter::accepts(const CardOverviewRow& row) const
{
    if (!topic.isEmpty() && row.topic != topic) {
        return false;
    }
    switch (state) {
    case CardStateFilter::All:
        break;
    case CardStateFilter::New:
        if (row.state != CardState::New) {
            return false;
        }
        break;
    case CardStateFilter::Learning:
        if (row.state != CardState::Learning && row.state != CardState::Relearning) {
            return false;
        }
        break;
    case CardStateFilter::Review:
        if (row.state != CardState::Review) {
            return false;
        }
        break;
    case CardStateFilter::Suspended:
        if (!row.suspended) {
            return false;
        }
        break;
    case CardStateFilter::Leeches:
        if (!row.leech) {
            return false;
        }
        break;
    case CardStateFilter::Buried:
        if (!row.buried) {
            return false;
        }
        break;
    }
    if (text.isEmpty()) {
        return true;
    }
    return row.front.contains(text, Qt::CaseInsensitive) || row.back.contains(text, Qt::CaseInsensitive) ||
           row.id.contains(text, Qt::CaseInsensitive);
}

QList<CardOverviewRow> filterCardOverview(const QList<CardOverviewRow>& rows,
                                          const CardOverviewFilter& filter)
{
    QList<CardOverviewRow> kept;
    for (const CardOverviewRow& row : rows) {
        if (filter.accepts(row)) {
            kept.append(row);
        }
    }
    return kept;
}

DueDistance dueDistance(const QDateTime& due, const QDateTime& now)
{
    constexpr qint64 kMinute = 60'000;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr qint64 kDay = 24 * kHour;
    const qint64 ms = now.msecsTo(due);
    const qint64 distance = ms < 0 ? -ms : ms;
    DueDistance d;
    if (distance < kMinute) {
        return d;
    }
    d.overdue = ms < 0;
    if (distance < kHour) {
        d.unit = DueDistance::Unit::Minutes;
        d.count = distance / kMinute;
    } else if (distance < kDay) {
        d.unit = DueDistance::Unit::Hours;
        d.count = distance / kHour;
    } else {
        d.unit = DueDistance::Unit::Days;
        d.count = distance / kDay;
    }
    return d;
}

QList<CardHistoryRow> cardHistory(const QList<ReviewLogEntry>& entries, const CardRecord& current)
{
    QList<CardHistoryRow> rows;
    rows.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ReviewLogEntry& e = entries[i];
        CardHistoryRow row;
        row.at = e.at;
        row.rating = e.rating;
        row.stateBefore = e.before.state;
        QDateTime setDue;
        if (i + 1 < entries.size()) {
            setDue = entries[i + 1].before.due;
        } else if (current.stored && current.schedule.lastReview.isValid() &&
                   current.schedule.lastReview == e.at) {
            setDue = current.schedule.due;
        }
        if (setDue.isValid() && e.at.isValid() && setDue >= e.at) {
            row.intervalMs = e.at.msecsTo(setDue);
        }
        rows.append(row);
    }
    return rows;
}

} // namespace certdeck
