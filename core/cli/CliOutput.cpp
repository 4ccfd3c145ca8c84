#include "cli/CliOutput.h"

#include "util/PlainText.h"

namespace certdeck {

CliOutput& CliOutput::operator<<(const QString& text)
{
    m_stream << PlainText::terminalSafe(text);
    return *this;
}

CliOutput& CliOutput::operator<<(QChar c)
{
    m_stream << PlainText::terminalSafe(QStringView(&c, 1));
    return *this;
}

void CliOutput::json(const QJsonDocument& document)
{
    m_stream << PlainText::jsonTerminalSafe(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

} // namespace certdeck
