#pragma once

// A flashcard session: the controller the Flashcards page draws. It holds the cards in scope, today's queue
// (rebuilt from progress.db after every change, which reads only the cards it needs) and the card on show
// with its record; grading runs the FSRS scheduler and stores the grade through the
// ReviewStore (one transaction each) before the session moves on, so what the learner saw acknowledged is
// saved. Ctrl+Z takes grades back in reverse order, log entry and schedule together. Time comes from the
// injected Clock, interval fuzz from the session's seed and the card.

#include "content/ContentModel.h"
#include "review/Fsrs.h"
#include "review/ReviewSettings.h"
#include "review/ReviewStore.h"
#include "review/StudyDay.h"
#include "review/StudyQueue.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <optional>

namespace certdeck {

/// What to study: everything, one topic, or the topics an exam profile asks about.
struct StudyScope {
    enum class Kind { Everything, Topic, Profile };
    Kind kind = Kind::Everything;
    QString id; ///< topic or profile id

    /// The cards of `cards` in this scope, in deck order. A card serves a profile when its topic has a
    /// question tagged for that profile.
    QList<Card> select(const QList<Card>& cards, const QList<Question>& questions) const;
};

class ReviewSession {
    Q_DECLARE_TR_FUNCTIONS(ReviewSession)

public:
    struct Counts {
        int fresh = 0;
        int learning = 0;
        int due = 0;
    };
    struct Summary {
        int cards = 0;                ///< different cards graded
        int grades = 0;               ///< grades given (a card may be graded more than once)
        std::array<int, 4> ratings{}; ///< Again, Hard, Good, Easy
        qint64 studyMs = 0;           ///< time spent on the cards graded
        int dueTomorrow = 0;          ///< cards in scope due by the end of the next study day
        int leeches = 0;              ///< cards tagged as leeches in this session
    };
    /// The longest a card counts towards study time (a learner who walked away).
    static constexpr qint64 kMaxCardMs = 60'000;

    ReviewSession(const ReviewStore& store, const Clock& clock, ReviewSettings settings, QTimeZone zone,
                  quint64 seed);

    /// Takes `cards` (in deck order), reads today's counts and queue, and shows the first card.
    Result<bool> start(const QList<Card>& cards);

    const Card* current() const;
    const CardRecord* currentRecord() const;
    bool isRevealed() const { return m_revealed; }
    void reveal() { m_revealed = current() != nullptr; }

    /// The schedule each rating (Again, Hard, Good, Easy) would give the card on show, fuzz included.
    std::array<CardSchedule, 4> preview() const;
    /// Grades the card on show, stores it, and moves on. Fails (and changes nothing) when no card is shown
    /// or the grade cannot be stored; fails after storing it when the next card cannot be read.
    Result<bool> grade(Rating rating);
    bool canUndo() const { return !m_undo.isEmpty(); }
    /// Takes the last grade back (log entry and schedule) and shows that card again.
    Result<bool> undo();
    /// Leaves the card on show out of study until unsuspended (card browser).
    Result<bool> suspendCurrent();
    /// Leaves the card on show out of study until the next study day.
    Result<bool> buryCurrent();
    /// Rebuilds the queue for the current time (a learning step may have come due; a new study day may have
    /// begun). Returns true when the card on show changed.
    bool refresh();

    Counts counts() const;
    /// What was studied in this session, and how many cards in scope are due by the end of the next study
    /// day (read from progress.db: call it when the session is over, not on every card).
    Summary summary() const;
    /// How many cards in scope were never graded and are not suspended or buried.
    Result<int> newWaiting() const;
    /// When the next learning card comes due, when none is due now (null otherwise).
    QDateTime nextLearningDue() const;
    const StudyDay& day() const { return m_day; }
    const ReviewSettings& settings() const { return m_settings; }
    int cardCount() const { return int(m_cards.size()); }

private:
    struct Undo {
        qint64 logId = 0;
        CardRecord before;
        Summary summary;
        QSet<QString> seen;
    };

    quint64 fuzzSeed(const CardRecord& record) const;
    Result<bool> rebuildQueue(const QDateTime& now);
    /// Rebuilds the queue and shows its next card (with its record), or none.
    Result<bool> showNext();
    Result<bool> show(const QString& cardId, const QDateTime& now);
    Result<bool> store(const CardRecord& record);

    const ReviewStore& m_store;
    const Clock& m_clock;
    ReviewSettings m_settings;
    FsrsScheduler m_scheduler;
    QTimeZone m_zone;
    quint64 m_seed;

    QList<Card> m_cards;
    StudyScopeCards m_scope;
    StudyDay m_day;
    StudyCounts m_doneToday;
    StudyQueue m_queue;
    std::optional<CardRecord> m_current;
    QDateTime m_shownAt;
    bool m_revealed = false;
    Summary m_summary;
    QSet<QString> m_seen;
    QList<Undo> m_undo;
};

} // namespace certdeck
