#pragma once

#include "content/NotesParser.h"
#include "content/TopicCatalog.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace certdeck {

/// What a curated item is. The names ("card", ...) are stored in content.db and shown on the command line.
enum class ItemKind { Card, Question, Limit, Formula, Erratum };

inline QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Card:
        return QStringLiteral("card");
    case ItemKind::Question:
        return QStringLiteral("question");
    case ItemKind::Limit:
        return QStringLiteral("limit");
    case ItemKind::Formula:
        return QStringLiteral("formula");
    case ItemKind::Erratum:
        return QStringLiteral("erratum");
    }
    return {};
}

/// A problem in the content, located at `file:line`.
struct Diagnostic {
    QString file;
    int line = 0;
    QString message;

    QString toString() const;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// Where an item was written (deck file and line).
struct DeckLocation {
    QString file;
    int line = 0;
};

/// A quote from the notes, and where the compiler found it: the item's source location (file, line).
struct SourceRef {
    QString quote;
    int quoteLine = 0; ///< line of the `source:` key in the deck, for messages
    QString file;      ///< notes file name, once resolved
    int line = 0;      ///< 1-based line in that file, once resolved
    QString fileTitle; ///< the name people know that file by ("Developer notes"), when read from content.db
};

struct Card {
    static constexpr ItemKind kind = ItemKind::Card;
    QString id, topic, front, back;
    QString ref; ///< optional: the AWS page the fact comes from
    SourceRef source;
    DeckLocation at;
};

struct QuestionOption {
    QString text;
    bool correct = false;
    QString why;
    int line = 0;
};

struct Question {
    static constexpr ItemKind kind = ItemKind::Question;
    QString id, topic, stem, explanation;
    QString ref; ///< the AWS page the answer comes from
    int choose = 1;
    QList<QuestionOption> options;
    QMap<QString, QString> tasks;   ///< exam profile id -> task statement id ("2.1"), as written
    QMap<QString, QString> domains; ///< exam profile id -> domain id, from the task statement
    int tasksLine = 0;
    SourceRef source;
    DeckLocation at;
};

struct Limit {
    static constexpr ItemKind kind = ItemKind::Limit;
    QString id, topic, name, value, unit, note;
    QString ref;          ///< the AWS page the value comes from
    bool numeric = false; ///< `value` is a number (value.toDouble())
    SourceRef source;
    DeckLocation at;
};

struct Formula {
    static constexpr ItemKind kind = ItemKind::Formula;
    QString id, topic, name, expression, example;
    QString calculator;                    ///< the calculator that works it out (core/calc id), or empty
    QList<QPair<QString, QString>> inputs; ///< the example as that calculator's inputs (field key -> value)
    QList<QPair<QString, QString>> where;  ///< variable -> meaning, in written order
    QString ref;                           ///< optional: the AWS page
    SourceRef source;
    DeckLocation at;
};

struct Erratum {
    static constexpr ItemKind kind = ItemKind::Erratum;
    QString id, topic, says, correct, ref;
    SourceRef source;
    DeckLocation at;
};

/// One task statement of an exam guide ("3.1 Determine high-performing and/or scalable storage solutions").
struct ExamTask {
    QString id, name;
};

struct ExamDomain {
    QString id, name;
    int weight = 0;
    QList<ExamTask> tasks;
};

struct ExamProfile {
    QString id, code, name;
    int questionCount = 0;
    int minutes = 0;
    int minScore = 0;
    int maxScore = 0;
    int passScore = 0;
    QList<ExamDomain> domains;
    DeckLocation at;

    const ExamDomain* domain(const QString& domainId) const;
    /// The domain that holds task statement `taskId`, or null.
    const ExamDomain* domainOfTask(const QString& taskId) const;
};

/// A note section a deck leaves out on purpose (nothing to study in it), with the reason.
struct SkippedSection {
    SourceRef source; ///< a line of the section
    QString reason;
    DeckLocation at;
};

struct Deck {
    QString topic;
    DeckLocation at;
    QList<SkippedSection> skipped;
    QList<Card> cards;
    QList<Question> questions;
    QList<Limit> limits;
    QList<Formula> formulas;
    QList<Erratum> errata;
};

/// Everything the content folder holds, loaded and (after ContentCompiler::load) validated and resolved.
/// A figure a calculator uses (calculators.yaml): a service quota, a ratio or a price, with the AWS page it
/// comes from. A price carries its region and the month it was read.
struct CalcFact {
    QString id, name, unit, ref, url, quote;
    double value = 0;
    QString region;          ///< prices only
    QString asOf;            ///< prices only: YYYY-MM
    bool historical = false; ///< no longer documented by AWS (an old rule the notes teach)
    DeckLocation at;

    bool isPrice() const { return !region.isEmpty(); }
};

/// The words quick lookup understands (lookup.yaml): data, so that a synonym is added without code.
/// Terms are lowercase words, or phrases of words separated by single spaces.
struct LookupLexicon {
    QStringList ignore;            ///< words with no meaning in a question: "what", "the"
    QStringList numberPhrases;     ///< phrases that ask for a number: "how many"
    QList<QStringList> qualifiers; ///< groups that ask for a number and say which one: max, min, default
    QList<QStringList> synonyms;   ///< groups of words and phrases that mean the same
    /// Every word of the searchable content with the number of items and sections it is in (compiled from
    /// the bank into content.db, never written by hand): what a mistyped word is corrected to.
    QHash<QString, int> vocabulary;
};

struct ContentBank {
    TopicCatalog catalog;
    /// notes file name -> the name people know it by ("Developer notes"), from notes.yaml; a file not
    /// listed goes by its file name.
    QMap<QString, QString> noteTitles;
    LookupLexicon lexicon;
    QList<ExamProfile> profiles;
    QList<CalcFact> facts;
    QList<NotesDocument> notes;
    QList<Deck> decks;
    QString contentHash; ///< SHA-256 over every input file's name and bytes
    /// The day the bank's facts were last checked against the AWS documentation (release.yaml); invalid
    /// when the sources do not say.
    QDate factsChecked;
};

} // namespace certdeck
