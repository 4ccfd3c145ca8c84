#pragma once

#include "content/ContentDatabase.h"
#include "notes/OwnNotes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certdeck {

/// The personal content folder (`personal/` beside progress.db): `content.db` there is the bank's content.db
/// with the learner's own notes added (sections sorted into the bank's topics, searchable like the bank's
/// notes). It is derived data: built from the bank and the own notes in progress.db whenever either changes,
/// written to a temporary file and renamed into place, so a reader never sees half of it. The app and the
/// command line read it instead of the bank while it was built from the bank they have (same content hash);
/// after an update of Certdeck it is rebuilt, and without own notes it does not exist.
class PersonalContent {
    Q_DECLARE_TR_FUNCTIONS(PersonalContent)

public:
    struct Built {
        int files = 0;
        int sections = 0;
        qsizetype lines = 0;
    };

    /// `<folder of progress.db>/personal/content.db`.
    static QString pathFor(const QString& progressDbPath);

    /// Builds `outPath` from the bank at `bankPath` and `files`, reporting lines written through `progress`
    /// (called on the calling thread). With no files, removes `outPath`.
    static Result<Built> build(const QString& bankPath, const QList<OwnNotesFile>& files,
                               const QString& outPath, const ContentDatabase::NotesProgress& progress = {});

    /// What to read: `personalPath` when it holds own notes built on the bank at `bankPath` (same content
    /// hash, same schema), else `bankPath`.
    static QString choose(const QString& bankPath, const QString& personalPath);

    /// The fingerprint (OwnNotes::fingerprint) of the notes `personalPath` was built from; empty when there
    /// is no such file or it cannot be read.
    static QString builtFrom(const QString& personalPath);
};

} // namespace certdeck
