#pragma once

#include "content/ContentModel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace certdeck {

/// Reads the YAML content files into value types. Checks what one file can tell on its own: syntax, known
/// keys, types, required fields, id form, question answer sets. Cross-file checks live in ContentCompiler.
class DeckLoader {
    Q_DECLARE_TR_FUNCTIONS(DeckLoader)

public:
    static QList<Topic> loadTopics(const QString& file, const QByteArray& yaml,
                                   QList<Diagnostic>& diagnostics);
    static QList<ExamProfile> loadExams(const QString& file, const QByteArray& yaml,
                                        QList<Diagnostic>& diagnostics);
    /// calculators.yaml: the figures the calculators use, each with its AWS page.
    static QList<CalcFact> loadFacts(const QString& file, const QByteArray& yaml,
                                     QList<Diagnostic>& diagnostics);
    /// lookup.yaml: words to ignore, phrases that ask for a number, qualifier and synonym groups.
    static LookupLexicon loadLookup(const QString& file, const QByteArray& yaml,
                                    QList<Diagnostic>& diagnostics);
    /// notes.yaml: the name people know each of `noteFiles` by.
    /// release.yaml: `checked: YYYY-MM-DD`, the day the facts were last checked against the AWS
    /// documentation. Invalid (with a diagnostic at its line) when the date is missing or not a date.
    static QDate loadRelease(const QString& file, const QByteArray& yaml, QList<Diagnostic>& diagnostics);

    static QMap<QString, QString> loadNoteTitles(const QString& file, const QByteArray& yaml,
                                                 const QStringList& noteFiles,
                                                 QList<Diagnostic>& diagnostics);
    static Deck loadDeck(const QString& file, const QByteArray& yaml, QList<Diagnostic>& diagnostics);
};

} // namespace certdeck
