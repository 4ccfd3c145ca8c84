#pragma once

// CSV for spreadsheets: what `certdeck export` writes, as pure functions of a table of cells.
//
// Format. RFC 4180: fields separated by commas, records ended by CRLF (the last one too), a field quoted
// with double quotes when it holds a comma, a double quote, a CR or an LF, and a double quote inside a
// quoted field doubled. The first record is the header. The document is UTF-8 and starts with a byte-order
// mark (EF BB BF), so Excel reads accented and Japanese text as UTF-8 instead of the system's code page;
// LibreOffice, Numbers, Google Sheets and Python's "utf-8-sig" take it as well.
//
// Formula injection. A spreadsheet runs a cell that starts with =, +, -, @ (or a tab or CR, which some
// strip before looking) as a formula, so a card's text could compute or fetch something when the file is
// opened. A text cell (text from the content or the learner) that starts with one of those characters gets
// a single quote in front ('=A1 shows as =A1, as text), as OWASP recommends. A cell Certdeck formats itself
// (numbers such as -1, times, true/false) is written as it is, so it stays a number in the spreadsheet.
//
// Values. Numbers use a dot as the decimal separator whatever the locale (a spreadsheet set to a comma
// locale reads them with its CSV import's "English" setting); times are ISO 8601 in UTC with a Z
// ("2026-11-22T10:00:00Z"); yes/no values are "true" and "false", which Excel and LibreOffice read as
// booleans; a missing value is an empty field.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace certdeck {

/// One field of a CSV row: its value, and whether it is text that needs guarding against formula injection.
struct CsvCell {
    QString value;
    bool text = true; ///< text from the content or the learner; false for values Certdeck formats itself

    /// Text from the content or the learner (guarded against formula injection when written).
    static CsvCell fromText(const QString& text) { return {text, true}; }
    /// A whole number.
    static CsvCell number(qint64 value);
    /// A number with `decimals` digits after the dot.
    static CsvCell number(double value, int decimals);
    /// "true" or "false".
    static CsvCell boolean(bool value);
    /// ISO 8601 in UTC, to the second, with a Z; empty for a null time.
    static CsvCell time(const QDateTime& at);
    /// An empty field (a value that does not apply or is not known).
    static CsvCell empty() { return {QString(), false}; }

    friend bool operator==(const CsvCell&, const CsvCell&) = default;
};

using CsvRow = QList<CsvCell>;

/// A header and the rows under it; every row has as many cells as the header.
struct CsvTable {
    QStringList header;
    QList<CsvRow> rows;
};

class CsvWriter {
public:
    /// The UTF-8 byte-order mark a document starts with.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

    /// One field as written: guarded (text cells), then quoted when it needs to be.
    static QString field(const CsvCell& cell);
    /// One record: the fields joined by commas, ended by CRLF.
    static QString record(const CsvRow& cells);
    /// The header and every row as text, without the byte-order mark.
    static QString text(const CsvTable& table);
    /// The whole document: the byte-order mark, then text() in UTF-8.
    static QByteArray document(const CsvTable& table);
};

} // namespace certdeck
