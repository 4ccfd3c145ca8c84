#include "dialogs/CardHistoryDialog.h"

#include "models/CardBrowserModel.h"
#include "review/CardOverview.h"
#include "review/ReviewStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace certdeck {

namespace {

QString intervalText(const CardHistoryRow& row)
{
    if (!row.intervalMs) {
        //: The interval a review set is not known
        return CardHistoryDialog::tr("unknown");
    }
    const DueDistance d = dueDistance(row.at.addMSecs(*row.intervalMs), row.at);
    const int n = int(std::min<qint64>(d.count, std::numeric_limits<int>::max()));
    switch (d.unit) {
    case DueDistance::Unit::Now:
        //: The interval a review set: under a minute
        return CardHistoryDialog::tr("under a minute");
    case DueDistance::Unit::Minutes:
        return CardHistoryDialog::tr("%n minute(s)", nullptr, n);
    case DueDistance::Unit::Hours:
        return CardHistoryDialog::tr("%n hour(s)", nullptr, n);
    case DueDistance::Unit::Days:
        return CardHistoryDialog::tr("%n day(s)", nullptr, n);
    }
    return {};
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

QString CardHistoryDialog::ratingLabel(int rating)
{
    switch (rating) {
    case 1:
        //: A review's rating: not recalled
        return tr("Again");
    case 2:
        //: A review's rating: recalled with difficulty
        return tr("Hard");
    case 3:
        //: A review's rating: recalled
        return tr("Good");
    case 4:
        //: A review's rating: recalled at once
        return tr("Easy");
    default:
        return QString::number(rating);
    }
}

CardHistoryDialog::CardHistoryDialog(const ReviewStore* store, const QString& cardId, const QString& front,
                                     QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cardHistory"));
    //: Window title; %1 is a card's id
    setWindowTitle(tr("History of %1").arg(cardId));
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("historyCard"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    title->setText(front.isEmpty() ? cardId : front.simplified());
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Reviews"));
    m_table->setHorizontalHeaderLabels({tr("Reviewed"), tr("Rating"),
                                        //: Column header: the card's state when it was reviewed
                                        tr("State before"),
                                        //: Column header: the time until the card was due again
                                        tr("Interval set")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (!store) {
        m_status->setText(tr("Your progress is not open, so there is no history to show."));
    } else {
        const Result<QList<ReviewLogEntry>> entries = store->history(cardId);
        const Result<CardRecord> record = store->record(cardId);
        if (!entries) {
            m_status->setText(entries.error());
        } else if (!record) {
            m_status->setText(record.error());
        } else if (entries->isEmpty()) {
            m_status->setText(tr("Not reviewed yet."));
        } else {
            const QList<CardHistoryRow> rows = cardHistory(*entries, *record);
            m_status->setText(tr("%n review(s), oldest first", nullptr, int(rows.size())));
            m_table->setRowCount(int(rows.size()));
            const QLocale locale;
            for (int i = 0; i < rows.size(); ++i) {
                const CardHistoryRow& r = rows[i];
                m_table->setItem(i, 0, cell(locale.toString(r.at.toLocalTime(), QLocale::ShortFormat)));
                m_table->setItem(i, 1, cell(ratingLabel(int(r.rating))));
                m_table->setItem(i, 2, cell(CardBrowserModel::stateLabel(r.stateBefore)));
                m_table->setItem(i, 3, cell(intervalText(r)));
            }
        }
    }
    m_table->resizeColumnsToContents();
    setFocusProxy(m_table);
    resize(std::max(520, sizeHint().width()), 360);
}

} // namespace certdeck
