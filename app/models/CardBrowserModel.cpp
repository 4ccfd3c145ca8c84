#include "models/CardBrowserModel.h"

#include "PlainToolTip.h"

#include <QFont>
#include <QLocale>

#include <limits>

namespace certdeck {

namespace {

/// The longest front shown in the Card column; the view elides it to the column's width anyway.
constexpr qsizetype kFrontChars = 240;

QString oneLine(const QString& text)
{
    QString line = text.simplified();
    if (line.size() > kFrontChars) {
        line = line.left(kFrontChars - 1) + u'…';
    }
    return line;
}

QString localDateTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

bool hasMemory(const CardOverviewRow& row)
{
    return row.state != CardState::New && row.lastReview.isValid();
}

} // namespace

void CardBrowserModel::setRows(QList<CardOverviewRow> rows, const QDateTime& now)
{
    m_now = now;
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i) {
        sameIds = rows[i].id == m_rows[i].id;
    }
    if (sameIds) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows[i].id, int(i));
    }
    endResetModel();
}

void CardBrowserModel::setTopicTitles(QHash<QString, QString> titles)
{
    m_topicTitles = std::move(titles);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, TopicColumn), index(int(m_rows.size()) - 1, TopicColumn));
    }
}

void CardBrowserModel::setDimColor(const QColor& color)
{
    m_dim = color;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::ForegroundRole});
    }
}

int CardBrowserModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CardBrowserModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CardBrowserModel::stateLabel(CardState state)
{
    switch (state) {
    case CardState::New:
        //: A card's state: never studied
        return tr("New");
    case CardState::Learning:
        //: A card's state: on its first short steps
        return tr("Learning");
    case CardState::Review:
        //: A card's state: reviewed at intervals of days
        return tr("Review");
    case CardState::Relearning:
        //: A card's state: forgotten, back on a short step
        return tr("Relearning");
    }
    return {};
}

QString CardBrowserModel::stateText(const CardOverviewRow& row)
{
    QStringList parts{stateLabel(row.state)};
    if (row.leech) {
        //: Tag in the card browser's State column: a card forgotten again and again
        parts.append(tr("Leech"));
    }
    if (row.suspended) {
        //: Tag in the card browser's State column: left out of study
        parts.append(tr("Suspended"));
    }
    if (row.buried) {
        //: Tag in the card browser's State column: left out of study until the next study day
        parts.append(tr("Buried"));
    }
    //: Separates a card's state from its tags in the card browser: "Review · Leech · Suspended"
    return parts.join(tr(" · "));
}

QString CardBrowserModel::dueText(const QDateTime& due, const QDateTime& now)
{
    const DueDistance d = dueDistance(due, now);
    const int n = int(std::min<qint64>(d.count, std::numeric_limits<int>::max()));
    switch (d.unit) {
    case DueDistance::Unit::Now:
        //: A card's due time: within a minute of now
        return tr("now");
    case DueDistance::Unit::Minutes:
        return d.overdue ? tr("overdue %n minute(s)", nullptr, n) : tr("in %n minute(s)", nullptr, n);
    case DueDistance::Unit::Hours:
        return d.overdue ? tr("overdue %n hour(s)", nullptr, n) : tr("in %n hour(s)", nullptr, n);
    case DueDistance::Unit::Days:
        return d.overdue ? tr("overdue %n day(s)", nullptr, n) : tr("in %n day(s)", nullptr, n);
    }
    return {};
}

QString CardBrowserModel::stabilityText(double days)
{
    //: A card's memory stability in days, abbreviated: "2.3 d"
    return tr("%1 d").arg(QLocale().toString(days, 'f', days < 10 ? 1 : 0));
}

QVariant CardBrowserModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) {
        return {};
    }
    const CardOverviewRow& row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return plainToolTip(toolTip(row, column));
    case Qt::ForegroundRole:
        if (row.suspended && m_dim.isValid()) {
            return m_dim;
        }
        return {};
    case Qt::FontRole:
        if ((column <= TopicColumn && row.orphaned) || (column == StateColumn && row.leech)) {
            QFont font;
            font.setItalic(row.orphaned && column <= TopicColumn);
            font.setBold(row.leech && column == StateColumn);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == StabilityColumn || column == DifficultyColumn || column == LapsesColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::AccessibleDescriptionRole:
        return toolTip(row, column);
    case SortRole:
        return sortKey(row, column);
    case IdRole:
        return row.id;
    case OrphanedRole:
        return row.orphaned;
    case SuspendedRole:
        return row.suspended;
    case LeechRole:
        return row.leech;
    default:
        return {};
    }
}

QVariant CardBrowserModel::display(const CardOverviewRow& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case CardColumn:
        //: The card browser's Card column for a card removed from the content; %1 is its id
        return row.orphaned ? tr("%1 (no longer in the content)").arg(row.id) : oneLine(row.front);
    case TopicColumn:
        //: The card browser's Topic column for a card removed from the content
        return row.orphaned ? tr("(removed)") : m_topicTitles.value(row.topic, row.topic);
    case StateColumn:
        return stateText(row);
    case DueColumn:
        return row.due.isValid() ? dueText(row.due, m_now) : QString();
    case StabilityColumn:
        if (!hasMemory(row)) {
            return QString();
        }
        return stabilityText(row.stability);
    case DifficultyColumn:
        return hasMemory(row) ? locale.toString(row.difficulty, 'f', 1) : QString();
    case LapsesColumn:
        return hasMemory(row) ? locale.toString(row.lapses) : QString();
    case LastReviewColumn:
        return row.lastReview.isValid()
                   ? locale.toString(row.lastReview.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case WhyDueColumn:
        return row.broughtForwardBy.isEmpty() ? QString() : tr("Wrong exam answer");
    default:
        return {};
    }
}

