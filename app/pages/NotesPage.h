#pragma once

#include "AppContext.h"

#include <QHash>
#include <QWidget>

class QColor;
class QLabel;
class QLineEdit;
class QPushButton;
class QMenu;
class QSortFilterProxyModel;
class QTextBrowser;
class QTreeView;

namespace certdeck {

class NoteSectionTreeModel;

/// Browses the compiled notes by topic and section: the text as written, line by line, with each erratum
/// beside the line it corrects.
class NotesPage : public QWidget {
    Q_OBJECT

public:
    explicit NotesPage(AppContext& context, QWidget* parent = nullptr);

    /// Shows the section holding `line` of `fileName` and brings that line into view.
    bool showLocation(const QString& fileName, int line);
    bool showSection(int sectionId, int focusLine = 0);
    int currentSectionId() const { return m_sectionId; }
    /// Shows what the exam guides ask that no question from these notes covers (the page opens on it).
    void showCoverage();
    /// The HTML of the section shown (for tests and accessibility tools).
    QString renderedText() const;

    /// The lines of the section shown that are selected (or the line the cursor is on, or the focused line),
    /// in order; empty when no section is shown.
    QList<NoteLineRow> selectedLines() const;
    /// Opens the dialog that makes one of the learner's own cards from the selected lines ("Make a Card").
    void makeCard();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Reads the topics and sections into the tree; why it could not, or a null string.
    QString load();
    void onCurrentChanged(const QModelIndex& current);
    void render();
    /// A title over a dimmed line (what the page shows, and where it comes from), both plain text.
    void setHeader(const QString& title, const QString& subtitle, const QColor& dim);

    AppContext& m_context;
    NoteSectionTreeModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_header = nullptr;
    QPushButton* m_coverageButton = nullptr;
    QTextBrowser* m_text = nullptr;
    QPushButton* m_makeCard = nullptr;
    QLabel* m_notice = nullptr;            ///< says a card was saved
    QList<NoteLineRow> m_shownLines;       ///< the lines of the section shown, one table row each
    QHash<QString, QString> m_topicTitles; ///< topic id -> title, read once
    int m_sectionId = 0;
    int m_focusLine = 0;
};

} // namespace certdeck
