#include "content/DeckLoader.h"

#include "content/QualityGate.h"
#include "util/PlainText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace certdeck {

namespace {

using Keys = std::initializer_list<const char*>;

constexpr int kMaxChoose = 10;          // "choose 3 of 6" is the most an AWS exam asks
constexpr int kMaxExamQuestions = 1000; // a real exam has 65
constexpr int kMaxExamMinutes = 24 * 60;
constexpr int kMaxScore = 100000; // AWS scales to 1000

QString joinKeys(Keys keys)
{
    QStringList list;
    for (const char* k : keys) {
        list.append(QString::fromLatin1(k));
    }
    return list.join(QStringLiteral(", "));
}

/// Walks the YAML events of a file (aliases are not expanded, so the walk is linear in the file's size) and
/// reports what yaml-cpp's node API silently drops: a key given twice in one mapping (yaml-cpp keeps the
/// first) and a second document after "---" (YAML::Load reads only the first).
class StructureChecker : public YAML::EventHandler {
public:
    struct Finding {
        int line = 0;
        QString message;
    };

    void OnDocumentStart(const YAML::Mark& mark) override
    {
        m_documentLine = mark.line >= 0 ? mark.line + 1 : 0;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { node(mark, "~", true); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { node(mark, {}, false); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  const std::string& value) override
    {
        node(mark, value, true);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        node(mark, {}, false);
        m_stack.push_back(Frame{false, true, {}});
    }
    void OnSequenceEnd() override { pop(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        node(mark, {}, false);
        m_stack.push_back(Frame{true, true, {}});
    }
    void OnMapEnd() override { pop(); }

    /// Checks `yaml`, which YAML::Load has already accepted.
    static std::vector<Finding> check(const std::string& yaml)
    {
        StructureChecker checker;
        std::istringstream in(yaml);
        try {
            YAML::Parser parser(in);
            if (parser.HandleNextDocument(checker)) {
                StructureChecker second;
                if (parser.HandleNextDocument(second)) {
                    checker.m_findings.push_back(
                        Finding{second.m_documentLine, DeckLoader::tr("a second YAML document (after '---'): "
                                                                      "a content file is one document")});
                }
            }
        } catch (const YAML::Exception&) {
            // Syntax errors are reported by YAML::Load with their line.
        }
        return checker.m_findings;
    }

private:
    struct Frame {
        bool map = false;
        bool atKey = true;
        std::unordered_map<std::string, int> keys; ///< key -> line of its first use
    };

    void node(const YAML::Mark& mark, const std::string& scalar, bool comparable)
    {
        const int line = mark.line >= 0 ? mark.line + 1 : 0;
        if (m_stack.empty() || !m_stack.back().map) {
            return;
        }
        Frame& frame = m_stack.back();
        if (frame.atKey && comparable) {
            const auto [it, inserted] = frame.keys.try_emplace(scalar, line);
            if (!inserted) {
                m_findings.push_back(Finding{line, DeckLoader::tr("duplicate key '%1' (first at line %2); a "
                                                                  "mapping holds each key once")
                                                       .arg(QString::fromStdString(scalar))
                                                       .arg(it->second)});
            }
        }
        frame.atKey = !frame.atKey;
    }

    void pop()
    {
        if (!m_stack.empty()) {
            m_stack.pop_back();
        }
    }

    std::vector<Frame> m_stack;
    std::vector<Finding> m_findings;
    int m_documentLine = 0;
};

/// Reads one YAML file, reporting problems as file:line diagnostics.
class Reader {
public:
    Reader(QString file, QList<Diagnostic>& diagnostics) : m_file(std::move(file)), m_diagnostics(diagnostics)
    {}

    const QString& file() const { return m_file; }
    int errorCount() const { return m_errors; }

    static int lineOf(const YAML::Node& node) { return node.Mark().line >= 0 ? node.Mark().line + 1 : 0; }

    void error(int line, const QString& message)
    {
        m_diagnostics.append(Diagnostic{m_file, line, message});
        ++m_errors;
    }
    void error(const YAML::Node& node, const QString& message) { error(lineOf(node), message); }

    std::optional<YAML::Node> parse(const QByteArray& yaml)
    {
        const std::string text = yaml.toStdString();
        YAML::Node root;
        try {
            root = YAML::Load(text);
        } catch (const YAML::Exception& e) {
            error(e.mark.line >= 0 ? e.mark.line + 1 : 0,
                  DeckLoader::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
            return std::nullopt;
        }
        for (const StructureChecker::Finding& f : StructureChecker::check(text)) {
            error(f.line, f.message);
        }
        return root;
    }

    /// Line of `key` inside `map`, or of the map itself when the key is absent.
    static int keyLine(const YAML::Node& map, const char* key)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->first.Scalar() == key) {
                return lineOf(it->first);
            }
        }
        return lineOf(map);
    }

    bool expectMap(const YAML::Node& node, const QString& what)
    {
        if (!node.IsMap()) {
            error(node, DeckLoader::tr("%1 must be a mapping of keys to values").arg(what));
            return false;
        }
        return true;
    }

    void checkKeys(const YAML::Node& map, Keys allowed, const QString& what)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const std::string key = it->first.Scalar();
            bool known = false;
            for (const char* k : allowed) {
                known = known || key == k;
            }
            if (!known) {
                error(it->first, DeckLoader::tr("unknown key '%1' in %2 (expected one of: %3)")
                                     .arg(QString::fromStdString(key), what, joinKeys(allowed)));
            }
        }
    }

