#pragma once

#include "content/ContentModel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdeck {

/// The files of a content folder: notes/*.txt, decks/*.yaml, topics.yaml, exams.yaml and, when present,
/// calculators.yaml, lookup.yaml and notes.yaml. Every other visible
/// entry of notes/ and decks/ (a folder, a symbolic link that loops, a deck named .yml, a FIFO, ...) is a
/// problem, never silently skipped; hidden entries (editor swap files, .gitkeep) are ignored.
struct ContentSources {
    Q_DECLARE_TR_FUNCTIONS(ContentSources)

public:
    QString root;
    QString topicsFile;
    QString examsFile;
    QString factsFile;      ///< calculators.yaml; empty when the folder has none (calculators then say so)
    QString lookupFile;     ///< lookup.yaml; empty when the folder has none (lookup then knows no synonyms)
    QString noteTitlesFile; ///< notes.yaml; empty when the folder has none (notes go by their file names)
    QString releaseFile;    ///< release.yaml; empty when the folder has none (the content's date is unknown)
    QStringList noteFiles;  ///< sorted
    QStringList deckFiles;  ///< sorted
    QList<Diagnostic> problems; ///< entries that are not what their folder holds

    static ContentSources fromDirectory(const QString& root);
    QStringList allFiles() const;
};

struct CompileResult {
    ContentBank bank;
    QList<Diagnostic> diagnostics;

    bool ok() const { return diagnostics.isEmpty(); }
};

/// Loads a content folder, validates it as a whole and resolves every source quote to file and line;
/// writes content.db atomically (temporary file, then rename), so a failed build leaves no half-written file.
class ContentCompiler {
    Q_DECLARE_TR_FUNCTIONS(ContentCompiler)

public:
    static CompileResult load(const ContentSources& sources);

    /// Writes the bank to `outPath` through a temporary file in the same folder. Same bank, same bytes.
    static bool writeDatabase(const ContentBank& bank, const QString& outPath, QString* error);
};

} // namespace certdeck
