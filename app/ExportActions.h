#pragma once

#include "AppContext.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace certdeck {

/// File > Export: the cards and the exam history as CSV for a spreadsheet, and the cards as an Anki package
/// (with the schedule and history when asked). The rules are core's (export/); this asks for a file, writes
/// it whole (or leaves what was there) and says what it wrote.
class ExportActions : public QObject {
    Q_OBJECT

public:
    ExportActions(AppContext& context, QWidget* window);

    /// Adds the Export submenu to `file`.
    void addTo(QMenu* file);

    /// Writes every card with its schedule as CSV to `path`; what it wrote ("Wrote 412 cards to …"), or why
    /// not.
    Result<QString> cardsCsv(const QString& path) const;
    /// Writes every exam that ended as CSV to `path`.
    Result<QString> examsCsv(const QString& path) const;
    /// Writes every card (the bank's and the learner's own) as an Anki package to `path`, with the schedule
    /// and review history when `withHistory`.
    Result<QString> anki(const QString& path, bool withHistory) const;

private:
    /// Asks for the file to write (`suggested` in the home folder) and runs `write` on it, telling the
    /// outcome.
    void run(const QString& title, const QString& suggested, const QString& filter,
             const std::function<Result<QString>(const QString&)>& write);

    AppContext& m_context;
    QWidget* m_window;
};

} // namespace certdeck
