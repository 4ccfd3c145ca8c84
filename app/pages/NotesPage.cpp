#include "pages/NotesPage.h"

#include "content/ContentRepository.h"
#include "dialogs/OwnCardDialog.h"
#include "models/NoteSectionTreeModel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextTable>
#include <QTreeView>
#include <QVBoxLayout>

namespace certdeck {

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// Display only: a decorative run of more than 24 '-' or '=' (banner rules are up to 150 long) is shown as
/// 24 and an ellipsis, so it does not wrap into a block of dashes. Every other character shows as written.
QString shortenRules(const QString& line)
{
    constexpr qsizetype kKeep = 24;
    static const QRegularExpression longRun(QStringLiteral("([-=])\\1{24,}"));
    QString shown;
    qsizetype from = 0;
    for (auto it = longRun.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        shown += QStringView(line).mid(from, m.capturedStart() - from);
        shown += QStringView(line).mid(m.capturedStart(), kKeep);
        shown += u'…';
        from = m.capturedEnd();
    }
    shown += QStringView(line).mid(from);
    return shown;
}

} // namespace

NotesPage::NotesPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 6, 12);
    leftLayout->setSpacing(8);
    m_filterEdit = new QLineEdit(left);
    m_filterEdit->setObjectName(QStringLiteral("notesFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter topics and sections"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter"));
    leftLayout->addWidget(m_filterEdit);

    m_model = new NoteSectionTreeModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("notesTree"));
    m_tree->setAccessibleName(tr("Topics and sections"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    leftLayout->addWidget(m_tree, 1);
    m_coverageButton = new QPushButton(tr("What the exam guide asks"), left);
    m_coverageButton->setObjectName(QStringLiteral("notesCoverage"));
    m_coverageButton->setToolTip(
        tr("The exam guides' task statements that no question from these notes covers"));
    leftLayout->addWidget(m_coverageButton);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 12, 12, 12);
    rightLayout->setSpacing(8);
    m_header = new QLabel(right);
    m_header->setObjectName(QStringLiteral("notesHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_makeCard = new QPushButton(tr("&Make a Card…"), right);
    m_makeCard->setObjectName(QStringLiteral("notesMakeCard"));
    m_makeCard->setToolTip(
        tr("Write a flashcard of your own from the selected lines (or the line the cursor is on)"));
    m_makeCard->hide();
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_makeCard, 0, Qt::AlignTop);
    rightLayout->addLayout(headerRow);
    m_text = new QTextBrowser(right);
    m_text->setObjectName(QStringLiteral("notesText"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setOpenLinks(false);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    rightLayout->addWidget(m_text, 1);
    m_notice = new QLabel(right);
    m_notice->setObjectName(QStringLiteral("notesNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    rightLayout->addWidget(m_notice);
    connect(m_makeCard, &QPushButton::clicked, this, &NotesPage::makeCard);
    connect(m_text, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu* menu = m_text->createStandardContextMenu(at);
        if (m_sectionId > 0) {
            // Right-clicking a line makes the card of that line unless lines are selected.
            if (!m_text->textCursor().hasSelection()) {
                m_text->setTextCursor(m_text->cursorForPosition(at));
            }
            auto* make = new QAction(tr("Make a Card from These Lines…"), menu);
            make->setObjectName(QStringLiteral("notesMakeCardAction"));
            connect(make, &QAction::triggered, this, &NotesPage::makeCard);
            QAction* first = menu->actions().value(0);
            menu->insertAction(first, make);
            menu->insertSeparator(first);
        }
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_text->viewport()->mapToGlobal(at));
    });

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 780});

    const QString error = load();
    connect(m_coverageButton, &QPushButton::clicked, this, &NotesPage::showCoverage);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        if (!text.isEmpty()) {
            m_tree->expandAll();
        }
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    setFocusProxy(m_tree);
    if (error.isNull()) {
        showCoverage();
    }
    // Own notes imported or removed: the tree anew, the same section when it is still there.
    connect(&m_context, &AppContext::contentReloaded, this, [this] {
        const int shown = m_sectionId;
        if (!load().isNull()) {
            return;
        }
        if (shown <= 0 || !showSection(shown, m_focusLine)) {
            showCoverage();
        }
    });
}

QString NotesPage::load()
{
    QString error;
    const ContentRepository* content = m_context.content(&error);
    const Result<QList<TopicRow>> topics =
        content ? content->topics() : Result<QList<TopicRow>>::failure(error);
    if (topics) {
        error = m_model->load(*content);
    } else {
        error = topics.error();
    }
    if (error.isNull()) {
        m_topicTitles.clear();
        for (const TopicRow& t : *topics) {
            m_topicTitles.insert(t.id, t.title);
        }
    } else {
        m_header->setText(esc(error));
    }
    return error;
}

void NotesPage::setHeader(const QString& title, const QString& subtitle, const QColor& dim)
{
    m_header->setText(
        QStringLiteral("<span style='font-size:large'><b>%1</b></span><br><span style='color:%2'>%3</span>")
            .arg(esc(title), dim.name(), esc(subtitle)));
}

void NotesPage::showCoverage()
{
    const ContentRepository* content = m_context.content();
    if (!content) {
        return;
    }
    const Result<QList<TaskCoverage>> tasks = content->taskCoverage();
    if (!tasks) {
        m_header->setText(esc(tasks.error()));
        m_text->clear();
        return;
    }
    m_sectionId = 0;
    m_focusLine = 0;
    m_shownLines.clear();
    m_makeCard->hide();
    {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(QModelIndex());
        m_tree->clearSelection();
    }
    const QColor dim = mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.5);
    setHeader(
        tr("What the exam guide asks that these notes do not cover"),
        tr("Pick a section on the left to read your notes. Corrections to outdated or wrong lines appear "
           "beside them."),
        dim);

    // Per profile: the task statements no question covers, then every task statement with its count.
    QString html;
    QString profile;
    QStringList gaps;
    QString table;
    auto flush = [&](const QString& code) {
        if (code.isEmpty()) {
            return;
        }
        html += QStringLiteral("<h3>%1</h3>").arg(esc(code));
        if (gaps.isEmpty()) {
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Every task statement of the %1 exam guide has questions from your notes.")
                                 .arg(code)));
        } else {
            html +=
                QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(esc(tr("%n task statement(s) of the exam guide have no question from your notes. "
                                "Study them from the AWS documentation too:",
                                nullptr, int(gaps.size()))),
                         gaps.join(QString()));
        }
        html += QStringLiteral("<p style='color:%1'>%2</p><table cellspacing='0' cellpadding='3'>%3</table>")
                    .arg(dim.name(), esc(tr("Questions per task statement:")), table);
        gaps.clear();
        table.clear();
    };
    QString code;
    for (const TaskCoverage& t : *tasks) {
        if (t.profileId != profile) {
            flush(code);
            profile = t.profileId;
            code = t.profileCode;
        }
        //: A task statement: its number, its name, and the exam domain it belongs to
        const QString name = tr("%1 %2 (%3)").arg(t.taskId, t.taskName, t.domainName);
        if (t.questions == 0) {
            gaps.append(QStringLiteral("<li>%1</li>").arg(esc(name)));
        }
        table += QStringLiteral("<tr><td align='right'%1>%2</td><td%1>%3</td></tr>")
                     .arg(t.questions == 0 ? QStringLiteral(" style='color:%1'").arg(dim.name()) : QString())
                     .arg(t.questions)
                     .arg(esc(t.taskId + u' ' + t.taskName));
    }
    flush(code);
    m_text->setHtml(html);
    m_text->verticalScrollBar()->setValue(0);
}

