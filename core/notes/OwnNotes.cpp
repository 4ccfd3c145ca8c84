#include "notes/OwnNotes.h"

#include "util/PlainText.h"
#include "util/RegularFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStringDecoder>

namespace certdeck {

Result<OwnNotesFile> OwnNotes::fromFile(const QString& path, const QByteArray& bytes, const QDateTime& now)
{
    const QFileInfo info(path);
    const QString shown = PlainText::printable(info.fileName());
    auto refuse = [&](const QString& why) {
        //: %1 is a file name; %2 says why it is refused
        return Result<OwnNotesFile>::failure(tr("%1 was not imported: %2").arg(shown, why));
    };
    if (bytes.size() > kMaxBytes) {
        return refuse(
            tr("it is larger than %1 MiB, more than any notes file").arg(kMaxBytes / (1024 * 1024)));
    }
    QString text;
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (utf16) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        text = decoder(bytes.mid(2));
        if (decoder.hasError()) {
            return refuse(tr("it is not text (it starts like UTF-16 but is not)"));
        }
    } else {
        if (bytes.contains('\0')) {
            return refuse(tr("it is not a text file (it holds binary data)"));
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
        if (decoder.hasError()) {
            return refuse(tr("it is not a UTF-8 text file"));
        }
    }
    if (text.contains(QChar(u'\0'))) {
        return refuse(tr("it is not a text file (it holds binary data)"));
    }
    if (text.trimmed().isEmpty()) {
        return refuse(tr("it holds no text"));
    }
    OwnNotesFile file;
    file.name = info.fileName();
    file.title = info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName();
    file.origin = info.absoluteFilePath();
    file.text = text.toUtf8();
    file.importedAt = now.toUTC();
    return file;
}

Result<OwnNotesFile> OwnNotes::read(const QString& path, const QDateTime& now)
{
    const RegularFile::Info info = RegularFile::inspect(path);
    if (info.kind != RegularFile::Kind::File) {
        //: %1 is a file, %2 says what it is instead ("is a folder, not a regular file")
        return Result<OwnNotesFile>::failure(
            tr("%1 was not imported: it %2").arg(PlainText::printable(path), RegularFile::problem(info)));
    }
    QByteArray bytes;
    QString error;
    if (!RegularFile::read(path, kMaxBytes, &bytes, &error)) {
        return Result<OwnNotesFile>::failure(error);
    }
    return fromFile(path, bytes, now);
}

QString OwnNotes::fingerprint(const QList<OwnNotesFile>& files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const OwnNotesFile& f : files) {
        for (const QByteArray& part : {f.name.toUtf8(), f.title.toUtf8(), f.text}) {
            hash.addData(QByteArray::number(part.size()));
            hash.addData(QByteArray(1, '\0'));
            hash.addData(part);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace certdeck
