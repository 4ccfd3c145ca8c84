#include "dialogs/CardBrowserDialog.h"

#include "content/ContentRepository.h"
#include "dialogs/CardHistoryDialog.h"
#include "dialogs/OwnCardDialog.h"
#include "models/CardBrowserModel.h"
#include "review/CardOverview.h"
#include "util/AppPaths.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace certdeck {

namespace {

const QString kGeometryKey = QStringLiteral("cardBrowser/geometry");
const QString kColumnsKey = QStringLiteral("cardBrowser/columns");

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false); // Return in the table opens the history, never a button
    return b;
}

} // namespace

CardBrowserDialog::CardBrowserDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("cardBrowser"));
    setWindowTitle(tr("Card Browser"));
    setModal(false);
    setSizeGripEnabled(true);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("browserFilter"));
    m_filter->setAccessibleName(tr("Filter cards"));
    m_filter->setPlaceholderText(tr("Words in the front, back or id"));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("Fi&lter:"), this);
    filterLabel->setBuddy(m_filter);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);

    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("browserTopic"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_topic->addItem(tr("All topics"), QString());
    auto* topicLabel = new QLabel(tr("T&opic:"), this);
    topicLabel->setBuddy(m_topic);
    filters->addSpacing(6);
    filters->addWidget(topicLabel);
    filters->addWidget(m_topic);

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("browserState"));
    m_state->setAccessibleName(tr("State"));
    //: Card browser state filter: every card
    m_state->addItem(tr("All"), int(CardStateFilter::All));
    //: Card browser state filter: cards never studied
    m_state->addItem(tr("New"), int(CardStateFilter::New));
    //: Card browser state filter: cards on learning or relearning steps
    m_state->addItem(tr("Learning"), int(CardStateFilter::Learning));
    //: Card browser state filter: cards reviewed at intervals of days
    m_state->addItem(tr("Review"), int(CardStateFilter::Review));
    //: Card browser state filter: cards left out of study
    m_state->addItem(tr("Suspended"), int(CardStateFilter::Suspended));
    //: Card browser state filter: cards forgotten again and again
    m_state->addItem(tr("Leeches"), int(CardStateFilter::Leeches));
    //: Card browser state filter: cards left out of study until the next study day
    m_state->addItem(tr("Buried"), int(CardStateFilter::Buried));
    auto* stateLabel = new QLabel(tr("St&ate:"), this);
    stateLabel->setBuddy(m_state);
    filters->addSpacing(6);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    layout->addLayout(filters);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setTextFormat(Qt::PlainText); // messages quote paths and SQLite, which may hold anything
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    m_model = new CardBrowserModel(this);
    m_proxy = new CardBrowserFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("browserTable"));
    m_table->setAccessibleName(tr("Cards"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // deck order until a header is clicked
    m_table->installEventFilter(this);
    m_filter->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("browserCount"));
    m_count->setTextFormat(Qt::PlainText);
    bottom->addWidget(m_count, 1);
    m_notes = button(tr("Show in &Notes"), "browserNotes", this);
    m_notes->setToolTip(tr("Show the line of your notes this card comes from"));
    m_history = button(tr("&History…"), "browserHistory", this);
    m_history->setToolTip(tr("Every review of this card (Return, or double-click the card)"));
    m_suspend = button(tr("&Suspend"), "browserSuspend", this);
    m_suspend->setToolTip(tr("Leave the selected cards out of study until they are unsuspended"));
    m_unsuspend = button(tr("&Unsuspend"), "browserUnsuspend", this);
    m_unsuspend->setToolTip(tr("Bring the selected cards back into study"));
    m_edit = button(tr("&Edit…"), "browserEdit", this);
    m_edit->setToolTip(tr("Change one of your own cards (cards you made from the notes)"));
    m_delete = button(tr("&Delete"), "browserDelete", this);
    m_delete->setToolTip(tr("Delete one of your own cards with its review history"));
    auto* close = button(tr("Close"), "browserClose", this);
    for (QPushButton* b : {m_notes, m_history, m_edit, m_delete, m_suspend, m_unsuspend}) {
        bottom->addWidget(b);
    }
    bottom->addSpacing(12);
    bottom->addWidget(close);
    layout->addLayout(bottom);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &CardBrowserDialog::applyFilter);
    connect(m_topic, &QComboBox::currentIndexChanged, this, &CardBrowserDialog::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CardBrowserDialog::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CardBrowserDialog::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &CardBrowserDialog::showHistory);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CardBrowserDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CardBrowserDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CardBrowserDialog::updateCount);
    connect(m_notes, &QPushButton::clicked, this, &CardBrowserDialog::showInNotes);
    connect(m_history, &QPushButton::clicked, this, &CardBrowserDialog::showHistory);
    connect(m_suspend, &QPushButton::clicked, this, [this] { setSelectedSuspended(true); });
    connect(m_unsuspend, &QPushButton::clicked, this, [this] { setSelectedSuspended(false); });
    connect(m_edit, &QPushButton::clicked, this, &CardBrowserDialog::editCard);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCard(); });
    // Own cards saved or deleted (here, or made on the Notes page) are read anew once compiled.
    connect(&m_context, &AppContext::contentReloaded, this, &CardBrowserDialog::reload);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_context, &AppContext::progressReady, this, &CardBrowserDialog::reload);
    connect(&m_context, &AppContext::progressFailed, this, &CardBrowserDialog::reload);

    updateDimColor();
    reload();
    header->setSectionResizeMode(CardBrowserModel::CardColumn, QHeaderView::Stretch);
    if (AppPaths::settingsFileIsUsable()) {
        const QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
        m_columnsSized = header->restoreState(settings.value(kColumnsKey).toByteArray());
        if (m_columnsSized) {
            m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        }
        if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
            resize(1160, 680);
        }
    } else {
        resize(1160, 680);
    }
    if (!m_columnsSized) {
        sizeColumns();
    }
    setFocusProxy(m_table);
}

