#pragma once

// The learner's own notes (File > Import notes, `certdeck notes import`): plain-text files in either style
// the compiler reads (banner or ruled) or with Markdown headings, kept in progress.db with the rest of the
// learner's data (so backups, restore and progress export carry them) and compiled beside the bank's notes
// into the personal content database (PersonalContent), where Lookup and the Notes page read them.
//
// A file is known by its name: importing a file of the same name again replaces its text. What is not text
// (a NUL byte, bytes that are not UTF-8 or UTF-16 with a byte-order mark, nothing but white space, more
// than kMaxBytes) is refused with the reason, before anything is stored.

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace certdeck {

struct OwnNotesFile {
    QString name;         ///< the file's name when imported ("aws-notes.md"): what it is known by
    QString title;        ///< what the Notes page calls it ("aws-notes")
    QString origin;       ///< the path it was imported from, for the learner's information
    QByteArray text;      ///< UTF-8, as written (a UTF-16 file converted, a byte-order mark dropped)
    QDateTime importedAt; ///< UTC
};

class OwnNotes {
    Q_DECLARE_TR_FUNCTIONS(OwnNotes)

public:
    /// The largest notes file taken: 32 MiB of text is several times any set of study notes.
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

    /// The notes file read from `path` (its bytes `bytes`), ready to store, or why it is not a text file.
    static Result<OwnNotesFile> fromFile(const QString& path, const QByteArray& bytes, const QDateTime& now);

    /// Reads the notes file at `path` (a regular file of at most kMaxBytes) and checks it as fromFile() does;
    /// the error names the file and says why it is not taken.
    static Result<OwnNotesFile> read(const QString& path, const QDateTime& now);

    /// SHA-256 over the names, titles and texts: what the personal content database was built from.
    static QString fingerprint(const QList<OwnNotesFile>& files);
};

} // namespace certdeck
