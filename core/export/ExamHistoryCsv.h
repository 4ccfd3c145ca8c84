#pragma once

// `certdeck export exams`: the learner's exam history as a CSV table (CsvWriter), a pure function of the
// attempts progress.db keeps and the content's exam profiles.
//
// Rows. One per attempt that ended: finished (submitted, or timed out) and abandoned; an attempt still in
// progress is left out (it has no result yet). Oldest first (by start time, then id), so a chart over the
// rows runs forward in time.
//
// Results are the ones recorded when the attempt was submitted (ExamStore keeps each answer's result), not
// scored again against today's content: a question edited or removed since does not change a past score.
// An abandoned attempt was never scored, so its correct, percent_correct, scaled_score, passed and domain
// cells are empty.
//
// Columns (the header, in English, is stable: scripts may rely on it; new columns are only ever added at
// the end of the fixed ones, before the domain columns):
//   id               the attempt's number in progress.db
//   started          when it began: ISO 8601 in UTC with a Z ("2026-11-22T10:00:00Z")
//   finished         when it was submitted or abandoned, in the same form
//   status           "finished" or "abandoned"
//   profile          the exam's code ("SAA-C03"); empty for a drill not tied to an exam
//   mode             "timed" (a timed exam), "practice" (feedback after each answer) or "drill"
//   title            what was drilled or practised ("sqs, kinesis"), as the history names it
//   questions        how many questions it asked
//   answered         how many of them were answered (as many options chosen as the question asks for)
//   correct          how many were answered right
//   percent_correct  correct / questions x 100, 1 decimal
//   scaled_score     the estimated scaled score (100 to 1000) of a timed exam; empty for practice and drills
//   passed           "true" or "false": the scaled score reaches the pass line (720), or, without one, the
//                    share right reaches the share the pass line needs
//   duration_seconds exam time used, in whole seconds
//   time_limit_minutes  the time allowed, extra minutes included; empty when untimed
// then one column per domain of every exam profile, in the content's order, named "<code> <domain id> %"
// ("SAA-C03 secure %"): the share of that domain's questions answered right, in percent with 1 decimal;
// empty when the attempt is of another exam (or a drill of topics), asked none of that domain's questions,
// or was abandoned.

#include "content/ContentModel.h"
#include "exam/ExamStore.h"
#include "export/CsvWriter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace certdeck {

class ExamHistoryCsv {
    Q_DECLARE_TR_FUNCTIONS(ExamHistoryCsv)

public:
    /// The column names for `profiles`, in order.
    static QStringList header(const QList<ExamProfile>& profiles);
    /// The table of `attempts` (with their items and responses, as ExamStore::attempt reads them; any order;
    /// those in progress are left out).
    static CsvTable table(const QList<ExamAttempt>& attempts, const QList<ExamProfile>& profiles);
    /// Every attempt that ended, with its items and responses: what table() needs from the store.
    static Result<QList<ExamAttempt>> endedAttempts(const ExamStore& store);
};

} // namespace certdeck
