#include "models/NoteSectionTreeModel.h"

#include "PlainToolTip.h"
#include "content/ContentRepository.h"

namespace certdeck {

QString NoteSectionTreeModel::load(const ContentRepository& content)
{
    clear();
    m_sections.clear();
    const Result<QList<TopicRow>> topics = content.topics();
    const Result<QList<NoteSectionRow>> sections = content.sections();
    if (!topics || !sections) {
        return topics ? sections.error() : topics.error();
    }
    QHash<QString, QString> titles;
    for (const TopicRow& t : *topics) {
        titles.insert(t.id, t.title);
    }
    QStandardItem* topicItem = nullptr;
    QString topicId;
    for (const NoteSectionRow& s : *sections) {
        if (!topicItem || s.topic != topicId) {
            topicId = s.topic;
            topicItem = new QStandardItem(titles.value(s.topic, s.topic));
            topicItem->setData(s.topic, TopicIdRole);
            topicItem->setEditable(false);
            QFont bold = topicItem->font();
            bold.setBold(true);
            topicItem->setFont(bold);
            invisibleRootItem()->appendRow(topicItem);
        }
        auto* item = new QStandardItem(s.title);
        item->setEditable(false);
        item->setData(s.id, SectionIdRole);
        item->setData(s.topic, TopicIdRole);
        item->setData(s.own, OwnRole);
        const QString file = s.own ? ownFileTitle(s.fileTitle) : s.fileTitle;
        //: Tooltip of a note section: notes file, lines first–last
        item->setToolTip(plainToolTip(tr("%1, lines %2–%3").arg(file).arg(s.firstLine).arg(s.lastLine)));
        if (s.own) {
            // The learner's own notes stand out from the bank's among a topic's sections.
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            item->setData(tr("%1 (your notes)").arg(s.title), Qt::AccessibleTextRole);
        }
        topicItem->appendRow(item);
        m_sections.insert(s.id, item);
    }
    for (int row = 0; row < invisibleRootItem()->rowCount(); ++row) {
        QStandardItem* t = invisibleRootItem()->child(row);
        //: A topic in the notes tree: its title and (number of note sections)
        t->setText(tr("%1 (%2)").arg(t->text()).arg(t->rowCount()));
    }
    return {};
}

QString NoteSectionTreeModel::ownFileTitle(const QString& fileTitle)
{
    //: The title of a notes file the learner imported
    return tr("%1 (your notes)").arg(fileTitle);
}

QModelIndex NoteSectionTreeModel::indexOfSection(int sectionId) const
{
    QStandardItem* item = m_sections.value(sectionId);
    return item ? item->index() : QModelIndex();
}

} // namespace certdeck
