#pragma once

#include <QChar>
#include <QJsonDocument>
#include <QString>
#include <QTextStream>

namespace certdeck {

/// Where a command writes its text. Everything passes through PlainText::terminalSafe, so no control or
/// escape character from a file, the content or an argument reaches a terminal raw; JSON keeps its
/// meaning, with the controls QJsonDocument leaves raw written as \uXXXX escapes.
class CliOutput {
public:
    explicit CliOutput(QTextStream& stream) : m_stream(stream) {}

    CliOutput& operator<<(const QString& text);
    CliOutput& operator<<(QChar c);
    void json(const QJsonDocument& document);
    void flush() { m_stream.flush(); }

private:
    QTextStream& m_stream;
};

} // namespace certdeck