    /// A text value; `multiLine` allows line breaks (card backs, stems); ids, names and quotes are one line.
    std::optional<QString> text(const YAML::Node& map, const char* key, const QString& what,
                                bool required = true, bool multiLine = true)
    {
        const YAML::Node node = map[key];
        if (!node) {
            if (required) {
                error(map, DeckLoader::tr("%1 has no '%2'").arg(what, QString::fromLatin1(key)));
            }
            return std::nullopt;
        }
        if (!node.IsScalar()) {
            error(node, DeckLoader::tr("'%1' in %2 must be text").arg(QString::fromLatin1(key), what));
            return std::nullopt;
        }
        const QString value = QString::fromStdString(node.Scalar()).trimmed();
        if (value.isEmpty() && required) {
            error(node, DeckLoader::tr("'%1' in %2 is empty").arg(QString::fromLatin1(key), what));
            return std::nullopt;
        }
        if (const std::optional<QString> unsafe = PlainText::checkValue(value, multiLine)) {
            //: %3 says what is wrong, e.g. "holds U+001B (escape); write plain text"
            error(node, DeckLoader::tr("'%1' in %2 %3").arg(QString::fromLatin1(key), what, *unsafe));
            return std::nullopt;
        }
        return value;
    }

    /// A scalar used as a key or a short name (a variable, a profile or domain id): text on one line.
    std::optional<QString> name(const YAML::Node& node, const QString& what)
    {
        if (!node.IsScalar()) {
            error(node, DeckLoader::tr("%1 must be text").arg(what));
            return std::nullopt;
        }
        const QString value = QString::fromStdString(node.Scalar()).trimmed();
        if (const std::optional<QString> unsafe = PlainText::checkValue(value, false)) {
            error(node, DeckLoader::tr("%1 %2").arg(what, *unsafe));
            return std::nullopt;
        }
        return value;
    }

    /// A whole number from `min` to `max`.
    std::optional<int> integer(const YAML::Node& map, const char* key, const QString& what, int min, int max)
    {
        const YAML::Node node = map[key];
        if (!node) {
            error(map, DeckLoader::tr("%1 has no '%2'").arg(what, QString::fromLatin1(key)));
            return std::nullopt;
        }
        int value = 0;
        if (!node.IsScalar() || !YAML::convert<int>::decode(node, value) || value < min || value > max) {
            error(node, DeckLoader::tr("'%1' in %2 must be a whole number from %3 to %4")
                            .arg(QString::fromLatin1(key), what)
                            .arg(min)
                            .arg(max));
            return std::nullopt;
        }
        return value;
    }

    bool boolean(const YAML::Node& map, const char* key, const QString& what)
    {
        const YAML::Node node = map[key];
        if (!node) {
            return false;
        }
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
            error(node,
                  DeckLoader::tr("'%1' in %2 must be true or false").arg(QString::fromLatin1(key), what));
            return false;
        }
        return value;
    }

    /// A sequence under `key`; absent is an empty list.
    std::optional<YAML::Node> list(const YAML::Node& map, const char* key, const QString& what)
    {
        const YAML::Node node = map[key];
        if (!node || node.IsNull()) {
            return std::nullopt;
        }
        if (!node.IsSequence()) {
            error(node, DeckLoader::tr("'%1' in %2 must be a list").arg(QString::fromLatin1(key), what));
            return std::nullopt;
        }
        return node;
    }

private:
    QString m_file;
    QList<Diagnostic>& m_diagnostics;
    int m_errors = 0;
};

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$)"));
    return re;
}

/// Reads `id` and checks its form and its topic prefix.
QString readId(Reader& r, const YAML::Node& item, const QString& topic, const QString& what)
{
    const std::optional<QString> id = r.text(item, "id", what, true, false);
    if (!id) {
        return {};
    }
    const int line = Reader::keyLine(item, "id");
    if (!idPattern().match(*id).hasMatch()) {
        r.error(line, DeckLoader::tr(
                          "id '%1' is not of the form <topic>.<name> (lowercase letters, digits, '-', '.')")
                          .arg(*id));
    } else if (!topic.isEmpty() && !id->startsWith(topic + u'.')) {
        r.error(line, DeckLoader::tr("id '%1' must start with the deck's topic '%2.'").arg(*id, topic));
    }
    return *id;
}

