#pragma once

#include "content/ContentModel.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace certdeck {

class SqliteConnection;

/// Owns the schema of content.db and the SQL that writes it (the compiler's side). Readers use
/// ContentRepository and LookupIndex.
class ContentDatabase {
public:
    static constexpr int kSchemaVersion = 5;
    static constexpr int kApplicationId = 0x43444354; // "CDCT": a Certdeck content database

    /// Creates the schema and fills it from `bank` in one transaction, then compacts the file.
    static bool write(const ContentBank& bank, SqliteConnection& connection, QString* error);

    /// Lines written so far, of all the lines being written.
    using NotesProgress = std::function<void(qsizetype done, qsizetype total)>;

    /// Adds the learner's own notes and cards to a copy of a content database opened for writing, in one
    /// transaction: files (marked own, titled `titles[i]`), sections and lines numbered after the bank's, a
    /// search row per section; cards as items after the bank's, their sources resolved to file and section;
    /// and their words counted in the vocabulary lookup corrects typos to.
    static bool appendOwn(const QList<NotesDocument>& docs, const QStringList& titles,
                          const QList<Card>& cards, SqliteConnection& connection,
                          const NotesProgress& progress, QString* error);

    /// Every table the schema creates: a content.db missing one of them is damaged.
    static QStringList tableNames();
};

} // namespace certdeck
