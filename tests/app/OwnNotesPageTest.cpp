// File > Import Notes as a learner uses it: their own notes compiled off the UI thread, then readable on the
// Notes page under their topic and found by Lookup; what is not text refused with the reason; the notes kept
// across a restart and restored with a backup.

#include "ExportActions.h"
#include "MainWindow.h"
#include "dialogs/CardBrowserDialog.h"
#include "dialogs/OwnCardDialog.h"
#include "models/NoteSectionTreeModel.h"
#include "pages/NotesPage.h"
#include "util/AppPaths.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace certdeck;

namespace {

class OwnNotesPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
        open();
    }

    void open()
    {
        window.reset();
        context = std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB), progressPath());
        window = std::make_unique<MainWindow>(*context);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->openProgress();
        ASSERT_EQ(context->progressState(), AppContext::ProgressState::Ready);
    }

    QString progressPath() const { return data.filePath(QStringLiteral("progress.db")); }
    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = files.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    /// Imports `paths` from the window and waits for them to compile; false when nothing compiled.
    bool importAndWait(const QStringList& paths)
    {
        QSignalSpy built(context.get(), &AppContext::ownNotesBuilt);
        window->importNotes(paths);
        if (!context->notesBuilding() || !built.wait(30000)) {
            return false;
        }
        EXPECT_TRUE(built.first().at(0).toString().isEmpty()) << built.first().at(0).toString().toStdString();
        return true;
    }

    QTemporaryDir data;
    QTemporaryDir files;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

const QByteArray kNotes = "# Kinesis Data Streams\n"
                          "Each shard: 1 MB/s or 1000 records/s in; marmalade-shard is my mnemonic.\n"
                          "\n"
                          "## Resharding\n"
                          "Split a hot shard, merge two cold ones.\n";

} // namespace

TEST_F(OwnNotesPageTest, ImportedNotesAreReadOnTheNotesPageAndFoundByLookup)
{
    ASSERT_TRUE(importAndWait({write(QStringLiteral("kinesis-week.md"), kNotes)}));

    // The Notes page shows the first imported section at once, marked as the learner's own.
    EXPECT_EQ(window->currentPage(), PageId::Notes);
    auto* notes = qobject_cast<NotesPage*>(window->pageIfBuilt(PageId::Notes));
    ASSERT_TRUE(notes);
    ASSERT_GT(notes->currentSectionId(), 0);
    EXPECT_TRUE(notes->renderedText().contains(QStringLiteral("marmalade-shard is my mnemonic")));
    auto* header = notes->findChild<QLabel*>(QStringLiteral("notesHeader"));
    ASSERT_TRUE(header);
    EXPECT_TRUE(header->text().contains(QStringLiteral("kinesis-week (your notes)")))
        << header->text().toStdString();
    EXPECT_TRUE(header->text().contains(QStringLiteral("Kinesis"))) << "under its topic";
    auto* tree = notes->findChild<QTreeView*>(QStringLiteral("notesTree"));
    const QModelIndex current = tree->currentIndex();
    EXPECT_TRUE(current.data(NoteSectionTreeModel::OwnRole).toBool());
    EXPECT_TRUE(current.data(Qt::FontRole).value<QFont>().italic());

    // Lookup finds the own line.
    const LookupIndex* lookup = context->lookup();
    ASSERT_TRUE(lookup);
    const QList<LookupResult> found = lookup->search(QStringLiteral("marmalade"));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().sourceFile, QStringLiteral("kinesis-week.md"));

    // Importing it again after an edit updates it.
    QByteArray edited = kNotes;
    edited.replace("marmalade-shard", "quince-shard");
    ASSERT_TRUE(importAndWait({write(QStringLiteral("kinesis-week.md"), edited)}));
    EXPECT_TRUE(context->lookup()->search(QStringLiteral("marmalade")).isEmpty());
    EXPECT_FALSE(context->lookup()->search(QStringLiteral("quince")).isEmpty());
    EXPECT_TRUE(notes->renderedText().contains(QStringLiteral("quince-shard")));

    // And they are there after a restart, without compiling again.
    open();
    EXPECT_FALSE(context->notesBuilding());
    ASSERT_TRUE(context->lookup());
    EXPECT_FALSE(context->lookup()->search(QStringLiteral("quince")).isEmpty());
}

