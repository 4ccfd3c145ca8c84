#pragma once

#include "AppContext.h"
#include "content/ContentModel.h"
#include "dialogs/ShortcutsDialog.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace certdeck {

class CardBrowserFilterModel;
class CardBrowserModel;

/// Every card with its schedule (core's cardOverview()): filter by text, topic and state, sort by any
/// column, suspend and unsuspend the selected cards, read a card's review history, show its source in the
/// notes. Non-modal; reads the cards and records again whenever it is activated, keeping the selection.
/// Until progress is open the cards are shown as new and nothing can be changed; the dialog says why.
class CardBrowserDialog : public QDialog {
    Q_OBJECT

public:
    explicit CardBrowserDialog(AppContext& context, QWidget* parent = nullptr);
    ~CardBrowserDialog() override;

    /// The browser's keys, for Help > Keyboard Shortcuts.
    static QList<KeyHelp> keyHelp();

    /// Reads the cards and their records again, keeping the filter and the selection.
    void reload();
    /// Lists card `cardId` (filter set to its id, topic and state to all) and selects it; an empty id lists
    /// every card. False when no card has that id.
    bool showCard(const QString& cardId);

    /// The ids of the selected rows, in the order shown.
    QStringList selectedIds() const;
    /// Suspends (or unsuspends) the selected cards, each saved through the ReviewStore.
    void setSelectedSuspended(bool suspended);
    /// Opens the history of the current card.
    void showHistory();
    /// Asks the window to show the current card's source line in the notes.
    void showInNotes();
    /// Opens the current card, when it is one of the learner's own, for editing.
    void editCard();
    /// Deletes the current card, when it is one of the learner's own, after asking (with `confirm`).
    void deleteCard(bool confirm = true);

    const CardBrowserModel* model() const { return m_model; }
    /// What the dialog says about progress and failures (empty when all is well).
    QString statusText() const;

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void applyFilter();
    void updateActions();
    void updateCount();
    void updateDimColor();
    void sizeColumns();
    void setStatus(const QStringList& lines);
    void saveGeometryAndColumns() const;
    QString currentId() const;

    AppContext& m_context;
    CardBrowserModel* m_model = nullptr;
    CardBrowserFilterModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_topic = nullptr;
    QComboBox* m_state = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_notes = nullptr;
    QPushButton* m_history = nullptr;
    QPushButton* m_suspend = nullptr;
    QPushButton* m_unsuspend = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QHash<QString, SourceRef> m_sources; ///< card id -> where it comes from in the notes
    QStringList m_loadMessages;          ///< why the rows are incomplete (progress not open, a failed read)
    QStringList m_actionMessages;        ///< what the last suspend or unsuspend could not do
    bool m_writable = false;             ///< progress is open and was read
    bool m_columnsSized = false;
};

} // namespace certdeck
