#include "util/AppPaths.h"

#include "util/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace certdeck::AppPaths {

namespace {

QString dataDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/certdeck"));
}

QString fromEnv(const char* name)
{
    return qEnvironmentVariableIsEmpty(name) ? QString() : qEnvironmentVariable(name);
}

} // namespace

QString contentDatabase()
{
    const QString env = fromEnv("CERTDECK_CONTENT_DB");
    return env.isEmpty() ? dataDir() + QStringLiteral("/content.db") : env;
}

QString contentSourceDir()
{
    const QString env = fromEnv("CERTDECK_CONTENT_SOURCE");
    if (!env.isEmpty()) {
        return env;
    }
#if defined(CERTDECK_SOURCE_CONTENT_DIR) && defined(CERTDECK_BUILD_BIN_DIR)
    // Run from its own build tree, the binary lints the sources being edited; installed, it never looks
    // there.
    const QString source = QStringLiteral(CERTDECK_SOURCE_CONTENT_DIR);
    if (QFileInfo(QCoreApplication::applicationDirPath()) ==
            QFileInfo(QStringLiteral(CERTDECK_BUILD_BIN_DIR)) &&
        QFileInfo::exists(source + QStringLiteral("/topics.yaml"))) {
        return source;
    }
#endif
    return dataDir() + QStringLiteral("/content");
}

QString translationsDir()
{
    return dataDir() + QStringLiteral("/translations");
}

QString progressDatabase()
{
    QString dir = fromEnv("CERTDECK_DATA_DIR");
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    return QDir(dir).filePath(QStringLiteral("progress.db"));
}

QString settingsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("certdeck.conf"));
}

bool settingsFileIsUsable()
{
    constexpr qint64 kMaxSettingsBytes = qint64(1024) * 1024;
    const RegularFile::Info info = RegularFile::inspect(settingsFile());
    return info.kind == RegularFile::Kind::Missing ||
           (info.kind == RegularFile::Kind::File && info.size <= kMaxSettingsBytes);
}

} // namespace certdeck::AppPaths