SourceRef readSource(Reader& r, const YAML::Node& item, const QString& what)
{
    SourceRef source;
    source.quoteLine = Reader::keyLine(item, "source");
    source.quote = r.text(item, "source", what, true, false).value_or(QString());
    return source;
}

void readQuestion(Reader& r, const YAML::Node& item, Deck& deck)
{
    const QString what = DeckLoader::tr("question");
    if (!r.expectMap(item, what)) {
        return;
    }
    r.checkKeys(item, {"id", "tasks", "stem", "choose", "options", "explanation", "source", "ref"}, what);
    Question q;
    q.at = DeckLocation{r.file(), Reader::lineOf(item)};
    q.topic = deck.topic;
    q.id = readId(r, item, deck.topic, what);
    q.stem = r.text(item, "stem", what).value_or(QString());
    q.explanation = r.text(item, "explanation", what).value_or(QString());
    q.ref = r.text(item, "ref", what, true, false).value_or(QString());
    q.choose = r.integer(item, "choose", what, 1, kMaxChoose).value_or(0);
    q.source = readSource(r, item, what);

    const YAML::Node tasks = item["tasks"];
    q.tasksLine = Reader::keyLine(item, "tasks");
    if (!tasks || !tasks.IsMap() || tasks.size() == 0) {
        r.error(q.tasksLine,
                DeckLoader::tr("question '%1' needs 'tasks': a mapping of exam profile to task statement, "
                               "e.g. {saa-c03: \"2.1\"}")
                    .arg(q.id));
    } else {
        for (auto it = tasks.begin(); it != tasks.end(); ++it) {
            const std::optional<QString> profile = r.name(it->first, DeckLoader::tr("an exam profile id"));
            const std::optional<QString> task = r.name(it->second, DeckLoader::tr("a task statement id"));
            if (profile && task) {
                q.tasks.insert(*profile, *task);
            }
        }
    }

    const std::optional<YAML::Node> options = r.list(item, "options", what);
    if (!options) {
        r.error(Reader::keyLine(item, "options"), DeckLoader::tr("question '%1' has no options").arg(q.id));
    } else {
        QSet<QString> texts;
        for (const YAML::Node& o : *options) {
            const QString optionWhat = DeckLoader::tr("option");
            if (!r.expectMap(o, optionWhat)) {
                continue;
            }
            r.checkKeys(o, {"text", "correct", "why"}, optionWhat);
            QuestionOption option;
            option.line = Reader::lineOf(o);
            option.text = r.text(o, "text", optionWhat).value_or(QString());
            option.correct = r.boolean(o, "correct", optionWhat);
            option.why = r.text(o, "why", optionWhat).value_or(QString());
            if (!option.why.isEmpty() && QualityGate::sentenceCount(option.why) > 1) {
                r.error(Reader::keyLine(o, "why"), DeckLoader::tr("an option's 'why' must be one sentence"));
            }
            if (!option.text.isEmpty() && texts.contains(option.text)) {
                r.error(option.line,
                        DeckLoader::tr("question '%1' has the option '%2' twice").arg(q.id, option.text));
            }
            texts.insert(option.text);
            q.options.append(option);
        }
    }

    const auto correct =
        std::count_if(q.options.begin(), q.options.end(), [](const auto& o) { return o.correct; });
    if (q.choose >= 1 && options) { // a 'choose' out of range is reported where it was read
        if (correct != q.choose) {
            r.error(Reader::keyLine(item, "options"),
                    DeckLoader::tr("question '%1' says choose %2 but marks %3 option(s) correct")
                        .arg(q.id)
                        .arg(q.choose)
                        .arg(correct));
        }
        if (q.options.size() < q.choose + 2) {
            r.error(Reader::keyLine(item, "options"),
                    DeckLoader::tr("question '%1' needs at least %2 options to choose %3 (has %4)")
                        .arg(q.id)
                        .arg(q.choose + 2)
                        .arg(q.choose)
                        .arg(q.options.size()));
        }
    }
    deck.questions.append(q);
}

void readCard(Reader& r, const YAML::Node& item, Deck& deck)
{
    const QString what = DeckLoader::tr("card");
    if (!r.expectMap(item, what)) {
        return;
    }
    r.checkKeys(item, {"id", "front", "back", "source", "ref"}, what);
    Card c;
    c.at = DeckLocation{r.file(), Reader::lineOf(item)};
    c.topic = deck.topic;
    c.id = readId(r, item, deck.topic, what);
    c.front = r.text(item, "front", what).value_or(QString());
    c.back = r.text(item, "back", what).value_or(QString());
    c.ref = r.text(item, "ref", what, false, false).value_or(QString());
    c.source = readSource(r, item, what);
    deck.cards.append(c);
}

