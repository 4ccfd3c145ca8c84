#pragma once

#include "calc/Calculator.h"
#include "util/Result.h"

namespace certdeck::calc {

/// `count` numeric questions from `calculator`: its realistic inputs, the right answer worked out by the
/// calculator itself, three wrong answers from typical mistakes, options shuffled, the steps as the
/// explanation. The same seed gives the same drill; no two questions in a drill are alike. Fails when the
/// calculator cannot make that many different questions, or content lacks a figure it needs.
Result<QList<DrillQuestion>> drill(const Calculator& calculator, const FactBook& facts, quint64 seed,
                                   int count, const QLocale& locale);

} // namespace certdeck::calc
