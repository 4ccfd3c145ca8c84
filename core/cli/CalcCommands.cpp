// `certdeck calc <calculator>`: the calculators of core/calc, one subcommand each; their flags come from the
// calculators' fields, so the command line, the page and the checks never disagree.
#include "calc/CalcLibrary.h"
#include "calc/Calculator.h"
#include "calc/Drill.h"
#include "cli/CommandLine.h"
#include "util/PlainText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace certdeck {

namespace {

using namespace calc;

QString placeholder(const Field& f)
{
    switch (f.type) {
    case Field::Type::Choice:
        return f.choices.join(u'|');
    case Field::Type::Switch:
        return QString();
    case Field::Type::Text:
        return QStringLiteral("TEXT");
    case Field::Type::Number:
        break;
    }
    return f.integer ? QStringLiteral("N") : QStringLiteral("X");
}

QString synopsis(const Calculator& c)
{
    QStringList parts;
    for (const Field& f : c.fields(FactBook())) {
        const QString p = placeholder(f);
        const QString flag = QStringLiteral("--") + f.key + (p.isEmpty() ? QString() : u' ' + p);
        parts.append(f.required ? flag : u'[' + flag + u']');
    }
    parts.append(QStringLiteral("[--json]"));
    return parts.join(u' ');
}

/// A fact's or a range's value in full: no exponent, no trailing zeros ("0.0000166667", "16384").
QString numberText(double v)
{
    return decimalText(v, 10, QLocale::c());
}

QString helpText(const Calculator& c, const FactBook& facts)
{
    QString text = CommandLine::tr("Usage: certdeck calc %1 %2\n\n%3.\n\nOptions:\n")
                       .arg(c.id(), synopsis(c), c.summary());
    for (const Field& f : c.fields(facts)) {
        const QString p = placeholder(f);
        QString line = QStringLiteral("  --") + f.key + (p.isEmpty() ? QString() : u' ' + p);
        QString what = f.label;
        if (f.type == Field::Type::Number) {
            //: %1 smallest, %2 largest valid value, %3 unit or nothing
            what +=
                CommandLine::tr(" (%1 to %2%3)")
                    .arg(numberText(f.min), numberText(f.max), f.unit.isEmpty() ? QString() : u' ' + f.unit);
        }
        if (!f.required && !f.defaultValue.isEmpty() && f.type != Field::Type::Switch) {
            what += CommandLine::tr("; default %1").arg(f.defaultValue);
        }
        if (f.required) {
            what += CommandLine::tr("; required");
        }
        text += padded(line, 34, false) + what + u'\n';
        if (!f.help.isEmpty()) {
            text += QString(34, u' ') + f.help + u'\n';
        }
    }
    text += padded(QStringLiteral("  --json"), 34, false) +
            CommandLine::tr("print the figures, steps, facts and formulas as JSON") + u'\n';
    text += padded(QStringLiteral("  -h, --help"), 34, false) + CommandLine::tr("show this help") + u'\n';
    return text;
}

QString figureText(const Figure& f, const QLocale& locale)
{
    if (!f.value) {
        return CommandLine::tr("n/a");
    }
    return f.unit.isEmpty() ? f.number(locale) : f.number(locale) + u' ' + f.unit;
}

QJsonObject factJson(const CalcFact& f)
{
    QJsonObject o{{QStringLiteral("id"), f.id},       {QStringLiteral("name"), f.name},
                  {QStringLiteral("value"), f.value}, {QStringLiteral("unit"), f.unit},
                  {QStringLiteral("ref"), f.ref},     {QStringLiteral("url"), f.url}};
    if (f.isPrice()) {
        o.insert(QStringLiteral("region"), f.region);
        o.insert(QStringLiteral("as_of"), f.asOf);
    }
    if (f.historical) {
        o.insert(QStringLiteral("historical"), true);
    }
    return o;
}

int runCalculator(CommandLine& cli, const Calculator& c, const QStringList& args)
{
    const QString command = QStringLiteral("calc ") + c.id();
    ContentRepository repo;
    // Help needs the facts only for ranges; without content it still shows the flags.
    const bool wantsHelp = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    std::optional<CalcLibrary> library;
    if (!wantsHelp) {
        if (!cli.openContent(repo)) {
            return ExitFailure;
        }
        Result<CalcLibrary> loaded = CalcLibrary::load(repo);
        if (!loaded) {
            return cli.failure(loaded.error());
        }
        library = std::move(loaded).value();
    }
    const FactBook facts = library ? library->facts() : FactBook();
    const QList<Field> fields = c.fields(facts);
    QList<QCommandLineOption> options;
    for (const Field& f : fields) {
        options.append(f.type == Field::Type::Switch ? QCommandLineOption(f.key)
                                                     : QCommandLineOption(f.key, QString(), placeholder(f)));
    }
    const QCommandLineOption json(QStringLiteral("json"));
    options.append(json);
    QCommandLineParser parser;
    if (const int status = cli.parse(parser, command, args, options, helpText(c, facts)); status >= 0) {
        return status;
    }
    Inputs inputs;
    for (const Field& f : fields) {
        if (parser.isSet(f.key)) {
            inputs.text.insert(f.key,
                               f.type == Field::Type::Switch ? QStringLiteral("true") : parser.value(f.key));
        }
    }
    const CalcResult result = c.run(inputs, facts);
    if (!result.ok()) {
        const FieldError& e = result.errors.first();
        if (e.key.isEmpty()) {
            return cli.failure(e.message);
        }
        // One line that names the flag and its valid range (the value is the problem, not the command line's
        // shape, so no "Try --help" line follows).
        cli.err() << QStringLiteral("certdeck ") << command << QStringLiteral(": --") << e.key << u' '
                  << PlainText::printable(e.message) << u'\n';
        cli.err().flush();
        return ExitUsage;
    }
    const QList<CalcLibrary::Formula> formulas = library->formulasFor(c.id());
    if (parser.isSet(json)) {
        QJsonObject o{{QStringLiteral("calculator"), c.id()}};
        for (const Figure& f : result.figures) {
            o.insert(f.key, f.value ? QJsonValue(*f.value) : QJsonValue(QJsonValue::Null));
        }
        o.insert(QStringLiteral("steps"), QJsonArray::fromStringList(result.steps));
        QJsonArray factArray;
        for (const QString& id : result.factIds) {
            if (const CalcFact* f = library->fact(id)) {
                factArray.append(factJson(*f));
            }
        }
        o.insert(QStringLiteral("facts"), factArray);
        QJsonArray formulaArray;
        for (const CalcLibrary::Formula& f : formulas) {
            QJsonObject fo{{QStringLiteral("id"), f.id}, {QStringLiteral("name"), f.name}};
            if (f.section) {
                fo.insert(QStringLiteral("section"),
                          QJsonObject{{QStringLiteral("id"), f.section->id},
                                      {QStringLiteral("title"), f.section->title},
                                      {QStringLiteral("source"),
                                       QStringLiteral("%1:%2").arg(f.source.file).arg(f.source.line)}});
            }
            formulaArray.append(fo);
        }
        o.insert(QStringLiteral("formulas"), formulaArray);
        cli.out().json(QJsonDocument(o));
        return ExitOk;
    }
    const QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates);
    CliOutput& out = cli.out();
    out << c.title() << u'\n';
    for (const Figure& f : result.figures) {
        out << QStringLiteral("  ") << padded(f.label, 44, false) << figureText(f, locale) << u'\n';
    }
    out << u'\n' << CommandLine::tr("Steps:") << u'\n';
    for (qsizetype i = 0; i < result.steps.size(); ++i) {
        out << QStringLiteral("  %1. ").arg(i + 1) << result.steps[i] << u'\n';
    }
    if (!result.factIds.isEmpty()) {
        out << u'\n' << CommandLine::tr("Figures used:") << u'\n';
        for (const QString& id : result.factIds) {
            if (const CalcFact* f = library->fact(id)) {
                QString where = f->ref;
                if (f->isPrice()) {
                    //: %1 a page, %2 a region, %3 a month
                    where = CommandLine::tr("%1, %2, as of %3").arg(f->ref, f->region, f->asOf);
                }
                out << QStringLiteral("  %1: %2 %3 (%4)\n")
                           .arg(f->name, numberText(f->value), f->unit, where);
            }
        }
    }
    if (!formulas.isEmpty()) {
        out << u'\n' << CommandLine::tr("Formulas in your notes:") << u'\n';
        for (const CalcLibrary::Formula& f : formulas) {
            out << QStringLiteral("  %1 (%2:%3)\n").arg(f.id, f.source.file).arg(f.source.line);
        }
    }
    return ExitOk;
}

