#include "content/DeckLoader.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace certdeck {

namespace {

using Keys = std::initializer_list<const char*>;

QString joinKeys(Keys keys)
{
    QStringList list;
    for (const char* k : keys) {
        list.append(QString::fromLatin1(k));
    }
    return list.join(QStringLiteral(", "));
}

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
        try {
            return YAML::Load(yaml.toStdString());
        } catch (const YAML::Exception& e) {
            error(e.mark.line >= 0 ? e.mark.line + 1 : 0,
                  DeckLoader::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
            return std::nullopt;
        }
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

    std::optional<QString> text(const YAML::Node& map, const char* key, const QString& what,
                                bool required = true)
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
        return value;
    }

    std::optional<int> integer(const YAML::Node& map, const char* key, const QString& what)
    {
        const YAML::Node node = map[key];
        if (!node) {
            error(map, DeckLoader::tr("%1 has no '%2'").arg(what, QString::fromLatin1(key)));
            return std::nullopt;
        }
        int value = 0;
        if (!node.IsScalar() || !YAML::convert<int>::decode(node, value)) {
            error(node,
                  DeckLoader::tr("'%1' in %2 must be a whole number").arg(QString::fromLatin1(key), what));
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
    const std::optional<QString> id = r.text(item, "id", what);
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
    source.quote = r.text(item, "source", what).value_or(QString());
    return source;
}

/// More than one sentence: a sentence end followed by a new sentence inside the text.
bool isSeveralSentences(const QString& text)
{
    static const QRegularExpression boundary(QStringLiteral(R"([.!?]\s+\p{Lu})"));
    return boundary.match(text.trimmed()).hasMatch();
}

void readQuestion(Reader& r, const YAML::Node& item, Deck& deck)
{
    const QString what = DeckLoader::tr("question");
    if (!r.expectMap(item, what)) {
        return;
    }
    r.checkKeys(item, {"id", "domains", "stem", "choose", "options", "explanation", "source"}, what);
    Question q;
    q.at = DeckLocation{r.file(), Reader::lineOf(item)};
    q.topic = deck.topic;
    q.id = readId(r, item, deck.topic, what);
    q.stem = r.text(item, "stem", what).value_or(QString());
    q.explanation = r.text(item, "explanation", what).value_or(QString());
    q.choose = r.integer(item, "choose", what).value_or(0);
    q.source = readSource(r, item, what);

    const YAML::Node domains = item["domains"];
    q.domainsLine = Reader::keyLine(item, "domains");
    if (!domains || !domains.IsMap() || domains.size() == 0) {
        r.error(q.domainsLine,
                DeckLoader::tr("question '%1' needs 'domains': a mapping of exam profile to domain, "
                               "e.g. {saa-c03: resilient}")
                    .arg(q.id));
    } else {
        for (auto it = domains.begin(); it != domains.end(); ++it) {
            q.domains.insert(
                QString::fromStdString(it->first.Scalar()),
                QString::fromStdString(it->second.IsScalar() ? it->second.Scalar() : std::string()));
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
            if (!option.why.isEmpty() && isSeveralSentences(option.why)) {
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
    if (q.choose < 1 && item["choose"]) {
        r.error(Reader::keyLine(item, "choose"), DeckLoader::tr("'choose' must be 1 or more"));
    } else if (q.choose >= 1 && options) {
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
    r.checkKeys(item, {"id", "front", "back", "source"}, what);
    Card c;
    c.at = DeckLocation{r.file(), Reader::lineOf(item)};
    c.topic = deck.topic;
    c.id = readId(r, item, deck.topic, what);
    c.front = r.text(item, "front", what).value_or(QString());
    c.back = r.text(item, "back", what).value_or(QString());
    c.source = readSource(r, item, what);
    deck.cards.append(c);
}

void readLimit(Reader& r, const YAML::Node& item, Deck& deck)
{
    const QString what = DeckLoader::tr("limit");
    if (!r.expectMap(item, what)) {
        return;
    }
    r.checkKeys(item, {"id", "name", "value", "unit", "note", "source"}, what);
    Limit l;
    l.at = DeckLocation{r.file(), Reader::lineOf(item)};
    l.topic = deck.topic;
    l.id = readId(r, item, deck.topic, what);
    l.name = r.text(item, "name", what).value_or(QString());
    l.value = r.text(item, "value", what).value_or(QString());
    double number = 0;
    l.numeric =
        item["value"] && item["value"].IsScalar() && YAML::convert<double>::decode(item["value"], number);
    l.unit = r.text(item, "unit", what).value_or(QString());
    l.note = r.text(item, "note", what, false).value_or(QString());
    l.source = readSource(r, item, what);
    deck.limits.append(l);
}

void readFormula(Reader& r, const YAML::Node& item, Deck& deck)
{
    const QString what = DeckLoader::tr("formula");
    if (!r.expectMap(item, what)) {
        return;
    }
    r.checkKeys(item, {"id", "name", "expression", "where", "example", "source"}, what);
    Formula f;
    f.at = DeckLocation{r.file(), Reader::lineOf(item)};
    f.topic = deck.topic;
    f.id = readId(r, item, deck.topic, what);
    f.name = r.text(item, "name", what).value_or(QString());
    f.expression = r.text(item, "expression", what).value_or(QString());
    f.example = r.text(item, "example", what, false).value_or(QString());
    const YAML::Node where = item["where"];
    if (where && !where.IsNull()) {
        if (!where.IsMap()) {
            r.error(where, DeckLoader::tr("'where' in formula must map each variable to its meaning"));
        } else {
            for (auto it = where.begin(); it != where.end(); ++it) {
                f.where.append(
                    {QString::fromStdString(it->first.Scalar()),
                     QString::fromStdString(it->second.IsScalar() ? it->second.Scalar() : std::string())});
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
        t.id = r.text(item, "id", what).value_or(QString());
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
        p.id = r.text(item, "id", what).value_or(QString());
        p.code = r.text(item, "code", what).value_or(QString());
        p.name = r.text(item, "name", what).value_or(QString());
        p.questionCount = r.integer(item, "questions", what).value_or(0);
        p.minutes = r.integer(item, "minutes", what).value_or(0);
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
            p.minScore = r.integer(score, "min", tr("score")).value_or(0);
            p.maxScore = r.integer(score, "max", tr("score")).value_or(0);
            p.passScore = r.integer(score, "pass", tr("score")).value_or(0);
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
                r.checkKeys(d, {"id", "name", "weight"}, tr("domain"));
                ExamDomain domain;
                domain.id = r.text(d, "id", tr("domain")).value_or(QString());
                domain.name = r.text(d, "name", tr("domain")).value_or(QString());
                domain.weight = r.integer(d, "weight", tr("domain")).value_or(0);
                if (p.domain(domain.id)) {
                    r.error(d, tr("domain '%1' appears twice in '%2'").arg(domain.id, p.id));
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

Deck DeckLoader::loadDeck(const QString& file, const QByteArray& yaml, QList<Diagnostic>& diagnostics)
{
    Reader r(file, diagnostics);
    Deck deck;
    deck.at = DeckLocation{file, 1};
    const std::optional<YAML::Node> root = r.parse(yaml);
    if (!root || !r.expectMap(*root, tr("a deck"))) {
        return deck;
    }
    r.checkKeys(*root, {"topic", "cards", "questions", "limits", "formulas", "errata"}, tr("a deck"));
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

QString Diagnostic::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(file, message);
}

} // namespace certdeck
