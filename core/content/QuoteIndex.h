#pragma once

#include "content/NotesParser.h"

#include <QHash>
#include <QList>

#include <vector>

namespace certdeck {

/// Where a source quote occurs in the notes, without scanning every line for every quote: each line's
/// 6-character pieces are indexed once, a quote's rarest piece names the few lines that can hold it, and only
/// those are searched. A quote shorter than a piece is looked for in every line. The answer is what scanning
/// every line would give, in the same order.
class QuoteIndex {
public:
    struct Place {
        qsizetype document = 0; ///< index into the notes given
        int line = 0;           ///< 1-based
    };

    explicit QuoteIndex(const QList<NotesDocument>& notes);

    /// Every line holding `quote`, in document and line order.
    QList<Place> find(const QString& quote) const;

    static constexpr qsizetype kPiece = 6;

private:
    static quint64 pieceHash(const QChar* at);

    const QList<NotesDocument>& m_notes;
    std::vector<Place> m_lines;                    ///< every line, in order
    QHash<quint64, std::vector<quint32>> m_pieces; ///< piece -> indexes into m_lines (ascending, unique)
};

} // namespace certdeck
