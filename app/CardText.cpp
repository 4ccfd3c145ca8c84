#include "CardText.h"

#include "util/PlainText.h"

#include <QColor>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace certdeck {

namespace {

struct Colours {
    QString code;   ///< background of code
    QString rule;   ///< table borders
    QString header; ///< background of a table's header row
};

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isEscapable(QChar c)
{
    return c == u'*' || c == u'`' || c == u'|' || c == u'\\';
}

bool isPunctuation(QChar c)
{
    return c.isPunct() || c.isSymbol();
}

QChar at(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text[i] : QChar(u' ');
}

qsizetype runLength(QStringView text, qsizetype from, QChar c)
{
    qsizetype end = from;
    while (end < text.size() && text[end] == c) {
        ++end;
    }
    return end - from;
}

/// Where the code span opened by `run` backticks at `from` closes (the start of an equal run), or -1.
qsizetype codeSpanEnd(QStringView text, qsizetype from, qsizetype run)
{
    for (qsizetype j = from + run; j < text.size();) {
        if (text[j] != u'`') {
            ++j;
            continue;
        }
        const qsizetype r = runLength(text, j, u'`');
        if (r == run) {
            return j;
        }
        j += r;
    }
    return -1;
}

/// Whether `width` stars at `i` may open emphasis (CommonMark's left-flanking rule) or close it
/// (right-flanking): "a * b", "*.fifo" and "bucket/*/key" stay as written.
bool opens(QStringView text, qsizetype i, qsizetype width)
{
    const QChar next = at(text, i + width);
    const QChar prev = at(text, i - 1);
    return !next.isSpace() && (!isPunctuation(next) || prev.isSpace() || isPunctuation(prev));
}

bool closes(QStringView text, qsizetype i, qsizetype width)
{
    const QChar prev = at(text, i - 1);
    const QChar next = at(text, i + width);
    return !prev.isSpace() && (!isPunctuation(prev) || next.isSpace() || isPunctuation(next));
}

/// Where the emphasis (one star) or strong emphasis (two) whose text starts at `from` closes, or -1. Escapes
/// and code spans are skipped; inside emphasis a "**" pair belongs to nested strong emphasis.
qsizetype emphasisEnd(QStringView text, qsizetype from, bool strong)
{
    for (qsizetype j = from; j < text.size();) {
        const QChar c = text[j];
        if (c == u'\\' && isEscapable(at(text, j + 1))) {
            j += 2;
            continue;
        }
        if (c == u'`') {
            const qsizetype run = runLength(text, j, u'`');
            const qsizetype end = codeSpanEnd(text, j, run);
            j = end < 0 ? j + run : end + run;
            continue;
        }
        if (c != u'*') {
            ++j;
            continue;
        }
        const qsizetype run = runLength(text, j, u'*');
        if (j > from) {
            if (strong && run >= 2 && closes(text, j + run - 2, 2)) {
                return j + run - 2; // "***" closing strong inside emphasis: the last two close
            }
            if (!strong && run == 1 && closes(text, j, 1)) {
                return j;
            }
        }
        j += run;
    }
    return -1;
}

QString renderInline(QStringView text, const Colours& colours)
{
    QString html;
    QString literal;
    auto flush = [&] {
        html += literal.toHtmlEscaped();
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c == u'\\' && isEscapable(at(text, i + 1))) {
            literal += text[i + 1];
            i += 2;
            continue;
        }
        if (c == u'`') {
            const qsizetype run = runLength(text, i, u'`');
            const qsizetype end = codeSpanEnd(text, i, run);
            if (end < 0) {
                literal += text.mid(i, run);
                i += run;
                continue;
            }
            QStringView code = text.mid(i + run, end - i - run);
            if (code.size() >= 2 && code.front() == u' ' && code.back() == u' ' &&
                !code.trimmed().isEmpty()) {
                code = code.mid(1, code.size() - 2); // "`` `x` ``": the spaces only set the backticks apart
            }
            flush();
            html += QStringLiteral("<code style=\"font-family:monospace; background-color:%1\">%2</code>")
                        .arg(colours.code, code.toString().toHtmlEscaped());
            i = end + run;
            continue;
        }
        if (c == u'*') {
            const qsizetype run = runLength(text, i, u'*');
            const bool strong = run >= 2;
            const qsizetype width = strong ? 2 : 1;
            if (opens(text, i, width)) {
                const qsizetype end = emphasisEnd(text, i + width, strong);
                if (end > i + width) {
                    flush();
                    const QString inner = renderInline(text.mid(i + width, end - i - width), colours);
                    html += strong ? QStringLiteral("<b>%1</b>").arg(inner)
                                   : QStringLiteral("<i>%1</i>").arg(inner);
                    i = end + width;
                    continue;
                }
            }
            literal += text.mid(i, width);
            i += width;
            continue;
        }
        literal += c;
        ++i;
    }
    flush();
    return html;
}

