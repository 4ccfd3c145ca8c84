#pragma once

#include "stats/StatsEngine.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace certdeck {

class ContentRepository;
class SqliteConnection;

/// What the statistics read of the content database: cards, questions, profiles, topics.
Result<StatsContent> loadStatsContent(const ContentRepository& content);

/// Reads what the statistics need from progress.db (review_log, card_state, exam_attempt, exam_answer), read
/// only, on SQLite's own handle: ids are mapped to the content's card and question indices as rows are read,
/// so no QString or QDateTime is made per review.
class StatsStore {
    Q_DECLARE_TR_FUNCTIONS(StatsStore)

public:
    explicit StatsStore(const SqliteConnection& connection) : m_connection(connection) {}

    Result<ProgressFacts> read(const StatsContent& content) const;

private:
    const SqliteConnection& m_connection;
};

} // namespace certdeck
