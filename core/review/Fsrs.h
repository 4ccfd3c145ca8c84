#pragma once

// FSRS-6, the spaced-repetition scheduler: a pure function from (card schedule, time, rating) to the next
// schedule. No SQL, no clock, no global randomness; the store in progress.db and the clock live elsewhere.
//
// Memory. A card's memory is two numbers: stability S, the days until the probability of recall falls to 90%,
// and difficulty D in [1, 10]. After t days the probability of recall (retrievability) is
// R = (1 + f·t/S)^-w20 with f = 0.9^(-1/w20) - 1, so R = 0.9 when t = S. Each review moves S and D by the
// rating g (1 Again, 2 Hard, 3 Good, 4 Easy), R and the days elapsed since the last review:
//   first review      S = w[g-1] (at least 0.1),  D = w4 - e^(w5·(g-1)) + 1
//   same day (t = 0)  S·e^(w17·(g-3+w18))·S^-w19, never below S unless Again
//   recalled          S·(1 + e^w8·(11-D)·S^-w9·(e^(w10·(1-R)) - 1)·(w15 if Hard)·(w16 if Easy))
//   forgotten         min(S / e^(w17·w18), w11·D^-w12·((S+1)^w13 - 1)·e^(w14·(1-R)))
//   difficulty        D - w6·(g-3)·(10-D)/9, then pulled by w7 towards D0(Easy); kept in [1, 10]
// S stays in [0.001, 36500]. The next interval for a desired retention r is round(S·(r^(-1/w20) - 1)/f) days,
// at least 1 and at most the maximum interval (r = 0.9 gives round(S)).
//
// States. New -> Learning (steps 1 min, 10 min) -> Review; Again on a review card is a lapse -> Relearning
// (step 10 min) -> Review. Steps are whole minutes: Again goes back to the first step, Hard repeats the
// current one with the mean of the first two (6 min) or 1.5 times a single step (15 min), Good moves to the
// next step, and Good on the last step or Easy graduates to Review. In Review the Hard, Good and Easy
// intervals are kept apart: Hard <= Good, Good >= Hard + 1, Easy >= Good + 1 days.
//
// Time. Elapsed days are UTC calendar days between the last review and now: 23:59:59 to 00:00:00 is one day,
// 00:00 to 23:59 of the same date is zero and counts as a same-day review. The due time is now plus the
// step's minutes or the interval's whole days, keeping the time of day. Retrievability counts whole 24-hour
// periods since the last review.
//
// Reference. The schedules agree exactly with ts-fsrs 5.4.2 with fuzz off (tests/data/fsrs, FsrsTest), down
// to its rounding to 8 decimals at each step and JavaScript's Math.round. Two of its behaviours are kept on
// purpose: once Hard reaches the maximum interval, Good and Easy are scheduled one and two days past it
// (36501 and 36502 days), and a same-day Hard, Good or Easy on a review card never lowers S. Where ts-fsrs
// would throw (a review dated before the last one, a damaged memory state), the scheduler clamps instead: the
// elapsed days are at least 0, S and D are brought into range.
//
// Fuzz. With fuzz on, an interval of 3 days or more is spread over the same range as ts-fsrs's
// (get_fuzz_range: about ±15% up to 7 days, ±10% up to 20, ±5% beyond), but the draw comes from a splitmix64
// of the caller's seed rather than ts-fsrs's alea of time, reps and memory: fuzzed dates differ from ts-fsrs
// by design. Replays turn fuzz off.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <array>
#include <optional>

namespace certdeck {

/// Where a card is in its life. The numeric values are stored in progress.db (card_state.state).
enum class CardState { New = 0, Learning = 1, Review = 2, Relearning = 3 };

/// How well the learner recalled the card. The numeric values are stored in progress.db (review_log.rating).
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };

