#include "dialogs/CommandPalette.h"

#include "lookup/LookupIndex.h"
#include "lookup/RecentQueries.h"
#include "models/LookupResultModel.h"
#include "pages/LookupPage.h"
#include "util/AppPaths.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace certdeck {

namespace {

constexpr int kMaxResults = 12;
constexpr int kVisibleRows = 8;

/// Two lines per result: a kind chip, the title and, in bold, the answer ("SQS message size — 1 MiB"); then
/// the topic and where the notes say it. A recent query is one line.
class PaletteDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static int rowHeight(const QFont& font) { return QFontMetrics(font).height() * 2 + kPad * 2 + kGap; }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.data(LookupResultModel::KindRole).isNull()) {
            return QStyledItemDelegate::sizeHint(option, index) + QSize(0, kPad);
        }
        return {option.rect.width(), rowHeight(option.font)};
    }

    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.data(LookupResultModel::KindRole).isNull()) {
            QStyledItemDelegate::paint(p, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette& pal = opt.palette;
        const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(0.65f);

        p->save();
        const QRect r = opt.rect.adjusted(kPad + 4, kPad, -kPad - 4, -kPad);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics fm(opt.font);
        const QFontMetrics boldFm(bold);
        const QRect chip =
            LookupResultModel::paintKindChip(p, opt, index, QRect(r.left(), r.top(), r.width(), fm.height()));

        // The title, then the answer; the answer keeps at least half the line.
        const int left = chip.right() + 8;
        const int width = r.right() - left;
        const QString answer = index.data(LookupResultModel::AnswerRole).toString().simplified();
        const QString title = index.data(Qt::DisplayRole).toString() + QStringLiteral(" — ");
        const int titleWidth = std::min(fm.horizontalAdvance(title),
                                        std::max(width / 2, width - boldFm.horizontalAdvance(answer)));
        p->setPen(text);
        p->setFont(opt.font);
        p->drawText(QRect(left, r.top(), titleWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(title, Qt::ElideRight, titleWidth));
        p->setFont(bold);
        const QRect answerRect(left + titleWidth, r.top(), width - titleWidth, fm.height());
        p->drawText(answerRect, Qt::AlignLeft | Qt::AlignVCenter,
                    boldFm.elidedText(answer, Qt::ElideRight, answerRect.width()));

        p->setFont(opt.font);
        p->setPen(dim);
        const QString where = index.data(LookupResultModel::TopicTitleRole).toString() +
                              QStringLiteral("  ·  ") + index.data(LookupResultModel::SourceRole).toString();
        p->drawText(QRect(left, r.top() + fm.height() + kGap, width, fm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(where, Qt::ElideRight, width));
        p->restore();
    }

private:
    static constexpr int kPad = 6;
    static constexpr int kGap = 2;
};

RecentQueries loadRecent()
{
    return RecentQueries::load(QSettings(AppPaths::settingsFile(), QSettings::IniFormat));
}

} // namespace

CommandPalette::CommandPalette(AppContext& context, QWidget* window)
    : QFrame(window, Qt::Popup | Qt::FramelessWindowHint), m_context(context)
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Quick lookup"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 8);
    layout->setSpacing(6);

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("paletteQuery"));
    m_input->setPlaceholderText(tr("Look up a limit, formula or fact: \"lambda max timeout\", \"rcu\"…"));
    m_input->setAccessibleName(tr("Quick lookup query"));
    QFont big = m_input->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_input->setFont(big);
    m_input->installEventFilter(this);
    layout->addWidget(m_input);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("paletteStatus"));
    m_status->setTextFormat(Qt::PlainText); // repeats what the learner typed: never read as HTML
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_model = new LookupResultModel(this);
    m_recent = new QStandardItemModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("paletteResults"));
    m_list->setAccessibleName(tr("Quick lookup results"));
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the query; arrows reach the list from there
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMinimumHeight(PaletteDelegate::rowHeight(font()) * kVisibleRows);
    layout->addWidget(m_list, 1);

    connect(m_input, &QLineEdit::textChanged, this, &CommandPalette::search);
    connect(m_list, &QListView::clicked, this, &CommandPalette::activate);
    setFocusProxy(m_input);
}