QList<KeyHelp> CardBrowserDialog::keyHelp()
{
    return {KeyHelp::of({QKeySequence(QKeySequence::Find)}, tr("Search the cards"))};
}

CardBrowserDialog::~CardBrowserDialog()
{
    if (isVisible()) {
        saveGeometryAndColumns();
    }
}

void CardBrowserDialog::reload()
{
    m_loadMessages.clear();
    const QDateTime now = m_context.clock().now();

    QList<Card> cards;
    bool cardsRead = false; // without the content's cards every record would look removed from it
    QString error;
    if (const ContentRepository* content = m_context.content(&error)) {
        const Result<QList<Card>> read = content->cards();
        if (read) {
            cards = *read;
            cardsRead = true;
        } else {
            m_loadMessages.append(read.error());
        }
        if (m_topic->count() <= 1) {
            const Result<QList<TopicRow>> topics = content->topics();
            if (topics) {
                QSet<QString> withCards;
                for (const Card& c : std::as_const(cards)) {
                    withCards.insert(c.topic);
                }
                const QSignalBlocker block(m_topic);
                for (const TopicRow& t : *topics) {
                    if (withCards.contains(t.id)) {
                        m_topic->addItem(t.title, t.id);
                    }
                }
                QHash<QString, QString> titles;
                for (const TopicRow& t : *topics) {
                    titles.insert(t.id, t.title);
                }
                m_model->setTopicTitles(std::move(titles));
            } else {
                m_loadMessages.append(topics.error());
            }
        }
    } else {
        m_loadMessages.append(error);
    }

    QHash<QString, CardRecord> records;
    QHash<QString, CardNudge> nudges;
    m_writable = false;
    if (!cardsRead) {
        // Nothing to list: the message above says why.
    } else if (const ReviewStore* store = m_context.reviews()) {
        const Result<QHash<QString, CardRecord>> read = store->records();
        const Result<QHash<QString, CardNudge>> nudged = store->nudges();
        if (read && nudged) {
            records = *read;
            nudges = *nudged;
            m_writable = true;
        } else {
            m_loadMessages.append(read ? nudged.error() : read.error());
            m_loadMessages.append(tr("The cards are shown as new, and nothing can be changed."));
        }
    } else if (m_context.progressState() == AppContext::ProgressState::Failed) {
        //: %1 says why (it names the file)
        m_loadMessages.append(tr("Your progress cannot be opened: %1").arg(m_context.progressError()));
        m_loadMessages.append(tr("The cards are shown as new, and nothing can be changed."));
    } else {
        m_loadMessages.append(
            tr("Your progress is not open yet: the cards are shown as new, and nothing can be changed."));
    }

    m_sources.clear();
    m_sources.reserve(cards.size());
    for (const Card& c : std::as_const(cards)) {
        m_sources.insert(c.id, c.source);
    }

    const QStringList selected = selectedIds();
    const QString current = currentId();
    m_model->setRows(cardOverview(cards, records, now, nudges), now);
    // After a reset (the cards changed) the selection is gone: select the same cards again.
    if (!selected.isEmpty() && m_table->selectionModel()->selectedRows().isEmpty()) {
        QItemSelection selection;
        for (const QString& id : selected) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
            if (index.isValid()) {
                selection.select(index, index);
            }
        }
        m_table->selectionModel()->select(selection,
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(m_model->rowOf(current), 0));
        if (at.isValid()) {
            m_table->selectionModel()->setCurrentIndex(at, QItemSelectionModel::NoUpdate);
        }
    }
    setStatus(m_loadMessages + m_actionMessages);
    updateCount();
    updateActions();
}

