#include "util/Translations.h"

#include "util/AppPaths.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace certdeck {

void installTranslations(QCoreApplication& app, const QLocale& systemLocale)
{
    const QString forced = qEnvironmentVariable("CERTDECK_LANG");
    const QLocale locale = forced.isEmpty() ? systemLocale : QLocale(forced);
    if (!forced.isEmpty()) {
        QLocale::setDefault(locale); // dates and numbers in the chosen language, not the system's
    }
    // English is the source language; its translation holds only plural forms ("1 result", "2 results").
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto* own = new QTranslator(&app);
    const bool loaded = english ? own->load(QStringLiteral("certdeck_en"), AppPaths::translationsDir())
                                : own->load(locale, QStringLiteral("certdeck"), QStringLiteral("_"),
                                            AppPaths::translationsDir());
    if (loaded) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    if (english) {
        return;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

} // namespace certdeck
