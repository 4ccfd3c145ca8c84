#pragma once

#include "content/ContentDatabase.h"
#include "notes/OwnCards.h"
#include "notes/OwnNotes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certdeck {

/// The personal content folder (`personal/` beside progress.db): `content.db` there is the bank's content.db
/// with the learner's own notes and cards added (sections sorted into the bank's topics, searchable like the
/// bank's notes; cards beside the bank's). It is derived data: built from the bank and the own notes and
/// cards in progress.db whenever they change,
/// written to a temporary file and renamed into place, so a reader never sees half of it. The app and the
/// command line read it instead of the bank while it was built from the bank they have (same content hash);
/// after an update of Certdeck it is rebuilt, and without own notes it does not exist.
class SqliteConnection;

class PersonalContent {
    Q_DECLARE_TR_FUNCTIONS(PersonalContent)

public:
    struct Built {
        int files = 0;
        int sections = 0;
        qsizetype lines = 0;
    };

    /// What the personal content database is built from: the own notes and cards in progress.db.
    struct Sources {
        QList<OwnNotesFile> files;
        QList<OwnCard> cards;

        bool isEmpty() const { return files.isEmpty() && cards.isEmpty(); }
        QString fingerprint() const { return PersonalContent::fingerprint(files, cards); }
    };
    static Result<Sources> sources(const SqliteConnection& progress);

    /// `<folder of progress.db>/personal/content.db`.
    static QString pathFor(const QString& progressDbPath);

    /// Builds `outPath` from the bank at `bankPath`, `files` and `cards`, reporting lines written through
    /// `progress` (called on the calling thread). With neither files nor cards, removes `outPath`.
    static Result<Built> build(const QString& bankPath, const QList<OwnNotesFile>& files,
                               const QList<OwnCard>& cards, const QString& outPath,
                               const ContentDatabase::NotesProgress& progress = {});

    /// SHA-256 over the own notes and cards a personal content database is built from.
    static QString fingerprint(const QList<OwnNotesFile>& files, const QList<OwnCard>& cards);

    /// What to read: `personalPath` when it holds own notes or cards built on the bank at `bankPath` (same
    /// content hash, same schema), else `bankPath`.
    static QString choose(const QString& bankPath, const QString& personalPath);

    /// The fingerprint (OwnNotes::fingerprint) of the notes `personalPath` was built from; empty when there
    /// is no such file or it cannot be read.
    static QString builtFrom(const QString& personalPath);
};

} // namespace certdeck
