#include "ExportActions.h"

#include "export/AnkiPackage.h"
#include "export/CardsCsv.h"
#include "export/CsvWriter.h"
#include "export/ExamHistoryCsv.h"
#include "util/PlainText.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace certdeck {

namespace {

/// Writes `bytes` to `path` whole, or leaves what was there.
Result<bool> writeWhole(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 is a file, %2 why it cannot be written
        return Result<bool>::failure(
            ExportActions::tr("%1 cannot be written: %2")
                .arg(PlainText::printable(QDir::toNativeSeparators(path)), file.errorString()));
    }
    return true;
}

} // namespace

ExportActions::ExportActions(AppContext& context, QWidget* window)
    : QObject(window), m_context(context), m_window(window)
{}

void ExportActions::addTo(QMenu* file)
{
    QMenu* menu = file->addMenu(tr("&Export"));
    menu->setObjectName(QStringLiteral("menuExport"));
    const QString csv = tr("CSV for a spreadsheet (*.csv);;All files (*)");
    QAction* cards = menu->addAction(tr("&Cards as CSV…"), this, [this, csv] {
        run(tr("Export Cards"), tr("certdeck-cards.csv"), csv,
            [this](const QString& path) { return cardsCsv(path); });
    });
    cards->setObjectName(QStringLiteral("actionExportCardsCsv"));
    cards->setStatusTip(tr("Every card with your schedule, one row a card"));
    QAction* exams = menu->addAction(tr("&Exam History as CSV…"), this, [this, csv] {
        run(tr("Export Exam History"), tr("certdeck-exams.csv"), csv,
            [this](const QString& path) { return examsCsv(path); });
    });
    exams->setObjectName(QStringLiteral("actionExportExamsCsv"));
    exams->setStatusTip(tr("Every exam, practice and drill you finished, with its score per domain"));
    menu->addSeparator();
    QAction* toAnki = menu->addAction(tr("To &Anki…"), this, [this] {
        const QString title = tr("Export to Anki");
        const QMessageBox::StandardButton history = QMessageBox::question(
            m_window, title,
            tr("Add your schedule and review history, so that Anki or AnkiDroid carries on where Certdeck "
               "stopped? (Tick “Import any learning progress” when you import it.) Without them every card "
               "starts new."),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (history == QMessageBox::Cancel) {
            return;
        }
        const bool withHistory = history == QMessageBox::Yes;
        run(title, tr("certdeck.apkg"), tr("Anki package (*.apkg)"),
            [this, withHistory](const QString& path) { return anki(path, withHistory); });
    });
    toAnki->setObjectName(QStringLiteral("actionExportAnki"));
    toAnki->setStatusTip(tr("Every card as an Anki package: one deck per topic, tagged by topic and exam"));
}

void ExportActions::run(const QString& title, const QString& suggested, const QString& filter,
                        const std::function<Result<QString>(const QString&)>& write)
{
    const QString path =
        QFileDialog::getSaveFileName(m_window, title, QDir::home().filePath(suggested), filter);
    if (path.isEmpty()) {
        return;
    }
    const Result<QString> done = write(path);
    if (done) {
        QMessageBox::information(m_window, title, *done);
    } else {
        QMessageBox::warning(m_window, title, done.error());
    }
}

Result<QString> ExportActions::cardsCsv(const QString& path) const
{
    QString error;
    const ContentRepository* content = m_context.content(&error);
    if (!content) {
        return Result<QString>::failure(error);
    }
    const Result<QList<Card>> cards = content->cards();
    const Result<QList<TopicRow>> topics = content->topics();
    if (!cards || !topics) {
        return Result<QString>::failure(!cards ? cards.error() : topics.error());
    }
    QHash<QString, CardRecord> records;
    if (const ReviewStore* reviews = m_context.reviews()) {
        const Result<QHash<QString, CardRecord>> read = reviews->records();
        if (!read) {
            return Result<QString>::failure(read.error());
        }
        records = *read;
    }
    const Result<bool> written =
        writeWhole(path, CsvWriter::document(CardsCsv::table(*cards, *topics, records)));
    if (!written) {
        return Result<QString>::failure(written.error());
    }
    //: %1 is the file written
    return tr("Wrote %n card(s) to %1.", nullptr, int(cards->size()))
        .arg(PlainText::printable(QDir::toNativeSeparators(path)));
}

Result<QString> ExportActions::examsCsv(const QString& path) const
{
    QString error;
    const ContentRepository* content = m_context.content(&error);
    if (!content) {
        return Result<QString>::failure(error);
    }
    const Result<QList<ExamProfile>> profiles = content->examProfiles();
    if (!profiles) {
        return Result<QString>::failure(profiles.error());
    }
    QList<ExamAttempt> attempts;
    if (const ExamStore* exams = m_context.exams()) {
        const Result<QList<ExamAttempt>> read = ExamHistoryCsv::endedAttempts(*exams);
        if (!read) {
            return Result<QString>::failure(read.error());
        }
        attempts = *read;
    }
    const CsvTable table = ExamHistoryCsv::table(attempts, *profiles);
    const Result<bool> written = writeWhole(path, CsvWriter::document(table));
    if (!written) {
        return Result<QString>::failure(written.error());
    }
    return tr("Wrote %n exam(s) to %1.", nullptr, int(table.rows.size()))
        .arg(PlainText::printable(QDir::toNativeSeparators(path)));
}

Result<QString> ExportActions::anki(const QString& path, bool withHistory) const
{
    QString error;
    const ContentRepository* content = m_context.content(&error);
    if (!content) {
        return Result<QString>::failure(error);
    }
    if (withHistory && !m_context.reviews()) {
        return Result<QString>::failure(tr("Your progress is not open yet; try again in a moment."));
    }
    Result<AnkiPackage::Input> read = AnkiPackage::read(*content, m_context.reviews(), withHistory);
    if (!read) {
        return Result<QString>::failure(read.error());
    }
    AnkiPackage::Input input = std::move(read).value();
    input.dayStartsAt = m_context.reviewSettings().nextDayStartsAt;
    input.now = m_context.clock().now();
    const AnkiCollection collection = AnkiPackage::build(input);
    const Result<QByteArray> bytes = AnkiPackage::package(collection);
    if (!bytes) {
        return Result<QString>::failure(bytes.error());
    }
    const Result<bool> written = writeWhole(path, *bytes);
    if (!written) {
        return Result<QString>::failure(written.error());
    }
    const QString file = PlainText::printable(QDir::toNativeSeparators(path));
    return withHistory
               //: %1 is the file written; %n the reviews in it (the cards' count comes first)
               ? tr("Wrote %1 card(s) with your schedule and %n review(s) to %2.", nullptr,
                    int(collection.reviews.size()))
                     .arg(collection.cards.size())
                     .arg(file)
               : tr("Wrote %n card(s) to %1.", nullptr, int(collection.cards.size())).arg(file);
}

} // namespace certdeck
