#pragma once

#include "pages/StatsChartsView.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace certdeck {

/// Loads libcertdeck_charts.so (from ../lib/certdeck/plugins beside the executable, as installed and as in the
/// build tree) and makes its view. Loaded once per process, on first use.
class StatsChartsLoader {
    Q_DECLARE_TR_FUNCTIONS(StatsChartsLoader)

public:
    /// A new charts view owned by `parent`, or nullptr with `error` saying what could not be loaded.
    static StatsChartsView* create(QWidget* parent, QString* error);
    /// Whether the library (and with it Qt Charts) has been loaded in this process.
    static bool isLoaded();
    /// Where the library is looked for, first to last.
    static QStringList searchPaths();
};

} // namespace certdeck
