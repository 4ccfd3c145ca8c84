#include "review/Fsrs.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace certdeck {

namespace {

constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500.0;
constexpr double kMaxInitialStability = 100.0;
constexpr int kMinutesPerDay = 1440;
constexpr qint64 kSecondsPerDay = 86400;
constexpr qint64 kMsecsPerDay = kSecondsPerDay * 1000;
constexpr double kMaxShortTermExponent = 2.0; // ceiling of w17 and w18

/// JavaScript's Math.round: the nearest integer, halves towards +infinity (floor(x + 0.5) would round
/// 0.49999999999999994 up).
double jsRound(double x)
{
    const double down = std::floor(x);
    return x - down >= 0.5 ? down + 1.0 : down;
}

/// ts-fsrs's roundTo(x, 8), applied where it applies it so that every step sees the same numbers.
double round8(double x)
{
    return jsRound(x * 1e8) / 1e8;
}

/// Math.min(Math.max(x, low), high): no precondition on the bounds, as in ts-fsrs.
double clampJs(double x, double low, double high)
{
    return std::min(std::max(x, low), high);
}

/// An integral double (a rounded or floored interval, well inside int) as an int.
int toInt(double x)
{
    return static_cast<int>(x);
}

int grade(Rating rating)
{
    return static_cast<int>(rating);
}

/// splitmix64 of the seed, as a number in [0, 1).
double fuzzFactorFor(quint64 seed)
{
    quint64 z = seed + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) * 0x1.0p-53;
}

/// ts-fsrs's clipParameters for 21 weights: the ranges FSRS-6 was fitted in. With more than one relearning
/// step, w17 and w18 get a lower ceiling so that the steps cannot raise a forgotten card's stability.
std::array<double, 21> clippedWeights(const std::array<double, 21>& weights, qsizetype relearningSteps)
{
    double shortTermCeiling = kMaxShortTermExponent;
    if (relearningSteps > 1) {
        const double w11 = clampJs(std::isnan(weights[11]) ? 0 : weights[11], 0.001, 5.0);
        const double w13 = clampJs(std::isnan(weights[13]) ? 0 : weights[13], 0.001, 0.9);
        const double w14 = clampJs(std::isnan(weights[14]) ? 0 : weights[14], 0.0, 4.0);
        const double value = -(std::log(w11) + std::log(std::pow(2.0, w13) - 1.0) + w14 * 0.3) /
                             static_cast<double>(relearningSteps);
        shortTermCeiling = clampJs(round8(std::sqrt(std::max(value, 0.0))), 0.01, kMaxShortTermExponent);
    }
    const std::array<std::array<double, 2>, 21> ranges{{
        {kMinStability, kMaxInitialStability},
        {kMinStability, kMaxInitialStability},
        {kMinStability, kMaxInitialStability},
        {kMinStability, kMaxInitialStability},
        {1.0, 10.0},
        {0.001, 4.0},
        {0.001, 4.0},
        {0.001, 0.75},
        {0.0, 4.5},
        {0.0, 0.8},
        {0.001, 3.5},
        {0.001, 5.0},
        {0.001, 0.25},
        {0.001, 0.9},
        {0.0, 4.0},
        {0.0, 1.0},
        {1.0, 6.0},
        {0.0, shortTermCeiling},
        {0.0, shortTermCeiling},
        {0.01, 0.8},
        {0.1, 0.8},
    }};
    std::array<double, 21> clipped{};
    for (std::size_t i = 0; i < weights.size(); ++i) {
        clipped[i] = clampJs(std::isnan(weights[i]) ? 0 : weights[i], ranges[i][0], ranges[i][1]);
    }
    return clipped;
}

QList<int> nonNegative(QList<int> steps)
{
    for (int& step : steps) {
        step = std::max(step, 0);
    }
    return steps;
}

} // namespace

