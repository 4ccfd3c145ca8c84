#pragma once

#include <QString>

namespace certdeck {

/// A tooltip that shows `text` as written. Qt renders a tooltip as HTML whenever it looks like HTML, so
/// text from the notes or the content ("<img src=...>", "a < b") is escaped into a rich-text tooltip.
inline QString plainToolTip(const QString& text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace certdeck
