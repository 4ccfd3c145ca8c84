#pragma once

// What opening a lookup result shows: the item itself (a limit with its value, unit, note and AWS page; a
// card; a formula; a correction; a question with its options) and the lines of the notes around its source,
// the source line among them. Read from content.db; the lists of items are read once per LookupDetails.

#include "content/ContentModel.h"
#include "content/ContentRepository.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace certdeck {

struct LookupDetail {
    QString kind; ///< limit, formula, card, erratum or question
    std::optional<Limit> limit;
    std::optional<Formula> formula;
    std::optional<Card> card;
    std::optional<Erratum> erratum;
    std::optional<Question> question;
    SourceRef source;
    std::optional<NoteSectionRow> section; ///< the note section holding the source line
    QList<NoteLineRow> lines;   ///< up to kContext lines either side of the source line, in the section
    QList<Erratum> corrections; ///< errata about those lines

    static constexpr int kContext = 6;
};

class LookupDetails {
    Q_DECLARE_TR_FUNCTIONS(LookupDetails)

public:
    explicit LookupDetails(const ContentRepository& content) : m_content(content) {}

    /// The item `id` of `kind`; an error names what failed; an id that is not in the content is an error too.
    Result<LookupDetail> detail(const QString& kind, const QString& id);

private:
    bool load(QString* error);

    const ContentRepository& m_content;
    bool m_loaded = false;
    QHash<QString, Limit> m_limits;
    QHash<QString, Formula> m_formulas;
    QHash<QString, Erratum> m_errata;
    QHash<QString, Question> m_questions;
};

} // namespace certdeck
