#include "pages/LookupPage.h"

#include "CardText.h"
#include "content/ContentRepository.h"
#include "lookup/LookupDetail.h"
#include "lookup/LookupIndex.h"
#include "models/LookupResultModel.h"

#include <QDesktopServices>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
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
        const QFontMetrics fm(opt.font);
        const QRect chip =
            LookupResultModel::paintKindChip(p, opt, index, QRect(r.left(), r.top(), r.width(), fm.height()));

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

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString LookupPage::detailHtml(const LookupDetail& d, const QPalette& pal)
{
    QColor dim = pal.color(QPalette::Text);
    dim.setAlphaF(0.65f);
    const QString dimCss = dim.name(QColor::HexArgb);
    QColor mark = pal.color(QPalette::Highlight);
    mark.setAlphaF(0.22f);
    QString html;
    auto line = [&](const QString& label, const QString& text) {
        if (!text.trimmed().isEmpty()) {
            html += QStringLiteral("<p><span style=\"color:%1\">%2</span> %3</p>")
                        .arg(dimCss, esc(label), CardText::toHtml(text.trimmed(), pal));
        }
    };
    const QString kindLabel = LookupIndex::kindLabel(d.kind);
    if (d.limit) {
        const Limit& l = *d.limit;
        html += QStringLiteral("<p style=\"color:%1\">%2</p><h2 style=\"margin-top:0\">%3</h2>")
                    .arg(dimCss, esc(kindLabel), esc(l.name));
        html +=
            QStringLiteral("<p style=\"font-size:x-large\"><b>%1</b> %2</p>").arg(esc(l.value), esc(l.unit));
        line(tr("Note:"), l.note);
        line(tr("AWS page:"), l.ref);
    } else if (d.formula) {
        const Formula& f = *d.formula;
        html += QStringLiteral("<p style=\"color:%1\">%2</p><h2 style=\"margin-top:0\">%3</h2>")
                    .arg(dimCss, esc(kindLabel), esc(f.name));
        html += QStringLiteral("<p style=\"font-size:large\"><code>%1</code></p>").arg(esc(f.expression));
        for (const auto& [variable, meaning] : f.where) {
            line(variable + u':', meaning);
        }
        line(tr("Example:"), f.example);
        if (!f.calculator.isEmpty()) {
            html += QStringLiteral("<p><a href=\"certdeck-calc:%1\">%2</a></p>")
                        .arg(esc(f.calculator), esc(tr("Work it out in the calculator")));
        }
        line(tr("AWS page:"), f.ref);
    } else if (d.card) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p><h2 style=\"margin-top:0\">%3</h2>")
                    .arg(dimCss, esc(kindLabel), CardText::toHtml(d.card->front, pal));
        html += QStringLiteral("<p>%1</p>").arg(CardText::toHtml(d.card->back, pal));
        line(tr("AWS page:"), d.card->ref);
    } else if (d.erratum) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(dimCss, esc(kindLabel));
        line(tr("The notes say:"), d.erratum->says);
        line(tr("Correct:"), d.erratum->correct);
        line(tr("AWS page:"), d.erratum->ref);
    } else if (d.question) {
        const Question& q = *d.question;
        html += QStringLiteral("<p style=\"color:%1\">%2</p><p>%3</p><ul>")
                    .arg(dimCss, esc(kindLabel), CardText::toHtml(q.stem, pal));
        for (const QuestionOption& o : q.options) {
            html += QStringLiteral("<li>%1%2</li>")
                        .arg(o.correct ? QStringLiteral("<b>✓ ") : QString(), esc(o.text)) +
                    (o.correct ? QStringLiteral("</b>") : QString());
        }
        html += QStringLiteral("</ul>");
        line(tr("Why:"), q.explanation);
        line(tr("AWS page:"), q.ref);
    }
    if (!d.source.file.isEmpty()) {
        const QString where =
            LookupResultModel::sourceText(d.section ? d.section->fileTitle : d.source.file, d.source.line);
        //: %1 is where in the notes ("Developer notes, line 1722"); %2 the section's title
        html += QStringLiteral("<hr><p style=\"color:%1\">%2</p>")
                    .arg(dimCss, esc(d.section ? tr("From %1, in “%2”:").arg(where, d.section->title)
                                               : tr("From %1:").arg(where)));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" width=\"100%\">");
        for (const NoteLineRow& r : d.lines) {
            const bool source = r.line == d.source.line;
            html +=
                QStringLiteral("<tr%1><td style=\"color:%2\" align=\"right\">%3&nbsp;</td>"
                               "<td style=\"white-space:pre-wrap\"><code>%4</code></td></tr>")
                    .arg(source ? QStringLiteral(" style=\"background:%1\"").arg(mark.name(QColor::HexArgb))
                                : QString(),
                         dimCss)
                    .arg(r.line)
                    .arg(esc(r.text));
        }
        html += QStringLiteral("</table>");
        for (const Erratum& e : d.corrections) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Line %1 is corrected: %2").arg(e.source.line).arg(e.correct)));
        }
        html += QStringLiteral("<p><a href=\"certdeck-notes:%1:%2\">%3</a></p>")
                    .arg(esc(d.source.file))
                    .arg(d.source.line)
                    .arg(esc(tr("Read the section in Notes")));
    }
    return html;
}

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
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows elide to the width they get

    // The result being read: the item, its answer, and the notes around its source.
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("lookupDetail"));
    m_detail->setAccessibleName(tr("Selected result"));
    m_detail->setOpenLinks(false);
    m_detail->setFrameShape(QFrame::NoFrame);
    connect(m_detail, &QTextBrowser::anchorClicked, this, &LookupPage::openLink);
    m_split = new QSplitter(this);
    m_split->addWidget(m_list);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);

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
    // Own notes imported or removed: the results of the query shown, found anew.
    connect(&m_context, &AppContext::contentReloaded, this, [this] { search(m_query->text()); });
    // The clear button's icon costs ~6 ms to load: pay it on the first keystroke, not at start-up.
    connect(
        m_query, &QLineEdit::textChanged, this, [this] { m_query->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
    connect(m_list, &QListView::activated, this, &LookupPage::activate);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid()) {
                    showDetail(index.data(LookupResultModel::KindRole).toString(),
                               index.data(LookupResultModel::IdRole).toString());
                }
            });
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
    m_split->setVisible(!empty);
    m_examples->setVisible(empty);
    m_status->setForegroundRole(QPalette::PlaceholderText); // a hint; an error below reads as text
    if (empty) {
        m_model->setResults({});
        m_status->setText(
            tr("Results appear as you type. Press Enter on a result to read the notes it comes from."));
        return;
    }
    QString error;
    const LookupIndex* index = m_context.lookup(&error);
    if (!index) {
        m_model->setResults({});
        m_split->hide(); // no empty box under the message
        m_status->setForegroundRole(QPalette::WindowText);
        m_status->setText(error);
        return;
    }
    m_model->setTopicTitles(m_context.topicTitles());
    m_model->setResults(index->search(text, kMaxResults));
    const int n = m_model->rowCount();
    m_status->setText(n == 0 ? tr("Nothing matches \"%1\". Try fewer or other words.").arg(text.trimmed())
                             : tr("%n result(s)", nullptr, n));
    if (n > 0) {
        m_list->setCurrentIndex(m_model->index(0));
    } else {
        m_detail->clear();
    }
}

