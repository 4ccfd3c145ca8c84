#pragma once

#include <QPalette>
#include <QString>

namespace certdeck {

/// A card's text as HTML for a QTextBrowser. The decks write plain text with light markdown, and that is all
/// that becomes markup:
///   **bold**, *emphasis*, `code` (also ``code with a ` inside``), a backslash before * ` | or \ keeps it as
///   is;
///   ``` fenced code blocks ```, "- " (or "* ", "+ ") bullet lists, "1. " (or "1) ") numbered lists, nested
///   by indentation; pipe tables ("| a | b |", a "|---|---|" row under the first makes it a header);
///   paragraphs separated by a blank line, and a line break kept as a line break.
/// Every other character is escaped: card text is never interpreted as HTML ("<b>" shows as "<b>").
/// Colours (code background, table rules) come from `palette`, so the text reads in light and dark themes.
class CardText {
public:
    static QString toHtml(const QString& text, const QPalette& palette);
};

} // namespace certdeck