void readLimit(Reader& r, const YAML::Node& item, Deck& deck)
{
    const QString what = DeckLoader::tr("limit");
    if (!r.expectMap(item, what)) {
        return;
    }
    r.checkKeys(item, {"id", "name", "value", "unit", "note", "source", "ref"}, what);
    Limit l;
    l.at = DeckLocation{r.file(), Reader::lineOf(item)};
    l.topic = deck.topic;
    l.id = readId(r, item, deck.topic, what);
    l.name = r.text(item, "name", what).value_or(QString());
    l.value = r.text(item, "value", what).value_or(QString());
    double number = 0;
    const bool isNumber =
        item["value"] && item["value"].IsScalar() && YAML::convert<double>::decode(item["value"], number);
    if (isNumber && !std::isfinite(number)) {
        r.error(Reader::keyLine(item, "value"),
                DeckLoader::tr("limit value '%1' is not a finite number; write a number, or words such as "
                               "\"no limit\"")
                    .arg(l.value));
    }
    l.numeric = isNumber && std::isfinite(number);
    l.unit = r.text(item, "unit", what).value_or(QString());
    l.note = r.text(item, "note", what, false).value_or(QString());
    l.ref = r.text(item, "ref", what, true, false).value_or(QString());
    l.source = readSource(r, item, what);
    deck.limits.append(l);
}

void readFormula(Reader& r, const YAML::Node& item, Deck& deck)
{
    const QString what = DeckLoader::tr("formula");
    if (!r.expectMap(item, what)) {
        return;
    }
    r.checkKeys(item,
                {"id", "name", "expression", "where", "example", "calculator", "inputs", "source", "ref"},
                what);
    Formula f;
    f.at = DeckLocation{r.file(), Reader::lineOf(item)};
    f.topic = deck.topic;
    f.id = readId(r, item, deck.topic, what);
    f.name = r.text(item, "name", what).value_or(QString());
    f.expression = r.text(item, "expression", what).value_or(QString());
    f.example = r.text(item, "example", what, false).value_or(QString());
    f.ref = r.text(item, "ref", what, false, false).value_or(QString());
    f.calculator = r.text(item, "calculator", what, false, false).value_or(QString());
    const YAML::Node inputs = item["inputs"];
    if (inputs && !inputs.IsNull()) {
        if (!inputs.IsMap()) {
            r.error(inputs, DeckLoader::tr("'inputs' in formula must map each calculator input to a value"));
        } else if (f.calculator.isEmpty()) {
            r.error(inputs, DeckLoader::tr("'inputs' in formula needs a 'calculator' to give them to"));
        } else {
            for (auto it = inputs.begin(); it != inputs.end(); ++it) {
                const std::optional<QString> key = r.name(it->first, DeckLoader::tr("an input"));
                const std::optional<QString> value = r.name(it->second, DeckLoader::tr("an input's value"));
                if (key && value) {
                    f.inputs.append({*key, *value});
                }
            }
        }
    }
    const YAML::Node where = item["where"];
    if (where && !where.IsNull()) {
        if (!where.IsMap()) {
            r.error(where, DeckLoader::tr("'where' in formula must map each variable to its meaning"));
        } else {
            for (auto it = where.begin(); it != where.end(); ++it) {
                const std::optional<QString> variable = r.name(it->first, DeckLoader::tr("a variable"));
                const std::optional<QString> meaning =
                    r.name(it->second, DeckLoader::tr("a variable's meaning"));
                if (variable && meaning) {
                    f.where.append({*variable, *meaning});
                }
            }
        }
    }
    f.source = readSource(r, item, what);
    deck.formulas.append(f);
}

void readErratum(Reader& r, const YAML::Node& item, Deck& deck)
{
    const QString what = DeckLoader::tr("erratum");
    if (!r.expectMap(item, what)) {
        return;
    }
    r.checkKeys(item, {"id", "source", "says", "correct", "ref"}, what);
    Erratum e;
    e.at = DeckLocation{r.file(), Reader::lineOf(item)};
    e.topic = deck.topic;
    e.id = readId(r, item, deck.topic, what);
    e.says = r.text(item, "says", what).value_or(QString());
    e.correct = r.text(item, "correct", what).value_or(QString());
    e.ref = r.text(item, "ref", what).value_or(QString());
    e.source = readSource(r, item, what);
    deck.errata.append(e);
}

