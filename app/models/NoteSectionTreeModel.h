#pragma once

#include <QHash>
#include <QStandardItemModel>

namespace certdeck {

class ContentRepository;

/// Topics, each with its note sections (in file and line order), for the Notes page tree.
class NoteSectionTreeModel : public QStandardItemModel {
    Q_OBJECT

public:
    enum Role { SectionIdRole = Qt::UserRole + 1, TopicIdRole, OwnRole };

    using QStandardItemModel::QStandardItemModel;

    /// Fills the tree; returns why it could not (a message naming the file), or a null string.

    QString load(const ContentRepository& content);
    /// "week3 (your notes)": how the learner's own notes file `fileTitle` is named.
    static QString ownFileTitle(const QString& fileTitle);
    /// The tree item of a section, or an invalid index.
    QModelIndex indexOfSection(int sectionId) const;

private:
    QHash<int, QStandardItem*> m_sections;
};

} // namespace certdeck
