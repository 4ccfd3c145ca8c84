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
        QHash<QString, QString> inputs; ///< the example as the calculator's inputs
    };

    static Result<CalcLibrary> load(const ContentRepository& repo);

    const FactBook& facts() const { return m_facts; }
    const CalcFact* fact(const QString& id) const { return m_facts.find(id); }
    QList<Formula> formulasFor(const QString& calculatorId) const { return m_formulas.value(calculatorId); }
    /// The calculator a formula names, or empty.
    QString calculatorOf(const QString& formulaId) const { return m_calculatorOf.value(formulaId); }
    /// The formula `formulaId` when it names a calculator.
    std::optional<Formula> formula(const QString& formulaId) const;

private:
    FactBook m_facts;
    QHash<QString, QList<Formula>> m_formulas;
    QHash<QString, QString> m_calculatorOf;
};

} // namespace certdeck::calc