// --- fenced code ------------------------------------------------------------------------------------------

/// `line` without up to `indent` columns of leading white space (a tab counts 4).
QString dropIndent(const QString& line, int indent)
{
    qsizetype i = 0;
    for (int width = 0; i < line.size() && width < indent; ++i) {
        if (line[i] == u' ') {
            ++width;
        } else if (line[i] == u'\t') {
            width += 4;
        } else {
            break;
        }
    }
    return line.mid(i);
}

QString codeBlock(const QStringList& lines, int indent, const Colours& colours)
{
    QStringList kept;
    for (const QString& line : lines) {
        kept.append(dropIndent(line, indent)); // a fence indented in a list: its lines are too
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                          "style=\"margin-top:2px; margin-bottom:10px\"><tr><td bgcolor=\"%1\">"
                          "<pre style=\"margin:0px; font-family:monospace; "
                          "white-space:pre-wrap\">%2</pre></td></tr></table>")
        .arg(colours.code, kept.join(u'\n').toHtmlEscaped());
}

// --- pipe tables ------------------------------------------------------------------------------------------

/// The cells of "| a | b |" (outer pipes optional at the end), split at pipes that are not escaped and not
/// inside a code span.
QStringList tableCells(QStringView row)
{
    QStringList cells;
    QString cell;
    qsizetype i = row.startsWith(u'|') ? 1 : 0;
    while (i < row.size()) {
        const QChar c = row[i];
        if (c == u'\\' && at(row, i + 1) == u'|') {
            cell += QStringLiteral("\\|"); // stays escaped for the inline pass
            i += 2;
            continue;
        }
        if (c == u'`') {
            const qsizetype run = runLength(row, i, u'`');
            const qsizetype end = codeSpanEnd(row, i, run);
            const qsizetype next = end < 0 ? i + run : end + run;
            cell += row.mid(i, next - i);
            i = next;
            continue;
        }
        if (c == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
            ++i;
            continue;
        }
        cell += c;
        ++i;
    }
    if (!cell.trimmed().isEmpty()) {
        cells.append(cell.trimmed()); // a last cell without a closing pipe
    }
    return cells;
}

bool isTableRow(QStringView trimmed)
{
    return trimmed.startsWith(u'|') && tableCells(trimmed).size() >= 1 && trimmed.count(u'|') >= 2;
}

/// "|---|:--:|--:|": the row under a header, with each column's alignment (null when not a separator).
std::optional<QStringList> separatorAlignments(const QStringList& cells)
{
    static const QRegularExpression dashes(QStringLiteral("^(:?)-+(:?)$"));
    QStringList alignments;
    for (const QString& cell : cells) {
        const QRegularExpressionMatch m = dashes.match(cell);
        if (!m.hasMatch()) {
            return std::nullopt;
        }
        const bool left = !m.captured(1).isEmpty();
        const bool right = !m.captured(2).isEmpty();
        alignments.append(left && right ? QStringLiteral("center")
                          : right       ? QStringLiteral("right")
                                        : QStringLiteral("left"));
    }
    return cells.isEmpty() ? std::nullopt : std::optional<QStringList>(alignments);
}

