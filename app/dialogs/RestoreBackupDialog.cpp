#include "dialogs/RestoreBackupDialog.h"

#include "AppContext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdeck {

RestoreBackupDialog::RestoreBackupDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Restore Backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Certdeck backs up your progress when it opens and every 30 minutes while you "
                      "study. Restoring a backup replaces your progress with it; your current "
                      "progress is kept as a backup first, so you can go back."),
                   this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Reviews"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("backupRestore"));
    QPushButton* now = buttons->addButton(tr("&Back Up Now"), QDialogButtonBox::ActionRole);
    now->setObjectName(QStringLiteral("backupNow"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    connect(now, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Backing up…"));
        m_context.backUpIfDue(true);
    });
    connect(&m_context, &AppContext::backupFinished, this, [this](const QString&, const QString& message) {
        reload();
        if (!message.isEmpty()) {
            m_status->setText(message);
        }
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { restoreSelected(); });
    resize(560, 420);
    reload();
}

void RestoreBackupDialog::reload()
{
    m_list->clear();
    const QList<ProgressBackups::BackupInfo> backups = m_context.backups().list();
    const QLocale locale;
    for (const ProgressBackups::BackupInfo& b : backups) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(b.created.toLocalTime(), QLocale::LongFormat));
        item->setText(1, b.ok() ? locale.toString(b.reviews) : tr("unreadable"));
        item->setText(2, locale.formattedDataSize(b.size));
        item->setData(0, Qt::UserRole, b.path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (!b.ok()) {
            item->setToolTip(0, b.error);
            item->setDisabled(true);
        }
    }
    m_status->setText(
        backups.isEmpty()
            ? tr("No backups yet.")
            //: %n backups in the folder %1
            : tr("%n backup(s) in %1", nullptr, int(backups.size())).arg(m_context.backups().folder()));
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_restore->setEnabled(!m_list->selectedItems().isEmpty());
}

bool RestoreBackupDialog::restoreSelected(bool ask)
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty()) {
        return false;
    }
    const QString path = selected.first()->data(0, Qt::UserRole).toString();
    if (ask && QMessageBox::question(
                   this, tr("Restore Backup"),
                   tr("Replace your progress with the backup made %1? Your current progress "
                      "is kept as a backup first.")
                       .arg(selected.first()->text(0)),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return false;
    }
    const ProgressBackups::RestoreResult result = m_context.restoreBackup(path);
    reload();
    if (!result.ok()) {
        m_status->setText(result.message);
        return false;
    }
    m_status->setText(result.previous.isEmpty()
                          ? tr("Restored.")
                          : tr("Restored. Your progress as it was is kept in %1").arg(result.previous));
    return true;
}

} // namespace certdeck
