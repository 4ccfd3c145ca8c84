#include "stats/StatsEngine.h"

#include "review/StudyDay.h"
#include "stats/Readiness.h"

#include <algorithm>

namespace certdeck {

namespace {

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

/// The study days from the one holding `firstMs` to `extraDays` past today, as start times (ms, UTC) and
/// dates; `todayIndex` is today's position.
struct DayGrid {
    std::vector<qint64> starts; ///< starts[i] is day i's start; one more entry: the last day's end
    QList<QDate> dates;
    qsizetype todayIndex = 0;

    DayGrid(qint64 firstMs, const StatsOptions& options, int extraDays)
    {
        const StudyDay today = StudyDay::containing(options.now, options.zone, options.dayStartsAt);
        StudyDay day =
            StudyDay::containing(QDateTime::fromMSecsSinceEpoch(
                                     std::min(firstMs, today.start.toMSecsSinceEpoch()), QTimeZone::utc()),
                                 options.zone, options.dayStartsAt);
        const QDate last = today.date.addDays(extraDays);
        for (;;) {
            if (day.date == today.date) {
                todayIndex = dates.size();
            }
            starts.push_back(day.start.toMSecsSinceEpoch());
            dates.append(day.date);
            // The cap guards against a zone that cannot say a date (the loop would not end).
            if (day.date >= last || dates.size() > StatsOptions::kMaxDays + extraDays + 1) {
                starts.push_back(day.end.toMSecsSinceEpoch());
                break;
            }
            day = day.next(options.zone, options.dayStartsAt);
        }
    }