QVariant CardBrowserModel::sortKey(const CardOverviewRow& row, int column) const
{
    switch (column) {
    case CardColumn:
        return row.orphaned ? row.id : row.front.simplified();
    case TopicColumn:
        return display(row, column);
    case StateColumn:
        return int(row.state) * 8 + (row.leech ? 4 : 0) + (row.suspended ? 2 : 0) + (row.buried ? 1 : 0);
    case DueColumn:
        // Never studied: after every due time.
        return row.due.isValid() ? row.due.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case StabilityColumn:
        return hasMemory(row) ? row.stability : -1.0;
    case DifficultyColumn:
        return hasMemory(row) ? row.difficulty : -1.0;
    case LapsesColumn:
        return row.lapses;
    case LastReviewColumn:
        return row.lastReview.isValid() ? row.lastReview.toMSecsSinceEpoch()
                                        : std::numeric_limits<qint64>::min();
    case WhyDueColumn:
        return row.broughtForwardAt.isValid() ? row.broughtForwardAt.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::min();
    default:
        return {};
    }
}

QString CardBrowserModel::toolTip(const CardOverviewRow& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case CardColumn:
    case TopicColumn:
        if (row.orphaned) {
            return tr("%1\nThis card is no longer in the content (removed or renamed). Its schedule and "
                      "history are kept.")
                .arg(row.id);
        }
        if (column == CardColumn) {
            //: Tooltip of a card in the browser: front, back, then the card's id
            return tr("%1\n\n%2\n\nId: %3").arg(row.front, row.back, row.id);
        }
        //: Tooltip of a topic: its title, then its id
        return tr("%1 (%2)").arg(m_topicTitles.value(row.topic, row.topic), row.topic);
    case StateColumn: {
        QStringList lines{stateLabel(row.state)};
        if (row.reps > 0) {
            lines.append(tr("Reviewed %n time(s)", nullptr, row.reps));
        }
        if (row.lapses > 0) {
            lines.append(tr("Forgotten %n time(s)", nullptr, row.lapses));
        }
        if (row.leech) {
            lines.append(tr("Leech: forgotten so often that it was taken out of study. Rewrite it, or "
                            "unsuspend it to try again."));
        }
        if (row.suspended) {
            lines.append(tr("Suspended: left out of study until unsuspended."));
        }
        if (row.buried) {
            lines.append(tr("Buried: left out of study until the next study day."));
        }
        return lines.join(u'\n');
    }
    case DueColumn:
        if (!row.due.isValid()) {
            return tr("Not studied yet: it comes with the new cards.");
        }
        //: %1 is a date and time
        return tr("Due %1").arg(localDateTime(row.due));
    case StabilityColumn:
        if (!hasMemory(row)) {
            return tr("Not studied yet.");
        }
        //: %1 is a number of days, %2 a percentage
        return tr("%1 days until the chance of recalling it falls to 90%.\nChance of recalling it now: %2%.")
            .arg(locale.toString(row.stability, 'f', 1), locale.toString(row.retrievability * 100, 'f', 0));
    case DifficultyColumn:
        if (!hasMemory(row)) {
            return tr("Not studied yet.");
        }
        //: %1 is a number from 1 to 10
        return tr("Difficulty %1, from 1 (easy) to 10 (hard).").arg(locale.toString(row.difficulty, 'f', 2));
    case LapsesColumn:
        return tr("Forgotten %n time(s) after it was learned", nullptr, row.lapses);
    case LastReviewColumn:
        //: %1 is a date and time
        return row.lastReview.isValid() ? tr("Last reviewed %1").arg(localDateTime(row.lastReview))
                                        : tr("Never reviewed.");
    case WhyDueColumn:
        if (row.broughtForwardBy.isEmpty()) {
            return tr("Due on its own schedule.");
        }
        //: %1 question id, %2 and %3 dates and times
        return tr("Brought forward on %2 because the exam question %1 was answered wrong; it was due %3.")
            .arg(row.broughtForwardBy, localDateTime(row.broughtForwardAt),
                 localDateTime(row.dueBeforeBroughtForward));
    default:
        return {};
    }
}

QVariant CardBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CardColumn:
            return tr("Card");
        case TopicColumn:
            return tr("Topic");
        case StateColumn:
            return tr("State");
        case DueColumn:
            return tr("Due");
        case StabilityColumn:
            //: Column header: a card's memory stability, in days
            return tr("Stability");
        case DifficultyColumn:
            return tr("Difficulty");
        case LapsesColumn:
            //: Column header: how often a learned card was forgotten
            return tr("Lapses");
        case LastReviewColumn:
            return tr("Last review");
        case WhyDueColumn:
            //: Column header: why a card came due sooner than its schedule said
            return tr("Why due");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DueColumn:
            return tr("When the card is next due for review");
        case StabilityColumn:
            return tr("Days (d) until the chance of recalling the card falls to 90%");
        case DifficultyColumn:
            return tr("How hard the card is for you, from 1 (easy) to 10 (hard)");
        case LapsesColumn:
            return tr("How often the card was forgotten after it was learned");
        case WhyDueColumn:
            return tr("A card comes due sooner when you answer an exam question on the same notes wrong");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number =
            section == StabilityColumn || section == DifficultyColumn || section == LapsesColumn;
        return int(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

CardBrowserFilterModel::CardBrowserFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CardBrowserModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CardBrowserFilterModel::setFilter(const CardOverviewFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool CardBrowserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const CardBrowserModel*>(sourceModel());
    if (!model || sourceParent.isValid() || sourceRow < 0 || sourceRow >= model->rows().size()) {
        return false;
    }
    return m_filter.accepts(model->rows()[sourceRow]);
}

} // namespace certdeck
