#include "export/CsvWriter.h"

namespace certdeck {

namespace {

/// A spreadsheet may run a cell starting with one of these as a formula.
bool startsLikeFormula(const QString& value)
{
    if (value.isEmpty()) {
        return false;
    }
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

bool needsQuotes(const QString& value)
{
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            return true;
        }
    }
    return false;
}

} // namespace

CsvCell CsvCell::number(qint64 value)
{
    return {QString::number(value), false};
}

CsvCell CsvCell::number(double value, int decimals)
{
    // QString::number is locale-independent: always a dot.
    return {QString::number(value, 'f', decimals), false};
}

CsvCell CsvCell::boolean(bool value)
{
    return {value ? QStringLiteral("true") : QStringLiteral("false"), false};
}

CsvCell CsvCell::time(const QDateTime& at)
{
    return {at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString(), false};
}

QString CsvWriter::field(const CsvCell& cell)
{
    QString value = cell.value;
    if (cell.text && startsLikeFormula(value)) {
        value.prepend(u'\'');
    }
    if (!needsQuotes(value)) {
        return value;
    }
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

QString CsvWriter::record(const CsvRow& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line += u',';
        }
        line += field(cells[i]);
    }
    return line + QStringLiteral("\r\n");
}

QString CsvWriter::text(const CsvTable& table)
{
    CsvRow header;
    header.reserve(table.header.size());
    for (const QString& name : table.header) {
        header.append(CsvCell::fromText(name));
    }
    QString out = record(header);
    for (const CsvRow& row : table.rows) {
        out += record(row);
    }
    return out;
}

QByteArray CsvWriter::document(const CsvTable& table)
{
    return byteOrderMark() + text(table).toUtf8();
}

} // namespace certdeck
