#pragma once

#include <QLocale>

class QCoreApplication;

namespace certdeck {

/// Installs Certdeck's own translation and Qt's for `locale` (the system's by default; CERTDECK_LANG
/// overrides, e.g. "de", and then also sets the default locale, so dates and numbers follow the language).
/// Missing files are not an error: the text stays English.
void installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace certdeck
