#pragma once

#include "content/TopicCatalog.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdeck {

enum class NotesStyle {
    Banner,   ///< titles between runs of dashes or equals signs: "-----EC2-----"
    Ruled,    ///< unindented headings, blocks separated by lines of '=' (or "--")
    Markdown, ///< "# Title" headings (ATX); the shallowest level used opens sections, deeper ones
              ///< sub-sections
};

QString notesStyleName(NotesStyle style);

/// A contiguous run of note lines under one title, about one topic.
struct NoteSection {
    QString title;
    QString topic;             ///< canonical topic id
    QStringList headingTopics; ///< every topic the heading names ("SQL, SNS and Kinesis": sqs, sns, kinesis)
    int level = 1;             ///< 1: a heading of its own; 2: a sub-section inside one
    int firstLine = 0;         ///< 1-based, inclusive
    int lastLine = 0;          ///< 1-based, inclusive
    int headingLine = 0;       ///< the line the title was taken from
};

struct NotesDocument {
    QString fileName;
    NotesStyle style = NotesStyle::Ruled;
    QStringList lines; ///< as written, without line terminators
    QList<NoteSection> sections;

    /// Index into `sections` of the section holding 1-based `line`, or -1.
    qsizetype sectionIndexAt(int line) const;
};

/// Turns a notes file into topics and sections such that every line belongs to exactly one section.
class NotesParser {
public:
    explicit NotesParser(const TopicCatalog& catalog) : m_catalog(catalog) {}

    NotesDocument parse(const QString& fileName, const QByteArray& bytes) const;

    /// Lines of a UTF-8 text; "\r\n" and "\n" both end a line; a final terminator does not start a new line.
    static QStringList splitLines(const QByteArray& bytes);
    static NotesStyle detectStyle(const QStringList& lines);

    /// Fallback topic for text before any heading names one.
    static QString generalTopic() { return QStringLiteral("general"); }

private:
    struct Start {
        int line = 0;      // 0-based first line of the section
        int titleLine = 0; // 0-based line the title comes from
        int level = 1;
        QString title; // set when the title is not simply the title line's text (banners)
    };

    QList<NoteSection> parseBanner(const QStringList& lines) const;
    QList<NoteSection> parseRuled(const QStringList& lines) const;
    QList<NoteSection> parseMarkdown(const QStringList& lines) const;
    QList<NoteSection> finish(const QStringList& lines, QList<Start> starts, bool inheritFromMajor) const;

    const TopicCatalog& m_catalog;
};

} // namespace certdeck
