// Text from files and people: checked on the way in (UTF-8, no control characters, file:line:column), and
// made harmless on the way out (no escape sequence reaches a terminal raw; JSON keeps its meaning).

#include "util/PlainText.h"

#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace certdeck;

namespace {

TEST(PlainText, ValidTextPasses)
{
    EXPECT_FALSE(PlainText::checkFile("SQS\n\t- 256 KiB · größer · 日本語\r\n"));
    EXPECT_FALSE(PlainText::checkFile(QByteArray()));
}

TEST(PlainText, InvalidUtf8IsFoundAtItsLineAndColumn)
{
    const auto overlong = PlainText::checkFile("ok\nab\xC0\x80");
    ASSERT_TRUE(overlong);
    EXPECT_EQ(overlong->line, 2);
    EXPECT_EQ(overlong->column, 3);
    EXPECT_TRUE(PlainText::checkFile("\xED\xA0\x80")) << "a UTF-16 surrogate is not UTF-8";
    EXPECT_TRUE(PlainText::checkFile("\xF4\x90\x80\x80")) << "beyond U+10FFFF";
    EXPECT_TRUE(PlainText::checkFile("cut \xE2\x82")) << "a sequence cut short at the end";
}

TEST(PlainText, ControlCharactersAreFoundButTabsAndLineEndsAreText)
{
    const auto escape = PlainText::checkFile("line one\nx\x1b[2J");
    ASSERT_TRUE(escape);
    EXPECT_EQ(escape->line, 2);
    EXPECT_EQ(escape->column, 2);
    EXPECT_TRUE(escape->message.contains(QStringLiteral("U+001B (escape)")));
    EXPECT_TRUE(PlainText::checkFile("a\rb")) << "a carriage return not before a line feed";
    EXPECT_TRUE(PlainText::checkFile(QByteArray("nul\0here", 8))) << "NUL";
    EXPECT_TRUE(PlainText::checkFile("c1 \xC2\x9B here")) << "U+009B, a one-character CSI on some terminals";
    EXPECT_TRUE(PlainText::checkFile("bidi \xE2\x80\xAE here")) << "U+202E";
}

TEST(PlainText, ValuesMayBeMultiLineOnlyWhereAllowed)
{
    EXPECT_FALSE(PlainText::checkValue(u"two\nlines", true));
    EXPECT_TRUE(PlainText::checkValue(u"two\nlines", false));
    EXPECT_TRUE(PlainText::checkValue(u"bell\u0007", true));
}

TEST(PlainText, PrintableEscapesEverythingThatCouldMoveTheCursor)
{
    EXPECT_EQ(PlainText::printable(u"\u001b]0;title\u0007 a\nb\tc \u202e x \u009b y"),
              QStringLiteral("\\x1b]0;title\\x07 a\\nb\\tc \\u202e x \\x9b y"));
    EXPECT_EQ(PlainText::printable(u"größer · 日本語"), QStringLiteral("größer · 日本語"));
}

TEST(PlainText, TerminalSafeKeepsLinesAndTabs)
{
    EXPECT_EQ(PlainText::terminalSafe(u"a\n\tb\u001b[31m"), QStringLiteral("a\n\tb\\x1b[31m"));
}

TEST(PlainText, JsonStaysValidAndMeansTheSame)
{
    const QString value = QStringLiteral("csi \u009b del \u007f bidi \u202e esc \u001b");
    const QByteArray raw = QJsonDocument(QJsonObject{{QStringLiteral("v"), value}}).toJson();
    const QString safe = PlainText::jsonTerminalSafe(QString::fromUtf8(raw));
    for (const char16_t c : {u'\u009b', u'\u007f', u'\u202e', u'\u001b'}) {
        EXPECT_FALSE(safe.contains(QChar(c))) << int(c);
    }
    EXPECT_EQ(QJsonDocument::fromJson(safe.toUtf8()).object().value(QStringLiteral("v")).toString(), value);
}

} // namespace