    /// The day holding `ms`, or -1 before the first day; dates.size() after the last.
    qsizetype indexOf(qint64 ms) const
    {
        const auto it = std::upper_bound(starts.begin(), starts.end(), ms);
        const qsizetype i = qsizetype(it - starts.begin()) - 1;
        return i < 0 ? -1 : std::min<qsizetype>(i, dates.size());
    }
    qint64 startOf(qsizetype index) const
    {
        return starts[std::size_t(std::clamp<qsizetype>(index, 0, dates.size()))];
    }
};

} // namespace

StatsReport computeStats(const StatsContent& content, const ProgressFacts& facts, const StatsOptions& options)
{
    StatsReport report;
    report.now = options.now.toUTC();
    report.days = std::clamp(options.days, 1, StatsOptions::kMaxDays);
    const qint64 nowMs = report.now.toMSecsSinceEpoch();
    const int keptDays = std::max(report.days, StatsOptions::kCalendarDays);

    qint64 firstMs = nowMs - qint64(keptDays) * kMsPerDay;
    if (!facts.reviews.empty()) {
        firstMs = std::min(firstMs, facts.reviews.front().atMs);
    }
    if (!facts.answers.empty()) {
        firstMs = std::min(firstMs, facts.answers.front().atMs);
    }
    // Older than ten years is history no chart shows; the streak looks no further back either.
    firstMs = std::max(firstMs, nowMs - qint64(StatsOptions::kMaxDays) * kMsPerDay);
    const DayGrid grid(firstMs, options, StatsOptions::kForecastDays);
    const qsizetype today = grid.todayIndex;
    report.today = grid.dates.value(today);

    // Activity per study day, up to today.
    QList<StudyDayActivity> all(today + 1);
    for (qsizetype i = 0; i <= today; ++i) {
        all[i].date = grid.dates[i];
    }
    const auto dayOf = [&](qint64 ms) -> StudyDayActivity* {
        const qsizetype i = grid.indexOf(ms);
        return i >= 0 && i <= today ? &all[i] : nullptr;
    };
    const qint64 windowStart = grid.startOf(today - report.days + 1);

    // Card index -> topic index (for retention).
    QHash<QString, int> topicIndex;
    for (qsizetype i = 0; i < content.topics.size(); ++i) {
        topicIndex.insert(content.topics[i].id, int(i));
    }
    std::vector<int> cardTopic(std::size_t(content.cards.size()), -1);
    for (qsizetype i = 0; i < content.cards.size(); ++i) {
        cardTopic[std::size_t(i)] = topicIndex.value(content.cards[i].topic, -1);
    }
    std::vector<TopicRetention> retention(std::size_t(content.topics.size()));

    for (const ReviewFact& r : facts.reviews) {
        ++report.totalReviews;
        if (StudyDayActivity* day = dayOf(r.atMs)) {
            switch (r.rating) {
            case 1:
                ++day->again;
                break;
            case 2:
                ++day->hard;
                break;
            case 3:
                ++day->good;
                break;
            default:
                ++day->easy;
                break;
            }
            day->reviewMs += std::max(0, r.durationMs);
        }
        if (r.atMs >= windowStart && r.stateBefore == quint8(CardState::Review) && r.card >= 0 &&
            std::size_t(r.card) < cardTopic.size() && cardTopic[std::size_t(r.card)] >= 0) {
            TopicRetention& t = retention[std::size_t(cardTopic[std::size_t(r.card)])];
            ++t.reviews;
            t.recalled += r.rating >= 2 ? 1 : 0;
        }
    }
    for (const AnswerFact& a : facts.answers) {
        ++report.totalAnswers;
        if (StudyDayActivity* day = dayOf(a.atMs)) {
            ++day->answers;
            day->questionMs += std::max(0, a.timeMs);
        }
    }
    for (const auto& [atMs, timeMs] : facts.otherQuestionTime) {
        if (StudyDayActivity* day = dayOf(atMs)) {
            day->questionMs += std::max(0, timeMs);
        }
    }
    report.activity = all.mid(std::max<qsizetype>(0, all.size() - keptDays));

    // Streak: study days in a row, today counting once studied.
    int run = 0;
    for (const StudyDayActivity& day : std::as_const(all)) {
        run = day.studied() ? run + 1 : 0;
        report.streak.longest = std::max(report.streak.longest, run);
    }
    report.streak.studiedToday = !all.isEmpty() && all.back().studied();
    for (qsizetype i = all.size() - (report.streak.studiedToday ? 1 : 2); i >= 0 && all[i].studied(); --i) {
        ++report.streak.current;
    }

    for (qsizetype i = 0; i < content.topics.size(); ++i) {
        TopicRetention& t = retention[std::size_t(i)];
        report.overallRetention.reviews += t.reviews;
        report.overallRetention.recalled += t.recalled;
        if (t.reviews > 0) {
            t.topicId = content.topics[i].id;
            t.title = content.topics[i].title;
            report.retentionByTopic.append(t);
        }
    }

    // Card states and the forecast.
    std::vector<const CardFact*> cardFacts(std::size_t(content.cards.size()), nullptr);
    for (const CardFact& c : facts.cards) {
        if (c.card >= 0 && std::size_t(c.card) < cardFacts.size()) {
            cardFacts[std::size_t(c.card)] = &c;
        }
    }
    for (int i = 0; i < StatsOptions::kForecastDays; ++i) {
        report.forecast.append(ForecastDay{grid.dates.value(today + i), 0});
    }
    CardStateCounts& states = report.cardStates;
    for (const CardFact* c : cardFacts) {
        if (c && c->leech) {
            ++states.leeches;
        }
        if (c && c->suspended) {
            ++states.suspended;
            continue;
        }
        switch (c ? c->state : CardState::New) {
        case CardState::New:
            ++states.fresh;
            continue;
        case CardState::Learning:
            ++states.learning;
            break;
        case CardState::Review:
            ++states.review;
            break;
        case CardState::Relearning:
            ++states.relearning;
            break;
        }
        const qsizetype day = c->dueMs < grid.startOf(today + 1) ? 0 : grid.indexOf(c->dueMs) - today;
        if (day >= 0 && day < StatsOptions::kForecastDays) {
            ++report.forecast[day].due;
        }
    }

    // Probability of recall of every content card now (0 when never graded).
    const FsrsScheduler scheduler(options.fsrs);
    std::vector<double> recall(cardFacts.size(), 0.0);
    for (std::size_t i = 0; i < cardFacts.size(); ++i) {
        const CardFact* c = cardFacts[i];
        if (c && c->state != CardState::New && c->lastReviewMs > 0) {
            CardSchedule s;
            s.state = c->state;
            s.stability = c->stability;
            s.lastReview = QDateTime::fromMSecsSinceEpoch(c->lastReviewMs, QTimeZone::utc());
            recall[i] = scheduler.retrievability(s, report.now);
        }
    }

    // Per topic: its cards' recall and its questions' answers.
    {
        std::vector<DomainEvidence> evidence(std::size_t(content.topics.size()));
        std::vector<TopicStrength> strength(std::size_t(content.topics.size()));
        for (qsizetype i = 0; i < content.cards.size(); ++i) {
            const int t = cardTopic[std::size_t(i)];
            if (t < 0) {
                continue;
            }
            const CardFact* c = cardFacts[std::size_t(i)];
            DomainEvidence& e = evidence[std::size_t(t)];
            e.linkedCards += 1;
            e.linkedRecall += recall[std::size_t(i)];
            e.studiedCards += c && c->lastReviewMs > 0 && c->state != CardState::New ? 1 : 0;
            ++strength[std::size_t(t)].cards;
        }
        std::vector<int> questionTopic(std::size_t(content.questions.size()), -1);
        for (qsizetype i = 0; i < content.questions.size(); ++i) {
            questionTopic[std::size_t(i)] = topicIndex.value(content.questions[i].topic, -1);
            if (questionTopic[std::size_t(i)] >= 0) {
                ++strength[std::size_t(questionTopic[std::size_t(i)])].questions;
            }
        }
        for (const AnswerFact& a : facts.answers) {
            if (a.question >= 0 && std::size_t(a.question) < questionTopic.size() &&
                questionTopic[std::size_t(a.question)] >= 0) {
                evidence[std::size_t(questionTopic[std::size_t(a.question)])].answers.append(
                    ReadinessAnswer{double(nowMs - a.atMs) / double(kMsPerDay), a.correct});
            }
        }
        for (qsizetype i = 0; i < content.topics.size(); ++i) {
            TopicStrength& t = strength[std::size_t(i)];
            const ShareEstimate x = estimateShare(evidence[std::size_t(i)]);
            t.topicId = content.topics[i].id;
            t.title = content.topics[i].title;
            t.estimate = x.estimate;
            t.studiedCards = evidence[std::size_t(i)].studiedCards;
            t.answers = x.answers;
            t.correctAnswers = x.correct;
            report.topics.append(t);
        }
    }

    // Per profile: exam history, accuracy per domain, readiness.
    for (const ExamProfile& profile : content.profiles) {
        ProfileStats p;
        p.profileId = profile.id;
        p.code = profile.code;
        p.name = profile.name;
        p.passScore = profile.passScore;
        p.minScore = profile.minScore;
        p.maxScore = profile.maxScore;
        for (const ScoredAttempt& a : facts.exams) {
            if (a.profileId == profile.id) {
                p.history.append(
                    ExamScorePoint{a.id, QDateTime::fromMSecsSinceEpoch(a.finishedAtMs, QTimeZone::utc()),
                                   a.scaledScore, a.correct, a.total, a.scaledScore >= profile.passScore});
            }
        }
        std::stable_sort(
            p.history.begin(), p.history.end(),
            [](const ExamScorePoint& x, const ExamScorePoint& y) { return x.finishedAt < y.finishedAt; });

        QHash<QString, qsizetype> domainIndex;
        for (const ExamDomain& d : profile.domains) {
            domainIndex.insert(d.id, p.accuracy.size());
            p.accuracy.append(DomainAccuracy{d.id, d.name, d.weight, 0, 0});
        }
        // Question index -> domain position in the profile (-1: not in it).
        std::vector<qsizetype> questionDomain(std::size_t(content.questions.size()), -1);
        for (qsizetype i = 0; i < content.questions.size(); ++i) {
            questionDomain[std::size_t(i)] =
                domainIndex.value(content.questions[i].domains.value(profile.id), -1);
        }
        QHash<QString, DomainEvidence> evidence;
        for (const AnswerFact& a : facts.answers) {
            if (a.question < 0 || std::size_t(a.question) >= questionDomain.size()) {
                continue;
            }
            const qsizetype d = questionDomain[std::size_t(a.question)];
            if (d < 0) {
                continue;
            }
            if (a.atMs >= windowStart) {
                ++p.accuracy[d].total;
                p.accuracy[d].correct += a.correct ? 1 : 0;
            }
            evidence[profile.domains[d].id].answers.append(
                ReadinessAnswer{double(nowMs - a.atMs) / double(kMsPerDay), a.correct});
        }
        const QHash<QString, QHash<QString, double>> links = topicDomainLinks(profile, content.questions);
        int studiedLinked = 0; // each card once, though it may link to several domains
        for (qsizetype i = 0; i < content.cards.size(); ++i) {
            const auto link = links.constFind(content.cards[i].topic);
            if (link == links.cend()) {
                continue;
            }
            const CardFact* c = cardFacts[std::size_t(i)];
            const bool studied = c && c->lastReviewMs > 0 && c->state != CardState::New;
            studiedLinked += studied ? 1 : 0;
            for (auto d = link->cbegin(); d != link->cend(); ++d) {
                DomainEvidence& e = evidence[d.key()];
                e.linkedCards += d.value();
                e.linkedRecall += d.value() * recall[std::size_t(i)];
                e.studiedCards += studied ? 1 : 0;
            }
        }
        p.readiness = estimateReadiness(profile, evidence);
        p.readiness.studiedCards = studiedLinked;
        report.profiles.append(p);
    }
    return report;
}

} // namespace certdeck
