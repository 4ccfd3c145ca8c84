#include "pages/LookupPage.h"

#include "content/ContentRepository.h"
#include "lookup/LookupIndex.h"
#include "models/LookupResultModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace certdeck {

namespace {

constexpr int kMaxResults = 50;

/// Three lines per result: a kind chip and the title; the answer; topic and source.
class ResultDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const QFontMetrics fm(option.font);
        return {option.rect.width(), fm.height() * 3 + kPad * 2 + kGap * 2};
    }

    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
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
        QFont chipFont = opt.font;
        chipFont.setPointSizeF(opt.font.pointSizeF() * 0.85);
        const QFontMetrics fm(opt.font);
        const QFontMetrics chipFm(chipFont);

        // Kind chip, tinted by kind so limits and formulas stand out.
        const QString label = index.data(LookupResultModel::KindLabelRole).toString();
        const QString kind = index.data(LookupResultModel::KindRole).toString();
        const int chipWidth = chipFm.horizontalAdvance(label) + 12;
        const QRect chip(r.left(), r.top() + (fm.height() - chipFm.height() - 2) / 2, chipWidth,
                         chipFm.height() + 2);
        QColor tint = kind == u"limit" || kind == u"formula" ? pal.color(QPalette::Highlight)
                      : kind == u"erratum"                   ? QColor(0xd9, 0x73, 0x06)
                                                             : pal.color(QPalette::Text);
        if (selected) {
            tint = pal.color(QPalette::HighlightedText);
        }
        QPainterPath path;
        path.addRoundedRect(chip, 4, 4);
        QColor fill = tint;
        fill.setAlphaF(0.14f);
        p->fillPath(path, fill);
        p->setPen(tint);
        p->setFont(chipFont);
        p->drawText(chip, Qt::AlignCenter, label);

        p->setPen(text);
        p->setFont(bold);
        const QRect titleRect(chip.right() + 8, r.top(), r.right() - chip.right() - 8, fm.height());
        p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                  titleRect.width()));

        p->setFont(opt.font);
        const QRect answerRect(r.left(), r.top() + fm.height() + kGap, r.width(), fm.height());
        p->drawText(
            answerRect, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(index.data(LookupResultModel::AnswerRole).toString(), Qt::ElideRight, r.width()));

        p->setPen(dim);
        const QRect sourceRect(r.left(), answerRect.bottom() + kGap, r.width(), fm.height());
        const QString where = index.data(LookupResultModel::TopicTitleRole).toString() +
                              QStringLiteral("  ·  ") + index.data(LookupResultModel::SourceRole).toString();
        p->drawText(sourceRect, Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(where, Qt::ElideMiddle, r.width()));
        p->restore();
    }

private:
    static constexpr int kPad = 8;
    static constexpr int kGap = 2;
};

} // namespace