void readSkipped(Reader& r, const YAML::Node& item, Deck& deck)
{
    const QString what = DeckLoader::tr("skipped section");
    if (!r.expectMap(item, what)) {
        return;
    }
    r.checkKeys(item, {"source", "reason"}, what);
    SkippedSection s;
    s.at = DeckLocation{r.file(), Reader::lineOf(item)};
    s.reason = r.text(item, "reason", what).value_or(QString());
    s.source = readSource(r, item, what);
    deck.skipped.append(s);
}

} // namespace

QList<Topic> DeckLoader::loadTopics(const QString& file, const QByteArray& yaml,
                                    QList<Diagnostic>& diagnostics)
{
    Reader r(file, diagnostics);
    QList<Topic> topics;
    const std::optional<YAML::Node> root = r.parse(yaml);
    if (!root || !r.expectMap(*root, tr("the topics file"))) {
        return topics;
    }
    r.checkKeys(*root, {"topics"}, tr("the topics file"));
    const std::optional<YAML::Node> list = r.list(*root, "topics", tr("the topics file"));
    if (!list) {
        r.error(*root, tr("the topics file has no 'topics' list"));
        return topics;
    }
    static const QRegularExpression topicId(QStringLiteral(R"(^[a-z0-9][a-z0-9-]*$)"));
    QHash<QString, QString> aliasOwner;
    for (const YAML::Node& item : *list) {
        const QString what = tr("topic");
        if (!r.expectMap(item, what)) {
            continue;
        }
        r.checkKeys(item, {"id", "title", "aliases"}, what);
        Topic t;
        t.line = Reader::lineOf(item);
        t.id = r.text(item, "id", what, true, false).value_or(QString());
        t.title = r.text(item, "title", what).value_or(QString());
        if (!t.id.isEmpty() && !topicId.match(t.id).hasMatch()) {
            r.error(t.line, tr("topic id '%1' must be lowercase letters, digits and '-'").arg(t.id));
        }
        for (const Topic& other : std::as_const(topics)) {
            if (other.id == t.id) {
                r.error(t.line,
                        tr("topic '%1' is declared twice (first at line %2)").arg(t.id).arg(other.line));
            }
        }
        if (const std::optional<YAML::Node> aliases = r.list(item, "aliases", what)) {
            for (const YAML::Node& a : *aliases) {
                const QString alias = QString::fromStdString(a.IsScalar() ? a.Scalar() : std::string());
                const QString key = TopicCatalog::words(alias).join(u' ');
                if (key.isEmpty()) {
                    r.error(a, tr("alias of topic '%1' has no words").arg(t.id));
                    continue;
                }
                const QString owner = aliasOwner.value(key);
                if (!owner.isEmpty() && owner != t.id) {
                    r.error(a, tr("alias '%1' names two topics: '%2' and '%3'").arg(alias, owner, t.id));
                }
                aliasOwner.insert(key, t.id);
                t.aliases.append(alias);
            }
        }
        topics.append(t);
    }
    return topics;
}