TEST_F(OwnNotesPageTest, AFileThatIsNotTextIsRefusedWithItsNameAndReason)
{
    const QString image =
        write(QStringLiteral("diagram.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    window->importNotes({image});
    EXPECT_FALSE(context->notesBuilding());
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("notesRefused"));
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("diagram.png")))
        << box->informativeText().toStdString();
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("not a text file")));
    box->close();
    EXPECT_TRUE(context->ownNotes()->files()->isEmpty());
}

TEST_F(OwnNotesPageTest, OwnNotesComeBackWithTheBackupTheyWereIn)
{
    QSignalSpy backedUp(context.get(), &AppContext::backupFinished);
    ASSERT_TRUE(importAndWait({write(QStringLiteral("week1.txt"), "SQS\n  lighthouse-queue note\n")}));
    // The backup made when progress opened may have begun before the import: make one that holds the notes.
    ASSERT_TRUE(!backedUp.isEmpty() || backedUp.wait(20000));
    const qsizetype before = backedUp.count();
    context->backUpIfDue(true);
    ASSERT_TRUE(backedUp.count() > before || backedUp.wait(20000));
    const QString backup = backedUp.last().at(0).toString();
    ASSERT_FALSE(backup.isEmpty());

    QString error;
    ASSERT_TRUE(context->removeNotes(QStringLiteral("week1.txt"), &error)) << error.toStdString();
    QSignalSpy built(context.get(), &AppContext::ownNotesBuilt);
    ASSERT_TRUE(built.wait(30000));
    EXPECT_TRUE(context->lookup()->search(QStringLiteral("lighthouse")).isEmpty());

    QSignalSpy rebuilt(context.get(), &AppContext::ownNotesBuilt);
    ASSERT_TRUE(context->restoreBackup(backup).ok());
    ASSERT_TRUE(rebuilt.wait(30000)) << "the restored notes compile again";
    EXPECT_FALSE(context->lookup()->search(QStringLiteral("lighthouse")).isEmpty());
}

TEST_F(OwnNotesPageTest, ACardMadeFromALineIsStudiedListedEditedAndDeleted)
{
    ASSERT_TRUE(importAndWait({write(QStringLiteral("kinesis-week.md"), kNotes)}));
    auto* notes = qobject_cast<NotesPage*>(window->pageIfBuilt(PageId::Notes));
    ASSERT_TRUE(notes);
    // The cursor on line 2 of the notes: "Each shard: 1 MB/s ...".
    auto* text = notes->findChild<QTextBrowser*>(QStringLiteral("notesText"));
    ASSERT_TRUE(text);
    QTextCursor cursor = text->document()->find(QStringLiteral("Each shard"));
    ASSERT_FALSE(cursor.isNull());
    cursor.clearSelection();
    text->setTextCursor(cursor);
    const QList<NoteLineRow> lines = notes->selectedLines();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.first().line, 2);

    notes->makeCard();
    auto* dialog = notes->findChild<OwnCardDialog*>();
    ASSERT_TRUE(dialog);
    auto* front = dialog->findChild<QPlainTextEdit*>(QStringLiteral("ownCardFront"));
    auto* back = dialog->findChild<QPlainTextEdit*>(QStringLiteral("ownCardBack"));
    EXPECT_EQ(front->toPlainText(), QStringLiteral("Each shard"));
    EXPECT_EQ(back->toPlainText(),
              QStringLiteral("1 MB/s or 1000 records/s in; marmalade-shard is my mnemonic."));
    EXPECT_EQ(dialog->card().topic, QStringLiteral("kinesis"));
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("ownCardSource"))
                    ->text()
                    .contains(QStringLiteral("kinesis-week (your notes), line 2")));

    // An empty back is flagged at its field; nothing is saved.
    back->clear();
    EXPECT_FALSE(dialog->save());
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("ownCardBackProblem"));
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(context->ownCards()->cards()->isEmpty());

    front->setPlainText(QStringLiteral("Write capacity of one Kinesis shard?"));
    back->setPlainText(QStringLiteral("1 MB/s or 1,000 records/s"));
    QSignalSpy built(context.get(), &AppContext::ownNotesBuilt);
    ASSERT_TRUE(dialog->save());
    ASSERT_TRUE(built.wait(30000));
    const QList<OwnCard> own = *context->ownCards()->cards();
    ASSERT_EQ(own.size(), 1);
    const QString id = own.first().id;
    EXPECT_EQ(own.first().sourceFile, QStringLiteral("kinesis-week.md"));
    EXPECT_EQ(own.first().sourceLine, 2);
    EXPECT_TRUE(notes->findChild<QLabel*>(QStringLiteral("notesNotice"))->isVisibleTo(notes));

    // Listed in the card browser beside the bank's, and editable there.
    window->navigate(NavigationRequest::card(id));
    auto* browser = window->findChild<CardBrowserDialog*>();
    ASSERT_TRUE(browser);
    EXPECT_EQ(browser->selectedIds(), QStringList{id});
    auto* edit = browser->findChild<QPushButton*>(QStringLiteral("browserEdit"));
    ASSERT_TRUE(edit->isEnabled());
    browser->editCard();
    auto* editor = browser->findChild<OwnCardDialog*>();
    ASSERT_TRUE(editor);
    editor->findChild<QPlainTextEdit*>(QStringLiteral("ownCardBack"))
        ->setPlainText(QStringLiteral("1 MiB/s or 1,000 records/s per shard"));
    QSignalSpy rebuilt(context.get(), &AppContext::ownNotesBuilt);
    ASSERT_TRUE(editor->save());
    ASSERT_TRUE(rebuilt.wait(30000));
    EXPECT_EQ(context->content()->card(id)->value().back,
              QStringLiteral("1 MiB/s or 1,000 records/s per shard"));

    // Scheduled like any card: it is in Flashcards' deck.
    EXPECT_TRUE(context->content()->cards()->size() > 1);

    // It survives the personal content database being rebuilt from scratch (Certdeck updated).
    browser->close();
    window.reset();
    ASSERT_TRUE(QFile::remove(data.filePath(QStringLiteral("personal/content.db"))));
    open();
    QSignalSpy again(context.get(), &AppContext::ownNotesBuilt);
    ASSERT_TRUE(context->notesBuilding() || again.count() > 0);
    ASSERT_TRUE(again.count() > 0 || again.wait(30000));
    ASSERT_TRUE(context->content()->card(id)->has_value());

    // Deleted from the browser, with its history.
    window->navigate(NavigationRequest::card(id));
    browser = window->findChild<CardBrowserDialog*>();
    ASSERT_TRUE(browser);
    QSignalSpy removed(context.get(), &AppContext::ownNotesBuilt);
    browser->deleteCard(false);
    ASSERT_TRUE(removed.wait(30000));
    EXPECT_TRUE(context->ownCards()->cards()->isEmpty());
    EXPECT_FALSE(context->content()->card(id)->has_value());
}

