#pragma once

#include "review/CardOverview.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QSortFilterProxyModel>

namespace certdeck {

/// The card browser's table: one row per card (core's cardOverview()), one column per fact. DisplayRole is
/// what the learner reads ("in 3 days"); SortRole is what the column sorts by (the due time, a number).
class CardBrowserModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CardColumn,
        TopicColumn,
        StateColumn,
        DueColumn,
        StabilityColumn,
        DifficultyColumn,
        LapsesColumn,
        LastReviewColumn,
        WhyDueColumn, ///< "Wrong exam answer" when an exam brought the card forward
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, OrphanedRole, SuspendedRole, LeechRole };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows, taken at `now`. When the ids are the same, in the same order, the rows are updated
    /// in place (dataChanged), so the view keeps its selection and scroll position.
    void setRows(QList<CardOverviewRow> rows, const QDateTime& now);
    const QList<CardOverviewRow>& rows() const { return m_rows; }
    /// The row of card `id`, or -1.
    int rowOf(const QString& id) const { return m_rowOf.value(id, -1); }
    /// Topic id -> title ("sqs" -> "Amazon SQS").
    void setTopicTitles(QHash<QString, QString> titles);
    /// The text colour of suspended rows (dimmed from the palette, so it reads in light and dark).
    void setDimColor(const QColor& color);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "New", "Learning", "Review", "Relearning" in the learner's language.
    static QString stateLabel(CardState state);
    /// "in 3 days", "overdue 2 hours", "now".
    static QString dueText(const QDateTime& due, const QDateTime& now);
    /// The State column: the state and the tags that matter ("Review · Leech · Suspended").
    static QString stateText(const CardOverviewRow& row);
    /// The Stability column: days, one decimal below 10 ("2.3 d", "41 d").
    static QString stabilityText(double days);

private:
    QVariant display(const CardOverviewRow& row, int column) const;
    QVariant sortKey(const CardOverviewRow& row, int column) const;
    QString toolTip(const CardOverviewRow& row, int column) const;

    QList<CardOverviewRow> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, QString> m_topicTitles;
    QDateTime m_now;
    QColor m_dim;
};

/// Sorts the browser's rows by SortRole and keeps the rows a CardOverviewFilter accepts.
class CardBrowserFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CardBrowserFilterModel(QObject* parent = nullptr);

    void setFilter(const CardOverviewFilter& filter);
    const CardOverviewFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    CardOverviewFilter m_filter;
};

} // namespace certdeck