QList<ExamProfile> DeckLoader::loadExams(const QString& file, const QByteArray& yaml,
                                         QList<Diagnostic>& diagnostics)
{
    Reader r(file, diagnostics);
    QList<ExamProfile> profiles;
    const std::optional<YAML::Node> root = r.parse(yaml);
    if (!root || !r.expectMap(*root, tr("the exams file"))) {
        return profiles;
    }
    r.checkKeys(*root, {"profiles"}, tr("the exams file"));
    const std::optional<YAML::Node> list = r.list(*root, "profiles", tr("the exams file"));
    if (!list) {
        r.error(*root, tr("the exams file has no 'profiles' list"));
        return profiles;
    }
    for (const YAML::Node& item : *list) {
        const QString what = tr("exam profile");
        if (!r.expectMap(item, what)) {
            continue;
        }
        r.checkKeys(item, {"id", "code", "name", "questions", "minutes", "score", "domains"}, what);
        ExamProfile p;
        p.at = DeckLocation{file, Reader::lineOf(item)};
        p.id = r.text(item, "id", what, true, false).value_or(QString());
        p.code = r.text(item, "code", what).value_or(QString());
        p.name = r.text(item, "name", what).value_or(QString());
        p.questionCount = r.integer(item, "questions", what, 1, kMaxExamQuestions).value_or(0);
        p.minutes = r.integer(item, "minutes", what, 1, kMaxExamMinutes).value_or(0);
        if (p.questionCount <= 0 || p.minutes <= 0) {
            r.error(p.at.line,
                    tr("exam profile '%1' needs a positive question count and duration").arg(p.id));
        }
        const YAML::Node score = item["score"];
        if (!score || !score.IsMap()) {
            r.error(Reader::keyLine(item, "score"),
                    tr("exam profile '%1' needs 'score: {min, max, pass}'").arg(p.id));
        } else {
            r.checkKeys(score, {"min", "max", "pass"}, tr("score"));
            p.minScore = r.integer(score, "min", tr("score"), 0, kMaxScore).value_or(0);
            p.maxScore = r.integer(score, "max", tr("score"), 0, kMaxScore).value_or(0);
            p.passScore = r.integer(score, "pass", tr("score"), 0, kMaxScore).value_or(0);
            if (!(p.minScore < p.passScore && p.passScore <= p.maxScore)) {
                r.error(score, tr("scores must satisfy min < pass <= max (%1, %2, %3)")
                                   .arg(p.minScore)
                                   .arg(p.passScore)
                                   .arg(p.maxScore));
            }
        }
        int total = 0;
        if (const std::optional<YAML::Node> domains = r.list(item, "domains", what)) {
            for (const YAML::Node& d : *domains) {
                if (!r.expectMap(d, tr("domain"))) {
                    continue;
                }
                r.checkKeys(d, {"id", "name", "weight", "tasks"}, tr("domain"));
                ExamDomain domain;
                domain.id = r.text(d, "id", tr("domain"), true, false).value_or(QString());
                domain.name = r.text(d, "name", tr("domain")).value_or(QString());
                domain.weight = r.integer(d, "weight", tr("domain"), 1, 100).value_or(0);
                if (p.domain(domain.id)) {
                    r.error(d, tr("domain '%1' appears twice in '%2'").arg(domain.id, p.id));
                }
                if (const std::optional<YAML::Node> tasks = r.list(d, "tasks", tr("domain"))) {
                    for (const YAML::Node& t : *tasks) {
                        if (!r.expectMap(t, tr("task statement"))) {
                            continue;
                        }
                        r.checkKeys(t, {"id", "name"}, tr("task statement"));
                        ExamTask task;
                        task.id = r.text(t, "id", tr("task statement"), true, false).value_or(QString());
                        task.name = r.text(t, "name", tr("task statement"), true, false).value_or(QString());
                        const bool again =
                            p.domainOfTask(task.id) ||
                            std::any_of(domain.tasks.cbegin(), domain.tasks.cend(),
                                        [&](const ExamTask& other) { return other.id == task.id; });
                        if (again && !task.id.isEmpty()) {
                            r.error(t, tr("task statement '%1' appears twice in '%2'").arg(task.id, p.id));
                        }
                        domain.tasks.append(task);
                    }
                }
                if (domain.tasks.isEmpty()) {
                    r.error(
                        d, tr("domain '%1' of '%2' lists no task statements ('tasks')").arg(domain.id, p.id));
                }
                total += domain.weight;
                p.domains.append(domain);
            }
        }
        if (p.domains.isEmpty()) {
            r.error(Reader::keyLine(item, "domains"), tr("exam profile '%1' has no domains").arg(p.id));
        } else if (total != 100) {
            r.error(Reader::keyLine(item, "domains"),
                    tr("domain weights of '%1' add up to %2, not 100").arg(p.id).arg(total));
        }
        for (const ExamProfile& other : std::as_const(profiles)) {
            if (other.id == p.id) {
                r.error(p.at.line, tr("exam profile '%1' is declared twice").arg(p.id));
            }
        }
        profiles.append(p);
    }
    return profiles;
}

