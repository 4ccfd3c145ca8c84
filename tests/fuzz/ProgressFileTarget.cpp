// progress_file: any bytes as progress.db. Reading it (progress info) changes nothing; opening it either
// succeeds or refuses it, and a refused file is left exactly as it was, with nothing created beside it.

#include "FuzzSupport.h"
#include "progress/ProgressDatabase.h"

#include <QDir>
#include <QFile>

namespace certdeck::fuzz {

namespace {

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

} // namespace

void progressFile(const std::uint8_t* data, std::size_t size)
{
    const QString dir = scratchDir() + QStringLiteral("/progress");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/progress.db");
    const QByteArray bytes = bytesOf(data, size);
    {
        QFile f(path);
        CERTDECK_FUZZ_CHECK(f.open(QIODevice::WriteOnly));
        CERTDECK_FUZZ_CHECK(f.write(bytes) == bytes.size());
    }
    ProgressDatabase::Summary summary;
    (void)ProgressDatabase::inspect(path, &summary);
    CERTDECK_FUZZ_CHECK(contentOf(path) == bytes);
    CERTDECK_FUZZ_CHECK(entries(dir) == QStringList{QStringLiteral("progress.db")});

    ProgressDatabase db;
    db.setBusyTimeout(0);
    const ProgressDatabase::OpenResult result = db.open(path);
    CERTDECK_FUZZ_CHECK(!result.message.contains(QStringLiteral("backup")));
    if (result.ok()) {
        CERTDECK_FUZZ_CHECK(db.isOpen() && db.schemaVersion() == ProgressDatabase::kSchemaVersion);
    } else {
        CERTDECK_FUZZ_CHECK(!db.isOpen() && !result.message.isEmpty());
        CERTDECK_FUZZ_CHECK(contentOf(path) == bytes);
        CERTDECK_FUZZ_CHECK(entries(dir) == QStringList{QStringLiteral("progress.db")});
    }
}

} // namespace certdeck::fuzz