void NotesPage::onCurrentChanged(const QModelIndex& current)
{
    const int id = current.data(NoteSectionTreeModel::SectionIdRole).toInt();
    if (id > 0 && id != m_sectionId) {
        m_sectionId = id;
        m_focusLine = 0;
        render();
    }
}

bool NotesPage::showLocation(const QString& fileName, int line)
{
    const ContentRepository* content = m_context.content();
    if (!content) {
        return false;
    }
    const Result<std::optional<NoteSectionRow>> section = content->sectionAt(fileName, line);
    if (!section) {
        m_header->setText(esc(section.error()));
        return false;
    }
    return section->has_value() && showSection((*section)->id, line);
}

bool NotesPage::showSection(int sectionId, int focusLine)
{
    m_filterEdit->clear();
    const QModelIndex source = m_model->indexOfSection(sectionId);
    if (!source.isValid()) {
        return false;
    }
    m_sectionId = sectionId;
    m_focusLine = focusLine;
    const QModelIndex index = m_filter->mapFromSource(source);
    m_tree->expand(index.parent());
    {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
    }
    m_tree->scrollTo(index);
    render();
    return true;
}

QString NotesPage::renderedText() const
{
    return m_text->toHtml();
}

QList<NoteLineRow> NotesPage::selectedLines() const
{
    if (m_sectionId <= 0 || m_shownLines.isEmpty()) {
        return {};
    }
    // Each line is a row of the table the section is drawn as.
    auto rowAt = [this](int position) {
        QTextCursor at(m_text->document());
        at.setPosition(position);
        const QTextTable* table = at.currentTable();
        return table ? table->cellAt(at).row() : -1;
    };
    const QTextCursor cursor = m_text->textCursor();
    int first = rowAt(cursor.selectionStart());
    int last = rowAt(cursor.selectionEnd());
    if (cursor.hasSelection() && last > first && cursor.selectionEnd() > 0 &&
        rowAt(cursor.selectionEnd() - 1) < last) {
        last -= 1; // a selection ending at the start of a line does not take that line
    }
    if (first < 0 || last < 0) {
        // No cursor in the text: the line looked for, else the section's first line with text.
        qsizetype at = 0;
        for (qsizetype i = 0; i < m_shownLines.size(); ++i) {
            if (m_shownLines[i].line == m_focusLine) {
                at = i;
                break;
            }
        }
        if (m_focusLine <= 0) {
            while (at + 1 < m_shownLines.size() && m_shownLines[at].text.trimmed().isEmpty()) {
                ++at;
            }
        }
        first = last = int(at);
    }
    first = std::clamp(first, 0, int(m_shownLines.size()) - 1);
    last = std::clamp(last, first, int(m_shownLines.size()) - 1);
    return m_shownLines.mid(first, last - first + 1);
}

