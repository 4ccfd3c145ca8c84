#include "lookup/RecentQueries.h"

#include <QSettings>

namespace certdeck {

namespace {
const QString kKey = QStringLiteral("lookup/recent");
}

void RecentQueries::add(const QString& query)
{
    const QString q = query.simplified();
    if (q.isEmpty()) {
        return;
    }
    queries.removeIf([&](const QString& old) { return old.compare(q, Qt::CaseInsensitive) == 0; });
    queries.prepend(q);
    if (queries.size() > kMax) {
        queries.resize(kMax);
    }
}

RecentQueries RecentQueries::load(const QSettings& settings)
{
    RecentQueries recent;
    const QStringList stored = settings.value(kKey).toStringList();
    // Oldest first, so that add() leaves the newest in front; anything odd in the file is dropped by add().
    for (auto it = stored.crbegin(); it != stored.crend(); ++it) {
        recent.add(it->left(200));
    }
    return recent;
}

void RecentQueries::save(QSettings& settings) const
{
    settings.setValue(kKey, queries);
}

} // namespace certdeck
