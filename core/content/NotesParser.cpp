#include "content/NotesParser.h"

#include "util/PlainText.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace certdeck {

namespace {

constexpr qsizetype kHeadingMaxLength = 60; // longer "titles" are prose: their topic is searched for anywhere
constexpr qsizetype kBareHeadingMaxLength = 40; // a heading with no rule near it must be short
constexpr qsizetype kTitleDisplayLength = 72;

bool isBlank(const QString& line)
{
    return line.trimmed().isEmpty();
}

/// A separator: only '=' (any count) or only '-' (two or more), possibly indented.
bool isRule(const QString& line)
{
    const QString t = line.trimmed();
    if (t.isEmpty()) {
        return false;
    }
    const bool equals = std::all_of(t.begin(), t.end(), [](QChar c) { return c == u'='; });
    const bool dashes = t.size() >= 2 && std::all_of(t.begin(), t.end(), [](QChar c) { return c == u'-'; });
    return equals || dashes;
}

bool isContent(const QString& line)
{
    return !isBlank(line) && !isRule(line);
}

bool isRuleChar(QChar c)
{
    return c == u'-' || c == u'=';
}

/// "-----EC2-----" -> "EC2": a title between runs of at least three '-' or '=', found in one pass. The
/// backtracking pattern it replaces spent up to 3 s on a single hostile line ("---", thousands of spaces,
/// "x") before PCRE2 gave up (BM_NotesParserHostileRules).
std::optional<QString> bannerTitle(const QString& line)
{
    static const QRegularExpression letter(QStringLiteral(R"(\p{L})"));
    const QStringView t = QStringView(line).trimmed();
    qsizetype lead = 0;
    while (lead < t.size() && isRuleChar(t[lead])) {
        ++lead;
    }
    qsizetype trail = 0;
    while (trail < t.size() - lead && isRuleChar(t[t.size() - 1 - trail])) {
        ++trail;
    }
    if (lead < 3 || trail < 3) {
        return std::nullopt;
    }
    const QString title = t.mid(lead, t.size() - lead - trail).trimmed().toString();
    if (!title.contains(letter)) {
        return std::nullopt;
    }
    return title;
}

bool isUrlOnly(const QString& line)
{
    static const QRegularExpression url(QStringLiteral(R"(^[-*\s]*(https?://|www\.)\S+\s*$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(line).hasMatch();
}

/// Text without list markers and trailing colons: "  - SNS : fan out:" -> "SNS : fan out".
QString cleanTitle(const QString& line)
{
    static const QRegularExpression marker(QStringLiteral(R"(^\s*(?:[-*•>]+|=>|\d+[.)]|[a-z][.)])\s+)"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    QString t = line;
    t.remove(marker);
    t = t.trimmed();
    t.replace(spaces, QStringLiteral(" "));
    while (t.endsWith(u':') || t.endsWith(u',')) {
        t.chop(1);
        t = t.trimmed();
    }
    return t;
}

QString displayTitle(const QString& title)
{
    if (title.size() <= kTitleDisplayLength) {
        return title;
    }
    qsizetype cut = title.lastIndexOf(u' ', kTitleDisplayLength - 1);
    if (cut < kTitleDisplayLength / 2) {
        cut = kTitleDisplayLength - 1;
    }
    return title.left(cut).trimmed() + QStringLiteral("…");
}

/// Short, starts like a heading (a letter or digit), not a list item or a sentence.
bool isHeadingLike(const QString& line, qsizetype maxLength = kHeadingMaxLength)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > maxLength || !t.front().isLetterOrNumber()) {
        return false;
    }
    return !t.endsWith(u'.') && !isUrlOnly(t);
}

/// "## Topic ##" -> (2, "Topic"): a Markdown ATX heading (up to three spaces before the hashes, a space or
/// the end of the line after them), or level 0.
std::pair<int, QString> markdownHeading(const QString& line)
{
    static const QRegularExpression atx(
        QStringLiteral(R"(^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$)"));
    const QRegularExpressionMatch m = atx.match(line);
    if (!m.hasMatch()) {
        return {0, QString()};
    }
    return {int(m.capturedLength(1)), m.captured(2).trimmed()};
}

/// "```" or "~~~" (three or more, up to three spaces in): a fenced code block opens or closes.
bool isFence(const QString& line)
{
    const QString t = line.trimmed();
    return (t.startsWith(QStringLiteral("```")) || t.startsWith(QStringLiteral("~~~"))) &&
           PlainText::indentOf(line) <= 3;
}

} // namespace

QString notesStyleName(NotesStyle style)
{
    switch (style) {
    case NotesStyle::Banner:
        return QStringLiteral("banner");
    case NotesStyle::Markdown:
        return QStringLiteral("markdown");
    case NotesStyle::Ruled:
        break;
    }
    return QStringLiteral("ruled");
}

qsizetype NotesDocument::sectionIndexAt(int line) const
{
    const auto it = std::upper_bound(sections.begin(), sections.end(), line,
                                     [](int l, const NoteSection& s) { return l < s.firstLine; });
    if (it == sections.begin()) {
        return -1;
    }
    const qsizetype index = std::distance(sections.begin(), it) - 1;
    return line <= sections[index].lastLine ? index : -1;
}

QStringList NotesParser::splitLines(const QByteArray& bytes)
{
    if (bytes.isEmpty()) {
        return {};
    }
    QString text = QString::fromUtf8(bytes);
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n')) {
        lines.removeLast();
    }
    for (QString& line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    return lines;
}

NotesStyle NotesParser::detectStyle(const QStringList& lines)
{
    const bool anyBanner =
        std::any_of(lines.begin(), lines.end(), [](const QString& l) { return bannerTitle(l).has_value(); });
    if (anyBanner) {
        return NotesStyle::Banner;
    }
    // "# Title" with words after the hashes; a line of hashes alone ("#####") is a rule, not a heading.
    const bool anyHeading = std::any_of(lines.begin(), lines.end(), [](const QString& l) {
        const auto [level, title] = markdownHeading(l);
        return level > 0 && !title.isEmpty();
    });
    return anyHeading ? NotesStyle::Markdown : NotesStyle::Ruled;
}

NotesDocument NotesParser::parse(const QString& fileName, const QByteArray& bytes) const
{
    NotesDocument doc;
    doc.fileName = fileName;
    doc.lines = splitLines(bytes);
    doc.style = detectStyle(doc.lines);
    if (!doc.lines.isEmpty()) {
        switch (doc.style) {
        case NotesStyle::Banner:
            doc.sections = parseBanner(doc.lines);
            break;
        case NotesStyle::Markdown:
            doc.sections = parseMarkdown(doc.lines);
            break;
        case NotesStyle::Ruled:
            doc.sections = parseRuled(doc.lines);
            break;
        }
    }
    return doc;
}

QList<NoteSection> NotesParser::parseBanner(const QStringList& lines) const
{
    const int n = int(lines.size());
    QList<Start> starts;
    QList<int> bannerLines;
    for (int i = 0; i < n; ++i) {
        if (bannerTitle(lines[i])) {
            bannerLines.append(i);
        }
    }
    auto isPureRule = [&](int i) { return i >= 0 && i < n && isRule(lines[i]) && !bannerTitle(lines[i]); };

    // Text before the first banner is a section of its own only when it has a line of text to be titled by;
    // blank lines and rules at the top belong to the first banner's section.
    const int preambleEnd = bannerLines.isEmpty() ? n : bannerLines.first();
    int preambleTitle = 0;
    while (preambleTitle < preambleEnd && !isContent(lines[preambleTitle])) {
        ++preambleTitle;
    }
    if (preambleTitle < preambleEnd) {
        starts.append(Start{0, preambleTitle, 1, {}});
    }
    int previousBodyStart = 0; // rules above a banner are its own, back to the previous banner's body
    for (qsizetype b = 0; b < bannerLines.size(); ++b) {
        const int title = bannerLines[b];
        int first = title;
        while (isPureRule(first - 1) && first - 1 >= previousBodyStart) {
            --first;
        }
        int bodyStart = title + 1;
        while (isPureRule(bodyStart)) {
            ++bodyStart;
        }
        if (starts.isEmpty()) {
            first = 0; // the first section starts at the top of the file
        }
        starts.append(Start{first, title, 1, *bannerTitle(lines[title])});
        previousBodyStart = bodyStart;

        // Sub-sections: an unindented short line after a blank line, with a body below it. The first
        // paragraph after the banner belongs to the banner itself.
        const int end = b + 1 < bannerLines.size() ? bannerLines[b + 1] : n;
        bool seenBody = false;
        for (int i = bodyStart; i < end; ++i) {
            if (!isContent(lines[i])) {
                continue;
            }
            const bool opens = seenBody && PlainText::indentOf(lines[i]) == 0 && isBlank(lines[i - 1]) &&
                               i + 1 < end && isContent(lines[i + 1]) && isHeadingLike(lines[i]);
            if (opens) {
                starts.append(Start{i, i, 2, {}});
            }
            seenBody = true;
        }
    }
    return finish(lines, starts, true);
}

QList<NoteSection> NotesParser::parseRuled(const QStringList& lines) const
{
    const int n = int(lines.size());
    QList<Start> starts;
    QList<bool> isTitle(n, false);
    auto levelOf = [&](int i) { return PlainText::indentOf(lines[i]) <= 1 ? 1 : 2; };
    auto open = [&](int first, int title) {
        starts.append(Start{first, title, levelOf(title), {}});
        isTitle[title] = true;
    };

    int previousContent = -1;
    for (int i = 0; i < n; ++i) {
        if (isBlank(lines[i])) {
            continue;
        }
        if (isRule(lines[i])) {
            int j = i;
            while (j < n && !isContent(lines[j])) {
                ++j;
            }
            const bool underline =
                previousContent >= 0 && previousContent == i - 1 && isTitle[previousContent];
            if (underline) {
                // "Title\n===": the rule lines right under a title belong to it; a later rule opens a
                // section.
                while (i + 1 < n && isRule(lines[i + 1])) {
                    ++i;
                }
                continue;
            }
            if (j < n) {
                open(starts.isEmpty() ? 0 : i, j);
                previousContent = j;
            }
            i = j; // j is the title just opened, or n
            continue;
        }
        if (starts.isEmpty()) {
            open(0, i); // the first words of the file head its first section
        } else {
            const int indent = PlainText::indentOf(lines[i]);
            const bool blankBefore = i == 0 || isBlank(lines[i - 1]);
            const bool ruleAfter = i + 1 < n && isRule(lines[i + 1]);
            // "Title\n===" after a blank line: the rule underlines the title.
            const bool underlined = indent <= 1 && blankBefore && ruleAfter && isHeadingLike(lines[i]);
            // A short unindented line between indented blocks ("LB").
            const bool bare = indent <= 1 && i + 1 < n && isContent(lines[i + 1]) &&
                              PlainText::indentOf(lines[i + 1]) >= indent + 2 &&
                              (blankBefore || PlainText::indentOf(lines[i - 1]) >= indent + 2) &&
                              isHeadingLike(lines[i], kBareHeadingMaxLength);
            if (underlined || bare) {
                open(i, i);
            }
        }
        previousContent = i;
    }
    if (starts.isEmpty()) {
        starts.append(Start{0, 0, 1, {}});
    }
    return finish(lines, starts, false);
}

QList<NoteSection> NotesParser::parseMarkdown(const QStringList& lines) const
{
    const int n = int(lines.size());
    struct Heading {
        int line = 0;
        int depth = 0;
        QString title;
    };
    QList<Heading> headings;
    int shallowest = 7;
    bool inFence = false;
    for (int i = 0; i < n; ++i) {
        if (isFence(lines[i])) {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            continue;
        }
        const auto [depth, title] = markdownHeading(lines[i]);
        if (depth > 0 && !title.isEmpty()) {
            headings.append(Heading{i, depth, title});
            shallowest = std::min(shallowest, depth);
        }
    }

    QList<Start> starts;
    // Text above the first heading is a section of its own when it holds a line of text to be titled by.
    const int preambleEnd = headings.isEmpty() ? n : headings.first().line;
    int preambleTitle = 0;
    while (preambleTitle < preambleEnd && !isContent(lines[preambleTitle])) {
        ++preambleTitle;
    }
    if (preambleTitle < preambleEnd) {
        starts.append(Start{0, preambleTitle, 1, {}});
    }
    for (const Heading& h : std::as_const(headings)) {
        starts.append(Start{starts.isEmpty() ? 0 : h.line, h.line, h.depth == shallowest ? 1 : 2, h.title});
    }
    if (starts.isEmpty()) {
        starts.append(Start{0, 0, 1, {}});
    }
    return finish(lines, starts, true);
}

QList<NoteSection> NotesParser::finish(const QStringList& lines, QList<Start> starts,
                                       bool inheritFromMajor) const
{
    std::stable_sort(starts.begin(), starts.end(),
                     [](const Start& a, const Start& b) { return a.line < b.line; });
    // Two starts on one line: keep the later one (the more specific title).
    QList<Start> unique;
    for (const Start& s : starts) {
        if (!unique.isEmpty() && unique.last().line == s.line) {
            unique.last() = s;
        } else {
            unique.append(s);
        }
    }

    const int n = int(lines.size());
    QList<NoteSection> sections;
    QString previousTopic = generalTopic();
    QString majorTopic = generalTopic();
    for (qsizetype k = 0; k < unique.size(); ++k) {
        const Start& s = unique[k];
        NoteSection section;
        section.firstLine = s.line + 1;
        section.lastLine = k + 1 < unique.size() ? unique[k + 1].line : n;
        section.level = s.level;

        int titleLine = s.titleLine;
        if (s.title.isEmpty() && isUrlOnly(lines[titleLine])) {
            // A link is a poor title: take the next line of text in the section when there is one.
            for (int i = titleLine + 1; i < section.lastLine; ++i) {
                if (isContent(lines[i]) && !isUrlOnly(lines[i])) {
                    titleLine = i;
                    break;
                }
            }
        }
        section.headingLine = titleLine + 1;
        const QString fullTitle = s.title.isEmpty() ? cleanTitle(lines[titleLine]) : cleanTitle(s.title);
        section.title = displayTitle(fullTitle.isEmpty() ? lines[titleLine].trimmed() : fullTitle);

        section.headingTopics = m_catalog.topicsInHeading(fullTitle);
        if (section.headingTopics.isEmpty() && fullTitle.size() > kHeadingMaxLength) {
            // A line of prose standing as a title: the first topic it names anywhere.
            const QString topic = m_catalog.firstTopicInText(fullTitle);
            if (!topic.isEmpty()) {
                section.headingTopics = QStringList{topic};
            }
        }
        const QString inherited = inheritFromMajor && section.level > 1 ? majorTopic : previousTopic;
        section.topic = section.headingTopics.value(0, inherited);
        if (inheritFromMajor && section.level > 1 && m_catalog.topicsInText(fullTitle).contains(majorTopic)) {
            section.topic = majorTopic; // "IAM roles for ECS Tasks" under the ECS banner stays with ECS
        }
        if (section.level == 1) {
            majorTopic = section.topic;
        }
        previousTopic = section.topic;
        sections.append(section);
    }
    return sections;
}

} // namespace certdeck
