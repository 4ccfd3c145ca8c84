#pragma once

#include "review/ReviewSettings.h"
#include "stats/StatsEngine.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace certdeck {

class ContentRepository;
class SqliteConnection;

/// What the statistics read of the content database: cards, questions, profiles, topics.
Result<StatsContent> loadStatsContent(const ContentRepository& content);

/// Reads what the statistics need from progress.db (review_log, card_state, exam_attempt, exam_answer), read
/// only, on SQLite's own handle: ids are mapped to the content's card and question indices as rows are read,
/// so no QString or QDateTime is made per review.
/// Reads progress and computes the statistics as the learner's settings count them (their study day, their
/// FSRS parameters) at `now`, over a window of `days`. `progress` is null when there is none yet: every
/// series comes out empty.
Result<StatsReport> readStatsReport(const StatsContent& content, const SqliteConnection* progress,
                                    const ReviewSettings& settings, const QDateTime& now, int days,
                                    const QTimeZone& zone = QTimeZone::systemTimeZone());

class StatsStore {
    Q_DECLARE_TR_FUNCTIONS(StatsStore)

public:
    explicit StatsStore(const SqliteConnection& connection) : m_connection(connection) {}

    Result<ProgressFacts> read(const StatsContent& content) const;

private:
    const SqliteConnection& m_connection;
};

} // namespace certdeck