CommandPalette::~CommandPalette() = default;

QStringList CommandPalette::recentQueries() const
{
    QStringList out;
    for (int row = 0; row < m_recent->rowCount(); ++row) {
        out.append(m_recent->item(row)->text());
    }
    return out;
}

void CommandPalette::place()
{
    QWidget* window = parentWidget();
    const int width = std::min(760, std::max(360, window->width() - 80));
    resize(width, sizeHint().height());
    const QPoint topCenter = window->mapToGlobal(QPoint(window->width() / 2, 0));
    move(topCenter.x() - width / 2, topCenter.y() + std::min(80, window->height() / 10));
}

void CommandPalette::open()
{
    m_recentQueries = loadRecent().queries; // read once per opening, not per cleared query
    m_input->clear();
    search(QString());
    place();
    show();
    raise();
    activateWindow();
    m_input->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::search(const QString& text)
{
    m_status->setForegroundRole(QPalette::PlaceholderText);
    if (text.trimmed().isEmpty()) {
        // Before the first keystroke: the recent queries.
        m_recent->clear();
        for (const QString& q : std::as_const(m_recentQueries)) {
            auto* item = new QStandardItem(q);
            item->setEditable(false);
            item->setToolTip(tr("Look up \"%1\" again").arg(q));
            m_recent->appendRow(item);
        }
        m_list->setModel(m_recent);
        m_status->setText(
            m_recent->rowCount() > 0
                ? tr("Recent lookups. Type to search; Enter opens, Esc closes.")
                : tr("Type to search limits, formulas, cards, questions and notes. Enter opens, "
                     "Esc closes."));
        if (m_recent->rowCount() > 0) {
            m_list->setCurrentIndex(m_recent->index(0, 0));
        }
        return;
    }
    QString error;
    const LookupIndex* index = m_context.lookup(&error);
    if (!index) {
        m_model->setResults({});
        m_list->setModel(m_model);
        m_status->setForegroundRole(QPalette::WindowText);
        m_status->setText(error);
        return;
    }
    m_model->setTopicTitles(m_context.topicTitles());
    m_model->setResults(index->search(text, kMaxResults));
    m_list->setModel(m_model);
    const int n = m_model->rowCount();
    m_status->setText(n == 0 ? tr("Nothing matches \"%1\". Try fewer or other words.").arg(text.trimmed())
                             : tr("%n result(s). Enter opens the selected one.", nullptr, n));
    if (n > 0) {
        m_list->setCurrentIndex(m_model->index(0));
    }
}

void CommandPalette::activate(const QModelIndex& index)
{
    if (!index.isValid()) {
        return;
    }
    if (index.model() == m_recent) {
        m_input->setText(index.data(Qt::DisplayRole).toString()); // searches it again
        return;
    }
    const QString query = m_input->text().simplified();
    RecentQueries recent = loadRecent();
    recent.add(query);
    {
        QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
        recent.save(settings);
    }
    const QString kind = index.data(LookupResultModel::KindRole).toString();
    const QString id = index.data(LookupResultModel::IdRole).toString();
    hide();
    if (kind == u"note") {
        m_context.navigate(
            NavigationRequest::notesLine(index.data(LookupResultModel::SourceFileRole).toString(),
                                         index.data(LookupResultModel::SourceLineRole).toInt()));
    } else if (kind == u"formula") {
        const std::optional<NavigationRequest> calc = LookupPage::calculatorFor(m_context, id);
        m_context.navigate(calc ? *calc : NavigationRequest::lookupItem(kind, id, query));
    } else {
        m_context.navigate(NavigationRequest::lookupItem(kind, id, query));
    }
}

QList<KeyHelp> CommandPalette::keyHelp()
{
    return {KeyHelp::of({QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_PageUp),
                         QKeySequence(Qt::Key_PageDown)},
                        tr("Move through the results")),
            KeyHelp::of({QKeySequence(Qt::Key_Return)}, tr("Open the result where it can be read")),
            KeyHelp::of({QKeySequence(Qt::Key_Escape)}, tr("Close quick lookup"))};
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_list, event); // arrows move through the results while typing
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            activate(m_list->currentIndex());
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace certdeck
