#include "StatsChartsLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace certdeck {

namespace {

CreateStatsChartsView g_create = nullptr;

} // namespace

QStringList StatsChartsLoader::searchPaths()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() +
                            QStringLiteral("/../lib/certdeck/plugins/libcertdeck_charts.so"))};
}

bool StatsChartsLoader::isLoaded()
{
    return g_create != nullptr;
}

StatsChartsView* StatsChartsLoader::create(QWidget* parent, QString* error)
{
    if (!g_create) {
        QStringList problems;
        for (const QString& path : searchPaths()) {
            if (!QFileInfo::exists(path)) {
                problems.append(tr("%1 is missing").arg(QDir::toNativeSeparators(path)));
                continue;
            }
            // Owned by the application, so it lives (and stays loaded) as long as the process.
            auto* library = new QLibrary(path, QCoreApplication::instance());
            library->setLoadHints(QLibrary::ResolveAllSymbolsHint);
            auto create = reinterpret_cast<CreateStatsChartsView>(library->resolve(kCreateStatsChartsSymbol));
            if (create) {
                g_create = create;
                break;
            }
            problems.append(library->errorString());
            delete library;
        }
        if (!g_create) {
            if (error) {
                *error = tr("The charts could not be loaded: %1.").arg(problems.join(QStringLiteral("; ")));
            }
            return nullptr;
        }
    }
    return g_create(parent);
}

} // namespace certdeck