bool CardBrowserDialog::showCard(const QString& cardId)
{
    m_actionMessages.clear();
    reload();
    {
        const QSignalBlocker blockFilter(m_filter);
        const QSignalBlocker blockTopic(m_topic);
        const QSignalBlocker blockState(m_state);
        m_filter->setText(cardId);
        m_topic->setCurrentIndex(0);
        m_state->setCurrentIndex(0);
    }
    applyFilter();
    if (cardId.isEmpty()) {
        return true;
    }
    const int row = m_model->rowOf(cardId);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!index.isValid()) {
        return false;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void CardBrowserDialog::applyFilter()
{
    CardOverviewFilter filter;
    filter.text = m_filter->text().trimmed();
    filter.topic = m_topic->currentData().toString();
    filter.state = CardStateFilter(m_state->currentData().toInt());
    m_proxy->setFilter(filter);
    updateCount();
    updateActions();
}

QStringList CardBrowserDialog::selectedIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex& index : std::as_const(rows)) {
        ids.append(index.data(CardBrowserModel::IdRole).toString());
    }
    return ids;
}

QString CardBrowserDialog::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), QModelIndex())) {
        return current.data(CardBrowserModel::IdRole).toString();
    }
    const QStringList selected = selectedIds();
    return selected.isEmpty() ? QString() : selected.first();
}

void CardBrowserDialog::setSelectedSuspended(bool suspended)
{
    const ReviewStore* store = m_context.reviews();
    const QStringList ids = selectedIds();
    if (!store || !m_writable || ids.isEmpty()) {
        return;
    }
    const QDateTime now = m_context.clock().now();
    QString firstError;
    int failed = 0;
    for (const QString& id : ids) {
        Result<CardRecord> read = store->record(id);
        if (!read) {
            firstError = firstError.isEmpty() ? read.error() : firstError;
            ++failed;
            continue;
        }
        CardRecord record = std::move(read).value();
        if (record.suspended == suspended || (!record.stored && !suspended)) {
            continue; // already so; a card without a record is not suspended
        }
        if (!record.stored) {
            record.schedule = FsrsScheduler::newCard(now);
            record.stored = true;
        }
        record.suspended = suspended;
        const Result<bool> saved = store->save(record);
        if (!saved) {
            firstError = firstError.isEmpty() ? saved.error() : firstError;
            ++failed;
        }
    }
    m_actionMessages.clear();
    if (failed > 0) {
        m_actionMessages.append(
            suspended
                //: %1 says why (SQLite's message)
                ? tr("%n card(s) could not be suspended: %1", nullptr, failed).arg(firstError)
                //: %1 says why (SQLite's message)
                : tr("%n card(s) could not be unsuspended: %1", nullptr, failed).arg(firstError));
    }
    reload();
}

void CardBrowserDialog::showHistory()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        return;
    }
    const int row = m_model->rowOf(id);
    const QString front = row >= 0 ? m_model->rows()[row].front : QString();
    auto* dialog = new CardHistoryDialog(m_context.reviews(), id, front, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void CardBrowserDialog::showInNotes()
{
    const SourceRef source = m_sources.value(currentId());
    if (source.file.isEmpty()) {
        return;
    }
    m_context.navigate(NavigationRequest::notesLine(source.file, source.line));
    if (QWidget* window = parentWidget() ? parentWidget()->window() : nullptr) {
        window->raise();
        window->activateWindow();
    }
}

QString CardBrowserDialog::statusText() const
{
    return m_status->text();
}

void CardBrowserDialog::setStatus(const QStringList& lines)
{
    m_status->setText(lines.join(u'\n'));
    m_status->setVisible(!lines.isEmpty());
}

void CardBrowserDialog::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    QString text = shown == total ? tr("%n card(s)", nullptr, total)
                                  //: %1 cards shown of %n in all: "42 of 74 cards"
                                  : tr("%1 of %n card(s)", nullptr, total).arg(shown);
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    if (selected > 1) {
        //: After the card count: "42 of 74 cards, 3 selected"
        text = tr("%1, %n selected", nullptr, selected).arg(text);
    }
    m_count->setText(text);
}

void CardBrowserDialog::updateActions()
{
    bool anySuspended = false;
    bool anyActive = false;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        (index.data(CardBrowserModel::SuspendedRole).toBool() ? anySuspended : anyActive) = true;
    }
    m_suspend->setEnabled(m_writable && anyActive);
    m_unsuspend->setEnabled(m_writable && anySuspended);
    const QString id = currentId();
    m_history->setEnabled(!id.isEmpty() && m_context.reviews());
    m_notes->setEnabled(!m_sources.value(id).file.isEmpty());
    const bool own = OwnCards::isOwn(id) && m_context.ownCards() && !m_context.notesBuilding();
    m_edit->setEnabled(own);
    m_delete->setEnabled(own);
}

