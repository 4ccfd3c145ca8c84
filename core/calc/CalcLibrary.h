#pragma once

#include "calc/Calculator.h"
#include "content/ContentRepository.h"
#include "util/Result.h"

#include <QHash>
#include <QList>

namespace certdeck::calc {

/// What content says about the calculators: the facts, and for each calculator the formulas that name it
/// (`calculator:` in a deck) with the notes sections those formulas come from. Read once from content.db.
class CalcLibrary {
public:
    struct Formula {
        QString id;
        QString name;
        QString expression;
        QString example;
        SourceRef source;
        std::optional<NoteSectionRow> section;
    };

    static Result<CalcLibrary> load(const ContentRepository& repo);

    const FactBook& facts() const { return m_facts; }
    const CalcFact* fact(const QString& id) const { return m_facts.find(id); }
    QList<Formula> formulasFor(const QString& calculatorId) const { return m_formulas.value(calculatorId); }

private:
    FactBook m_facts;
    QHash<QString, QList<Formula>> m_formulas;
};

} // namespace certdeck::calc