struct FsrsParameters {
    /// FSRS-6 default weights (ts-fsrs 5.4.2 default_w); w20 is the decay of the forgetting curve.
    static constexpr std::array<double, 21> kDefaultWeights{
        0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    static constexpr double kMinRetention = 0.70;
    static constexpr double kMaxRetention = 0.97;

    std::array<double, 21> weights = kDefaultWeights;
    /// The probability of recall the intervals aim at, kept in [kMinRetention, kMaxRetention].
    double desiredRetention = 0.9;
    /// Learning and relearning steps in whole minutes, as ts-fsrs counts them (its Hard step is rounded in
    /// minutes: (1 + 10) / 2 gives 6 minutes). A step of a day (1440) or more schedules the card as Review.
    QList<int> learningStepsMinutes{1, 10};
    QList<int> relearningStepsMinutes{10};
    int maximumIntervalDays = 36500;
    bool fuzz = true;
};

/// A card's schedule and memory: the fields of progress.db's card_state.
struct CardSchedule {
    CardState state = CardState::New;
    QDateTime due; ///< UTC
    double stability = 0;
    double difficulty = 0;
    int elapsedDays = 0;   ///< UTC calendar days between the previous review and the last one
    int scheduledDays = 0; ///< days from the last review to due; 0 while on a (re)learning step
    int learningSteps = 0; ///< index of the current (re)learning step
    int reps = 0;
    int lapses = 0;
    QDateTime lastReview; ///< UTC; null when never reviewed
};

class FsrsScheduler {
public:
    /// Out-of-range parameters are brought into range (weights clamped as ts-fsrs clamps them, retention to
    /// [kMinRetention, kMaxRetention], negative steps to 0, the maximum interval to at least 1 day).
    explicit FsrsScheduler(FsrsParameters parameters = {});

    /// A card never reviewed, due at `now`.
    static CardSchedule newCard(const QDateTime& now);

    /// The schedule after grading `card` with `rating` at `now`. `fuzzSeed` picks the interval fuzz when
    /// parameters().fuzz is on (same seed, same interval); it is ignored when fuzz is off.
    CardSchedule review(const CardSchedule& card, const QDateTime& now, Rating rating,
                        quint64 fuzzSeed = 0) const;

    /// Probability of recall at `now`, after the whole days elapsed since the last review (0 for a new card).
    double retrievability(const CardSchedule& card, const QDateTime& now) const;

    const FsrsParameters& parameters() const { return m_parameters; }

    /// The days a fuzzed interval of `intervalDays` may land on (ts-fsrs's get_fuzz_range).
    struct FuzzRange {
        int minDays = 0;
        int maxDays = 0;
    };
    static FuzzRange fuzzRange(int intervalDays, int elapsedDays, int maximumIntervalDays);

private:
    struct Memory {
        double stability = 0;
        double difficulty = 0;
    };
    struct Step {
        int minutes = 0; ///< 0: no step for this rating, the card graduates
        int next = 0;
    };

    double forgettingCurve(int elapsedDays, double stability) const;
    double initialDifficulty(Rating rating) const;
    Memory nextMemory(const Memory& memory, int elapsedDays, Rating rating) const;
    double recallStability(double difficulty, double stability, double recall, Rating rating) const;
    double forgetStability(double difficulty, double stability, double recall) const;
    double shortTermStability(double stability, Rating rating) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    int nextInterval(double stability, int elapsedDays, std::optional<double> fuzzFactor) const;
    Step learningStep(CardState state, int currentStep, Rating rating) const;
    void applyLearningSteps(CardSchedule& next, const CardSchedule& card, Rating rating, CardState toState,
                            int elapsedDays, std::optional<double> fuzzFactor) const;

    FsrsParameters m_parameters;
    double m_decay = 0;            ///< -w20
    double m_factor = 0;           ///< 0.9^(1/decay) - 1
    double m_intervalModifier = 1; ///< interval / stability for the desired retention
};

/// "new", "learning", "review", "relearning": the names the command line and JSON use.
QString stateName(CardState state);
std::optional<CardState> stateFromName(QStringView name);

} // namespace certdeck
