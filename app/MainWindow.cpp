#include "MainWindow.h"

#include "AppTheme.h"
#include "ExportActions.h"
#include "content/ContentRepository.h"
#include "dialogs/CardBrowserDialog.h"
#include "dialogs/CommandPalette.h"
#include "dialogs/RestoreBackupDialog.h"
#include "pages/CalculatorsPage.h"
#include "pages/ExamPage.h"
#include "pages/FlashcardsPage.h"
#include "pages/LookupPage.h"
#include "pages/NotesPage.h"
#include "pages/StatsPage.h"
#include "pages/TodayPage.h"
#include "util/AppPaths.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QWindow>

#include <array>
#include <utility>

namespace certdeck {

namespace {

/// Roomy sidebar rows: the selection spans the row, the text is indented.
class SidebarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        return {base.width() + 2 * kIndent, base.height() + 18};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                             : QPalette::WindowText));
        painter->drawText(opt.rect.adjusted(kIndent, 0, -kIndent / 2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          text);
        painter->restore();
    }

private:
    static constexpr int kIndent = 18;
};

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent) : QMainWindow(parent), m_context(context)
{
    setWindowTitle(tr("Certdeck"));
    setMinimumSize(640, 420);

    // Every page, in the order of PageId. Today opens first.
    m_pages = {
        {PageId::Today, tr("Today"), [this] { return new TodayPage(m_context); }},
        {PageId::Flashcards, tr("Flashcards"),
         [this] {
             auto* page = new FlashcardsPage(m_context);
             // The page asks; the window decides what shows the cards (the browser), as for any navigation.
             connect(page, &FlashcardsPage::browseRequested, this,
                     [this] { navigate(NavigationRequest::card(QString())); });
             return page;
         }},
        {PageId::PracticeExam, tr("Practice Exams"), [this] { return new ExamPage(m_context); }},
        {PageId::Calculators, tr("Calculators"), [this] { return new CalculatorsPage(m_context); }},
        {PageId::Lookup, tr("Lookup"), [this] { return new LookupPage(m_context); }},
        {PageId::Notes, tr("Notes"), [this] { return new NotesPage(m_context); }},
        {PageId::Stats, tr("Stats"), [this] { return new StatsPage(m_context); }},
    };

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.08);
    m_sidebar->setFont(sidebarFont);
    for (const PageSpec& spec : std::as_const(m_pages)) {
        auto* item = new QListWidgetItem(spec.title, m_sidebar);
        item->setData(Qt::UserRole, int(spec.id));
    }
    layout->addWidget(m_sidebar);

    auto* divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(divider);

    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildMenus();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onSidebarRow);
    connect(&m_context, &AppContext::navigationRequested, this, &MainWindow::navigate);
    connect(&m_context, &AppContext::progressFailed, this, &MainWindow::reportProgressFailure);
    // An exam cut short (a crash, a closed window) is where the learner left off: its page offers to resume.
    connect(&m_context, &AppContext::progressReady, this, [this] {
        const ExamStore* exams = m_context.exams();
        const Result<std::optional<qint64>> open =
            exams ? exams->inProgress() : Result<std::optional<qint64>>(std::nullopt);
        if (open && open->has_value() && currentPage() != PageId::PracticeExam) {
            showPage(PageId::PracticeExam);
        }
    });
    // A backup that could not be made is said where the learner sees it, not only in the restore dialog.
    connect(&m_context, &AppContext::ownNotesBuilt, this, &MainWindow::onOwnNotesBuilt);
    connect(&m_context, &AppContext::backupFinished, this, [this](const QString&, const QString& message) {
        if (!message.isEmpty()) {
            statusBar()->showMessage(message);
        }
    });

    if (!AppPaths::settingsFileIsUsable() ||
        !restoreGeometry(QSettings(AppPaths::settingsFile(), QSettings::IniFormat)
                             .value(QStringLiteral("window/geometry"))
                             .toByteArray())) {
        resize(1100, 720);
    }
    m_sidebar->setCurrentRow(0); // builds the first page only

    // The window goes on screen before any text is measured, as a bare window does: the menu bar and the
    // pages are laid out when it is first exposed, before its first frame is painted (revealContent).
    menuBar()->hide();
    central->hide();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_revealed && windowHandle()) {
        windowHandle()->installEventFilter(this); // sees the first expose before the window paints it
    }
}

