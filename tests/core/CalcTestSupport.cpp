#include "CalcTestSupport.h"

#include "content/ContentRepository.h"

#include <gtest/gtest.h>

#include <cmath>

namespace certdeck::calctest {

const calc::FactBook& bundledFacts()
{
    static const calc::FactBook facts = [] {
        ContentRepository repo;
        QString error;
        EXPECT_TRUE(repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) << error.toStdString();
        const Result<QList<CalcFact>> read = repo.calcFacts();
        EXPECT_TRUE(read) << read.error().toStdString();
        return calc::FactBook(read ? *read : QList<CalcFact>());
    }();
    return facts;
}

QHash<QString, QString> in(std::initializer_list<std::pair<const char*, const char*>> pairs)
{
    QHash<QString, QString> h;
    for (const auto& [k, v] : pairs) {
        h.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    }
    return h;
}

QHash<QString, double> out(std::initializer_list<std::pair<const char*, double>> pairs)
{
    QHash<QString, double> h;
    for (const auto& [k, v] : pairs) {
        h.insert(QString::fromUtf8(k), v);
    }
    return h;
}

calc::CalcResult runCalc(const QString& id, const QHash<QString, QString>& inputs)
{
    const calc::Calculator* c = calc::calculator(id);
    EXPECT_NE(c, nullptr) << id.toStdString();
    return c ? c->run(calc::Inputs{inputs, QLocale::c()}, bundledFacts()) : calc::CalcResult{};
}

void check(const Case& c)
{
    const calc::CalcResult r = runCalc(QString::fromLatin1(c.calculator), c.inputs);
    ASSERT_TRUE(r.ok()) << c.calculator << ": " << r.errors.value(0).key.toStdString() << " "
                        << r.errors.value(0).message.toStdString() << " (" << c.source << ")";
    for (auto it = c.expected.cbegin(); it != c.expected.cend(); ++it) {
        const std::optional<double> got = r.figure(it.key());
        ASSERT_TRUE(got.has_value()) << c.calculator << " " << it.key().toStdString() << " (" << c.source
                                     << ")";
        EXPECT_NEAR(*got, it.value(), std::abs(it.value()) * 1e-9 + 1e-12)
            << c.calculator << " " << it.key().toStdString() << " (" << c.source << ")";
    }
    EXPECT_FALSE(r.steps.isEmpty()) << c.calculator << ": an answer shows its working";
    EXPECT_FALSE(r.factIds.isEmpty()) << c.calculator << ": an answer names the figures it used";
}

} // namespace certdeck::calctest
