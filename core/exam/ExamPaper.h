#pragma once

// Which questions an exam asks, in which order, with which option order: a pure function of the bank, the
// learner's question history and a seed.
//
// Full exam. A profile asks N questions (65) over its domains by weight. Each domain gets weight x N / 100
// rounded down; the questions left over go, one each, to the domains with the largest remainders (ties: the
// earlier domain in the exam guide), so every domain is within one question of weight x N and the counts add
// up to N (largest remainder, Hamilton's method). Within a domain, questions never answered come first, then
// those not answered for over 30 days, then over 7 days, then within the week, then within the day; within
// each of these bands the seed decides, so two seeds give clearly different exams (even for a learner who has
// seen every question) and the same seed the same exam. A question appears once. The chosen questions are
// then shuffled together (the real exam does not group them by domain), and each question's options are
// shuffled by the seed and the question's id. A bank that cannot fill a domain gives no exam, but a message
// naming how many questions each short domain lacks.
//
// Practice set. `count` questions from a pool (a topic, the learner's mistakes, the flagged ones), the same
// preference for questions not seen lately, shuffled the same way; a smaller pool gives a smaller set.
//
// Option ids. An option's id is its position as written in the deck, from 0; `order` lists them in the
// order shown, so a shown letter (A, B, ...) maps back to the written option and its `why`.

#include "content/ContentModel.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace certdeck {

/// A question the generator may choose: what it needs to know, nothing more.
struct PoolQuestion {
    QString id;
    QString domain; ///< the domain it serves in the profile (full exams), or its topic (drills)
    int choose = 1;
    int options = 4;
    qint64 lastSeenMs = 0; ///< when the learner last answered it (ms since the epoch); 0: never
};

/// One question of an exam: which one, what it serves, and the order its options are shown in.
struct ExamItem {
    QString questionId;
    QString domain;   ///< domain id (full exam and practice of a profile) or topic id (drills)
    int choose = 1;   ///< how many options make the answer
    QList<int> order; ///< written option positions, in the order shown

    friend bool operator==(const ExamItem&, const ExamItem&) = default;
};

struct ExamPaper {
    QString profileId; ///< empty for a drill of topics, mistakes or flags
    quint64 seed = 0;
    int minutes = 0; ///< 0: untimed
    QList<ExamItem> items;
};

/// How many questions a domain needs for a full exam, and how many the bank holds for it.
struct DomainShortfall {
    QString domainId, domainName;
    int needed = 0;
    int available = 0;
};

class ExamGenerator {
    Q_DECLARE_TR_FUNCTIONS(ExamGenerator)

public:
    /// `questions` as a pool: with `profileId`, those tagged for that profile with their domain in it;
    /// without, every question with its topic as its domain. `lastSeenMs` gives when each was last answered.
    static QList<PoolQuestion> poolOf(const QList<Question>& questions, const QString& profileId,
                                      const QHash<QString, qint64>& lastSeenMs = {});

    /// Questions per domain of `profile` for a full exam (largest remainder), in the profile's domain order.
    static QList<int> domainQuotas(const ExamProfile& profile);

    /// A full exam of `profile` from `pool` (each question's `domain` is its domain in that profile).
    /// Fails when a domain is short; `shortfalls` (when given) then lists every short domain.
    static Result<ExamPaper> fullExam(const ExamProfile& profile, const QList<PoolQuestion>& pool,
                                      quint64 seed, qint64 nowMs,
                                      QList<DomainShortfall>* shortfalls = nullptr);

    /// Up to `count` questions of `pool`, those not seen lately first, in a shuffled order.
    static ExamPaper practiceSet(const QList<PoolQuestion>& pool, int count, quint64 seed, qint64 nowMs);

    /// The order `options` options of `questionId` are shown in for `seed`.
    static QList<int> optionOrder(const QString& questionId, int options, quint64 seed);

    /// The message for a bank too small for a full exam.
    static QString shortfallMessage(const ExamProfile& profile, const QList<DomainShortfall>& shortfalls);
};

} // namespace certdeck
