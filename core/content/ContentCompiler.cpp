#include "content/ContentCompiler.h"

#include "content/ContentDatabase.h"
#include "content/DeckLoader.h"
#include "content/QualityGate.h"
#include "content/QuoteIndex.h"
#include "util/PlainText.h"
#include "util/RegularFile.h"
#include "util/SqliteConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cstdio>

namespace certdeck {

namespace {

/// Reads a content file: a regular file of bounded size, valid UTF-8 without control characters. A text
/// problem is reported at its line; the bytes are still used, so that one bad character does not hide
/// every other finding behind "quote not found".
bool readFile(const QString& path, QByteArray* bytes, QList<Diagnostic>& diagnostics)
{
    QString why;
    if (!RegularFile::read(path, RegularFile::kMaxTextBytes, bytes, &why)) {
        diagnostics.append(Diagnostic{path, 0, why});
        return false;
    }
    if (const std::optional<PlainText::Problem> problem = PlainText::checkFile(*bytes)) {
        diagnostics.append(Diagnostic{path, problem->line, problem->message});
    }
    return true;
}

/// The entries of `folder` (sorted by name): regular files ending in `extension` go to `files`; every
/// other visible entry is a problem that says what it is and what the folder holds.
void collect(const QString& folder, const QString& extension, const QString& misspelt, const QString& holds,
             QStringList* files, QList<Diagnostic>* problems)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        return;
    }
    if (!dir.isReadable()) {
        problems->append(
            Diagnostic{folder, 0, ContentSources::tr("cannot list this folder: permission denied")});
        return;
    }
    // System: FIFOs, sockets, devices and broken or looping symbolic links are listed too, to be reported.
    const QStringList names =
        dir.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name | QDir::DirsLast);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        if (name.endsWith(extension)) {
            const RegularFile::Info info = RegularFile::inspect(path);
            if (info.kind == RegularFile::Kind::File) {
                files->append(path);
            } else {
                //: %1 says what is wrong ("is a folder, not a regular file"), %2 what the folder holds
                problems->append(
                    Diagnostic{path, 0, ContentSources::tr("%1; %2").arg(RegularFile::problem(info), holds)});
            }
        } else if (!misspelt.isEmpty() && name.endsWith(misspelt)) {
            problems->append(
                Diagnostic{path, 0,
                           ContentSources::tr("deck files end in %1, not %2: rename it to %3")
                               .arg(extension, misspelt, name.chopped(misspelt.size()) + extension)});
        } else {
            problems->append(Diagnostic{path, 0, ContentSources::tr("not content: %1").arg(holds)});
        }
    }
}

/// Finds every source quote in the notes. A quote must sit on exactly one line of all the notes.
class SourceResolver {
public:
    explicit SourceResolver(const QList<NotesDocument>& notes) : m_notes(notes), m_index(notes) {}

    void resolve(SourceRef& source, const QString& deckFile, const QString& itemId,
                 QList<Diagnostic>& diagnostics)
    {
        if (source.quote.isEmpty()) {
            return; // reported as a missing field already
        }
        QStringList places;
        for (const QuoteIndex::Place& p : m_index.find(source.quote)) {
            if (places.isEmpty()) {
                source.file = m_notes[p.document].fileName;
                source.line = p.line;
            }
            places.append(QStringLiteral("%1:%2").arg(m_notes[p.document].fileName).arg(p.line));
        }
        if (places.isEmpty()) {
            diagnostics.append(Diagnostic{
                deckFile, source.quoteLine,
                ContentCompiler::tr("source of '%1' is not in the notes: \"%2\"").arg(itemId, source.quote)});
            source.file.clear();
            source.line = 0;
        } else if (places.size() > 1) {
            diagnostics.append(Diagnostic{
                deckFile, source.quoteLine,
                ContentCompiler::tr(
                    "source of '%1' is ambiguous: \"%2\" is on %3 lines (%4); quote more of the line")
                    .arg(itemId, source.quote)
                    .arg(places.size())
                    .arg(places.mid(0, 4).join(QStringLiteral(", ")))});
            source.file.clear();
            source.line = 0;
        }
    }

private:
    const QList<NotesDocument>& m_notes;
    QuoteIndex m_index;
};

} // namespace

