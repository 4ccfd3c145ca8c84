#include "calc/CalcLibrary.h"

namespace certdeck::calc {

Result<CalcLibrary> CalcLibrary::load(const ContentRepository& repo)
{
    CalcLibrary library;
    const Result<QList<CalcFact>> facts = repo.calcFacts();
    if (!facts) {
        return Result<CalcLibrary>::failure(facts.error());
    }
    library.m_facts = FactBook(*facts);
    const Result<QList<certdeck::Formula>> formulas = repo.formulas();
    if (!formulas) {
        return Result<CalcLibrary>::failure(formulas.error());
    }
    for (const certdeck::Formula& f : *formulas) {
        if (f.calculator.isEmpty()) {
            continue;
        }
        Formula entry{f.id, f.name, f.expression, f.example, f.source, std::nullopt};
        if (!f.source.file.isEmpty()) {
            const Result<std::optional<NoteSectionRow>> section =
                repo.sectionAt(f.source.file, f.source.line);
            if (!section) {
                return Result<CalcLibrary>::failure(section.error());
            }
            entry.section = *section;
        }
        library.m_formulas[f.calculator].append(entry);
    }
    return library;
}

} // namespace certdeck::calc
