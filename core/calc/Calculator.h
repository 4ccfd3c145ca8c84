#pragma once

// The calculators: pure functions from a few inputs and the figures in content (calculators.yaml) to the
// answer, the worked steps an exam answer would show, and the facts used, each with its AWS page.
//
// A calculator declares its inputs (Field: key, label, unit, valid range); the same declaration drives the
// command line's flags (--<key>), the page's form and the validation both share, so a value outside its range
// is reported at its field, with the range, and never reaches a formula. Figures are unrounded doubles (or
// none: a gp2 volume at or above its burst level has no burst duration); the steps round for reading.
// Constants of a formula (4 KB per read unit, 3 IOPS per GiB, prices) come from the FactBook, never from
// code, so every number a learner sees has a source they can open.

#include "content/ContentModel.h"
#include "util/SeededRandom.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>

namespace certdeck::calc {

/// Rounds a count of units up, forgiving the last bits of a quotient such as 0.3 / 0.1.
inline double ceilUnits(double x)
{
    return std::ceil(x - 1e-9);
}

/// A figure as the count that picks a message's plural form (tr(..., n)), kept within int.
inline int countOf(double x)
{
    return int(std::min(x, 1e9));
}

/// `value` in `locale` with at most `decimals` decimals, trailing zeros dropped ("2.5", "16,384").
QString decimalText(double value, int decimals, const QLocale& locale);

/// The facts of calculators.yaml by id.
class FactBook {
public:
    FactBook() = default;
    explicit FactBook(const QList<CalcFact>& facts);
    const CalcFact* find(const QString& id) const;
    /// The value of fact `id`, or `fallback` when content lacks it (for field ranges and drills, which work
    /// before content is read; an answer reads facts through Work::fact, which reports a missing one).
    double value(const QString& id, double fallback) const
    {
        const CalcFact* f = find(id);
        return f ? f->value : fallback;
    }
    bool isEmpty() const { return m_facts.isEmpty(); }

private:
    QHash<QString, CalcFact> m_facts;
};

/// One input of a calculator.
struct Field {
    enum class Type { Number, Choice, Switch, Text };
    QString key;   ///< the flag without "--" and the JSON key: "item-kb"
    QString label; ///< translated: "Item size"
    QString unit;  ///< "KB"; empty when the value has none
    Type type = Type::Number;
    double min = 0;           ///< Number: smallest valid value
    double max = 0;           ///< Number: largest valid value
    bool integer = false;     ///< Number: whole numbers only
    bool required = false;    ///< no default: the learner must give it
    QString defaultValue;     ///< text form; what an absent flag means
    QString example;          ///< what the form starts with
    QStringList choices;      ///< Choice: the words accepted ("strong", "eventual")
    QStringList choiceLabels; ///< Choice: translated, same order
    QString help;             ///< translated, one line

    static Field number(QString key, QString label, QString unit, double min, double max)
    {
        Field f;
        f.key = std::move(key);
        f.label = std::move(label);
        f.unit = std::move(unit);
        f.min = min;
        f.max = max;
        return f;
    }
    static Field choice(QString key, QString label, QStringList choices, QStringList labels)
    {
        Field f;
        f.key = std::move(key);
        f.label = std::move(label);
        f.type = Type::Choice;
        f.defaultValue = choices.value(0);
        f.choices = std::move(choices);
        f.choiceLabels = std::move(labels);
        return f;
    }
    static Field toggle(QString key, QString label)
    {
        Field f;
        f.key = std::move(key);
        f.label = std::move(label);
        f.type = Type::Switch;
        return f;
    }
};

/// What the learner typed, by field key, as text. Numbers in `locale` (the page) or C (the command line).
struct Inputs {
    QHash<QString, QString> text;
    QLocale locale = QLocale::c();

    QString value(const QString& key) const { return text.value(key); }
};

/// A problem with one input: the field and a sentence that gives the valid range.
struct FieldError {
    QString key; ///< empty for a problem that is not one field's (content lacks a fact)
    QString message;
};

/// One number of a result.
struct Figure {
    QString key;                 ///< JSON key: "rcu"
    QString label;               ///< translated
    std::optional<double> value; ///< none: does not apply (shown as "n/a", JSON null)
    QString unit;
    int decimals = 0; ///< for reading; JSON gives the value unrounded

    /// The number for reading, in `locale`: `decimals` decimals, trailing zeros dropped except in money
    /// (USD keeps its cents). Empty when there is no value.
    QString number(const QLocale& locale) const;
};

struct CalcResult {
    QList<Figure> figures;
    QStringList steps;        ///< the worked answer, one step per line
    QStringList factIds;      ///< the facts used, in order of first use
    QList<FieldError> errors; ///< non-empty: no figures