TEST_F(OwnNotesPageTest, FileExportWritesCardsAndExamsAsCsvAndAnAnkiPackageWithOwnCards)
{
    OwnCard card;
    card.topic = QStringLiteral("sqs");
    card.front = QStringLiteral("Own card front, with a comma");
    card.back = QStringLiteral("=not a formula");
    QSignalSpy built(context.get(), &AppContext::ownNotesBuilt);
    const Result<OwnCard> saved = context->saveOwnCard(card);
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(built.wait(30000));
    const int bankAndOwn = int(context->content()->cards()->size());

    ASSERT_TRUE(window->exports());
    const QString csv = files.filePath(QStringLiteral("cards.csv"));
    const Result<QString> cards = window->exports()->cardsCsv(csv);
    ASSERT_TRUE(cards.ok()) << cards.error().toStdString();
    EXPECT_TRUE(cards->contains(QString::number(bankAndOwn))) << cards->toStdString();
    QFile cardsFile(csv);
    ASSERT_TRUE(cardsFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = cardsFile.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "Excel reads UTF-8 with a byte-order mark";
    EXPECT_EQ(bytes.count("\r\n"), bankAndOwn + 1) << "a header and one row a card";
    EXPECT_TRUE(bytes.contains("\"Own card front, with a comma\",'=not a formula"));

    const QString exams = files.filePath(QStringLiteral("exams.csv"));
    ASSERT_TRUE(window->exports()->examsCsv(exams).ok());
    EXPECT_TRUE(QFileInfo(exams).size() > 3);

    const QString apkg = files.filePath(QStringLiteral("certdeck.apkg"));
    const Result<QString> anki = window->exports()->anki(apkg, true);
    ASSERT_TRUE(anki.ok()) << anki.error().toStdString();
    QFile package(apkg);
    ASSERT_TRUE(package.open(QIODevice::ReadOnly));
    EXPECT_TRUE(package.read(4) == QByteArray("PK\x03\x04", 4)) << "a zip";
    EXPECT_TRUE(anki->contains(QString::number(bankAndOwn))) << anki->toStdString();

    // A file that cannot be written is said, naming it.
    const Result<QString> refused =
        window->exports()->cardsCsv(files.filePath(QStringLiteral("no/such/dir.csv")));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("dir.csv")));
}
