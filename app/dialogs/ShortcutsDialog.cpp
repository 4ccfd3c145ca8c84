#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdeck {

KeyHelp KeyHelp::of(const QList<QKeySequence>& keys, const QString& action)
{
    QStringList names;
    for (const QKeySequence& k : keys) {
        names.append(k.toString(QKeySequence::NativeText));
    }
    //: Between the last two keys that do the same thing in the keyboard help: "N or Right"
    const QString either = ShortcutsDialog::tr(" or ");
    if (names.size() <= 2) {
        return {names.join(either), action};
    }
    const QString last = names.takeLast();
    //: Between keys in a longer list in the keyboard help: "Up, Down, Page Up or Page Down"
    return {names.join(ShortcutsDialog::tr(", ")) + either + last, action};
}

ShortcutsDialog::ShortcutsDialog(const QList<KeyHelpSection>& sections, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Keys"), tr("Does")});
    m_table->setRootIsDecorated(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true); // a long description wraps instead of being cut short
    for (const KeyHelpSection& section : sections) {
        auto* heading = new QTreeWidgetItem(m_table, {section.title});
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = m_table->font();
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const KeyHelp& row : section.rows) {
            auto* item = new QTreeWidgetItem(heading, {row.keys, row.action});
            item->setToolTip(1, row.action);
        }
        heading->setExpanded(true);
    }
    m_table->setItemsExpandable(false);
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 600);
}

} // namespace certdeck