namespace {

/// A lookup term as the lexicon keeps it: lowercase words separated by single spaces; empty when `text` has
/// no word.
QString lookupTerm(const QString& text)
{
    static const QRegularExpression wordPattern(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList words;
    for (auto it = wordPattern.globalMatch(text.toLower()); it.hasNext();) {
        words.append(it.next().captured(0));
    }
    return words.join(u' ');
}

} // namespace

LookupLexicon DeckLoader::loadLookup(const QString& file, const QByteArray& yaml,
                                     QList<Diagnostic>& diagnostics)
{
    Reader r(file, diagnostics);
    LookupLexicon lexicon;
    const std::optional<YAML::Node> root = r.parse(yaml);
    const QString what = tr("the lookup file");
    if (!root || !r.expectMap(*root, what)) {
        return lexicon;
    }
    r.checkKeys(*root, {"ignore", "number", "qualifiers", "synonyms"}, what);
    QHash<QString, int> seen; // term -> line, so that a term means one thing only
    auto term = [&](const YAML::Node& node) -> QString {
        const std::optional<QString> text = r.name(node, tr("a lookup term"));
        if (!text) {
            return {};
        }
        const QString t = lookupTerm(*text);
        if (t.isEmpty()) {
            r.error(node, tr("lookup term '%1' has no word in it").arg(*text));
            return {};
        }
        if (seen.contains(t)) {
            r.error(node, tr("lookup term '%1' is already listed at line %2; a term belongs to one list or "
                             "group only")
                              .arg(t)
                              .arg(seen.value(t)));
            return {};
        }
        seen.insert(t, Reader::lineOf(node));
        return t;
    };
    auto terms = [&](const char* key) {
        QStringList list;
        if (const std::optional<YAML::Node> node = r.list(*root, key, what)) {
            for (const YAML::Node& item : *node) {
                if (const QString t = term(item); !t.isEmpty()) {
                    list.append(t);
                }
            }
        }
        return list;
    };
    auto groups = [&](const char* key) {
        QList<QStringList> list;
        if (const std::optional<YAML::Node> node = r.list(*root, key, what)) {
            for (const YAML::Node& group : *node) {
                if (!group.IsSequence() || group.size() < 2) {
                    r.error(group, tr("each entry of '%1' must be a list of at least two terms")
                                       .arg(QString::fromLatin1(key)));
                    continue;
                }
                QStringList members;
                for (const YAML::Node& item : group) {
                    if (const QString t = term(item); !t.isEmpty()) {
                        members.append(t);
                    }
                }
                list.append(members);
            }
        }
        return list;
    };
    lexicon.ignore = terms("ignore");
    lexicon.numberPhrases = terms("number");
    lexicon.qualifiers = groups("qualifiers");
    lexicon.synonyms = groups("synonyms");
    return lexicon;
}

QDate DeckLoader::loadRelease(const QString& file, const QByteArray& yaml, QList<Diagnostic>& diagnostics)
{
    Reader r(file, diagnostics);
    const std::optional<YAML::Node> root = r.parse(yaml);
    const QString what = tr("the content release");
    if (!root || !r.expectMap(*root, what)) {
        return {};
    }
    r.checkKeys(*root, {"checked"}, what);
    const std::optional<QString> text = r.text(*root, "checked", what, true, false);
    if (!text) {
        return {};
    }
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid() || text->size() != 10) {
        r.error(Reader::keyLine(*root, "checked"),
                tr("'checked' must be the day the facts were checked, as YYYY-MM-DD, not \"%1\"").arg(*text));
        return {};
    }
    return date;
}

QMap<QString, QString> DeckLoader::loadNoteTitles(const QString& file, const QByteArray& yaml,
                                                  const QStringList& noteFiles,
                                                  QList<Diagnostic>& diagnostics)
{
    Reader r(file, diagnostics);
    QMap<QString, QString> titles;
    const std::optional<YAML::Node> root = r.parse(yaml);
    const QString what = tr("the notes file list");
    if (!root || !r.expectMap(*root, what)) {
        return titles;
    }
    r.checkKeys(*root, {"files"}, what);
    const std::optional<YAML::Node> list = r.list(*root, "files", what);
    if (!list) {
        r.error(*root, tr("the notes file list has no 'files' list"));
        return titles;
    }
    for (const YAML::Node& item : *list) {
        const QString entry = tr("notes file entry");
        if (!r.expectMap(item, entry)) {
            continue;
        }
        r.checkKeys(item, {"file", "title"}, entry);
        const QString name = r.text(item, "file", entry, true, false).value_or(QString());
        const QString title = r.text(item, "title", entry, true, false).value_or(QString());
        if (name.isEmpty() || title.isEmpty()) {
            continue;
        }
        if (titles.contains(name)) {
            r.error(item, tr("notes file '%1' is listed twice").arg(name));
            continue;
        }
        if (!noteFiles.contains(name)) {
            r.error(Reader::keyLine(item, "file"), tr("notes file '%1' is not in notes/").arg(name));
            continue;
        }
        titles.insert(name, title);
    }
    return titles;
}

