#pragma once

#include <QString>

namespace certdeck {

/// Where Certdeck's files are. The build tree mirrors the install layout, so the same rules find the data
/// next to build/<preset>/bin/certdeck and next to /usr/bin/certdeck. Environment variables override:
/// CERTDECK_CONTENT_DB, CERTDECK_CONTENT_SOURCE, CERTDECK_DATA_DIR (folder of progress.db).
namespace AppPaths {

QString contentDatabase();
/// The content folder `content check` lints: the source tree this binary was built from when it still
/// exists, else the copy installed beside content.db.
QString contentSourceDir();
QString translationsDir();
QString progressDatabase();
/// The app's settings (window geometry and the like): ~/.config/certdeck/certdeck.conf on Linux.
QString settingsFile();
/// True when the settings file is missing or a regular file of at most 1 MiB. Anything else stays unread and
/// unwritten: QSettings would wait forever on a FIFO and read a huge file whole.
bool settingsFileIsUsable();

} // namespace AppPaths
} // namespace certdeck
