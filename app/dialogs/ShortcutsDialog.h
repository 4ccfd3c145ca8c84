#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTreeWidget;

namespace certdeck {

/// One line of the keyboard help: the keys (as the platform names them) and what they do.
struct KeyHelp {
    QString keys;
    QString action;

    /// Keys that do the same thing, in the platform's names: "N or Right".
    static KeyHelp of(const QList<QKeySequence>& keys, const QString& action);
};

struct KeyHelpSection {
    QString title;
    QList<KeyHelp> rows;
};

/// Help > Keyboard Shortcuts (F1): every shortcut, by where it works.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QList<KeyHelpSection>& sections, QWidget* parent = nullptr);

    QTreeWidget* table() const { return m_table; }

private:
    QTreeWidget* m_table = nullptr;
};

} // namespace certdeck