QList<CalcFact> DeckLoader::loadFacts(const QString& file, const QByteArray& yaml,
                                      QList<Diagnostic>& diagnostics)
{
    Reader r(file, diagnostics);
    QList<CalcFact> facts;
    const std::optional<YAML::Node> root = r.parse(yaml);
    if (!root || !r.expectMap(*root, tr("the calculators file"))) {
        return facts;
    }
    r.checkKeys(*root, {"facts"}, tr("the calculators file"));
    const std::optional<YAML::Node> list = r.list(*root, "facts", tr("the calculators file"));
    if (!list) {
        r.error(*root, tr("the calculators file has no 'facts' list"));
        return facts;
    }
    static const QRegularExpression idForm(QStringLiteral(R"(^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$)"));
    static const QRegularExpression monthForm(QStringLiteral(R"(^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$)"));
    QHash<QString, int> seen;
    for (const YAML::Node& item : *list) {
        const QString what = tr("fact");
        if (!r.expectMap(item, what)) {
            continue;
        }
        r.checkKeys(item,
                    {"id", "name", "value", "unit", "ref", "url", "quote", "region", "as_of", "historical"},
                    what);
        CalcFact f;
        f.at = DeckLocation{file, Reader::lineOf(item)};
        f.id = r.text(item, "id", what, true, false).value_or(QString());
        if (!f.id.isEmpty() && !idForm.match(f.id).hasMatch()) {
            r.error(Reader::keyLine(item, "id"),
                    tr("fact id '%1' must be lowercase words joined by dots, such as ebs.gp2.max-iops")
                        .arg(f.id));
        }
        if (seen.contains(f.id)) {
            r.error(f.at.line,
                    tr("duplicate id '%1' (first used at line %2)").arg(f.id).arg(seen.value(f.id)));
        }
        seen.insert(f.id, f.at.line);
        f.name = r.text(item, "name", what, true, false).value_or(QString());
        const YAML::Node value = item["value"];
        double number = 0;
        if (!value || !value.IsScalar() || !YAML::convert<double>::decode(value, number) ||
            !std::isfinite(number)) {
            r.error(value ? Reader::lineOf(value) : f.at.line,
                    tr("fact '%1' needs a finite number as its value").arg(f.id));
        }
        f.value = number;
        f.unit = r.text(item, "unit", what, true, false).value_or(QString());
        f.ref = r.text(item, "ref", what, true, false).value_or(QString());
        f.url = r.text(item, "url", what, true, false).value_or(QString());
        if (!f.url.isEmpty() && !f.url.startsWith(QLatin1String("https://"))) {
            r.error(Reader::keyLine(item, "url"), tr("the url of '%1' must start with https://").arg(f.id));
        }
        f.quote = r.text(item, "quote", what, true, false).value_or(QString());
        f.region = r.text(item, "region", what, false, false).value_or(QString());
        f.asOf = r.text(item, "as_of", what, false, false).value_or(QString());
        f.historical = r.boolean(item, "historical", what);
        const bool price = f.unit.contains(QLatin1String("USD"));
        if (price && (f.region.isEmpty() || f.asOf.isEmpty())) {
            r.error(f.at.line,
                    tr("price '%1' needs its region and as_of (the month it was read, YYYY-MM)").arg(f.id));
        }
        if (!price && (!f.region.isEmpty() || !f.asOf.isEmpty())) {
            r.error(f.at.line,
                    tr("'%1' has a region or as_of but is not a price (its unit names no USD)").arg(f.id));
        }
        if (!f.asOf.isEmpty() && !monthForm.match(f.asOf).hasMatch()) {
            r.error(Reader::keyLine(item, "as_of"), tr("as_of of '%1' must be a month, YYYY-MM").arg(f.id));
        }
        facts.append(f);
    }
    return facts;
}

Deck DeckLoader::loadDeck(const QString& file, const QByteArray& yaml, QList<Diagnostic>& diagnostics)
{
    Reader r(file, diagnostics);
    Deck deck;
    deck.at = DeckLocation{file, 1};
    const std::optional<YAML::Node> root = r.parse(yaml);
    if (!root || !r.expectMap(*root, tr("a deck"))) {
        return deck;
    }
    r.checkKeys(*root, {"topic", "cards", "questions", "limits", "formulas", "errata", "skipped"},
                tr("a deck"));
    deck.topic = r.text(*root, "topic", tr("the deck")).value_or(QString());
    deck.at.line = Reader::keyLine(*root, "topic");

    auto each = [&](const char* key, auto read) {
        if (const std::optional<YAML::Node> items = r.list(*root, key, tr("the deck"))) {
            for (const YAML::Node& item : *items) {
                read(r, item, deck);
            }
        }
    };
    each("cards", readCard);
    each("questions", readQuestion);
    each("limits", readLimit);
    each("formulas", readFormula);
    each("errata", readErratum);
    each("skipped", readSkipped);
    return deck;
}

const ExamDomain* ExamProfile::domain(const QString& domainId) const
{
    for (const ExamDomain& d : domains) {
        if (d.id == domainId) {
            return &d;
        }
    }
    return nullptr;
}

const ExamDomain* ExamProfile::domainOfTask(const QString& taskId) const
{
    for (const ExamDomain& d : domains) {
        for (const ExamTask& t : d.tasks) {
            if (t.id == taskId) {
                return &d;
            }
        }
    }
    return nullptr;
}

QString Diagnostic::toString() const
{
    // One line whatever the file name or the message holds (a quote from a deck, a key).
    const QString shownFile = PlainText::printable(file);
    const QString shownMessage = PlainText::printable(message);
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(shownFile).arg(line).arg(shownMessage)
                    : QStringLiteral("%1: %2").arg(shownFile, shownMessage);
}

} // namespace certdeck