constexpr int kMaxDrillCount = 1000;

int runDrill(CommandLine& cli, const QStringList& args)
{
    const QString command = QStringLiteral("calc drill");
    QStringList names;
    for (const Calculator* c : calculators()) {
        names.append(c->id());
    }
    const QString help =
        CommandLine::tr(
            "Usage: certdeck calc drill --calculator NAME [--seed N] [--count K] [--json]\n"
            "\n"
            "Exam-style numeric questions from a calculator: realistic inputs, the right answer\n"
            "worked out, wrong answers from typical mistakes. The same seed gives the same drill.\n"
            "\n"
            "Options:\n"
            "  --calculator NAME   %1\n"
            "  --seed N            0 to 18446744073709551615 (default 1)\n"
            "  --count K           1 to %2 questions (default 10)\n"
            "  --json              print "
            "[{\"id\",\"stem\",\"options\":[{\"text\",\"correct\",\"why\"}],\"explanation\"}]\n"
            "  -h, --help          show this help\n")
            .arg(names.join(u'|'))
            .arg(kMaxDrillCount);
    const QCommandLineOption calcOption(QStringLiteral("calculator"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("N"));
    const QCommandLineOption countOption(QStringLiteral("count"), QString(), QStringLiteral("K"));
    const QCommandLineOption json(QStringLiteral("json"));
    QCommandLineParser parser;
    if (const int status =
            cli.parse(parser, command, args, {calcOption, seedOption, countOption, json}, help);
        status >= 0) {
        return status;
    }
    const Calculator* c = calculator(parser.value(calcOption));
    if (!c) {
        return cli.usageError(command, CommandLine::tr("--calculator must be one of %1 (got '%2')")
                                           .arg(names.join(QStringLiteral(", ")),
                                                PlainText::printable(parser.value(calcOption)).left(40)));
    }
    bool ok = true;
    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&ok) : 1;
    if (!ok) {
        return cli.usageError(
            command,
            CommandLine::tr("--seed must be a whole number from 0 to 18446744073709551615 (got '%1')")
                .arg(PlainText::printable(parser.value(seedOption)).left(40)));
    }
    const int count = parser.isSet(countOption) ? parser.value(countOption).toInt(&ok) : 10;
    if (!ok || count < 1 || count > kMaxDrillCount) {
        return cli.usageError(command,
                              CommandLine::tr("--count must be a whole number from 1 to %1 (got '%2')")
                                  .arg(kMaxDrillCount)
                                  .arg(PlainText::printable(parser.value(countOption)).left(40)));
    }
    ContentRepository repo;
    if (!cli.openContent(repo)) {
        return ExitFailure;
    }
    const Result<CalcLibrary> library = CalcLibrary::load(repo);
    if (!library) {
        return cli.failure(library.error());
    }
    const Result<QList<DrillQuestion>> questions = drill(*c, library->facts(), seed, count, QLocale::c());
    if (!questions) {
        return cli.failure(questions.error());
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DrillQuestion& q : *questions) {
            QJsonArray options;
            for (const DrillOption& o : q.options) {
                options.append(QJsonObject{{QStringLiteral("text"), o.text},
                                           {QStringLiteral("correct"), o.correct},
                                           {QStringLiteral("why"), o.why}});
            }
            array.append(QJsonObject{{QStringLiteral("id"), q.id},
                                     {QStringLiteral("stem"), q.stem},
                                     {QStringLiteral("options"), options},
                                     {QStringLiteral("explanation"), q.explanation}});
        }
        cli.out().json(QJsonDocument(array));
        return ExitOk;
    }
    CliOutput& out = cli.out();
    for (qsizetype i = 0; i < questions->size(); ++i) {
        const DrillQuestion& q = questions->at(i);
        out << QStringLiteral("%1. ").arg(i + 1) << q.stem << u'\n';
        for (qsizetype k = 0; k < q.options.size(); ++k) {
            out << QStringLiteral("   %1) %2\n").arg(QChar(u'A' + char16_t(k))).arg(q.options[k].text);
        }
        for (qsizetype k = 0; k < q.options.size(); ++k) {
            if (q.options[k].correct) {
                //: %1 the letter of the right option
                out << QStringLiteral("   ") << CommandLine::tr("Answer: %1").arg(QChar(u'A' + char16_t(k)))
                    << u'\n';
            }
        }
        for (const QString& step : q.explanation.split(u'\n')) {
            out << QStringLiteral("     ") << step << u'\n';
        }
        out << u'\n';
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> calcCommands()
{
    QList<CliCommand> rows;
    rows.append(CliCommand{{QStringLiteral("calc"), QStringLiteral("drill")},
                           QStringLiteral("--calculator NAME [--seed N] [--count K] [--json]"),
                           CommandLine::tr("exam-style numeric questions from a calculator"),
                           runDrill});
    for (const Calculator* c : calculators()) {
        rows.append(CliCommand{
            {QStringLiteral("calc"), c->id()},
            synopsis(*c),
            c->summary(),
            [c](CommandLine& cli, const QStringList& args) { return runCalculator(cli, *c, args); }});
    }
    return rows;
}

} // namespace certdeck
