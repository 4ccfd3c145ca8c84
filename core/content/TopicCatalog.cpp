#include "content/TopicCatalog.h"

#include <QRegularExpression>

#include <algorithm>

namespace certdeck {

namespace {

bool isNoiseWord(const QString& word)
{
    return word == u"aws" || word == u"amazon";
}

// Optimal string alignment distance, bounded: returns limit + 1 as soon as the distance must exceed it.
int editDistance(const QString& a, const QString& b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit) {
        return limit + 1;
    }
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i) {
        d[i][0] = int(i);
    }
    for (qsizetype j = 0; j <= m; ++j) {
        d[0][j] = int(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                best = std::min(best, d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    return d[n][m];
}

} // namespace

TopicCatalog::TopicCatalog(QList<Topic> topics) : m_topics(std::move(topics))
{
    for (int t = 0; t < m_topics.size(); ++t) {
        QStringList names = m_topics[t].aliases;
        names.prepend(m_topics[t].id);
        for (const QString& name : std::as_const(names)) {
            const QStringList w = words(name);
            if (!w.isEmpty()) {
                m_aliases.append(Alias{w, t});
            }
        }
    }
    // Longest aliases first, so "kinesis firehose" beats "kinesis" when both exist.
    std::stable_sort(m_aliases.begin(), m_aliases.end(),
                     [](const Alias& a, const Alias& b) { return a.words.size() > b.words.size(); });
}

const Topic* TopicCatalog::find(const QString& id) const
{
    for (const Topic& topic : m_topics) {
        if (topic.id == id) {
            return &topic;
        }
    }
    return nullptr;
}

QStringList TopicCatalog::words(const QString& text)
{
    static const QRegularExpression url(QStringLiteral(R"((https?://|www\.)\S+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nonWord(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    QString cleaned = text;
    cleaned.replace(url, QStringLiteral(" "));
    return cleaned.toLower().split(nonWord, Qt::SkipEmptyParts);
}

int TopicCatalog::matchAt(const QStringList& w, qsizetype at) const
{
    for (const Alias& alias : m_aliases) {
        if (at + alias.words.size() > w.size()) {
            continue;
        }
        bool same = true;
        for (qsizetype k = 0; k < alias.words.size() && same; ++k) {
            same = w[at + k] == alias.words[k];
        }
        if (same) {
            return alias.topic;
        }
    }
    return -1;
}

QStringList TopicCatalog::topicsInHeading(const QString& heading) const
{
    static const QRegularExpression separators(
        QStringLiteral(R"([,;:/&+()=|]|\s-+\s|\s-+>|\s(?:and|or|vs\.?|versus)\s)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    QList<QStringList> parts;
    for (const QString& part : heading.split(separators, Qt::SkipEmptyParts)) {
        QStringList w = words(part);
        while (!w.isEmpty() && isNoiseWord(w.first())) {
            w.removeFirst();
        }
        if (!w.isEmpty()) {
            parts.append(w);
        }
    }
    const bool listsTopics = parts.size() > 1;
    for (const QStringList& w : std::as_const(parts)) {
        int topic = matchAt(w, 0);
        if (topic < 0 && listsTopics && w.size() == 1 && w.first().size() >= 3) {
            // One typo in a one-word part ("SQL, SNS and Kinesis"): accept a unique alias one edit away.
            int candidate = -1;
            bool unique = true;
            for (const Alias& alias : m_aliases) {
                if (alias.words.size() == 1 && alias.words.first().size() >= 3 &&
                    editDistance(w.first(), alias.words.first(), 1) <= 1) {
                    if (candidate >= 0 && candidate != alias.topic) {
                        unique = false;
                    }
                    candidate = alias.topic;
                }
            }
            if (unique) {
                topic = candidate;
            }
        }
        if (topic >= 0 && !found.contains(m_topics[topic].id)) {
            found.append(m_topics[topic].id);
        }
    }
    return found;
}

QStringList TopicCatalog::topicsInText(const QString& text) const
{
    QStringList found;
    const QStringList w = words(text);
    for (qsizetype i = 0; i < w.size(); ++i) {
        if (isNoiseWord(w[i])) {
            continue;
        }
        const int topic = matchAt(w, i);
        if (topic >= 0 && !found.contains(m_topics[topic].id)) {
            found.append(m_topics[topic].id);
        }
    }
    return found;
}

} // namespace certdeck