FsrsScheduler::FsrsScheduler(FsrsParameters parameters) : m_parameters(std::move(parameters))
{
    m_parameters.learningStepsMinutes = nonNegative(m_parameters.learningStepsMinutes);
    m_parameters.relearningStepsMinutes = nonNegative(m_parameters.relearningStepsMinutes);
    m_parameters.weights = clippedWeights(m_parameters.weights, m_parameters.relearningStepsMinutes.size());
    m_parameters.desiredRetention =
        std::isnan(m_parameters.desiredRetention)
            ? 0.9
            : std::clamp(m_parameters.desiredRetention, FsrsParameters::kMinRetention,
                         FsrsParameters::kMaxRetention);
    m_parameters.maximumIntervalDays = std::max(m_parameters.maximumIntervalDays, 1);

    m_decay = -m_parameters.weights[20];
    m_factor = round8(std::exp(std::pow(m_decay, -1.0) * std::log(0.9)) - 1.0);
    m_intervalModifier = round8((std::pow(m_parameters.desiredRetention, 1.0 / m_decay) - 1.0) / m_factor);
}

CardSchedule FsrsScheduler::newCard(const QDateTime& now)
{
    CardSchedule card;
    card.due = now.toUTC();
    return card;
}

double FsrsScheduler::forgettingCurve(int elapsedDays, double stability) const
{
    return round8(std::pow(1.0 + m_factor * elapsedDays / stability, m_decay));
}

double FsrsScheduler::initialDifficulty(Rating rating) const
{
    const auto& w = m_parameters.weights;
    return round8(w[4] - std::exp((grade(rating) - 1) * w[5]) + 1);
}

double FsrsScheduler::recallStability(double difficulty, double stability, double recall, Rating rating) const
{
    const auto& w = m_parameters.weights;
    const double hardPenalty = rating == Rating::Hard ? w[15] : 1;
    const double easyBonus = rating == Rating::Easy ? w[16] : 1;
    return round8(
        clampJs(stability * (1 + std::exp(w[8]) * (11 - difficulty) * std::pow(stability, -w[9]) *
                                     (std::exp((1 - recall) * w[10]) - 1) * hardPenalty * easyBonus),
                kMinStability, kMaxStability));
}

double FsrsScheduler::forgetStability(double difficulty, double stability, double recall) const
{
    const auto& w = m_parameters.weights;
    return round8(clampJs(w[11] * std::pow(difficulty, -w[12]) * (std::pow(stability + 1, w[13]) - 1) *
                              std::exp((1 - recall) * w[14]),
                          kMinStability, kMaxStability));
}

double FsrsScheduler::shortTermStability(double stability, Rating rating) const
{
    const auto& w = m_parameters.weights;
    const double increase = std::pow(stability, -w[19]) * std::exp(w[17] * (grade(rating) - 3 + w[18]));
    const double masked = rating == Rating::Again ? increase : std::max(increase, 1.0);
    return round8(clampJs(stability * masked, kMinStability, kMaxStability));
}

double FsrsScheduler::nextDifficulty(double difficulty, Rating rating) const
{
    const auto& w = m_parameters.weights;
    const double delta = -w[6] * (grade(rating) - 3);
    const double damped = difficulty + round8(delta * (10 - difficulty) / 9);
    const double reverted = round8(w[7] * initialDifficulty(Rating::Easy) + (1 - w[7]) * damped);
    return clampJs(reverted, 1, 10);
}

FsrsScheduler::Memory FsrsScheduler::nextMemory(const Memory& memory, int elapsedDays, Rating rating) const
{
    if (memory.difficulty == 0 && memory.stability == 0) {
        return {std::max(m_parameters.weights[static_cast<std::size_t>(grade(rating) - 1)], 0.1),
                clampJs(initialDifficulty(rating), 1, 10)};
    }
    // ts-fsrs rejects such a state; a damaged row still gets a schedule here.
    const double difficulty = std::isnan(memory.difficulty) ? 10.0 : std::clamp(memory.difficulty, 1.0, 10.0);
    const double stability = std::isnan(memory.stability)
                                 ? kMinStability
                                 : std::clamp(memory.stability, kMinStability, kMaxStability);

    double nextStability = 0;
    if (elapsedDays == 0) {
        nextStability = shortTermStability(stability, rating);
    } else {
        const double recall = forgettingCurve(elapsedDays, stability);
        if (rating == Rating::Again) {
            const auto& w = m_parameters.weights;
            nextStability = clampJs(round8(stability / std::exp(w[17] * w[18])), kMinStability,
                                    forgetStability(difficulty, stability, recall));
        } else {
            nextStability = recallStability(difficulty, stability, recall, rating);
        }
    }
    return {nextStability, nextDifficulty(difficulty, rating)};
}

