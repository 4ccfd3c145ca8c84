#pragma once

// What the calculator tests share: the bundled content's figures, inputs written as pairs, and one run.
#include "calc/Calculator.h"

#include <QHash>
#include <QString>

#include <initializer_list>
#include <utility>

namespace certdeck::calctest {

/// The figures of the content.db the build made (calculators.yaml), read once.
const calc::FactBook& bundledFacts();
/// {{"item-kb", "6"}, ...} as a calculator's inputs.
QHash<QString, QString> in(std::initializer_list<std::pair<const char*, const char*>> pairs);
/// {{"rcu", 10}, ...} as expected figures.
QHash<QString, double> out(std::initializer_list<std::pair<const char*, double>> pairs);
/// Calculator `id` on `inputs` (C locale) with the bundled figures; an empty result when there is no such
/// calculator (and the test fails).
calc::CalcResult runCalc(const QString& id, const QHash<QString, QString>& inputs);

/// One row of a data-driven calculator test.
struct Case {
    const char* calculator;
    QHash<QString, QString> inputs;
    QHash<QString, double> expected; ///< figure key -> value (to 1e-9 relative)
    const char* source;              ///< where the expected figures come from (an AWS page, the notes)
};
/// Runs `c`: it must succeed, give each expected figure, show steps and name the figures it used.
void check(const Case& c);

} // namespace certdeck::calctest