bool LookupPage::showItem(const QString& kind, const QString& id, const QString& query)
{
    if (!query.trimmed().isEmpty() && query != m_query->text()) {
        setQuery(query);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(LookupResultModel::IdRole).toString() == id) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return true;
        }
    }
    if (m_query->text().trimmed().isEmpty()) {
        m_split->show();
        m_examples->hide();
    }
    showDetail(kind, id);
    return !m_detail->toPlainText().isEmpty() && m_detailShown == id;
}

std::optional<NavigationRequest> LookupPage::calculatorFor(AppContext& context, const QString& formulaId)
{
    const ContentRepository* content = context.content();
    const Result<QList<Formula>> formulas =
        content ? content->formulas() : Result<QList<Formula>>(QList<Formula>());
    for (const Formula& f : formulas ? *formulas : QList<Formula>()) {
        if (f.id == formulaId && !f.calculator.isEmpty()) {
            QHash<QString, QString> inputs;
            for (const auto& [key, value] : f.inputs) {
                inputs.insert(key, value);
            }
            return NavigationRequest::calculator(f.calculator, inputs);
        }
    }
    return std::nullopt;
}

QString LookupPage::detailText() const
{
    return m_detail->toPlainText();
}

void LookupPage::openLink(const QUrl& url)
{
    const QString target = url.toString(QUrl::FullyDecoded);
    if (target.startsWith(QLatin1String("certdeck-notes:"))) {
        const QString location = target.mid(15);
        const qsizetype colon = location.lastIndexOf(u':');
        m_context.navigate(
            NavigationRequest::notesLine(location.left(colon), location.mid(colon + 1).toInt()));
    } else if (target.startsWith(QLatin1String("certdeck-calc:"))) {
        // The formula being read, whichever row is current.
        if (const std::optional<NavigationRequest> calc = calculatorFor(m_context, m_detailShown)) {
            m_context.navigate(*calc);
        }
    } else if (url.scheme() == u"https") {
        QDesktopServices::openUrl(url);
    }
}

void LookupPage::showDetail(const QString& kind, const QString& id)
{
    m_detailShown.clear();
    QString error;
    const ContentRepository* content = m_context.content(&error);
    if (!content) {
        m_detail->setPlainText(error);
        return;
    }
    if (kind == u"note") {
        // A note section: the line that matched is in the row; the whole section is on the Notes page.
        const QModelIndex index = m_list->currentIndex();
        m_detail->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><p><a href=\"certdeck-notes:%3:%4\">%5</a></p>")
                              .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(),
                                   index.data(LookupResultModel::AnswerRole).toString().toHtmlEscaped(),
                                   index.data(LookupResultModel::SourceFileRole).toString().toHtmlEscaped())
                              .arg(index.data(LookupResultModel::SourceLineRole).toInt())
                              .arg(tr("Read the section in Notes").toHtmlEscaped()));
        m_detailShown = id;
        return;
    }
    if (!m_details) {
        m_details = std::make_unique<LookupDetails>(*content);
    }
    const Result<LookupDetail> read = m_details->detail(kind, id);
    if (!read) {
        m_detail->setPlainText(read.error());
        return;
    }
    m_detail->setHtml(detailHtml(*read, palette()));
    m_detailShown = id;
}

void LookupPage::activate(const QModelIndex& index)
{
    // A formula that a calculator works out opens that calculator with the formula's example filled in.
    if (index.data(LookupResultModel::KindRole).toString() == u"formula") {
        if (const std::optional<NavigationRequest> calc =
                calculatorFor(m_context, index.data(LookupResultModel::IdRole).toString())) {
            m_context.navigate(*calc);
            return;
        }
    }
    const QString file = index.data(LookupResultModel::SourceFileRole).toString();
    if (!file.isEmpty()) {
        m_context.navigate(
            NavigationRequest::notesLine(file, index.data(LookupResultModel::SourceLineRole).toInt()));
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
