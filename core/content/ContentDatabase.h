#pragma once

#include "content/ContentModel.h"

#include <QString>
#include <QStringList>

namespace certdeck {

class SqliteConnection;

/// Owns the schema of content.db and the SQL that writes it (the compiler's side). Readers use
/// ContentRepository and LookupIndex.
class ContentDatabase {
public:
    static constexpr int kSchemaVersion = 4;
    static constexpr int kApplicationId = 0x43444354; // "CDCT": a Certdeck content database

    /// Creates the schema and fills it from `bank` in one transaction, then compacts the file.
    static bool write(const ContentBank& bank, SqliteConnection& connection, QString* error);

    /// Every table the schema creates: a content.db missing one of them is damaged.
    static QStringList tableNames();
};

} // namespace certdeck
