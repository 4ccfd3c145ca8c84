#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace certdeck {

/// The lookups a learner made last, newest first, offered before the first keystroke. Read and written in
/// one place (the "lookup" group of the settings file).
struct RecentQueries {
    static constexpr int kMax = 8;

    QStringList queries;

    /// `query` (trimmed, spaces collapsed) becomes the newest; the same query in another case is not kept
    /// twice; at most kMax are kept. An empty query changes nothing.
    void add(const QString& query);

    static RecentQueries load(const QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace certdeck
