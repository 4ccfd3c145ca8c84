#include "exam/CardFollowUp.h"

#include <algorithm>

namespace certdeck {

CardFollowUp::CardFollowUp(QList<Card> cards, QList<NoteSectionRow> sections)
    : m_cards(std::move(cards)), m_sections(std::move(sections))
{
    std::sort(m_sections.begin(), m_sections.end(), [](const NoteSectionRow& a, const NoteSectionRow& b) {
        return a.fileName != b.fileName ? a.fileName < b.fileName : a.firstLine < b.firstLine;
    });
}

int CardFollowUp::sectionOf(const QString& file, int line) const
{
    // The last section of `file` that starts at or before `line` and still holds it (sections nest: the
    // innermost one starts last).
    auto it = std::upper_bound(m_sections.begin(), m_sections.end(), std::make_pair(file, line),
                               [](const std::pair<QString, int>& key, const NoteSectionRow& s) {
                                   return key.first != s.fileName ? key.first < s.fileName
                                                                  : key.second < s.firstLine;
                               });
    while (it != m_sections.begin()) {
        --it;
        if (it->fileName != file) {
            break;
        }
        if (line >= it->firstLine && line <= it->lastLine) {
            return it->id;
        }
    }
    return -1;
}

QStringList CardFollowUp::cardsFor(const Question& question, const QHash<QString, CardRecord>& records,
                                   const QDateTime& now) const
{
    auto pick = [&](const auto& belongs) {
        QList<const CardRecord*> movable;
        for (const Card& card : m_cards) {
            const auto r = records.constFind(card.id);
            if (r != records.constEnd() && r->stored && !r->suspended &&
                r->schedule.state != CardState::New && r->schedule.due > now && belongs(card)) {
                movable.append(&*r);
            }
        }
        std::stable_sort(movable.begin(), movable.end(), [](const CardRecord* a, const CardRecord* b) {
            return a->schedule.stability < b->schedule.stability;
        });
        QStringList ids;
        for (qsizetype i = 0; i < movable.size() && i < kMaxCards; ++i) {
            ids.append(movable[i]->cardId);
        }
        return ids;
    };
    const int section = sectionOf(question.source.file, question.source.line);
    if (section >= 0) {
        const QStringList sameSection =
            pick([&](const Card& card) { return sectionOf(card.source.file, card.source.line) == section; });
        if (!sameSection.isEmpty()) {
            return sameSection;
        }
    }
    return pick([&](const Card& card) { return card.topic == question.topic; });
}

} // namespace certdeck