QString table(const QList<QStringList>& rows, const Colours& colours)
{
    QList<QStringList> body = rows;
    std::optional<QStringList> header;
    QStringList alignments;
    if (body.size() >= 2) {
        if (const std::optional<QStringList> found = separatorAlignments(body[1])) {
            alignments = *found;
            header = body.takeFirst();
            body.removeFirst();
        }
    }
    qsizetype columns = header ? header->size() : 0;
    for (const QStringList& row : body) {
        columns = std::max(columns, row.size());
    }
    auto cellsOf = [&](const QStringList& row, const QString& tag, const QString& extra) {
        QString html;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString align = c < alignments.size() ? alignments[c] : QStringLiteral("left");
            html += QStringLiteral("<%1 align=\"%2\"%3>%4</%1>")
                        .arg(tag, align, extra, c < row.size() ? renderInline(row[c], colours) : QString());
        }
        return html;
    };
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                                  "style=\"border-color:%1; border-style:solid; border-collapse:collapse; "
                                  "margin-top:2px; margin-bottom:10px\">")
                       .arg(colours.rule);
    if (header) {
        html +=
            QStringLiteral("<tr>") +
            cellsOf(*header, QStringLiteral("th"), QStringLiteral(" bgcolor=\"%1\"").arg(colours.header)) +
            QStringLiteral("</tr>");
    }
    for (const QStringList& row : std::as_const(body)) {
        html +=
            QStringLiteral("<tr>") + cellsOf(row, QStringLiteral("td"), QString()) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// --- lists ------------------------------------------------------------------------------------------------

struct ListItem {
    int indent = 0;
    bool ordered = false;
    int number = 1;
    QString text;
};

std::optional<ListItem> listItem(const QString& line)
{
    static const QRegularExpression item(QStringLiteral("^([ \\t]*)(?:([-*+])|(\\d{1,9})[.)])[ \\t]+(.*)$"));
    const QRegularExpressionMatch m = item.match(line);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    ListItem result;
    result.indent = PlainText::indentOf(m.capturedView(1));
    result.ordered = m.capturedLength(2) == 0;
    result.number = result.ordered ? m.capturedView(3).toInt() : 1;
    result.text = m.captured(4).trimmed();
    return result;
}

QString list(const QList<ListItem>& items, const Colours& colours)
{
    struct Level {
        int indent;
        bool ordered;
    };
    QList<Level> open;
    QString html;
    auto begin = [&](const ListItem& item) {
        const QString style =
            QStringLiteral(" style=\"margin-top:0px; margin-bottom:%1px\"").arg(open.isEmpty() ? 10 : 0);
        html += item.ordered
                    ? (item.number == 1 ? QStringLiteral("<ol%1>").arg(style)
                                        : QStringLiteral("<ol start=\"%1\"%2>").arg(item.number).arg(style))
                    : QStringLiteral("<ul%1>").arg(style);
        open.append({item.indent, item.ordered});
    };
    auto end = [&] {
        html += open.last().ordered ? QStringLiteral("</li></ol>") : QStringLiteral("</li></ul>");
        open.removeLast();
    };
    for (const ListItem& item : items) {
        while (!open.isEmpty() && item.indent < open.last().indent) {
            end();
        }
        if (open.isEmpty() || item.indent > open.last().indent) {
            begin(item); // nested lists open inside the parent's item
        } else if (open.last().ordered != item.ordered) {
            end();
            begin(item);
        } else {
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("<li>") + renderInline(item.text, colours);
    }
    while (!open.isEmpty()) {
        end();
    }
    return html;
}

} // namespace

QString CardText::toHtml(const QString& text, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor ink = palette.color(QPalette::Text);
    const Colours colours{mix(base, ink, 0.09).name(), mix(base, ink, 0.35).name(),
                          mix(base, ink, 0.06).name()};

    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalized.split(u'\n');

    QString html;
    QStringList paragraph;
    auto endParagraph = [&] {
        if (paragraph.isEmpty()) {
            return;
        }
        QStringList rendered;
        for (const QString& line : std::as_const(paragraph)) {
            rendered.append(renderInline(line, colours));
        }
        html += QStringLiteral("<p style=\"margin-top:0px; margin-bottom:10px\">%1</p>")
                    .arg(rendered.join(QStringLiteral("<br>")));
        paragraph.clear();
    };

    for (qsizetype i = 0; i < lines.size();) {
        const QString& line = lines[i];
        const QStringView trimmed = QStringView(line).trimmed();
        if (trimmed.startsWith(u"```")) {
            endParagraph();
            const int indent = PlainText::indentOf(line);
            QStringList code;
            for (++i; i < lines.size() && !QStringView(lines[i]).trimmed().startsWith(u"```"); ++i) {
                code.append(lines[i]);
            }
            ++i; // the closing fence (an unclosed block runs to the end)
            html += codeBlock(code, indent, colours);
            continue;
        }
        if (trimmed.isEmpty()) {
            endParagraph();
            ++i;
            continue;
        }
        if (isTableRow(trimmed)) {
            endParagraph();
            QList<QStringList> rows;
            for (; i < lines.size() && isTableRow(QStringView(lines[i]).trimmed()); ++i) {
                rows.append(tableCells(QStringView(lines[i]).trimmed()));
            }
            html += table(rows, colours);
            continue;
        }
        if (std::optional<ListItem> first = listItem(line)) {
            endParagraph();
            QList<ListItem> items{*first};
            for (++i; i < lines.size(); ++i) {
                if (std::optional<ListItem> next = listItem(lines[i])) {
                    items.append(*next);
                    continue;
                }
                const QStringView more = QStringView(lines[i]).trimmed();
                if (more.isEmpty() || PlainText::indentOf(lines[i]) == 0 || more.startsWith(u"```") ||
                    isTableRow(more)) {
                    break;
                }
                items.last().text += u' ' + more.toString(); // an indented line continues the item
            }
            html += list(items, colours);
            continue;
        }
        paragraph.append(trimmed.toString());
        ++i;
    }
    endParagraph();
    return html;
}

} // namespace certdeck
