#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace certdeck {

class AppContext;

/// File > Restore Backup: the backups of progress.db, newest first, with date and number of reviews;
/// restoring one keeps the current progress as a backup first, so a restore can itself be undone.
class RestoreBackupDialog : public QDialog {
    Q_OBJECT

public:
    explicit RestoreBackupDialog(AppContext& context, QWidget* parent = nullptr);

    /// Restores the selected backup after asking (set `ask` false in tests). False when nothing was restored.
    bool restoreSelected(bool ask = true);

private:
    void reload();

    AppContext& m_context;
    QLabel* m_status = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace certdeck