ContentSources ContentSources::fromDirectory(const QString& root)
{
    ContentSources s;
    s.root = QDir::cleanPath(root);
    const QDir dir(s.root);
    s.topicsFile = dir.filePath(QStringLiteral("topics.yaml"));
    s.examsFile = dir.filePath(QStringLiteral("exams.yaml"));
    if (QFileInfo::exists(dir.filePath(QStringLiteral("calculators.yaml")))) {
        s.factsFile = dir.filePath(QStringLiteral("calculators.yaml"));
    }
    if (QFileInfo::exists(dir.filePath(QStringLiteral("lookup.yaml")))) {
        s.lookupFile = dir.filePath(QStringLiteral("lookup.yaml"));
    }
    if (QFileInfo::exists(dir.filePath(QStringLiteral("notes.yaml")))) {
        s.noteTitlesFile = dir.filePath(QStringLiteral("notes.yaml"));
    }
    if (QFileInfo::exists(dir.filePath(QStringLiteral("release.yaml")))) {
        s.releaseFile = dir.filePath(QStringLiteral("release.yaml"));
    }
    collect(dir.filePath(QStringLiteral("notes")), QStringLiteral(".txt"), QString(),
            tr("notes/ holds plain-text notes files named *.txt (hidden files are ignored)"), &s.noteFiles,
            &s.problems);
    collect(dir.filePath(QStringLiteral("decks")), QStringLiteral(".yaml"), QStringLiteral(".yml"),
            tr("decks/ holds one file per topic named <topic>.yaml (hidden files are ignored)"), &s.deckFiles,
            &s.problems);
    return s;
}

QStringList ContentSources::allFiles() const
{
    QStringList files{topicsFile, examsFile};
    for (const QString& optional : {factsFile, lookupFile, noteTitlesFile, releaseFile}) {
        if (!optional.isEmpty()) {
            files.append(optional);
        }
    }
    files += noteFiles;
    files += deckFiles;
    return files;
}