void NotesPage::makeCard()
{
    const ContentRepository* content = m_context.content();
    const QList<NoteLineRow> lines = selectedLines();
    if (!content || lines.isEmpty()) {
        return;
    }
    const Result<std::optional<NoteSectionRow>> section = content->section(m_sectionId);
    const Result<QList<TopicRow>> topics = content->topics();
    const Result<TopicCatalog> catalog = content->topicCatalog();
    if (!section || !section->has_value() || !topics || !catalog) {
        QMessageBox::warning(this, tr("Make a Card"),
                             !section  ? section.error()
                             : !topics ? topics.error()
                                       : catalog.error());
        return;
    }
    if (!m_context.ownCards()) {
        QMessageBox::information(this, tr("Make a Card"),
                                 tr("Your progress is not open yet; try again in a moment."));
        return;
    }
    QStringList texts;
    for (const NoteLineRow& l : lines) {
        texts.append(l.text);
    }
    const NoteSectionRow& s = **section;
    const OwnCard draft = OwnCards::draftFromLines(texts, s.fileName, lines.first().line, s.topic);
    const QString file = s.own ? NoteSectionTreeModel::ownFileTitle(s.fileTitle) : s.fileTitle;
    const QString where =
        lines.size() == 1
            //: Where a card comes from: notes file, line
            ? tr("%1, line %2").arg(file).arg(lines.first().line)
            : tr("%1, lines %2–%3").arg(file).arg(lines.first().line).arg(lines.last().line);
    auto* dialog = new OwnCardDialog(draft, *topics, *catalog, where, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<OwnCard> saved = m_context.saveOwnCard(dialog->card());
        if (!saved) {
            QMessageBox::warning(this, tr("Make a Card"), saved.error());
            return;
        }
        //: After saving an own card; %1 is its front
        m_notice->setText(tr("Card saved: “%1”. It is in your cards (Go > Browse Cards) and comes up in "
                             "Flashcards like any new card.")
                              .arg(saved->front.left(80)));
        m_notice->show();
    });
    dialog->open();
}

void NotesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        // Colours come from the palette: follow a switch between light and dark.
        if (m_sectionId > 0) {
            render();
        } else if (m_context.content()) {
            showCoverage();
        }
    }
    QWidget::changeEvent(event);
}

void NotesPage::render()
{
    const ContentRepository* content = m_context.content();
    if (!content) {
        return;
    }
    const Result<std::optional<NoteSectionRow>> found = content->section(m_sectionId);
    if (!found || !found->has_value()) {
        m_header->setText(found ? QString() : esc(found.error()));
        m_text->clear();
        return;
    }
    const NoteSectionRow* section = &**found;
    const Result<QList<NoteLineRow>> lineRows =
        content->lines(section->fileId, section->firstLine, section->lastLine);
    const Result<QList<Erratum>> errataRows =
        content->errataIn(section->fileId, section->firstLine, section->lastLine);
    if (!lineRows || !errataRows) {
        m_header->setText(esc(lineRows ? errataRows.error() : lineRows.error()));
        m_text->clear();
        return;
    }
    const QList<NoteLineRow>& lines = *lineRows;
    const QList<Erratum>& errata = *errataRows;
    m_shownLines = lines;
    m_makeCard->show();
    const QString topicTitle = m_topicTitles.value(section->topic, section->topic);

    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = mix(base, text, 0.5);
    const QColor warn(0xd9, 0x73, 0x06);
    const QColor wrongLine = mix(base, warn, 0.16);
    const QColor correction = mix(base, warn, 0.10);
    const QColor focus = mix(base, pal.color(QPalette::Highlight), 0.25);
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();

    setHeader(section->title,
              //: Under a note section's title: topic · notes file, lines first–last
              tr("%1 · %2, lines %3–%4")
                  .arg(topicTitle, section->own ? NoteSectionTreeModel::ownFileTitle(section->fileTitle)
                                                : section->fileTitle)
                  .arg(section->firstLine)
                  .arg(section->lastLine),
              dim);

    QMultiHash<int, const Erratum*> byLine;
    for (const Erratum& e : errata) {
        byLine.insert(e.source.line, &e);
    }
    const bool withErrata = !errata.isEmpty();
    QString html;
    html.reserve(lines.size() * 160);
    html += QStringLiteral(
        "<table width='100%' cellspacing='0' cellpadding='2' style='border-collapse:collapse'>");
    for (const NoteLineRow& l : lines) {
        const QList<const Erratum*> here = byLine.values(l.line);
        QString rowStyle;
        if (l.line == m_focusLine) {
            rowStyle = QStringLiteral(" style='background:%1'").arg(focus.name());
        } else if (!here.isEmpty()) {
            rowStyle = QStringLiteral(" style='background:%1'").arg(wrongLine.name());
        }
        html +=
            QStringLiteral(
                "<tr%1><td width='44' align='right' valign='top' style='color:%2; font-family:%3'>"
                "<a name='L%4'></a>%4&nbsp;</td>"
                "<td valign='top'><pre style='margin:0; white-space:pre-wrap; font-family:%3'>%5</pre></td>")
                .arg(rowStyle, dim.name(), mono)
                .arg(l.line)
                .arg(l.text.isEmpty() ? QStringLiteral("&nbsp;") : esc(shortenRules(l.text)));
        if (withErrata) {
            QString cell;
            for (const Erratum* e : std::as_const(here)) {
                cell += QStringLiteral(
                            "<p style='margin:2px 4px'><b>%1</b> %2<br><span style='color:%3'>%4</span></p>")
                            .arg(esc(tr("Correction:")), esc(e->correct), dim.name(),
                                 esc(tr("The note says: %1 · Source: %2").arg(e->says, e->ref)));
            }
            html += here.isEmpty()
                        ? QStringLiteral("<td width='36%'></td>")
                        : QStringLiteral("<td width='36%' valign='top' style='background:%1'>%2</td>")
                              .arg(correction.name(), cell);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    m_text->setHtml(html);
    if (m_focusLine > 0) {
        m_text->scrollToAnchor(QStringLiteral("L%1").arg(m_focusLine));
    } else {
        m_text->verticalScrollBar()->setValue(0);
    }
}

} // namespace certdeck
