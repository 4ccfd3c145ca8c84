#include "util/RegularFile.h"

#include <QFile>
#include <QLocale>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certdeck {

namespace {

RegularFile::Kind kindOf(mode_t mode)
{
    if (S_ISREG(mode)) {
        return RegularFile::Kind::File;
    }
    if (S_ISDIR(mode)) {
        return RegularFile::Kind::Folder;
    }
    if (S_ISFIFO(mode)) {
        return RegularFile::Kind::Fifo;
    }
    if (S_ISSOCK(mode)) {
        return RegularFile::Kind::Socket;
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return RegularFile::Kind::Device;
    }
    return RegularFile::Kind::Other;
}

QString mebibytes(qint64 bytes)
{
    return QLocale::system().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

RegularFile::Info RegularFile::inspect(const QString& path)
{
    Info info;
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::stat(native.constData(), &st) == 0) {
        info.kind = kindOf(st.st_mode);
        info.size = qint64(st.st_size);
        return info;
    }
    info.error = errno;
    switch (info.error) {
    case ELOOP:
        info.kind = Kind::LinkLoop;
        break;
    case EACCES:
        info.kind = Kind::NoAccess;
        break;
    case ENOENT:
    case ENOTDIR: {
        struct stat link {};
        const bool isLink = ::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode);
        info.kind = isLink ? Kind::BrokenLink : Kind::Missing;
        break;
    }
    default:
        info.kind = Kind::Other;
        break;
    }
    return info;
}

QString RegularFile::describe(Kind kind)
{
    switch (kind) {
    case Kind::Folder:
        return tr("a folder");
    case Kind::BrokenLink:
        return tr("a symbolic link to a missing file");
    case Kind::LinkLoop:
        return tr("a symbolic link that loops");
    case Kind::Fifo:
        return tr("a named pipe (FIFO)");
    case Kind::Socket:
        return tr("a socket");
    case Kind::Device:
        return tr("a device");
    case Kind::NoAccess:
        return tr("something Certdeck may not look at");
    case Kind::Missing: // callers name only what is there and is not a regular file
    case Kind::File:
    case Kind::Other:
        break;
    }
    return tr("a special file");
}

QString RegularFile::problem(const Info& info)
{
    switch (info.kind) {
    case Kind::File:
        return {};
    case Kind::Missing:
        return tr("does not exist");
    case Kind::NoAccess:
        return tr("cannot be read: %1").arg(qt_error_string(info.error));
    case Kind::Other:
        if (info.error != 0) {
            return tr("cannot be read: %1").arg(qt_error_string(info.error));
        }
        break;
    default:
        break;
    }
    //: %1 is what stands at the path, e.g. "a folder" or "a named pipe (FIFO)"
    return tr("is %1, not a regular file").arg(describe(info.kind));
}

bool RegularFile::read(const QString& path, qint64 maxBytes, QByteArray* bytes, QString* error)
{
    return readBounded(path, maxBytes, false, bytes, error);
}

bool RegularFile::readHead(const QString& path, qint64 count, QByteArray* bytes, QString* error)
{
    return readBounded(path, count, true, bytes, error);
}

bool RegularFile::readBounded(const QString& path, qint64 maxBytes, bool truncate, QByteArray* bytes,
                              QString* error)
{
    bytes->clear();
    const Info info = inspect(path);
    if (info.kind != Kind::File) {
        *error = problem(info);
        return false;
    }
    if (!truncate && info.size > maxBytes) {
        *error = tr("is too large: %1 MiB (at most %2 MiB)").arg(mebibytes(info.size), mebibytes(maxBytes));
        return false;
    }
    // O_NONBLOCK: should the path have been swapped for a FIFO since inspect(), open does not wait for a
    // writer; fstat below then refuses it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = tr("cannot be read: %1").arg(qt_error_string(errno));
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = tr("is %1, not a regular file").arg(describe(kindOf(st.st_mode)));
        return false;
    }
    QByteArray data;
    data.reserve(qsizetype(std::min<qint64>(qint64(st.st_size), maxBytes) + 1));
    char buffer[65536];
    bool ok = true;
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            *error = tr("cannot be read: %1").arg(qt_error_string(errno));
            ok = false;
            break;
        }
        if (n == 0) {
            break;
        }
        data.append(buffer, qsizetype(n));
        if (qint64(data.size()) > maxBytes) {
            if (truncate) {
                data.truncate(qsizetype(maxBytes));
                break;
            }
            *error = tr("is too large: more than %1 MiB").arg(mebibytes(maxBytes)); // it grew while read
            ok = false;
            break;
        }
    }
    ::close(fd);
    if (ok) {
        *bytes = std::move(data);
    }
    return ok;
}

} // namespace certdeck