CompileResult ContentCompiler::load(const ContentSources& sources)
{
    CompileResult result;
    QList<Diagnostic>& diagnostics = result.diagnostics;
    diagnostics = sources.problems;
    ContentBank& bank = result.bank;

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QHash<QString, QByteArray> bytes;
    for (const QString& path : sources.allFiles()) {
        QByteArray data;
        if (readFile(path, &data, diagnostics)) {
            bytes.insert(path, data);
            hash.addData(QDir(sources.root).relativeFilePath(path).toUtf8());
            hash.addData(QByteArray(1, '\0'));
            hash.addData(QByteArray::number(data.size()));
            hash.addData(QByteArray(1, '\0'));
            hash.addData(data);
        }
    }
    bank.contentHash = QString::fromLatin1(hash.result().toHex());
    if (sources.noteFiles.isEmpty()) {
        diagnostics.append(Diagnostic{sources.root, 0, tr("no notes: expected notes/*.txt")});
    }

    bank.catalog = TopicCatalog(
        DeckLoader::loadTopics(sources.topicsFile, bytes.value(sources.topicsFile), diagnostics));
    bank.profiles = DeckLoader::loadExams(sources.examsFile, bytes.value(sources.examsFile), diagnostics);
    if (!sources.factsFile.isEmpty()) {
        bank.facts = DeckLoader::loadFacts(sources.factsFile, bytes.value(sources.factsFile), diagnostics);
    }
    if (!bank.catalog.contains(NotesParser::generalTopic())) {
        diagnostics.append(Diagnostic{sources.topicsFile, 0,
                                      tr("topic '%1' must be declared: it holds notes before any heading")
                                          .arg(NotesParser::generalTopic())});
    }

    if (!sources.lookupFile.isEmpty()) {
        bank.lexicon =
            DeckLoader::loadLookup(sources.lookupFile, bytes.value(sources.lookupFile), diagnostics);
    }

    const NotesParser parser(bank.catalog);
    for (const QString& path : sources.noteFiles) {
        if (bytes.contains(path)) {
            bank.notes.append(parser.parse(QFileInfo(path).fileName(), bytes.value(path)));
        }
    }
    if (!sources.noteTitlesFile.isEmpty()) {
        QStringList names;
        for (const NotesDocument& d : std::as_const(bank.notes)) {
            names.append(d.fileName);
        }
        bank.noteTitles = DeckLoader::loadNoteTitles(sources.noteTitlesFile,
                                                     bytes.value(sources.noteTitlesFile), names, diagnostics);
    }
    if (!sources.releaseFile.isEmpty()) {
        bank.factsChecked =
            DeckLoader::loadRelease(sources.releaseFile, bytes.value(sources.releaseFile), diagnostics);
    }

    QHash<QString, DeckLocation> seenIds;
    auto claimId = [&](const QString& id, const DeckLocation& at) {
        if (id.isEmpty()) {
            return;
        }
        const auto it = seenIds.constFind(id);
        if (it != seenIds.cend()) {
            diagnostics.append(
                Diagnostic{at.file, at.line,
                           tr("duplicate id '%1' (first used at %2:%3)").arg(id, it->file).arg(it->line)});
        } else {
            seenIds.insert(id, at);
        }
    };

    SourceResolver resolver(bank.notes);
    QHash<QString, QString> topicDeck;
    for (const QString& path : sources.deckFiles) {
        if (!bytes.contains(path)) {
            continue;
        }
        Deck deck = DeckLoader::loadDeck(path, bytes.value(path), diagnostics);
        if (!deck.topic.isEmpty()) {
            if (!bank.catalog.contains(deck.topic)) {
                diagnostics.append(
                    Diagnostic{path, deck.at.line,
                               tr("unknown topic '%1' (declare it in topics.yaml)").arg(deck.topic)});
            }
            if (QFileInfo(path).completeBaseName() != deck.topic) {
                diagnostics.append(Diagnostic{
                    path, deck.at.line, tr("deck for topic '%1' must be named %1.yaml").arg(deck.topic)});
            }
            if (topicDeck.contains(deck.topic)) {
                diagnostics.append(Diagnostic{
                    path, deck.at.line,
                    tr("topic '%1' already has a deck: %2").arg(deck.topic, topicDeck[deck.topic])});
            }
            topicDeck.insert(deck.topic, path);
        }

        for (Card& c : deck.cards) {
            claimId(c.id, c.at);
            resolver.resolve(c.source, path, c.id, diagnostics);
        }
        for (Question& q : deck.questions) {
            claimId(q.id, q.at);
            resolver.resolve(q.source, path, q.id, diagnostics);
            for (auto it = q.tasks.cbegin(); it != q.tasks.cend(); ++it) {
                const auto profile = std::find_if(bank.profiles.cbegin(), bank.profiles.cend(),
                                                  [&](const ExamProfile& p) { return p.id == it.key(); });
                if (profile == bank.profiles.cend()) {
                    diagnostics.append(
                        Diagnostic{path, q.tasksLine,
                                   tr("question '%1' names unknown exam profile '%2'").arg(q.id, it.key())});
                } else if (const ExamDomain* domain = profile->domainOfTask(it.value())) {
                    q.domains.insert(it.key(), domain->id);
                } else {
                    QStringList known;
                    for (const ExamDomain& d : profile->domains) {
                        for (const ExamTask& t : d.tasks) {
                            known.append(t.id);
                        }
                    }
                    diagnostics.append(
                        Diagnostic{path, q.tasksLine,
                                   tr("question '%1': '%2' is not a task statement of %3 (one of: %4)")
                                       .arg(q.id, it.value(), it.key(), known.join(QStringLiteral(", ")))});
                }
            }
        }
        for (Limit& l : deck.limits) {
            claimId(l.id, l.at);
            resolver.resolve(l.source, path, l.id, diagnostics);
        }
        for (Formula& f : deck.formulas) {
            claimId(f.id, f.at);
            resolver.resolve(f.source, path, f.id, diagnostics);
        }
        for (Erratum& e : deck.errata) {
            claimId(e.id, e.at);
            resolver.resolve(e.source, path, e.id, diagnostics);
        }
        for (SkippedSection& s : deck.skipped) {
            //: names a skipped note section in messages, by the quote that marks it
            resolver.resolve(s.source, path, tr("skipped section"), diagnostics);
        }
        bank.decks.append(deck);
    }
    diagnostics += QualityGate::check(bank);
    return result;
}

bool ContentCompiler::writeDatabase(const ContentBank& bank, const QString& outPath, QString* error)
{
    const QFileInfo out(outPath);
    if (!QDir().mkpath(out.absolutePath())) {
        *error = tr("cannot create folder %1").arg(out.absolutePath());
        return false;
    }
    const QString temp =
        out.absoluteFilePath() + QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    bool ok = false;
    {
        SqliteConnection connection;
        ok = connection.open(temp, SqliteConnection::Mode::ReadWrite, error) &&
             ContentDatabase::write(bank, connection, error);
    }
    if (ok) {
        // std::rename replaces the target atomically on POSIX; readers see the old or the new file, never
        // half.
        ok = std::rename(QFile::encodeName(temp).constData(),
                         QFile::encodeName(out.absoluteFilePath()).constData()) == 0;
        if (!ok) {
            *error = tr("cannot replace %1").arg(out.absoluteFilePath());
        }
    }
    if (!ok) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
    }
    return ok;
}

} // namespace certdeck
