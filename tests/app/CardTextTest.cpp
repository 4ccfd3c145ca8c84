// Card text: the light markdown the decks write, as HTML for a QTextBrowser, and nothing else as HTML.
#include "CardText.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <gtest/gtest.h>

using namespace certdeck;

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

bool isMonospace(const QTextCharFormat& format)
{
    return format.fontFamilies().toStringList().contains(QStringLiteral("monospace"));
}

QString html(const QString& text)
{
    return CardText::toHtml(text, lightPalette());
}

/// What a learner sees: the HTML laid out in a document.
struct Rendered {
    explicit Rendered(const QString& text) { doc.setHtml(html(text)); }

    QString plain() const { return doc.toPlainText(); }
    QList<QTextTable*> tables() const
    {
        QList<QTextTable*> found;
        for (QTextFrame* frame : doc.rootFrame()->childFrames()) {
            if (auto* table = qobject_cast<QTextTable*>(frame)) {
                found.append(table);
            }
        }
        return found;
    }
    /// The format of the character at the start of the first occurrence of `text`.
    QTextCharFormat formatOf(const QString& text) const
    {
        QTextCursor found = doc.find(text, 0, QTextDocument::FindCaseSensitively);
        if (found.isNull()) {
            ADD_FAILURE() << "not found: " << text.toStdString();
            return {};
        }
        QTextCursor at(const_cast<QTextDocument*>(&doc));
        at.setPosition(found.selectionStart() + 1);
        return at.charFormat();
    }
    QTextList* listOf(const QString& text) const
    {
        return doc.find(text, 0, QTextDocument::FindCaseSensitively).block().textList();
    }

    QTextDocument doc;
};