void MainWindow::revealContent()
{
    m_revealed = true;
    windowHandle()->removeEventFilter(this);
    m_sidebar->setFixedWidth(std::max(170, m_sidebar->sizeHintForColumn(0) + 12));
    menuBar()->show();
    centralWidget()->show();
    layout()->activate(); // now, not on a later layout request: the first frame shows the laid-out window
    // The window may have been activated while its pages were hidden, leaving no widget with the focus.
    if (isActiveWindow() && !QApplication::focusWidget()) {
        QWidget* page = m_stack->currentWidget();
        QWidget* target =
            page && page->focusProxy() && page->focusProxy()->isVisible() ? page->focusProxy() : m_sidebar;
        target->setFocus(Qt::ActiveWindowFocusReason);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::chooseNotesToImport()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import Notes"), QDir::homePath(),
                                      tr("Notes (*.txt *.md *.markdown *.text);;All files (*)"));
    if (!paths.isEmpty()) {
        importNotes(paths);
    }
}

void MainWindow::importNotes(const QStringList& paths)
{
    const AppContext::NotesImport result = m_context.importNotes(paths);
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import Notes"), result.error);
        return;
    }
    if (!result.refused.isEmpty()) {
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Import Notes"),
                            tr("%n file(s) could not be imported.", nullptr, int(result.refused.size())),
                            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("notesRefused"));
        box->setInformativeText(result.refused.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    const QStringList stored = result.added + result.updated + result.unchanged;
    if (stored.isEmpty()) {
        return;
    }
    m_importedNotes = stored.first();
    if (!m_context.notesBuilding()) {
        // Nothing changed: the notes are there already.
        statusBar()->showMessage(tr("Your notes are already imported as they are."), 5000);
        navigate(NavigationRequest::notesLine(m_importedNotes, 1));
        return;
    }
    if (!m_notesProgress) {
        m_notesProgress = new QProgressDialog(this);
        m_notesProgress->setObjectName(QStringLiteral("notesProgress"));
        m_notesProgress->setWindowTitle(tr("Import Notes"));
        m_notesProgress->setLabelText(tr("Adding your notes to lookup and the Notes page…"));
        m_notesProgress->setCancelButton(nullptr);
        m_notesProgress->setWindowModality(Qt::WindowModal);
        m_notesProgress->setMinimumDuration(400);
        m_notesProgress->setRange(0, 100);
        connect(&m_context, &AppContext::ownNotesProgress, m_notesProgress,
                [this](qint64 done, qint64 total) {
                    m_notesProgress->setValue(total > 0 ? int(done * 100 / total) : 100);
                });
    }
    m_notesProgress->reset();
    m_notesProgress->setValue(0);
}

