#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace certdeck {

struct Topic {
    QString id;    // canonical, lowercase: "sqs"
    QString title; // shown to the learner: "Amazon SQS"
    QStringList aliases;
    int line = 0; // where it is declared (topics.yaml), for messages
};

/// The canonical topics and the words notes use for them. Matching is case-insensitive on whole words,
/// ignores punctuation and a leading "AWS"/"Amazon", and tolerates one typo in a one-word heading part.
class TopicCatalog {
public:
    TopicCatalog() = default;
    explicit TopicCatalog(QList<Topic> topics);

    const QList<Topic>& topics() const { return m_topics; }
    const Topic* find(const QString& id) const;
    bool contains(const QString& id) const { return find(id) != nullptr; }

    /// Topics a heading names, in order of appearance, each once. The heading is split into parts at
    /// ',', ';', ':', '/', '&', '+', '(', ')', '=', " - ", " and ", " or ", " vs ". A part names a topic when
    /// it starts with one of its aliases. In a heading of several parts, a one-word part with no exact match
    /// may match an alias one edit away ("SQL, SNS and Kinesis").
    QStringList topicsInHeading(const QString& heading) const;

    /// Topics named anywhere in a line of prose (whole words), in order of appearance, each once.
    QStringList topicsInText(const QString& text) const;
    /// First of topicsInText(), or an empty string.
    QString firstTopicInText(const QString& text) const { return topicsInText(text).value(0); }

    /// Lowercase words of `text` with punctuation removed and URLs dropped.
    static QStringList words(const QString& text);

private:
    struct Alias {
        QStringList words;
        int topic = 0;
    };
    int matchAt(const QStringList& words, qsizetype at) const; // topic index or -1, longest alias wins
    QList<Topic> m_topics;
    QList<Alias> m_aliases;
};

} // namespace certdeck
