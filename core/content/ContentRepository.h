#pragma once

#include "util/SqliteConnection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

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
};

struct NoteLineRow {
    int line = 0;
    QString text;
};

struct ErratumRow {
    QString id;
    int line = 0;
    QString says;
    QString correct;
    QString ref;
};

/// Read-only access to content.db: topics, notes, items, exam profiles, stats and export.
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

    QString meta(const QString& key) const;
    QList<TopicRow> topics() const;
    /// Every note section, grouped by topic (in topics.yaml order), then file, then position.
    QList<NoteSectionRow> sections() const;
    std::optional<NoteSectionRow> section(int sectionId) const;
    std::optional<NoteSectionRow> sectionAt(const QString& fileName, int line) const;
    QList<NoteLineRow> lines(int fileId, int firstLine, int lastLine) const;
    QList<ErratumRow> errata(int fileId, int firstLine, int lastLine) const;

    /// Counts per kind, per topic, and the share of note sections some item cites.
    QJsonObject stats() const;
    /// The whole bank: cards, questions with options, limits, formulas, errata, exam profiles.
    QJsonObject exportBank() const;

private:
    /// Why the open file is not a content database this build can read, as a message naming `shown`; a
    /// null string when it is one.
    QString verify(const QString& shown) const;

    SqliteConnection m_connection;
    QString m_path;
};

} // namespace certdeck
