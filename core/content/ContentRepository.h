#pragma once

#include "content/ContentModel.h"
#include "content/QualityGate.h"
#include "content/TopicCatalog.h"
#include "util/Result.h"
#include "util/SqliteConnection.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class QSqlQuery;

namespace certdeck {

struct TopicRow {
    QString id;
    QString title;
};

struct NoteSectionRow {
    int id = 0;
    int fileId = 0;
    QString fileName;
    QString title;
    QString topic;
    int level = 1;
    int firstLine = 0;
    int lastLine = 0;
    int headingLine = 0;
    QString fileTitle; ///< the name people know the notes file by ("Developer notes")
    bool own = false;  ///< from the learner's own notes (File > Import notes), not the bank's
};

struct NoteLineRow {
    int line = 0;
    QString text;
};

/// How much the bank holds, in all and per topic.
struct ContentCounts {
    int cards = 0;
    int questions = 0;
    int multiResponseQuestions = 0;
    int limits = 0;
    int formulas = 0;
    int errata = 0;
    int sections = 0;
    int citedSections = 0;   ///< note sections that some item cites
    int skippedSections = 0; ///< note sections no item cites that a deck skips with a reason

    /// The share of note sections some item cites, 0 to 1.
    double sectionCoverage() const { return sections ? double(citedSections) / sections : 0.0; }
};

/// How many questions serve one task statement of an exam guide.
struct TaskCoverage {
    QString profileId, profileCode, domainId, domainName, taskId, taskName;
    int questions = 0;
};

/// A note section that no item cites and no deck skips.
struct UncitedSection {
    int id = 0;
    QString topic, fileName;
    int line = 0; ///< its heading line
    QString title;
};

struct ContentStats {
    ContentCounts total;
    QMap<QString, ContentCounts> perTopic; ///< topic id -> counts (topics with any note or item)
    QList<TaskCoverage> tasks;             ///< every task statement of every profile, in exam-guide order
    QuestionFigures quality;
    QList<UncitedSection> uncitedSections;
    QString contentHash;

    /// Questions per domain of `profileId` (domain id -> count, every domain listed): a question names one
    /// task statement per profile, so a domain's count is the sum of its tasks'.
    QMap<QString, int> domainQuestions(const QString& profileId) const
    {
        QMap<QString, int> perDomain;
        for (const TaskCoverage& t : tasks) {
            if (t.profileId == profileId) {
                perDomain[t.domainId] += t.questions;
            }
        }
        return perDomain;
    }
};

/// Read-only access to content.db through typed readers: topics, notes, the curated items (the same structs
/// the compiler loads, with their source location in the notes and in the deck) and exam profiles. Every
/// reader returns a Result: a query that fails is an error naming the file, never an empty list.
class ContentRepository {
    Q_DECLARE_TR_FUNCTIONS(ContentRepository)

public:
    /// Opens read-only (immutable: no lock, no file created) and verifies the file before anything reads it:
    /// a regular file, Certdeck's application id and schema version, every table, the meta rows, and
    /// SQLite's quick_check. A damaged file gives a message naming it, never empty pages.
    bool open(const QString& path, QString* error);
    bool isOpen() const { return m_connection.isOpen(); }
    const QString& path() const { return m_path; }
    const SqliteConnection& connection() const { return m_connection; }

    /// SHA-256 over the sources content.db was compiled from.
    const QString& contentHash() const { return m_contentHash; }
    /// The day the content's facts were last checked against the AWS documentation; invalid when its
    /// sources did not say (no release.yaml).
    QDate factsChecked() const { return m_factsChecked; }

    Result<QList<TopicRow>> topics() const;
    /// The topics with the words notes use for them: what sorts the learner's own notes into topics.
    Result<TopicCatalog> topicCatalog() const;
    /// Every note section, grouped by topic (in topics.yaml order), then file, then position.
    Result<QList<NoteSectionRow>> sections() const;
    Result<std::optional<NoteSectionRow>> section(int sectionId) const;
    Result<std::optional<NoteSectionRow>> sectionAt(const QString& fileName, int line) const;
    Result<QList<NoteLineRow>> lines(int fileId, int firstLine, int lastLine) const;

    /// The curated items in deck order (topic by topic, as written).
    Result<QList<Card>> cards() const;
    Result<std::optional<Card>> card(const QString& id) const;
    Result<QList<Question>> questions() const;
    Result<QList<Limit>> limits() const;
    Result<QList<Formula>> formulas() const;
    Result<QList<Erratum>> errata() const;
    /// The errata about lines `firstLine`..`lastLine` of a notes file, by line.
    Result<QList<Erratum>> errataIn(int fileId, int firstLine, int lastLine) const;
    Result<QList<ExamProfile>> examProfiles() const;
    /// Questions per task statement of every profile, in exam-guide order; a task with none is one the
    /// notes do not cover.
    Result<QList<TaskCoverage>> taskCoverage() const;
    /// The figures the calculators use, in calculators.yaml's order.
    Result<QList<CalcFact>> calcFacts() const;

    Result<ContentStats> stats() const;

    /// The words lookup understands (lookup.yaml) and the vocabulary of the searchable content.
    Result<LookupLexicon> lookupLexicon() const;

    /// The message for a query on the content database at `path` that failed.
    static QString readFailure(const QString& path, const QSqlQuery& query);

private:
    /// Why the open file is not a content database this build can read, as a message naming `shown`; a
    /// null string when it is one.
    QString verify(const QString& shown);

    SqliteConnection m_connection;
    QString m_path;
    QString m_contentHash;
    QDate m_factsChecked;
};

} // namespace certdeck
