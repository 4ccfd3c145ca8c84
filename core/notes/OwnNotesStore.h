#pragma once

#include "notes/OwnNotes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certdeck {

class SqliteConnection;

/// The learner's own notes files in progress.db (table own_notes, schema version 5). Every change is one
/// transaction.
class OwnNotesStore {
    Q_DECLARE_TR_FUNCTIONS(OwnNotesStore)

public:
    enum class PutOutcome { Added, Updated, Unchanged };

    explicit OwnNotesStore(const SqliteConnection& connection) : m_connection(connection) {}

    /// Every file with its text, by name.
    Result<QList<OwnNotesFile>> files() const;
    /// Stores `file`, replacing the text and title of a file of the same name; a file whose title and text
    /// are the same as stored is left as it is (Unchanged).
    Result<PutOutcome> put(const OwnNotesFile& file) const;
    /// Removes the file named `name`; false when there is none.
    Result<bool> remove(const QString& name) const;

private:
    const SqliteConnection& m_connection;
};

} // namespace certdeck