FsrsScheduler::FuzzRange FsrsScheduler::fuzzRange(int intervalDays, int elapsedDays, int maximumIntervalDays)
{
    struct Band {
        double start;
        double end;
        double factor;
    };
    static constexpr std::array<Band, 3> kBands{
        {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, std::numeric_limits<double>::infinity(), 0.05}}};
    double delta = 1.0;
    for (const Band& band : kBands) {
        delta +=
            band.factor * std::max(std::min(static_cast<double>(intervalDays), band.end) - band.start, 0.0);
    }
    const int interval = std::min(intervalDays, maximumIntervalDays);
    int minDays = std::max(2, toInt(jsRound(interval - delta)));
    const int maxDays = std::min(toInt(jsRound(interval + delta)), maximumIntervalDays);
    if (interval > elapsedDays) {
        minDays = std::max(minDays, elapsedDays + 1);
    }
    return {std::min(minDays, maxDays), maxDays};
}

int FsrsScheduler::nextInterval(double stability, int elapsedDays, std::optional<double> fuzzFactor) const
{
    const double days = std::min(std::max(1.0, jsRound(stability * m_intervalModifier)),
                                 static_cast<double>(m_parameters.maximumIntervalDays));
    const int interval = toInt(days);
    if (!fuzzFactor || days < 2.5) {
        return interval;
    }
    const FuzzRange range = fuzzRange(interval, elapsedDays, m_parameters.maximumIntervalDays);
    return toInt(std::floor(*fuzzFactor * (range.maxDays - range.minDays + 1) + range.minDays));
}

FsrsScheduler::Step FsrsScheduler::learningStep(CardState state, int currentStep, Rating rating) const
{
    const bool relearning = state == CardState::Relearning || state == CardState::Review;
    const QList<int>& steps =
        relearning ? m_parameters.relearningStepsMinutes : m_parameters.learningStepsMinutes;
    const qsizetype count = steps.size();
    if (count == 0 || currentStep >= count) {
        return {};
    }
    if (state == CardState::Review) {
        return rating == Rating::Again ? Step{steps.at(currentStep), 0} : Step{};
    }
    switch (rating) {
    case Rating::Again:
        return {steps.first(), 0};
    case Rating::Hard:
        return {toInt(count == 1 ? jsRound(steps.first() * 1.5) : jsRound((steps.at(0) + steps.at(1)) / 2.0)),
                currentStep};
    case Rating::Good:
        return currentStep + 1 < count ? Step{steps.at(currentStep + 1), currentStep + 1} : Step{};
    case Rating::Easy:
        break;
    }
    return {};
}

void FsrsScheduler::applyLearningSteps(CardSchedule& next, const CardSchedule& card, Rating rating,
                                       CardState toState, int elapsedDays,
                                       std::optional<double> fuzzFactor) const
{
    const Step step = learningStep(card.state, std::max(card.learningSteps, 0), rating);
    const QDateTime now = next.lastReview;
    if (step.minutes > 0 && step.minutes < kMinutesPerDay) {
        next.state = toState;
        next.learningSteps = step.next;
        next.scheduledDays = 0;
        next.due = now.addSecs(qint64(step.minutes) * 60);
    } else if (step.minutes >= kMinutesPerDay) {
        next.state = CardState::Review;
        next.learningSteps = step.next;
        next.scheduledDays = step.minutes / kMinutesPerDay;
        next.due = now.addSecs(qint64(step.minutes) * 60);
    } else {
        next.state = CardState::Review;
        next.learningSteps = 0;
        next.scheduledDays = nextInterval(next.stability, elapsedDays, fuzzFactor);
        next.due = now.addSecs(next.scheduledDays * kSecondsPerDay);
    }
}

