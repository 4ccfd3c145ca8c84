#pragma once

#include "AppContext.h"
#include "dialogs/ShortcutsDialog.h"

#include <QFrame>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace certdeck {

class LookupIndex;
class LookupResultModel;

/// Quick lookup over any page (Ctrl+K): results on every keystroke, each row with its answer, so that most
/// lookups need no click. Arrows move, Enter opens (a limit, card, correction or question for reading on the
/// Lookup page; a formula in its calculator; a note section on the Notes page), Esc closes. Before the first
/// keystroke it offers the recent queries.
class CommandPalette : public QFrame {
    Q_OBJECT

public:
    explicit CommandPalette(AppContext& context, QWidget* window);

    /// The palette's keys, for Help > Keyboard Shortcuts.
    static QList<KeyHelp> keyHelp();
    ~CommandPalette() override;

    /// Shows the palette over the window, empty, with the recent queries, and the cursor in it.
    void open();

    QLineEdit* input() const { return m_input; }
    const LookupResultModel* results() const { return m_model; }
    /// The recent queries offered before the first keystroke, newest first.
    QStringList recentQueries() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void activate(const QModelIndex& index);
    void place();

    AppContext& m_context;
    QLineEdit* m_input = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    LookupResultModel* m_model = nullptr;
    QStandardItemModel* m_recent = nullptr;
    QStringList m_recentQueries; ///< read from the settings when the palette opens
};

} // namespace certdeck
