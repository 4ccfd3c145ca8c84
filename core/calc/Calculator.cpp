#include "calc/Calculator.h"

#include <cmath>

namespace certdeck::calc {

FactBook::FactBook(const QList<CalcFact>& facts)
{
    for (const CalcFact& f : facts) {
        m_facts.insert(f.id, f);
    }
}

const CalcFact* FactBook::find(const QString& id) const
{
    const auto it = m_facts.constFind(id);
    return it == m_facts.cend() ? nullptr : &*it;
}

QString decimalText(double value, int decimals, const QLocale& locale)
{
    QString s = locale.toString(value, 'f', decimals);
    if (decimals > 0 && s.contains(locale.decimalPoint())) {
        while (s.endsWith(u'0')) {
            s.chop(1);
        }
        if (s.endsWith(locale.decimalPoint())) {
            s.chop(locale.decimalPoint().size());
        }
    }
    return s;
}

QString Figure::number(const QLocale& locale) const
{
    if (!value) {
        return {};
    }
    return unit == QLatin1String("USD") ? locale.toString(*value, 'f', decimals)
                                        : decimalText(*value, decimals, locale);
}

std::optional<double> CalcResult::figure(const QString& key) const
{
    for (const Figure& f : figures) {
        if (f.key == key) {
            return f.value;
        }
    }
    return std::nullopt;
}

namespace {

QString rangeText(const Field& f, const QLocale& locale)
{
    auto n = [&](double v) { return decimalText(v, f.integer ? 0 : 3, locale); };
    const QString unit = f.unit.isEmpty() ? QString() : QLatin1Char(' ') + f.unit;
    return f.integer
               //: %1 and %2 are the smallest and largest valid values, %3 a unit (with a leading space) or
               //: nothing
               ? Work::tr("a whole number from %1 to %2%3").arg(n(f.min), n(f.max), unit)
               : Work::tr("a number from %1 to %2%3").arg(n(f.min), n(f.max), unit);
}

} // namespace

Values Values::parse(const QList<Field>& fields, const Inputs& inputs, QList<FieldError>* errors)
{
    Values v;
    for (const Field& f : fields) {
        QString text = inputs.value(f.key).trimmed();
        const bool given = inputs.text.contains(f.key) && !text.isEmpty();
        if (!given) {
            text = f.defaultValue;
        }
        switch (f.type) {
        case Field::Type::Switch: {
            v.m_switches.insert(f.key, given ? text != QLatin1String("false") && text != QLatin1String("0")
                                             : f.defaultValue == QLatin1String("true"));
            break;
        }
        case Field::Type::Choice: {
            if (text.isEmpty()) {
                if (f.required) {
                    errors->append(
                        {f.key,
                         Work::tr("is required: one of %1").arg(f.choices.join(QStringLiteral(", ")))});
                }
                break;
            }
            if (!f.choices.contains(text)) {
                //: %1 lists the accepted words, %2 what was given
                errors->append({f.key, Work::tr("must be one of %1 (got '%2')")
                                           .arg(f.choices.join(QStringLiteral(", ")), text.left(40))});
                break;
            }
            v.m_text.insert(f.key, text);
            break;
        }
        case Field::Type::Text: {
            if (text.isEmpty()) {
                if (f.required) {
                    errors->append({f.key, Work::tr("is required")});
                }
                break;
            }
            v.m_text.insert(f.key, text);
            break;
        }
        case Field::Type::Number: {
            if (text.isEmpty()) {
                if (f.required) {
                    //: %1 is a range such as "a number from 0.001 to 400 KB"
                    errors->append({f.key, Work::tr("is required: %1").arg(rangeText(f, inputs.locale))});
                }
                break;
            }
            bool ok = false;
            double number = given ? inputs.locale.toDouble(text, &ok) : QLocale::c().toDouble(text, &ok);
            if (!ok && given && inputs.locale != QLocale::c()) {
                number = QLocale::c().toDouble(text, &ok); // "1.5" typed under a locale with a decimal comma
            }
            const bool whole = std::isfinite(number) && std::floor(number) == number;
            if (!ok || !std::isfinite(number) || number < f.min || number > f.max || (f.integer && !whole)) {
                //: %1 is a range such as "a number from 0.001 to 400 KB", %2 what was given
                errors->append(
                    {f.key,
                     Work::tr("must be %1 (got '%2')").arg(rangeText(f, inputs.locale), text.left(40))});
                break;
            }
            v.m_numbers.insert(f.key, number);
            break;
        }
        }
    }
    for (auto it = inputs.text.cbegin(); it != inputs.text.cend(); ++it) {
        const bool known =
            std::any_of(fields.cbegin(), fields.cend(), [&](const Field& f) { return f.key == it.key(); });
        if (!known) {
            errors->append({it.key(), Work::tr("is not an input of this calculator")});
        }
    }
    return v;
}

double Work::fact(const QString& id)
{
    const CalcFact* f = m_facts.find(id);
    if (!f) {
        //: %1 is a fact id such as ebs.gp2.max-iops
        error(QString(),
              tr("the content has no figure '%1' (calculators.yaml); rebuild the content").arg(id));
        return 0;
    }
    if (!m_result.factIds.contains(id)) {
        m_result.factIds.append(id);
    }
    return f->value;
}

QString Work::num(double value, int decimals) const
{
    return decimalText(value, decimals, m_locale);
}

void Work::figure(const QString& key, const QString& label, std::optional<double> value, const QString& unit,
                  int decimals)
{
    m_result.figures.append(Figure{key, label, value, unit, decimals});
}

CalcResult Work::take()
{
    CalcResult r = std::move(m_result);
    if (!r.errors.isEmpty()) {
        r.figures.clear();
        r.steps.clear();
    }
    m_result = CalcResult{};
    return r;
}

CalcResult Calculator::run(const Inputs& inputs, const FactBook& facts) const
{
    CalcResult result;
    const Values values = Values::parse(fields(facts), inputs, &result.errors);
    if (!result.ok()) {
        return result;
    }
    Work work(facts, inputs.locale == QLocale::c() ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                   : inputs.locale);
    compute(values, work);
    return work.take();
}

} // namespace certdeck::calc
