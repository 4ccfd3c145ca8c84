#include "lookup/LookupDetail.h"

namespace certdeck {

namespace {

template <class Item>
bool fill(const Result<QList<Item>>& read, QHash<QString, Item>& into, QString* error)
{
    if (!read) {
        *error = read.error();
        return false;
    }
    for (const Item& item : *read) {
        into.insert(item.id, item);
    }
    return true;
}

} // namespace

bool LookupDetails::load(QString* error)
{
    if (m_loaded) {
        return true;
    }
    m_loaded = fill(m_content.limits(), m_limits, error) && fill(m_content.formulas(), m_formulas, error) &&
               fill(m_content.errata(), m_errata, error) && fill(m_content.questions(), m_questions, error);
    return m_loaded;
}

Result<LookupDetail> LookupDetails::detail(const QString& kind, const QString& id)
{
    QString error;
    if (!load(&error)) {
        return Result<LookupDetail>::failure(error);
    }
    LookupDetail d;
    d.kind = kind;
    if (kind == u"limit" && m_limits.contains(id)) {
        d.limit = m_limits.value(id);
        d.source = d.limit->source;
    } else if (kind == u"formula" && m_formulas.contains(id)) {
        d.formula = m_formulas.value(id);
        d.source = d.formula->source;
    } else if (kind == u"erratum" && m_errata.contains(id)) {
        d.erratum = m_errata.value(id);
        d.source = d.erratum->source;
    } else if (kind == u"question" && m_questions.contains(id)) {
        d.question = m_questions.value(id);
        d.source = d.question->source;
    } else if (kind == u"card") {
        const Result<std::optional<Card>> card = m_content.card(id);
        if (!card) {
            return Result<LookupDetail>::failure(card.error());
        }
        d.card = *card;
        if (d.card) {
            d.source = d.card->source;
        }
    }
    if (!d.limit && !d.formula && !d.erratum && !d.question && !d.card) {
        //: %1 is an item id such as sqs.visibility-timeout-default
        return Result<LookupDetail>::failure(tr("The content has no item '%1'.").arg(id));
    }
    if (d.source.file.isEmpty()) {
        return d;
    }
    const Result<std::optional<NoteSectionRow>> section = m_content.sectionAt(d.source.file, d.source.line);
    if (!section) {
        return Result<LookupDetail>::failure(section.error());
    }
    d.section = *section;
    if (d.section) {
        const int first = std::max(d.section->firstLine, d.source.line - LookupDetail::kContext);
        const int last = std::min(d.section->lastLine, d.source.line + LookupDetail::kContext);
        Result<QList<NoteLineRow>> lines = m_content.lines(d.section->fileId, first, last);
        Result<QList<Erratum>> corrections = m_content.errataIn(d.section->fileId, first, last);
        if (!lines || !corrections) {
            return Result<LookupDetail>::failure(!lines ? lines.error() : corrections.error());
        }
        d.lines = std::move(*lines);
        d.corrections = std::move(*corrections);
    }
    return d;
}

} // namespace certdeck