CardSchedule FsrsScheduler::review(const CardSchedule& card, const QDateTime& now, Rating rating,
                                   quint64 fuzzSeed) const
{
    const QDateTime reviewed = now.toUTC();
    int elapsedDays = 0;
    if (card.state != CardState::New && card.lastReview.isValid()) {
        // ts-fsrs's dateDiffInDays: whole UTC dates, whatever the times of day. A review dated before the
        // last one counts as the same day.
        const qint64 days = card.lastReview.toUTC().date().daysTo(reviewed.date());
        elapsedDays = static_cast<int>(std::clamp<qint64>(days, 0, std::numeric_limits<int>::max()));
    }
    const std::optional<double> fuzzFactor =
        m_parameters.fuzz ? std::optional<double>(fuzzFactorFor(fuzzSeed)) : std::nullopt;

    CardSchedule next = card;
    next.lastReview = reviewed;
    next.elapsedDays = elapsedDays;
    next.reps = card.reps + 1;
    const Memory memory{card.stability, card.difficulty};
    const Memory updated = nextMemory(memory, elapsedDays, rating);
    next.stability = updated.stability;
    next.difficulty = updated.difficulty;

    if (card.state != CardState::Review) {
        const CardState toState = card.state == CardState::New ? CardState::Learning : card.state;
        applyLearningSteps(next, card, rating, toState, elapsedDays, fuzzFactor);
        return next;
    }
    if (rating == Rating::Again) {
        applyLearningSteps(next, card, rating, CardState::Relearning, elapsedDays, fuzzFactor);
        next.lapses = card.lapses + 1;
        return next;
    }
    // Hard, Good and Easy are scheduled together: each interval is kept apart from the one below it.
    int hard = nextInterval(nextMemory(memory, elapsedDays, Rating::Hard).stability, elapsedDays, fuzzFactor);
    int good = nextInterval(nextMemory(memory, elapsedDays, Rating::Good).stability, elapsedDays, fuzzFactor);
    hard = std::min(hard, good);
    good = std::max(good, hard + 1);
    const int easy = std::max(
        nextInterval(nextMemory(memory, elapsedDays, Rating::Easy).stability, elapsedDays, fuzzFactor),
        good + 1);

    next.state = CardState::Review;
    next.learningSteps = 0;
    next.scheduledDays = rating == Rating::Hard ? hard : rating == Rating::Good ? good : easy;
    next.due = reviewed.addSecs(next.scheduledDays * kSecondsPerDay);
    return next;
}

double FsrsScheduler::retrievability(const CardSchedule& card, const QDateTime& now) const
{
    if (card.state == CardState::New || !card.lastReview.isValid() || !(card.stability > 0)) {
        return 0;
    }
    const qint64 elapsedMsecs = card.lastReview.msecsTo(now);
    const qint64 elapsedDays = elapsedMsecs > 0 ? elapsedMsecs / kMsecsPerDay : 0;
    return forgettingCurve(static_cast<int>(std::min<qint64>(elapsedDays, std::numeric_limits<int>::max())),
                           card.stability);
}

QString stateName(CardState state)
{
    switch (state) {
    case CardState::New:
        return QStringLiteral("new");
    case CardState::Learning:
        return QStringLiteral("learning");
    case CardState::Review:
        return QStringLiteral("review");
    case CardState::Relearning:
        return QStringLiteral("relearning");
    }
    return {};
}

std::optional<CardState> stateFromName(QStringView name)
{
    for (const CardState state :
         {CardState::New, CardState::Learning, CardState::Review, CardState::Relearning}) {
        if (name == stateName(state)) {
            return state;
        }
    }
    return std::nullopt;
}

} // namespace certdeck
