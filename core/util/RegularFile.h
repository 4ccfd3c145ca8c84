#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace certdeck {

/// Reading files that come from the learner or the disk, safely: only regular files, only up to a bound.
/// A named pipe, a device or a socket is never opened (opening one can block forever or touch hardware), a
/// symbolic link is followed but a loop is reported, and a file is never read past its bound.
class RegularFile {
    Q_DECLARE_TR_FUNCTIONS(RegularFile)

public:
    /// What a path names, following symbolic links.
    enum class Kind { Missing, File, Folder, BrokenLink, LinkLoop, Fifo, Socket, Device, Other, NoAccess };

    struct Info {
        Kind kind = Kind::Missing;
        qint64 size = 0;
        int error = 0; ///< errno when the path could not be examined
    };

    /// Examines `path` without opening it.
    static Info inspect(const QString& path);
    /// "a folder", "a named pipe (FIFO)", ...: what stands at a path that is not a regular file, for
    /// messages.
    static QString describe(Kind kind);
    /// Why `path` cannot be read as a regular file ("is a folder, not a file"), or an empty string when it
    /// can.
    static QString problem(const Info& info);

    /// Reads all of `path`, which must be a regular file of at most `maxBytes`. On failure returns false and
    /// sets `error` to a phrase for people that completes "<path> ..." ("is a folder, not a file").
    static bool read(const QString& path, qint64 maxBytes, QByteArray* bytes, QString* error);
    /// Reads at most the first `count` bytes of a regular file (for file headers).
    static bool readHead(const QString& path, qint64 count, QByteArray* bytes, QString* error);

    /// Bound for text sources (notes, decks, topics, exams): far above any real file, far below trouble.
    static constexpr qint64 kMaxTextBytes = qint64(16) * 1024 * 1024;

private:
    static bool readBounded(const QString& path, qint64 maxBytes, bool truncate, QByteArray* bytes,
                            QString* error);
};

} // namespace certdeck
