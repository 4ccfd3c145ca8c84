#include "cli/ManPage.h"

#include "cli/CommandLine.h"

#include <QRegularExpression>

namespace certdeck {

namespace {

/// A synopsis ("--item-kb X [--json]") with options in bold and the values to type in italics.
QString styledSynopsis(const QString& synopsis)
{
    static const QRegularExpression token(QStringLiteral(R"(--?[a-z][a-z0-9-]*|<[^>]+>|\b[A-Z][A-Z_]*\b)"));
    QString out;
    qsizetype at = 0;
    for (auto it = token.globalMatch(synopsis); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += roffEscaped(synopsis.mid(at, m.capturedStart() - at));
        QString word = m.captured();
        if (word.startsWith(u'<')) {
            word = word.mid(1, word.size() - 2);
        }
        out += (word.startsWith(u'-') ? QStringLiteral("\\fB") : QStringLiteral("\\fI")) + roffEscaped(word) +
               QStringLiteral("\\fR");
        at = m.capturedEnd();
    }
    return out + roffEscaped(synopsis.mid(at));
}

QString paragraph(const QString& text)
{
    return QStringLiteral(".PP\n") + roffEscaped(text) + u'\n';
}

QString item(const QString& term, const QString& text)
{
    return QStringLiteral(".TP\n") + term + u'\n' + roffEscaped(text) + u'\n';
}

} // namespace

QString roffEscaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\') {
            out += QStringLiteral("\\e");
        } else if (c == u'-') {
            out += QStringLiteral("\\-");
        } else {
            out += c;
        }
    }
    // A line starting with a dot or an apostrophe would be read as a request.
    static const QRegularExpression control(QStringLiteral(R"((^|\n)([.']))"));
    out.replace(control, QStringLiteral("\\1\\&\\2"));
    return out;
}

QString manPage(const QString& version, const QDate& date)
{
    QString page;
    page += QStringLiteral(".\\\" certdeck(1), generated from the command table (core/cli/ManPage.cpp).\n");
    page += QStringLiteral(".TH CERTDECK 1 \"%1\" \"certdeck %2\" \"User Commands\"\n")
                .arg(date.toString(Qt::ISODate), roffEscaped(version));
    page += QStringLiteral(".SH NAME\ncertdeck \\- study companion for AWS certifications\n");
    page += QStringLiteral(".SH SYNOPSIS\n.B certdeck\n.br\n.B certdeck\n.I command\n.RI [ options ]\n");

    page += QStringLiteral(".SH DESCRIPTION\n");
    page += paragraph(QStringLiteral(
        "Certdeck turns plain-text AWS study notes into spaced-repetition flashcards (FSRS), timed SAA-C03 "
        "and DVA-C02 practice exams with scaled scores, per-topic calculators that show their working, and "
        "a lookup of limits and formulas."));
    page += paragraph(QStringLiteral(
        "Without arguments, certdeck opens its window. With a command, it runs that command without a "
        "display and writes the result to standard output; most commands print JSON with --json."));

    // Commands and options are typed as shown: neither hyphenated nor spread out to fill the line.
    page += QStringLiteral(".SH COMMANDS\n.nh\n.ad l\n");
    for (const CliCommand& c : CommandLine::commands()) {
        QString term =
            QStringLiteral("\\fBcertdeck ") + roffEscaped(c.words.join(u' ')) + QStringLiteral("\\fR");
        if (!c.synopsis.isEmpty()) {
            term += u' ' + styledSynopsis(c.synopsis);
        }
        page += item(term, c.summary);
    }
    page += paragraph(
        QStringLiteral("Each command explains its options with --help: certdeck progress restore --help."));

    page += QStringLiteral(".hy\n.ad\n.SH OPTIONS\n");
    page += item(QStringLiteral("\\fB\\-h\\fR, \\fB\\-\\-help\\fR"),
                 QStringLiteral("Show the help; after a command, that command's help."));
    page += item(QStringLiteral("\\fB\\-v\\fR, \\fB\\-\\-version\\fR"), QStringLiteral("Show the version."));

    page += QStringLiteral(".SH FILES\n");
    page +=
        item(QStringLiteral("\\fI~/.local/share/certdeck/progress.db\\fR"),
             QStringLiteral("Your progress: reviews, card states, exam attempts. Certdeck never overwrites a "
                            "file there that is not its own."));
    page += item(
        QStringLiteral("\\fI~/.local/share/certdeck/backups/\\fR"),
        QStringLiteral(
            "Backups of your progress, made when the app opens and while you study; see certdeck progress "
            "backups."));
    page += item(QStringLiteral("\\fI~/.config/certdeck/certdeck.conf\\fR"),
                 QStringLiteral("Settings: the window, review limits, recent lookups."));
    page +=
        item(QStringLiteral("\\fI/usr/share/certdeck/content.db\\fR"),
             QStringLiteral("The built-in content: cards, questions, limits, formulas and notes, compiled "
                            "from the files in /usr/share/certdeck/content."));

    page += QStringLiteral(".SH ENVIRONMENT\n");
    page += item(
        QStringLiteral("\\fBCERTDECK_DATA_DIR\\fR"),
        QStringLiteral("The folder for progress.db and its backups instead of ~/.local/share/certdeck."));
    page += item(QStringLiteral("\\fBCERTDECK_CONTENT_DB\\fR"),
                 QStringLiteral("A content database to use instead of the built-in one."));
    page += item(QStringLiteral("\\fBCERTDECK_CONTENT_SOURCE\\fR"),
                 QStringLiteral("The content sources certdeck content check reads by default."));
    page += item(QStringLiteral("\\fBCERTDECK_LANG\\fR"),
                 QStringLiteral("The language of the window and the messages (en, de, es, ja) instead of the "
                                "system's."));

    page += QStringLiteral(".SH EXIT STATUS\n");
    page += item(QStringLiteral("\\fB0\\fR"), QStringLiteral("Success."));
    page += item(QStringLiteral("\\fB1\\fR"), QStringLiteral("The command failed, or found problems."));
    page += item(QStringLiteral("\\fB2\\fR"), QStringLiteral("The command line was wrong."));
    return page;
}

} // namespace certdeck