    bool ok() const { return errors.isEmpty(); }
    std::optional<double> figure(const QString& key) const;
};

/// Parsed inputs: numbers, choices and switches by key, after validation against the fields.
class Values {
public:
    double number(const QString& key) const { return m_numbers.value(key); }
    QString choice(const QString& key) const { return m_text.value(key); }
    QString text(const QString& key) const { return m_text.value(key); }
    bool isSet(const QString& key) const { return m_switches.value(key); }
    bool has(const QString& key) const { return m_numbers.contains(key) || m_text.contains(key); }

    /// Checks every input against its field; errors name the field and its range.
    static Values parse(const QList<Field>& fields, const Inputs& inputs, QList<FieldError>* errors);

private:
    QHash<QString, double> m_numbers;
    QHash<QString, QString> m_text;
    QHash<QString, bool> m_switches;
};

/// Builds a result while a calculator works: reads facts (recording their use), formats numbers for steps.
class Work {
    Q_DECLARE_TR_FUNCTIONS(Work)

public:
    Work(const FactBook& facts, QLocale locale) : m_facts(facts), m_locale(std::move(locale)) {}

    /// The value of fact `id`; records it as used. A missing fact is an error in the result (and 0).
    double fact(const QString& id);
    /// Fact `id` itself (a price's region and as_of), or null; does not record a use (fact() does).
    const CalcFact* factInfo(const QString& id) const { return m_facts.find(id); }
    /// A number for a step: at most `decimals` decimals, trailing zeros dropped, grouped digits.
    QString num(double value, int decimals = 2) const;
    void step(const QString& text) { m_result.steps.append(text); }
    void figure(const QString& key, const QString& label, std::optional<double> value, const QString& unit,
                int decimals = 0);
    void error(const QString& key, const QString& message)
    {
        m_result.errors.append(FieldError{key, message});
    }
    bool failed() const { return !m_result.errors.isEmpty(); }
    const QLocale& locale() const { return m_locale; }
    CalcResult take();

private:
    const FactBook& m_facts;
    QLocale m_locale;
    CalcResult m_result;
};

/// Deterministic randomness for drills: the same seed gives the same drill on every machine.
using DrillRandom = SeededRandom;

/// What a calculator gives a drill: realistic inputs, the question about them, the figure that answers it,
/// and the wrong answers that typical mistakes give, each with why it is wrong.
struct DrillCase {
    struct Mistake {
        double value = 0;
        QString why; ///< translated, one sentence: the mistake ("Forgot to round 6 KB up to 8 KB.")
    };
    QHash<QString, QString> inputs; ///< by field key, C locale
    QString stem;                   ///< translated, with the numbers
    QString answer;                 ///< the figure key that answers it
    QString unit;                   ///< shown after each option's number
    int decimals = 0;               ///< how the options are written
    QList<Mistake> mistakes;        ///< at least three, from the calculator's typical mistakes (a drill
                                    ///< picks three of them at random)
};

/// A numeric exam-style question made from a calculator.
struct DrillOption {
    QString text;
    bool correct = false;
    QString why;
};
struct DrillQuestion {
    QString id; ///< "<calculator>.<seed>.<n>": stable for a seed
    QString calculator;
    QString stem;
    QList<DrillOption> options; ///< shuffled; exactly one correct
    QString explanation;        ///< the worked steps
};

class Calculator {
public:
    virtual ~Calculator() = default;
    /// The command-line name and the id formulas name in `calculator:`: "dynamodb".
    virtual QString id() const = 0;
    virtual QString title() const = 0;   ///< translated
    virtual QString summary() const = 0; ///< translated, one line
    /// The inputs; ranges may come from facts (the largest gp2 volume).
    virtual QList<Field> fields(const FactBook& facts) const = 0;
    /// The facts it may use (the bundled content must hold every one).
    virtual QStringList factIds() const = 0;
    /// Works out the answer from validated values.
    virtual void compute(const Values& values, Work& work) const = 0;
    /// One drill question's makings from `random` (drill() in Drill.h turns it into a question); numbers in
    /// the stem are written in `locale`.
    virtual DrillCase drillCase(DrillRandom& random, const FactBook& facts, const QLocale& locale) const = 0;

    /// Validates `inputs` and computes.
    CalcResult run(const Inputs& inputs, const FactBook& facts) const;
};

/// Every calculator, in the order the page lists them.
const QList<const Calculator*>& calculators();
const Calculator* calculator(const QString& id);

} // namespace certdeck::calc
