#include "stats/StatsStore.h"

#include "content/ContentRepository.h"
#include "util/IdIndex.h"
#include "util/SqliteStatement.h"
#include "util/TimeText.h"

#include <algorithm>

namespace certdeck {

namespace {

QByteArrayView textOf(sqlite3_stmt* statement, int column)
{
    return {reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
            sqlite3_column_bytes(statement, column)};
}

/// A stored time in ms since the epoch; 0 when the column is NULL or not a time Certdeck writes.
qint64 timeOf(sqlite3_stmt* statement, int column)
{
    const QByteArrayView text = textOf(statement, column);
    qint64 ms = 0;
    return fastTimeMs(text.data(), text.size(), &ms) ? ms : 0;
}

/// Runs `sql` and calls `row` with each row; an error names what was being read.
template <class Row>
Result<bool> each(sqlite3* db, const char* sql, Row row)
{
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        row(statement);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        return Result<bool>::failure(StatsStore::tr("cannot read the progress database: %1")
                                         .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return true;
}

} // namespace

Result<StatsContent> loadStatsContent(const ContentRepository& repo)
{
    StatsContent content;
    const Result<QList<Card>> cards = repo.cards();
    const Result<QList<Question>> questions = repo.questions();
    const Result<QList<ExamProfile>> profiles = repo.examProfiles();
    const Result<QList<TopicRow>> topics = repo.topics();
    for (const QString* error : {&cards.error(), &questions.error(), &profiles.error(), &topics.error()}) {
        if (!error->isEmpty()) {
            return Result<StatsContent>::failure(*error);
        }
    }
    content.cards = *cards;
    content.questions = *questions;
    content.profiles = *profiles;
    content.topics = *topics;
    return content;
}

Result<StatsReport> readStatsReport(const StatsContent& content, const SqliteConnection* progress,
                                    const ReviewSettings& settings, const QDateTime& now, int days,
                                    const QTimeZone& zone)
{
    const Result<ProgressFacts> facts = progress ? StatsStore(*progress).read(content) : ProgressFacts();
    if (!facts) {
        return Result<StatsReport>::failure(facts.error());
    }
    StatsOptions options;
    options.now = now;
    options.zone = zone;
    options.dayStartsAt = settings.nextDayStartsAt;
    options.fsrs = settings.fsrs();
    options.days = days;
    return computeStats(content, *facts, options);
}

Result<ProgressFacts> StatsStore::read(const StatsContent& content) const
{
    sqlite3* db = sqliteHandle(m_connection);
    if (!db) {
        return Result<ProgressFacts>::failure(tr("the progress database is not open"));
    }
    IdIndex cards, questions;
    cards.reserve(content.cards.size());
    for (qsizetype i = 0; i < content.cards.size(); ++i) {
        cards.insert(content.cards[i].id, qint32(i));
    }
    questions.reserve(content.questions.size());
    for (qsizetype i = 0; i < content.questions.size(); ++i) {
        questions.insert(content.questions[i].id, qint32(i));
    }

    ProgressFacts facts;
    // One read transaction, so the four reads see the same moment while the app may be writing.
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    const auto end = qScopeGuard([db] { sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr); });

    if (const sqlite3_int64 n =
            [&] {
                sqlite3_int64 count = 0;
                each(db, "SELECT max(id) FROM review_log",
                     [&](sqlite3_stmt* s) { count = sqlite3_column_int64(s, 0); });
                return count;
            }();
        n > 0) {
        facts.reviews.reserve(std::size_t(n));
    }
    bool sorted = true;
    Result<bool> ok = each(
        db, "SELECT card_id, rating, reviewed_at, duration_ms, state FROM review_log", [&](sqlite3_stmt* s) {
            ReviewFact r;
            r.card = cards.value(textOf(s, 0));
            r.rating = quint8(std::clamp(sqlite3_column_int(s, 1), 1, 4));
            r.atMs = timeOf(s, 2);
            r.durationMs = qint32(
                std::clamp<sqlite3_int64>(sqlite3_column_int64(s, 3), 0, std::numeric_limits<qint32>::max()));
            r.stateBefore = quint8(std::clamp(sqlite3_column_int(s, 4), 0, 3));
            sorted = sorted && (facts.reviews.empty() || facts.reviews.back().atMs <= r.atMs);
            facts.reviews.push_back(r);
        });
    if (!ok) {
        return Result<ProgressFacts>::failure(ok.error());
    }
    if (!sorted) { // imported histories add older reviews after newer ones
        std::stable_sort(facts.reviews.begin(), facts.reviews.end(),
                         [](const ReviewFact& a, const ReviewFact& b) { return a.atMs < b.atMs; });
    }

    ok = each(db, "SELECT card_id, state, due, last_review, stability, suspended, leech FROM card_state",
              [&](sqlite3_stmt* s) {
                  const qint32 card = cards.value(textOf(s, 0));
                  if (card < 0) {
                      return; // no longer in the content: its history is kept, but it is not a card to study
                  }
                  CardFact c;
                  c.card = card;
                  c.state = CardState(std::clamp(sqlite3_column_int(s, 1), 0, 3));
                  c.dueMs = timeOf(s, 2);
                  c.lastReviewMs = timeOf(s, 3);
                  c.stability = sqlite3_column_double(s, 4);
                  c.suspended = sqlite3_column_int(s, 5) != 0;
                  c.leech = sqlite3_column_int(s, 6) != 0;
                  facts.cards.push_back(c);
              });
    if (!ok) {
        return Result<ProgressFacts>::failure(ok.error());
    }

    // A final answer has its result; an unanswered question of a submitted exam counts as wrong, at the
    // time the exam was submitted.
    ok = each(
        db,
        "SELECT a.question_id, a.correct, coalesce(a.answered_at, t.finished_at, t.started_at), a.time_ms"
        " FROM exam_answer a JOIN exam_attempt t ON t.id = a.attempt_id"
        " WHERE a.correct IS NOT NULL OR a.time_ms > 0",
        [&](sqlite3_stmt* s) {
            const qint64 at = timeOf(s, 2);
            const auto timeMs = qint32(
                std::clamp<sqlite3_int64>(sqlite3_column_int64(s, 3), 0, std::numeric_limits<qint32>::max()));
            if (sqlite3_column_type(s, 1) == SQLITE_NULL) {
                facts.otherQuestionTime.emplace_back(at, timeMs);
                return;
            }
            facts.answers.push_back(
                AnswerFact{at, questions.value(textOf(s, 0)), sqlite3_column_int(s, 1) != 0, timeMs});
        });
    if (!ok) {
        return Result<ProgressFacts>::failure(ok.error());
    }
    std::stable_sort(facts.answers.begin(), facts.answers.end(),
                     [](const AnswerFact& a, const AnswerFact& b) { return a.atMs < b.atMs; });

    ok = each(db,
              "SELECT id, profile_id, finished_at, raw_correct, raw_total, scaled_score FROM exam_attempt"
              " WHERE status = 'finished' AND mode = 'timed' AND scaled_score > 0 ORDER BY id",
              [&](sqlite3_stmt* s) {
                  facts.exams.append(ScoredAttempt{
                      sqlite3_column_int64(s, 0), QString::fromUtf8(textOf(s, 1)), timeOf(s, 2),
                      sqlite3_column_int(s, 3), sqlite3_column_int(s, 4), sqlite3_column_int(s, 5)});
              });
    if (!ok) {
        return Result<ProgressFacts>::failure(ok.error());
    }
    return facts;
}

} // namespace certdeck
