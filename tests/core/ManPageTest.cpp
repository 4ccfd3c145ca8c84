// certdeck(1): made from the command table, and well-formed for man (rendered by groff, as man does).

#include "cli/ManPage.h"

#include "cli/CommandLine.h"

#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace certdeck;

namespace {

QString page()
{
    return manPage(QStringLiteral("9.8.7"), QDate(2026, 11, 23));
}

/// The page as `man` shows it, in plain text with single spaces; empty (and a failure) when groff fails or
/// warns.
QString rendered(const QString& roff)
{
    QProcess groff;
    groff.start(QStringLiteral("groff"),
                {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                 QStringLiteral("-P-cbou"), QStringLiteral("-rLL=200n")});
    if (!groff.waitForStarted()) {
        ADD_FAILURE() << "groff is missing (scripts/setup.sh installs groff-base)";
        return {};
    }
    groff.write(roff.toUtf8());
    groff.closeWriteChannel();
    groff.waitForFinished();
    const QByteArray warnings = groff.readAllStandardError();
    EXPECT_EQ(groff.exitCode(), 0);
    EXPECT_TRUE(warnings.isEmpty()) << warnings.toStdString();
    return QString::fromUtf8(groff.readAllStandardOutput()).simplified();
}

TEST(ManPage, ListsEveryCommandOfTheTableWithItsSummary)
{
    const QString text = rendered(page());
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.startsWith(QStringLiteral("CERTDECK(1)"))) << text.left(80).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("certdeck 9.8.7 2026-11-23")));
    const QList<CliCommand> commands = CommandLine::commands();
    ASSERT_GT(commands.size(), 20);
    for (const CliCommand& c : commands) {
        const QString usage = QStringLiteral("certdeck ") + c.words.join(u' ');
        const qsizetype at = text.indexOf(usage + u' ');
        ASSERT_GE(at, 0) << usage.toStdString();
        // The summary follows its command, as in `certdeck --help`.
        EXPECT_TRUE(text.indexOf(c.summary.simplified(), at) > at) << c.summary.toStdString();
    }
    for (const char* section :
         {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "FILES", "ENVIRONMENT", "EXIT STATUS"}) {
        EXPECT_TRUE(text.contains(QString::fromLatin1(section))) << section;
    }
}

TEST(ManPage, OptionsAreBoldAndValuesItalic)
{
    // Synopsis "--item-kb X [--reads-per-sec X] ...": the option to type in bold, the value to give in
    // italics.
    const QString roff = page();
    EXPECT_TRUE(roff.contains(QStringLiteral("\\fB\\-\\-item\\-kb\\fR \\fIX\\fR"))) << roff.toStdString();
    EXPECT_TRUE(roff.contains(QStringLiteral("\\fBcertdeck lookup\\fR \\fIquery\\fR")));
}

TEST(ManPage, EscapesWhatRoffWouldReadAsMarkup)
{
    EXPECT_EQ(roffEscaped(QStringLiteral("a-b\\c")), QStringLiteral("a\\-b\\ec"));
    EXPECT_EQ(roffEscaped(QStringLiteral(".json first")), QStringLiteral("\\&.json first"));
    EXPECT_EQ(roffEscaped(QStringLiteral("one\n'two\nthree.")), QStringLiteral("one\n\\&'two\nthree."));
    // A summary that starts with a dot still reads as text once rendered.
    const QString text = rendered(QStringLiteral(".TH T 1\n.SH NAME\n") +
                                  roffEscaped(QStringLiteral(".dot and 'quote\n'too")));
    EXPECT_TRUE(text.contains(QStringLiteral(".dot and 'quote 'too"))) << text.toStdString();
}

} // namespace
