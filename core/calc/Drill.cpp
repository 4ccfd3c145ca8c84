#include "calc/Drill.h"

#include <QSet>

#include <cmath>

namespace certdeck::calc {

namespace {

constexpr int kOptions = 4;
constexpr int kAttemptsPerQuestion = 50;

} // namespace

Result<QList<DrillQuestion>> drill(const Calculator& calculator, const FactBook& facts, quint64 seed,
                                   int count, const QLocale& locale)
{
    DrillRandom random(seed);
    QList<DrillQuestion> questions;
    QSet<QString> stems;
    const QLocale shown = locale == QLocale::c() ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    for (int attempt = 0; questions.size() < count && attempt < count * kAttemptsPerQuestion; ++attempt) {
        DrillCase c = calculator.drillCase(random, facts, shown);
        // Three of the typical mistakes, a different three from question to question.
        for (qsizetype i = c.mistakes.size() - 1; i > 0; --i) {
            c.mistakes.swapItemsAt(i, random.between(0, int(i)));
        }
        if (stems.contains(c.stem)) {
            continue;
        }
        const CalcResult result = calculator.run(Inputs{c.inputs, locale}, facts);
        if (!result.ok()) {
            const FieldError& e = result.errors.first();
            if (e.key.isEmpty()) {
                return Result<QList<DrillQuestion>>::failure(e.message);
            }
            continue; // the calculator refused its own inputs: try others
        }
        const std::optional<double> answer = result.figure(c.answer);
        if (!answer || !std::isfinite(*answer)) {
            continue;
        }
        auto text = [&](double v) {
            const QString n = decimalText(v, c.decimals, shown);
            return c.unit.isEmpty() ? n : n + u' ' + c.unit;
        };
        DrillQuestion q;
        q.options.append(DrillOption{text(*answer), true, Work::tr("This is what the formula gives.")});
        QSet<QString> seen{q.options.first().text};
        for (const DrillCase::Mistake& m : c.mistakes) {
            const QString t = text(m.value);
            if (q.options.size() >= kOptions || !std::isfinite(m.value) || m.value < 0 || seen.contains(t)) {
                continue;
            }
            seen.insert(t);
            q.options.append(DrillOption{t, false, m.why});
        }
        if (q.options.size() < kOptions) {
            continue; // the mistakes gave the right answer here: another case makes a better question
        }
        for (qsizetype i = q.options.size() - 1; i > 0; --i) {
            q.options.swapItemsAt(i, random.between(0, int(i)));
        }
        stems.insert(c.stem);
        q.id = QStringLiteral("%1.%2.%3").arg(calculator.id()).arg(seed).arg(questions.size() + 1);
        q.calculator = calculator.id();
        q.stem = c.stem;
        q.explanation = result.steps.join(u'\n');
        questions.append(q);
    }
    if (questions.size() < count) {
        //: %1 a calculator's name, %2 how many questions were asked for, %3 how many it could make
        return Result<QList<DrillQuestion>>::failure(
            Work::tr("%1 can make %3 different questions for this seed, not %2")
                .arg(calculator.title())
                .arg(count)
                .arg(questions.size()));
    }
    return questions;
}

} // namespace certdeck::calc
