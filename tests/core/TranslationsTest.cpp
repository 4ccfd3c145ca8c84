// The language a learner chooses with CERTDECK_LANG: the text, and the dates and numbers, follow it.

#include "util/Translations.h"

#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QDate>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace certdeck;

namespace {

class Translations : public ::testing::Test {
protected:
    void TearDown() override
    {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
        qunsetenv("CERTDECK_LANG");
    }
};

TEST_F(Translations, AChosenLanguageTranslatesTheTextAndFormatsDatesAndNumbers)
{
    qputenv("CERTDECK_LANG", "de");
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(CommandLine::tr("%1 or %2").arg(QStringLiteral("a"), QStringLiteral("b")),
              QStringLiteral("a oder b"));
    EXPECT_EQ(QLocale().toString(QDate(2026, 11, 23), QStringLiteral("dddd, d. MMMM yyyy")),
              QStringLiteral("Montag, 23. November 2026"));
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
}

TEST_F(Translations, WithoutAChoiceTheSystemLocaleIsLeftAsItIs)
{
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(CommandLine::tr("%1 or %2").arg(QStringLiteral("a"), QStringLiteral("b")),
              QStringLiteral("a or b"));
    EXPECT_EQ(QLocale().language(), QLocale::C) << "the default locale is the test's, untouched";
}

} // namespace
