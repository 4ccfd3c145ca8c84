#pragma once

#include "AppContext.h"
#include "dialogs/ShortcutsDialog.h"
#include "pages/PageId.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QListWidget;
class QProgressDialog;
class QStackedWidget;

namespace certdeck {

class ExportActions;

class CardBrowserDialog;
class CommandPalette;
class NotesPage;

/// The shell: a sidebar of pages and the page area. Pages are built on first visit.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Pages the sidebar offers, in order.
    QList<PageId> availablePages() const;
    /// Switches to a page, building it on first visit. Returns it (nullptr when the page is not available).
    QWidget* showPage(PageId id);
    QWidget* pageIfBuilt(PageId id) const { return m_built.value(int(id)); }
    PageId currentPage() const;

    /// Shows what a page asked for on the page that holds it; false when nothing shows it.
    bool navigate(const NavigationRequest& request);
    /// Opens quick lookup over the current page (Ctrl+K), building it on first use.
    void openPalette();
    CommandPalette* palette() const { return m_palette; }
    /// Imports the notes files at `paths` (File > Import Notes after the file dialog): refused files are
    /// named with the reason, the rest compile with a progress bar, then the Notes page shows the first.
    void importNotes(const QStringList& paths);

    /// File > Export's actions (CSV, Anki).
    ExportActions* exports() const { return m_exports; }

    /// Every keyboard shortcut, by where it works: what Help > Keyboard Shortcuts (F1) shows.
    QList<KeyHelpSection> keyHelp() const;

public slots:
    /// Opens the progress database; on failure tells the learner in a dialog. Runs once the first frame
    /// has been painted, so start-up never waits for it.
    void openProgress();

signals:
    /// The window has painted its first frame.
    void firstFramePainted();

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct PageSpec {
        PageId id;
        QString title;
        std::function<QWidget*()> build;
    };

    void buildMenus();
    void reportProgressFailure(const QString& message);
    void onSidebarRow(int row);
    void showAbout();
    void chooseNotesToImport();
    void onOwnNotesBuilt(const QString& error, int files, int sections);
    void showShortcuts();
    void revealContent();

    AppContext& m_context;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<PageSpec> m_pages;
    QHash<int, QWidget*> m_built;
    CardBrowserDialog* m_cardBrowser = nullptr; ///< built on the first request for a card
    CommandPalette* m_palette = nullptr;        ///< built on the first Ctrl+K
    ShortcutsDialog* m_shortcuts = nullptr;     ///< built on the first F1
    ExportActions* m_exports = nullptr;         ///< File > Export
    QProgressDialog* m_notesProgress = nullptr; ///< while imported notes compile
    QString m_importedNotes;                    ///< the first file of the last import, shown once compiled
    bool m_painted = false;
    bool m_revealed = false; ///< the menu bar and the pages are shown (from the window's first expose on)
};

} // namespace certdeck
