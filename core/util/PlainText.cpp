#include "util/PlainText.h"

namespace certdeck {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/// Length of the UTF-8 sequence starting at `at` when it is valid (no overlong forms, no surrogates, at most
/// U+10FFFF), else 0. Sets `codePoint`.
int validSequence(const QByteArray& bytes, qsizetype at, char32_t* codePoint)
{
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = byte(at);
    int length = 0;
    char32_t c = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        c = lead & 0x1Fu;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        c = lead & 0x0Fu;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        c = lead & 0x07u;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (at + length > bytes.size()) {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        const unsigned char next = byte(at + k);
        if ((next & 0xC0u) != 0x80u) {
            return 0;
        }
        c = (c << 6) | (next & 0x3Fu);
    }
    if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        return 0;
    }
    *codePoint = c;
    return length;
}

QString escape(char32_t c)
{
    switch (c) {
    case U'\n':
        return QStringLiteral("\\n");
    case U'\t':
        return QStringLiteral("\\t");
    case U'\r':
        return QStringLiteral("\\r");
    default:
        break;
    }
    if (c < 0x100) {
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

QString escapeUnsafe(QStringView text, bool keepLines)
{
    // Every unsafe character lies in the Basic Multilingual Plane, so UTF-16 units can be looked at one by
    // one.
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char32_t c = ch.unicode();
        const bool lineChar = c == U'\n' || c == U'\t';
        if (PlainText::isUnsafe(c) || (lineChar && !keepLines)) {
            out += escape(c);
        } else {
            out += ch;
        }
    }
    return out;
}

} // namespace

bool PlainText::isUnsafe(char32_t c)
{
    if (c == U'\t' || c == U'\n') {
        return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

QString PlainText::describeChar(char32_t c)
{
    const QString code = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    if (c == 0x1B) {
        return tr("%1 (escape)").arg(code);
    }
    if (c == 0) {
        return tr("%1 (NUL)").arg(code);
    }
    if (c == U'\r') {
        return tr("%1 (carriage return)").arg(code);
    }
    if (isBidiControl(c)) {
        return tr("%1 (a bidirectional text control)").arg(code);
    }
    return tr("%1 (a control character)").arg(code);
}

std::optional<PlainText::Problem> PlainText::checkFile(const QByteArray& bytes)
{
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    while (i < bytes.size()) {
        char32_t c = 0;
        const int length = validSequence(bytes, i, &c);
        if (length == 0) {
            return Problem{line, column,
                           tr("not valid UTF-8 (byte 0x%1 at column %2); save the file as UTF-8")
                               .arg(uint(static_cast<unsigned char>(bytes[i])), 2, 16, QLatin1Char('0'))
                               .arg(column)};
        }
        const bool crlf = c == U'\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n';
        if (isUnsafe(c) && !crlf) {
            return Problem{line, column,
                           tr("%1 at column %2: text files hold no control characters")
                               .arg(describeChar(c))
                               .arg(column)};
        }
        if (c == U'\n') {
            ++line;
            column = 1;
        } else if (!crlf) {
            ++column;
        }
        i += length;
    }
    return std::nullopt;
}

std::optional<QString> PlainText::checkValue(QStringView text, bool multiLine)
{
    for (const QChar ch : text) {
        const char32_t c = ch.unicode();
        if (isUnsafe(c) || (!multiLine && c == U'\n')) {
            return c == U'\n' ? tr("holds a line break; write it on one line")
                              : tr("holds %1; write plain text").arg(describeChar(c));
        }
    }
    return std::nullopt;
}

QString PlainText::printable(QStringView text)
{
    return escapeUnsafe(text, false);
}

QString PlainText::terminalSafe(QStringView text)
{
    return escapeUnsafe(text, true);
}

QString PlainText::jsonTerminalSafe(QStringView json)
{
    QString out;
    out.reserve(json.size());
    for (const QChar ch : json) {
        const char16_t c = ch.unicode();
        // Outside strings JSON text is ASCII punctuation and white space, so these sit inside strings.
        if ((c >= 0x7F && c <= 0x9F) || isBidiControl(c)) {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else {
            out += ch;
        }
    }
    return out;
}

int PlainText::indentOf(QStringView line)
{
    int indent = 0;
    for (const QChar c : line) {
        if (c == u' ') {
            ++indent;
        } else if (c == u'\t') {
            indent += 4;
        } else {
            break;
        }
    }
    return indent;
}

} // namespace certdeck
