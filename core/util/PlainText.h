#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace certdeck {

/// Text that comes from files or people, checked on the way in and made harmless on the way out.
///
/// Unsafe characters are the C0 controls other than tab and line feed, DEL, the C1 controls (U+0080 to
/// U+009F, which some terminals obey as escape sequences) and the bidirectional embeddings, overrides and
/// isolates (U+202A to U+202E, U+2066 to U+2069), which make text read differently from what it holds.
class PlainText {
    Q_DECLARE_TR_FUNCTIONS(PlainText)

public:
    struct Problem {
        int line = 0;   ///< 1-based
        int column = 0; ///< 1-based, in characters (bytes for invalid UTF-8)
        QString message;
    };

    /// The first place where a text file is not valid UTF-8 or holds an unsafe character. A carriage return
    /// is accepted only right before a line feed.
    static std::optional<Problem> checkFile(const QByteArray& bytes);
    /// The first unsafe character in a value already decoded (a YAML scalar), as a message, or nullopt.
    /// `multiLine` allows line feeds.
    static std::optional<QString> checkValue(QStringView text, bool multiLine);

    static bool isUnsafe(char32_t c);
    /// The columns a line's leading spaces and tabs take (a tab counts 4): how notes and cards nest lists.
    static int indentOf(QStringView line);

    /// `text` on one line: every unsafe character, line feed and tab shown as an escape (\x1b, \n, \u202e).
    static QString printable(QStringView text);
    /// `text` for a terminal: unsafe characters escaped, line feeds and tabs kept.
    static QString terminalSafe(QStringView text);
    /// JSON text whose strings may hold DEL, C1 or bidirectional controls (QJsonDocument writes them raw):
    /// those become \uXXXX escapes, which decode to the same strings.
    static QString jsonTerminalSafe(QStringView json);

    /// "U+001B (escape)": how a message names a character.
    static QString describeChar(char32_t c);
};

} // namespace certdeck