TEST(CardText, HtmlInCardTextIsShownAsWritten)
{
    const QString text = QStringLiteral("Use <b>bold</b> & <script>alert(1)</script> \"quoted\" <img src=x>");
    const QString out = html(text);
    EXPECT_FALSE(out.contains(QStringLiteral("<b>bold"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("<script"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("<img"))) << out.toStdString();
    Rendered r(text);
    EXPECT_EQ(r.plain(), text);
    EXPECT_FALSE(r.formatOf(QStringLiteral("bold")).font().bold());
}

TEST(CardText, BoldEmphasisAndCode)
{
    Rendered r(QStringLiteral("A **strong** word, an *emphasised* one and `ReceiveMessage` in code."));
    EXPECT_EQ(r.plain(), QStringLiteral("A strong word, an emphasised one and ReceiveMessage in code."));
    EXPECT_TRUE(r.formatOf(QStringLiteral("strong")).font().bold());
    EXPECT_FALSE(r.formatOf(QStringLiteral("word")).font().bold());
    EXPECT_TRUE(r.formatOf(QStringLiteral("emphasised")).font().italic());
    const QTextCharFormat code = r.formatOf(QStringLiteral("ReceiveMessage"));
    EXPECT_TRUE(isMonospace(code));
    EXPECT_TRUE(code.background().style() != Qt::NoBrush) << "code stands out on a tinted background";
}

TEST(CardText, MarkdownInsideCodeIsCodeAndEscapesKeepCharacters)
{
    Rendered r(QStringLiteral("`**not bold**` and \\*not emphasised\\* and ``a ` tick``"));
    EXPECT_EQ(r.plain(), QStringLiteral("**not bold** and *not emphasised* and a ` tick"));
    EXPECT_FALSE(r.formatOf(QStringLiteral("not bold")).font().bold());
    EXPECT_FALSE(r.formatOf(QStringLiteral("not emphasised")).font().italic());
}

TEST(CardText, StarsThatAreNotEmphasisStayAsWritten)
{
    for (const char* text : {"2 * 3 * 4 = 24", "Queue names end in *.fifo", "arn:aws:s3:::bucket/*",
                             "Allow s3:Get* and s3:List*", "a **b", "**", "unclosed `code"}) {
        Rendered r(QString::fromUtf8(text));
        EXPECT_EQ(r.plain(), QString::fromUtf8(text).trimmed()) << text;
        EXPECT_FALSE(html(QString::fromUtf8(text)).contains(QStringLiteral("<i>"))) << text;
        EXPECT_FALSE(html(QString::fromUtf8(text)).contains(QStringLiteral("<b>"))) << text;
    }
}

TEST(CardText, NestedEmphasis)
{
    Rendered r(QStringLiteral("**bold with *both* inside** and ***all three***"));
    EXPECT_EQ(r.plain(), QStringLiteral("bold with both inside and all three"));
    EXPECT_TRUE(r.formatOf(QStringLiteral("bold with")).font().bold());
    EXPECT_TRUE(r.formatOf(QStringLiteral("both")).font().bold());
    EXPECT_TRUE(r.formatOf(QStringLiteral("both")).font().italic());
    EXPECT_TRUE(r.formatOf(QStringLiteral("all three")).font().italic());
    EXPECT_TRUE(r.formatOf(QStringLiteral("all three")).font().bold());
}

TEST(CardText, BulletAndNumberedLists)
{
    Rendered r(
        QStringLiteral("Three ways:\n- Standard queue\n- FIFO queue\n* Delay queue\n\nSteps:\n1. Receive\n"
                       "2) Process\n3. Delete"));
    QTextList* bullets = r.listOf(QStringLiteral("Standard queue"));
    ASSERT_TRUE(bullets);
    EXPECT_EQ(bullets->count(), 3);
    EXPECT_EQ(bullets->format().style(), QTextListFormat::ListDisc);
    EXPECT_EQ(r.listOf(QStringLiteral("Delay queue")), bullets);
    QTextList* steps = r.listOf(QStringLiteral("Process"));
    ASSERT_TRUE(steps);
    EXPECT_EQ(steps->count(), 3);
    EXPECT_EQ(steps->format().style(), QTextListFormat::ListDecimal);
    EXPECT_FALSE(r.listOf(QStringLiteral("Three ways")));
    EXPECT_FALSE(r.listOf(QStringLiteral("Steps")));
}

TEST(CardText, NestedListsAndContinuationLines)
{
    Rendered r(QStringLiteral(
        "- Reads\n  - eventually consistent\n  - strongly consistent,\n    twice the cost\n- Writes"));
    QTextList* outer = r.listOf(QStringLiteral("Reads"));
    QTextList* inner = r.listOf(QStringLiteral("eventually"));
    ASSERT_TRUE(outer && inner);
    EXPECT_NE(outer, inner);
    EXPECT_GT(inner->format().indent(), outer->format().indent());
    EXPECT_EQ(r.listOf(QStringLiteral("Writes")), outer);
    EXPECT_EQ(r.listOf(QStringLiteral("twice the cost")), inner) << "an indented line continues the item";
    EXPECT_TRUE(r.plain().contains(QStringLiteral("strongly consistent, twice the cost")));
}

TEST(CardText, PipeTablesWithAHeaderRow)
{
    Rendered r(QStringLiteral("Capacity units:\n| Unit | Size | Per second |\n|:-----|-----:|:---:|\n"
                              "| RCU | 4 KB | **1** strong read |\n| WCU | 1 KB | 1 write |\n"));
    const QList<QTextTable*> tables = r.tables();
    ASSERT_EQ(tables.size(), 1);
    QTextTable* table = tables.first();
    EXPECT_EQ(table->rows(), 3);
    EXPECT_EQ(table->columns(), 3);
    auto cellText = [&](int row, int column) {
        const QTextTableCell cell = table->cellAt(row, column);
        QTextCursor c = cell.firstCursorPosition();
        c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return c.selectedText();
    };
    EXPECT_EQ(cellText(0, 0), QStringLiteral("Unit"));
    EXPECT_EQ(cellText(1, 1), QStringLiteral("4 KB"));
    EXPECT_EQ(cellText(2, 2), QStringLiteral("1 write"));
    EXPECT_TRUE(r.formatOf(QStringLiteral("Unit")).font().bold()) << "the header row";
    EXPECT_FALSE(r.formatOf(QStringLiteral("RCU")).font().bold());
    EXPECT_TRUE(r.formatOf(QStringLiteral("1 strong")).font().bold()) << "markdown inside a cell";
    EXPECT_TRUE(table->cellAt(1, 1).firstCursorPosition().blockFormat().alignment() & Qt::AlignRight);
    EXPECT_TRUE(table->cellAt(1, 2).firstCursorPosition().blockFormat().alignment() & Qt::AlignHCenter);
    EXPECT_TRUE(r.plain().startsWith(QStringLiteral("Capacity units:")));
}

TEST(CardText, TablesWithoutAHeaderAndEscapedPipes)
{
    Rendered r(QStringLiteral("| a \\| b | `x|y` |\n| c |"));
    const QList<QTextTable*> tables = r.tables();
    ASSERT_EQ(tables.size(), 1);
    EXPECT_EQ(tables.first()->rows(), 2);
    EXPECT_EQ(tables.first()->columns(), 2) << "the short row is padded";
    EXPECT_TRUE(r.plain().contains(QStringLiteral("a | b")));
    EXPECT_TRUE(r.plain().contains(QStringLiteral("x|y")));
    EXPECT_FALSE(r.formatOf(QStringLiteral("c")).font().bold());
}

TEST(CardText, FencedCodeBlocksKeepTheirLinesAndEscapeEverything)
{
    const QString text =
        QStringLiteral("Call it like this:\n```python\nsqs.receive_message(\n    WaitTimeSeconds=20)  "
                       "# <b>not</b> **markup**\n```\nThen delete.");
    Rendered r(text);
    EXPECT_TRUE(
        r.plain().contains(QStringLiteral("sqs.receive_message(\n    WaitTimeSeconds=20)  # <b>not</b> "
                                          "**markup**")))
        << r.plain().toStdString();
    EXPECT_FALSE(r.plain().contains(QStringLiteral("```")));
    EXPECT_FALSE(r.plain().contains(QStringLiteral("python"))) << "the language tag is not shown";
    EXPECT_TRUE(isMonospace(r.formatOf(QStringLiteral("WaitTimeSeconds"))));
    EXPECT_FALSE(r.formatOf(QStringLiteral("not</b>")).font().bold());
    EXPECT_TRUE(r.plain().endsWith(QStringLiteral("Then delete.")));
}

TEST(CardText, AnUnclosedFenceRunsToTheEnd)
{
    Rendered r(QStringLiteral("```\nline one\n- not a list"));
    EXPECT_TRUE(r.plain().contains(QStringLiteral("line one\n- not a list")));
    EXPECT_FALSE(r.listOf(QStringLiteral("not a list")));
}

TEST(CardText, LineBreaksAndParagraphs)
{
    const QString out = html(QStringLiteral("first line\nsecond line\n\nnew paragraph"));
    EXPECT_TRUE(out.contains(QStringLiteral("first line<br>second line"))) << out.toStdString();
    EXPECT_EQ(out.count(QStringLiteral("<p ")), 2);
    Rendered r(QStringLiteral("first line\r\nsecond line"));
    EXPECT_EQ(r.plain(), QStringLiteral("first line\nsecond line")) << "a Windows line end is a line break";
    EXPECT_TRUE(html(QString()).isEmpty());
}

TEST(CardText, ColoursComeFromThePalette)
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    const QString text = QStringLiteral("`code`");
    const QString inLight = CardText::toHtml(text, lightPalette());
    const QString inDark = CardText::toHtml(text, dark);
    EXPECT_NE(inLight, inDark);
    // The code background is a little off the base colour: light grey on white, dark grey on black.
    EXPECT_TRUE(inLight.contains(QStringLiteral("background-color:#e8e8e8"))) << inLight.toStdString();
    EXPECT_TRUE(inDark.contains(QStringLiteral("background-color:#313131"))) << inDark.toStdString();
}

} // namespace
