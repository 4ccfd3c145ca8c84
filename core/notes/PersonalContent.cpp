#include "notes/PersonalContent.h"

#include "content/ContentRepository.h"
#include "content/NotesParser.h"
#include "notes/OwnCardStore.h"
#include "notes/OwnNotesStore.h"
#include "util/PlainText.h"
#include "util/SqliteConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cstdio>

namespace certdeck {

namespace {

const QString kFingerprintKey = QStringLiteral("own_notes");

/// The meta value `key` of the content database at `path`, or a null string.
QString metaValue(const QString& path, const QString& key)
{
    if (!QFileInfo(path).isFile()) {
        return {};
    }
    SqliteConnection c;
    SqlError e;
    if (!c.open(path, SqliteConnection::Mode::Immutable, &e)) {
        return {};
    }
    QSqlQuery q(c.database());
    if (!execPrepared(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}) || !q.next()) {
        return {};
    }
    return q.value(0).toString();
}

} // namespace

Result<PersonalContent::Sources> PersonalContent::sources(const SqliteConnection& progress)
{
    const Result<QList<OwnNotesFile>> files = OwnNotesStore(progress).files();
    if (!files) {
        return Result<Sources>::failure(files.error());
    }
    const Result<QList<OwnCard>> cards = OwnCardStore(progress).cards();
    if (!cards) {
        return Result<Sources>::failure(cards.error());
    }
    return Sources{*files, *cards};
}

QString PersonalContent::pathFor(const QString& progressDbPath)
{
    return QFileInfo(progressDbPath).absoluteDir().filePath(QStringLiteral("personal/content.db"));
}

QString PersonalContent::fingerprint(const QList<OwnNotesFile>& files, const QList<OwnCard>& cards)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(OwnNotes::fingerprint(files).toLatin1());
    for (const OwnCard& c : cards) {
        for (const QString& part :
             {c.id, c.topic, c.front, c.back, c.sourceFile, QString::number(c.sourceLine), c.sourceQuote}) {
            const QByteArray bytes = part.toUtf8();
            hash.addData(QByteArray::number(bytes.size()));
            hash.addData(QByteArray(1, '\0'));
            hash.addData(bytes);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<PersonalContent::Built> PersonalContent::build(const QString& bankPath,
                                                      const QList<OwnNotesFile>& files,
                                                      const QList<OwnCard>& cards, const QString& outPath,
                                                      const ContentDatabase::NotesProgress& progress)
{
    const QString shownOut = PlainText::printable(outPath);
    if (files.isEmpty() && cards.isEmpty()) {
        if (QFileInfo::exists(outPath) && !QFile::remove(outPath)) {
            return Result<Built>::failure(tr("%1 cannot be removed.").arg(shownOut));
        }
        return Built{};
    }
    TopicCatalog catalog;
    QSet<QString> bankNames;
    {
        ContentRepository bank;
        QString error;
        if (!bank.open(bankPath, &error)) {
            return Result<Built>::failure(error);
        }
        Result<TopicCatalog> read = bank.topicCatalog();
        if (!read) {
            return Result<Built>::failure(read.error());
        }
        catalog = *read;
        const Result<QList<NoteSectionRow>> sections = bank.sections();
        if (!sections) {
            return Result<Built>::failure(sections.error());
        }
        for (const NoteSectionRow& s : *sections) {
            bankNames.insert(s.fileName);
        }
    }

    Built built;
    QList<NotesDocument> docs;
    QStringList titles;
    const NotesParser parser(catalog);
    for (const OwnNotesFile& f : files) {
        // A name the bank's notes already use gets a suffix, so both files keep their lines.
        QString name = f.name;
        for (int n = 2; bankNames.contains(name); ++n) {
            name = f.name + QStringLiteral(" (%1)").arg(n);
        }
        docs.append(parser.parse(name, f.text));
        titles.append(f.title);
        built.files += 1;
        built.sections += int(docs.last().sections.size());
        built.lines += docs.last().lines.size();
    }

    const QFileInfo out(outPath);
    if (!QDir().mkpath(out.absolutePath())) {
        return Result<Built>::failure(
            tr("The folder %1 cannot be created.").arg(PlainText::printable(out.absolutePath())));
    }
    QTemporaryFile temp(out.absoluteDir().filePath(QStringLiteral(".content-XXXXXX.db")));
    QFile source(bankPath);
    if (!temp.open() || !source.open(QIODevice::ReadOnly)) {
        return Result<Built>::failure(tr("%1 cannot be written: %2").arg(shownOut, temp.errorString()));
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || temp.write(chunk) != chunk.size()) {
            return Result<Built>::failure(tr("%1 cannot be written: %2").arg(shownOut, temp.errorString()));
        }
    }
    temp.close();
    {
        SqliteConnection c;
        QString error;
        QList<Card> asCards;
        for (const OwnCard& card : cards) {
            asCards.append(card.toCard());
        }
        if (!c.open(temp.fileName(), SqliteConnection::Mode::ReadWrite, &error) ||
            !ContentDatabase::appendOwn(docs, titles, asCards, c, progress, &error)) {
            return Result<Built>::failure(tr("%1 cannot be written: %2").arg(shownOut, error));
        }
        QSqlQuery q(c.database());
        if (!execPrepared(q, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"),
                          {kFingerprintKey, fingerprint(files, cards)})) {
            return Result<Built>::failure(
                tr("%1 cannot be written: %2").arg(shownOut, sqlErrorText(q.lastError())));
        }
    }
    // rename(2) replaces the old file in one step: a reader has the old database or the new one.
    if (std::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(outPath).constData()) !=
        0) {
        return Result<Built>::failure(tr("%1 cannot be written.").arg(shownOut));
    }
    temp.setAutoRemove(false);
    return built;
}

QString PersonalContent::choose(const QString& bankPath, const QString& personalPath)
{
    const QString personalHash = metaValue(personalPath, QStringLiteral("content_hash"));
    if (personalHash.isEmpty() || metaValue(personalPath, kFingerprintKey).isEmpty() ||
        metaValue(personalPath, QStringLiteral("schema_version")) !=
            QString::number(ContentDatabase::kSchemaVersion) ||
        personalHash != metaValue(bankPath, QStringLiteral("content_hash"))) {
        return bankPath;
    }
    return personalPath;
}

QString PersonalContent::builtFrom(const QString& personalPath)
{
    return metaValue(personalPath, kFingerprintKey);
}

} // namespace certdeck
