#pragma once

#include <QDate>
#include <QString>

namespace certdeck {

/// certdeck(1), in man(7) markup, made from the command table: the same commands, synopses and summaries
/// as `certdeck --help`, so the manual never drifts from the program. Built into the package at build time
/// (packaging/manpage.cpp); the text is the untranslated English of the table.
QString manPage(const QString& version, const QDate& date);

/// `text` as literal roff: backslashes, hyphens, and a dot or quote that would start a request.
QString roffEscaped(const QString& text);

} // namespace certdeck
