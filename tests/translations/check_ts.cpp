// certdeck_check_ts FILE.ts...: what a translation file leaves the learner reading in English or wrong.
// Reports, as file:line: problem, every message that is unfinished, empty or obsolete, a plural message
// without exactly the plural forms its language has, and a translation whose %1..%99 placeholders differ
// from its source's. Exits 1 when anything is reported.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

/// Plural forms per language, as Qt's lrelease counts them (Japanese has one, German, Spanish, English two).
int pluralForms(const QString& language)
{
    return language.startsWith(QLatin1String("ja")) ? 1 : 2;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression arg(QStringLiteral(R"(%(\d{1,2}))"));
    QSet<QString> found;
    for (auto it = arg.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured(0));
    }
    return found;
}

struct Message {
    qint64 line = 0;
    bool numerus = false;
    QString source;
    QString type;
    QString translation;
    QStringList forms;
};

class Checker {
public:
    explicit Checker(QString file) : m_file(std::move(file)) {}

    int run()
    {
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly)) {
            report(0, QStringLiteral("cannot be read"));
            return m_problems;
        }
        QXmlStreamReader xml(&f);
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == u"TS") {
                    m_language = xml.attributes().value(QLatin1String("language")).toString();
                } else if (name == u"message") {
                    m = Message{xml.lineNumber(),
                                xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}, {}, {}};
                    ++m_messages;
                } else if (name == u"source") {
                    m.source = xml.readElementText();
                } else if (name == u"translation") {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus) {
                        m.translation = xml.readElementText();
                    }
                } else if (name == u"numerusform") {
                    m.forms.append(xml.readElementText());
                }
            } else if (xml.isEndElement() && xml.name() == u"message") {
                check(m);
            }
        }
        if (xml.hasError()) {
            report(xml.lineNumber(), QStringLiteral("is not well-formed: ") + xml.errorString());
        }
        if (m_messages == 0) {
            report(0, QStringLiteral("holds no message"));
        }
        return m_problems;
    }

private:
    void check(const Message& m)
    {
        const QString quoted = u'"' + m.source.left(60) + u'"';
        if (!m.type.isEmpty()) {
            report(m.line, quoted + QStringLiteral(" is ") + m.type);
            return;
        }
        const QStringList texts = m.numerus ? m.forms : QStringList{m.translation};
        if (m.numerus && m.forms.size() != pluralForms(m_language)) {
            report(m.line, quoted + QStringLiteral(" has %1 plural forms, %2 takes %3")
                                        .arg(m.forms.size())
                                        .arg(m_language)
                                        .arg(pluralForms(m_language)));
        }
        const QSet<QString> wanted = placeholders(m.source);
        for (const QString& text : texts) {
            if (text.trimmed().isEmpty()) {
                report(m.line, quoted + QStringLiteral(" has an empty translation"));
            } else if (placeholders(text) != wanted) {
                report(m.line, quoted + QStringLiteral(" is translated with other placeholders: \"") +
                                   text.left(60) + u'"');
            }
        }
    }

    void report(qint64 line, const QString& problem)
    {
        std::fprintf(stderr, "%s:%lld: %s\n", qPrintable(m_file), static_cast<long long>(line),
                     problem.toUtf8().constData());
        ++m_problems;
    }

    QString m_file;
    QString m_language;
    int m_messages = 0;
    int m_problems = 0;
};

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: certdeck_check_ts FILE.ts...\n");
        return 2;
    }
    int problems = 0;
    for (int i = 1; i < argc; ++i) {
        problems += Checker(QString::fromLocal8Bit(argv[i])).run();
    }
    return problems == 0 ? 0 : 1;
}