void MainWindow::onOwnNotesBuilt(const QString& error, int files, int sections)
{
    if (m_notesProgress) {
        m_notesProgress->reset();
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Import Notes"), error);
        return;
    }
    //: After importing notes: files and sections of the learner's own notes
    statusBar()->showMessage(tr("Your notes: %n file(s), ", nullptr, files) +
                                 tr("%n section(s), now in lookup and on the Notes page.", nullptr, sections),
                             8000);
    if (!m_importedNotes.isEmpty()) {
        navigate(NavigationRequest::notesLine(m_importedNotes, 1));
        m_importedNotes.clear();
    }
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importNotes = file->addAction(tr("&Import Notes…"), this, &MainWindow::chooseNotesToImport);
    importNotes->setObjectName(QStringLiteral("actionImportNotes"));
    importNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    importNotes->setStatusTip(tr("Add your own notes (text or Markdown) to lookup and the Notes page"));
    m_exports = new ExportActions(m_context, this);
    m_exports->addTo(file);
    file->addSeparator();
    QAction* restore = file->addAction(tr("&Restore Backup…"), this, [this] {
        auto* dialog = new RestoreBackupDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const PageId id = m_pages[i].id;
        QAction* action = go->addAction(m_pages[i].title, this, [this, id] { showPage(id); });
        if (i < 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        }
    }
    go->addSeparator();
    QAction* quick = go->addAction(tr("&Quick Lookup…"), this, &MainWindow::openPalette);
    quick->setObjectName(QStringLiteral("actionQuickLookup"));
    quick->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    quick->setShortcutContext(Qt::ApplicationShortcut);
    QAction* browse =
        go->addAction(tr("&Browse Cards…"), this, [this] { navigate(NavigationRequest::card(QString())); });
    browse->setObjectName(QStringLiteral("actionBrowseCards"));
    browse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    auto* themes = new QActionGroup(this);
    const std::array<std::pair<AppTheme::Choice, QString>, 3> choices{{
        {AppTheme::Choice::System, tr("Follow the &System")},
        {AppTheme::Choice::Light, tr("&Light")},
        {AppTheme::Choice::Dark, tr("&Dark")},
    }};
    for (const auto& [choice, text] : choices) {
        QAction* action = appearance->addAction(text);
        action->setObjectName(QStringLiteral("actionTheme%1").arg(int(choice)));
        action->setCheckable(true);
        action->setChecked(choice == AppTheme::current());
        action->setActionGroup(themes);
        connect(action, &QAction::triggered, this, [choice = choice] {
            AppTheme::apply(choice);
            AppTheme::save(choice);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setShortcutContext(Qt::ApplicationShortcut);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Certdeck"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QList<PageId> MainWindow::availablePages() const
{
    QList<PageId> ids;
    for (const PageSpec& spec : m_pages) {
        ids.append(spec.id);
    }
    return ids;
}

QWidget* MainWindow::showPage(PageId id)
{
    for (qsizetype row = 0; row < m_pages.size(); ++row) {
        if (m_pages[row].id != id) {
            continue;
        }
        if (m_sidebar->currentRow() != row) {
            m_sidebar->setCurrentRow(int(row)); // comes back through onSidebarRow
        }
        QWidget* page = m_built.value(int(id));
        if (!page) {
            page = m_pages[row].build();
            page->setObjectName(QStringLiteral("page-%1").arg(int(id)));
            m_built.insert(int(id), page);
            m_stack->addWidget(page);
        }
        m_stack->setCurrentWidget(page);
        return page;
    }
    return nullptr;
}

PageId MainWindow::currentPage() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages[row].id : PageId::Lookup;
}

void MainWindow::openPalette()
{
    if (!m_palette) {
        m_palette = new CommandPalette(m_context, this);
        // Ctrl+K is "delete to the end of the line" in a text field; over the app it opens the palette.
        qApp->installEventFilter(this);
    }
    m_palette->open();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_revealed && event->type() == QEvent::Expose && watched == windowHandle()) {
        revealContent();
        return false; // the expose goes on to paint the window
    }
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_K && key->modifiers() == Qt::ControlModifier) {
            return true; // not the text field's: the shortcut goes to the palette
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onSidebarRow(int row)
{
    if (row >= 0 && row < m_pages.size()) {
        QWidget* page = showPage(m_pages[row].id);
        if (page && page->focusProxy()) {
            page->focusProxy()->setFocus(Qt::OtherFocusReason);
        }
    }
}

bool MainWindow::navigate(const NavigationRequest& request)
{
    switch (request.kind) {
    case NavigationRequest::Kind::NotesLine:
        if (auto* notes = qobject_cast<NotesPage*>(showPage(PageId::Notes))) {
            return notes->showLocation(request.file, request.line);
        }
        return false;
    case NavigationRequest::Kind::Card: {
        // The card browser, filtered to the card (an empty id: every card).
        if (!m_cardBrowser) {
            m_cardBrowser = new CardBrowserDialog(m_context, this);
        }
        const bool shown = m_cardBrowser->showCard(request.id);
        m_cardBrowser->show();
        m_cardBrowser->raise();
        m_cardBrowser->activateWindow();
        return shown;
    }
    case NavigationRequest::Kind::Calculator:
        // The calculator with its example in the form, and whatever inputs the request brings over it.
        if (auto* calculators = qobject_cast<CalculatorsPage*>(showPage(PageId::Calculators))) {
            return calculators->showCalculator(request.id, request.inputs);
        }
        return false;
    case NavigationRequest::Kind::Question:
    case NavigationRequest::Kind::LookupItem:
        // Read on the Lookup page: the item, its answer and the notes around it.
        if (auto* lookup = qobject_cast<LookupPage*>(showPage(PageId::Lookup))) {
            return lookup->showItem(request.itemKind, request.id, request.query);
        }
        return false;
    case NavigationRequest::Kind::Flashcards:
        return showPage(PageId::Flashcards) != nullptr;
    case NavigationRequest::Kind::Drill:
        if (auto* exams = qobject_cast<ExamPage*>(showPage(PageId::PracticeExam))) {
            return exams->drillFocus(request.profileId, request.domainId, request.topicId);
        }
        return false;
    case NavigationRequest::Kind::ExamSetup:
        if (auto* exams = qobject_cast<ExamPage*>(showPage(PageId::PracticeExam))) {
            exams->prepareExam(request.profileId);
            return true;
        }
        return false;
    }
    return false;
}

void MainWindow::openProgress()
{
    m_context.openProgress();
}

void MainWindow::reportProgressFailure(const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Your progress cannot be opened"), message,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("progressError"));
    box->setTextFormat(Qt::PlainText); // the message quotes a path, which may hold anything
    box->setInformativeText(tr("Certdeck works without saving progress until this is resolved."));
    QPushButton* retry = box->addButton(tr("&Try Again"), QMessageBox::AcceptRole);
    box->addButton(tr("&Continue Without Saving"), QMessageBox::RejectRole);
    box->setDefaultButton(retry);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, retry](QAbstractButton* clicked) {
        if (clicked == retry) {
            QTimer::singleShot(0, this, &MainWindow::openProgress); // once this box has closed
        }
    });
    box->open();
}

QList<KeyHelpSection> MainWindow::keyHelp() const
{
    // Everywhere: every menu command with keys, as the menus say it.
    KeyHelpSection everywhere{tr("Everywhere"), {}};
    for (QAction* menu : menuBar()->actions()) {
        if (!menu->menu()) {
            continue;
        }
        for (QAction* action : menu->menu()->actions()) {
            if (!action->shortcuts().isEmpty()) {
                // As the menu says it, without its mnemonic: "&Quit", "終了(&Q)".
                static const QRegularExpression mnemonic(QStringLiteral(R"(\(&[^)]\)|&)"));
                QString text = action->text().remove(mnemonic).trimmed();
                if (text.endsWith(u'…')) {
                    text.chop(1);
                }
                everywhere.rows.append(KeyHelp::of(action->shortcuts(), text));
            }
        }
    }
    return {everywhere,
            {tr("Flashcards"), FlashcardsPage::keyHelp()},
            {tr("A question of a practice exam"), ExamPage::keyHelp()},
            {tr("Quick lookup"), CommandPalette::keyHelp()},
            {tr("Card browser"), CardBrowserDialog::keyHelp()}};
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(keyHelp(), this);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::showAbout()
{
    QString content;
    QString error;
    if (const ContentRepository* repo = m_context.content(&error)) {
        const QDate checked = repo->factsChecked();
        content = checked.isValid()
                      //: %1 a date in the learner's language
                      ? tr("Its facts were last checked against the AWS documentation on %1.")
                            .arg(QLocale().toString(checked, QLocale::LongFormat))
                      : tr("The content does not say when its facts were last checked.");
    } else {
        content = error;
    }
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About Certdeck"));
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>Certdeck %1</h3><p>A study companion for AWS certifications, built from your own notes: "
           "look up limits, formulas and facts as you type, and read your notes with corrections beside "
           "the lines that are wrong or out of date.</p>")
            .arg(QCoreApplication::applicationVersion()) +
        QStringLiteral("<p>%1</p>").arg(content.toHtmlEscaped()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::event(QEvent* event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued: runs after this frame (children included) has been painted and flushed.
        QTimer::singleShot(0, this, &MainWindow::firstFramePainted);
    }
    return handled;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Only the window's size and place are at stake: not worth stopping the learner on the way out.
    if (AppPaths::settingsFileIsUsable()) {
        QSettings settings(AppPaths::settingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            qWarning("certdeck: cannot save the window geometry to %s", qPrintable(settings.fileName()));
        }
    } else {
        qWarning("certdeck: %s is not a settings file; the window geometry is not saved",
                 qPrintable(AppPaths::settingsFile()));
    }
    QMainWindow::closeEvent(event);
}

} // namespace certdeck