LookupPage::LookupPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->setSpacing(10);

    auto* heading = new QLabel(tr("Lookup"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("lookupQuery"));
    m_query->setPlaceholderText(
        tr("Search limits, formulas and facts, e.g. \"visibility timeout\" or \"rcu\""));
    m_query->setAccessibleName(tr("Lookup query"));
    QFont queryFont = m_query->font();
    queryFont.setPointSizeF(queryFont.pointSizeF() * 1.15);
    m_query->setFont(queryFont);
    m_query->installEventFilter(this);
    layout->addWidget(m_query);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(
        Qt::PlainText); // it repeats what the learner typed: shown as typed, never as HTML
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    m_model = new LookupResultModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("lookupResults"));
    m_list->setAccessibleName(tr("Results"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ResultDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);

    // Before the first word: examples to click, instead of an empty list.
    m_examples = new QLabel(this);
    m_examples->setObjectName(QStringLiteral("lookupExamples"));
    m_examples->setTextFormat(Qt::RichText);
    m_examples->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_examples->setWordWrap(true);
    QStringList links;
    // Search terms of the (English) content, not interface text: they stay as they are in every language.
    for (const QString& example : {QStringLiteral("visibility timeout"), QStringLiteral("rcu"),
                                   QStringLiteral("max item size"), QStringLiteral("long polling"),
                                   QStringLiteral("fifo throughput"), QStringLiteral("message retention")}) {
        links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(example.toHtmlEscaped()));
    }
    m_examples->setText(QStringLiteral("<p>%1</p><p style='line-height:150%'>%2</p>")
                            .arg(tr("Try one of these:"), links.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    connect(m_examples, &QLabel::linkActivated, this, &LookupPage::setQuery);
    layout->addWidget(m_examples, 1);
    layout->addStretch(0); // keeps the page at the top when neither results nor examples show

    setFocusProxy(m_query);
    connect(m_query, &QLineEdit::textChanged, this, &LookupPage::search);
    // The clear button's icon costs ~6 ms to load: pay it on the first keystroke, not at start-up.
    connect(
        m_query, &QLineEdit::textChanged, this, [this] { m_query->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
    connect(m_list, &QListView::activated, this, &LookupPage::activate);
    search(QString());
}

LookupPage::~LookupPage() = default;

void LookupPage::setQuery(const QString& text)
{
    m_query->setText(text);
}

void LookupPage::search(const QString& text)
{
    const bool empty = text.trimmed().isEmpty();
    m_list->setVisible(!empty);
    m_examples->setVisible(empty);
    m_status->setForegroundRole(QPalette::PlaceholderText); // a hint; an error below reads as text
    if (empty) {
        m_model->setResults({});
        m_status->setText(
            tr("Results appear as you type. Press Enter on a result to read the notes it comes from."));
        return;
    }
    QString error;
    const ContentRepository* content = m_context.content(&error);
    if (!content) {
        m_model->setResults({});
        m_list->hide(); // no empty box under the message
        m_status->setForegroundRole(QPalette::WindowText);
        m_status->setText(error);
        return;
    }
    if (!m_index) {
        const Result<QList<TopicRow>> topics = content->topics();
        if (!topics) {
            m_model->setResults({});
            m_list->hide();
            m_status->setText(topics.error());
            return;
        }
        QHash<QString, QString> titles;
        for (const TopicRow& t : *topics) {
            titles.insert(t.id, t.title);
        }
        m_model->setTopicTitles(titles);
        m_index = std::make_unique<LookupIndex>(*content);
    }
    m_model->setResults(m_index->search(text, kMaxResults));
    const int n = m_model->rowCount();
    m_status->setText(n == 0 ? tr("Nothing matches \"%1\". Try fewer or other words.").arg(text.trimmed())
                             : tr("%n result(s)", nullptr, n));
    if (n > 0) {
        m_list->setCurrentIndex(m_model->index(0));
    }
}

void LookupPage::activate(const QModelIndex& index)
{
    // A formula that a calculator works out opens that calculator with the formula's example filled in.
    if (index.data(LookupResultModel::KindRole).toString() == u"formula") {
        QString error;
        if (const ContentRepository* content = m_context.content(&error)) {
            const QString id = index.data(LookupResultModel::IdRole).toString();
            const Result<QList<Formula>> formulas = content->formulas();
            for (const Formula& f : formulas ? *formulas : QList<Formula>()) {
                if (f.id == id && !f.calculator.isEmpty()) {
                    QHash<QString, QString> inputs;
                    for (const auto& [key, value] : f.inputs) {
                        inputs.insert(key, value);
                    }
                    m_context.navigate(NavigationRequest::calculator(f.calculator, inputs));
                    return;
                }
            }
        }
    }
    const QString source = index.data(LookupResultModel::SourceRole).toString();
    const qsizetype colon = source.lastIndexOf(u':');
    if (colon > 0) {
        m_context.navigate(NavigationRequest::notesLine(source.left(colon), source.mid(colon + 1).toInt()));
    }
}

bool LookupPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown ||
            key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event); // arrows move through results while typing
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_list->currentIndex().isValid()) {
            activate(m_list->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace certdeck
