#include "content/QuoteIndex.h"

namespace certdeck {

quint64 QuoteIndex::pieceHash(const QChar* at)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (qsizetype i = 0; i < kPiece; ++i) {
        h = (h ^ at[i].unicode()) * 0x100000001b3ULL;
    }
    return h;
}

QuoteIndex::QuoteIndex(const QList<NotesDocument>& notes) : m_notes(notes)
{
    for (qsizetype d = 0; d < notes.size(); ++d) {
        const QStringList& lines = notes[d].lines;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto index = quint32(m_lines.size());
            m_lines.push_back(Place{d, int(i + 1)});
            const QString& text = lines[i];
            for (qsizetype at = 0; at + kPiece <= text.size(); ++at) {
                std::vector<quint32>& places = m_pieces[pieceHash(text.constData() + at)];
                if (places.empty() || places.back() != index) {
                    places.push_back(index);
                }
            }
        }
    }
}

QList<QuoteIndex::Place> QuoteIndex::find(const QString& quote) const
{
    QList<Place> found;
    auto holds = [&](const Place& p) { return m_notes[p.document].lines[p.line - 1].contains(quote); };
    if (quote.size() < kPiece) {
        for (const Place& p : m_lines) {
            if (holds(p)) {
                found.append(p);
            }
        }
        return found;
    }
    // The rarest piece of the quote: every line holding the quote holds each of its pieces.
    const std::vector<quint32>* rarest = nullptr;
    for (qsizetype at = 0; at + kPiece <= quote.size(); ++at) {
        const auto it = m_pieces.constFind(pieceHash(quote.constData() + at));
        if (it == m_pieces.cend()) {
            return found; // a piece no line has
        }
        if (!rarest || it->size() < rarest->size()) {
            rarest = &*it;
        }
    }
    for (const quint32 index : *rarest) {
        if (holds(m_lines[index])) {
            found.append(m_lines[index]);
        }
    }
    return found;
}

} // namespace certdeck
