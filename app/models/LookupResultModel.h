#pragma once

#include "lookup/LookupIndex.h"

#include <QAbstractListModel>
#include <QHash>
#include <QRect>

class QPainter;
class QStyleOptionViewItem;

namespace certdeck {

/// Lookup results for a list view. DisplayRole is the title; the other parts have their own roles.
class LookupResultModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        KindLabelRole,
        AnswerRole,
        TopicRole,
        TopicTitleRole,
        SourceRole,     ///< "Developer notes, line 1722": the notes file by the name people know it by
        SourceFileRole, ///< the notes file's name, to open it
        SourceLineRole, ///< the line in it
        IdRole
    };

    using QAbstractListModel::QAbstractListModel;

    void setResults(QList<LookupResult> results);
    /// Topic id -> title, for TopicTitleRole ("sqs" -> "Amazon SQS").
    void setTopicTitles(QHash<QString, QString> titles) { m_topicTitles = std::move(titles); }
    const QList<LookupResult>& results() const { return m_results; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    /// "Developer notes, line 1722".
    static QString sourceText(const QString& fileTitle, int line);
    /// Draws the result's kind as a small rounded chip ("Limit"), tinted by kind so that limits and formulas
    /// stand out, at the left of the text line `line`; returns the chip's rectangle.
    static QRect paintKindChip(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index, const QRect& line);

private:
    QList<LookupResult> m_results;
    QHash<QString, QString> m_topicTitles;
};

} // namespace certdeck