void CardBrowserDialog::editCard()
{
    const QString id = currentId();
    const ContentRepository* content = m_context.content();
    if (!OwnCards::isOwn(id) || !m_context.ownCards() || !content) {
        return;
    }
    const Result<QList<OwnCard>> cards = m_context.ownCards()->cards();
    const Result<QList<TopicRow>> topics = content->topics();
    const Result<TopicCatalog> catalog = content->topicCatalog();
    if (!cards || !topics || !catalog) {
        setStatus({!cards ? cards.error() : !topics ? topics.error() : catalog.error()});
        return;
    }
    const auto it =
        std::find_if(cards->cbegin(), cards->cend(), [&](const OwnCard& c) { return c.id == id; });
    if (it == cards->cend()) {
        return;
    }
    const SourceRef source = m_sources.value(id);
    //: Where an own card comes from: notes file, line
    const QString where =
        source.fileTitle.isEmpty() ? QString() : tr("%1, line %2").arg(source.fileTitle).arg(source.line);
    auto* dialog = new OwnCardDialog(*it, *topics, *catalog, where, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<OwnCard> saved = m_context.saveOwnCard(dialog->card());
        if (!saved) {
            setStatus({saved.error()});
        }
        updateActions();
    });
    dialog->open();
}

void CardBrowserDialog::deleteCard(bool confirm)
{
    const QString id = currentId();
    if (!OwnCards::isOwn(id) || !m_context.ownCards()) {
        return;
    }
    const int row = m_model->rowOf(id);
    const QString front = row >= 0 ? m_model->rows()[row].front : id;
    if (confirm && QMessageBox::question(
                       this, tr("Delete Card"),
                       //: %1 is the card's front
                       tr("Delete your card “%1” with its review history?").arg(front.left(80)),
                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!m_context.removeOwnCard(id, &error)) {
        setStatus({error});
    }
    updateActions();
}

void CardBrowserDialog::sizeColumns()
{
    // Room for what a column usually holds, whatever the rows of the moment: the Card column takes the rest
    // (Stretch), and longer text is elided with the whole of it in the tooltip.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    const QDateTime now = m_context.clock().now();
    CardOverviewRow leech; // shown in bold
    leech.state = CardState::Review;
    leech.leech = true;
    leech.suspended = true;
    QFont bold = m_table->font();
    bold.setBold(true);
    header->resizeSection(CardBrowserModel::StateColumn,
                          QFontMetrics(bold).horizontalAdvance(CardBrowserModel::stateText(leech)) + 24);
    int topicWidth = 0;
    for (int i = 1; i < m_topic->count(); ++i) {
        topicWidth = std::max(topicWidth, fm.horizontalAdvance(m_topic->itemText(i)));
    }
    header->resizeSection(CardBrowserModel::TopicColumn,
                          std::max(header->sectionSizeHint(CardBrowserModel::TopicColumn),
                                   std::min(topicWidth, fm.averageCharWidth() * 18) + 24));
    const QMap<int, QString> widest{
        {CardBrowserModel::DueColumn, CardBrowserModel::dueText(now.addSecs(-59 * 60), now)},
        {CardBrowserModel::StabilityColumn, CardBrowserModel::stabilityText(888.0)},
        {CardBrowserModel::DifficultyColumn, QLocale().toString(10.0, 'f', 1)},
        {CardBrowserModel::LapsesColumn, QLocale().toString(88)},
        {CardBrowserModel::LastReviewColumn, QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)},
    };
    for (auto it = widest.cbegin(); it != widest.cend(); ++it) {
        header->resizeSection(
            it.key(), std::max(header->sectionSizeHint(it.key()), fm.horizontalAdvance(it.value()) + 24));
    }
    m_columnsSized = true;
}

void CardBrowserDialog::updateDimColor()
{
    const QPalette pal = m_table->palette();
    m_model->setDimColor(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.55));
}

bool CardBrowserDialog::event(QEvent* event)
{
    if (event->type() == QEvent::WindowActivate && isVisible()) {
        reload(); // the learner may have studied or changed cards in the main window meanwhile
    }
    return QDialog::event(event);
}

bool CardBrowserDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        // From the filter down into the cards it lists.
        if (!m_table->selectionModel()->currentIndex().isValid()) {
            m_table->selectionModel()->setCurrentIndex(
                m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            showHistory();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CardBrowserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateDimColor(); // follow a switch between light and dark
    }
    QDialog::changeEvent(event);
}

void CardBrowserDialog::hideEvent(QHideEvent* event)
{
    saveGeometryAndColumns();
    QDialog::hideEvent(event);
}

void CardBrowserDialog::saveGeometryAndColumns() const
{
    if (!AppPaths::settingsFileIsUsable()) {
        return;
    }
    QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kColumnsKey, m_table->horizontalHeader()->saveState());
}

} // namespace certdeck
