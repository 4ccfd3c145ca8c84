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
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return;
    }
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("certdeck"), QStringLiteral("_"), AppPaths::translationsDir())) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
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
