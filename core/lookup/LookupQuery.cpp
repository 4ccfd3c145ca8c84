#include "lookup/LookupQuery.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace certdeck {

namespace {

constexpr int kMaxConcepts = 10;
constexpr int kMaxAlternatives = 24;
constexpr int kMinCorrectable = 4; // shorter words are abbreviations more often than typos

/// "groups" and "group" are one word to the lexicon ("units" finds the group of "unit").
QString normalized(const QString& word)
{
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(QLatin1String("ss"))) {
        return word.chopped(1);
    }
    return word;
}

QString normalizedTerm(const QStringList& words)
{
    QStringList out;
    out.reserve(words.size());
    for (const QString& w : words) {
        out.append(normalized(w));
    }
    return out.join(u' ');
}

/// A term as an FTS5 string: quoted, so it is a word or a phrase and never an operator.
QString quoted(const QString& term)
{
    return u'"' + QString(term).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

void addUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value) && list.size() < kMaxAlternatives) {
        list.append(value);
    }
}

/// True when `a` becomes `b` by adding, removing or changing one letter, or by swapping two neighbours.
bool oneEditApart(const QString& a, const QString& b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == lb) {
        qsizetype i = 0;
        while (i < la && a[i] == b[i]) {
            ++i;
        }
        if (i == la) {
            return false; // equal
        }
        if (QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1)) {
            return true; // one letter changed
        }
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
               QStringView(a).mid(i + 2) == QStringView(b).mid(i + 2); // neighbours swapped
    }
    if (la + 1 != lb && lb + 1 != la) {
        return false;
    }
    const QString& shorter = la < lb ? a : b;
    const QString& longer = la < lb ? b : a;
    qsizetype i = 0;
    while (i < shorter.size() && shorter[i] == longer[i]) {
        ++i;
    }
    return QStringView(shorter).mid(i) == QStringView(longer).mid(i + 1);
}

QString joined(const QStringList& alternatives)
{
    return alternatives.size() == 1 ? alternatives.first()
                                    : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

} // namespace

QStringList LookupQuery::words(const QString& text)
{
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        out.append(word);
    }
    return out;
}

LookupQuery::LookupQuery(const LookupLexicon& lexicon) : m_vocabulary(lexicon.vocabulary)
{
    auto add = [this](const QString& term, Role role, int group) {
        const QStringList w = term.split(u' ', Qt::SkipEmptyParts);
        m_longestTerm = std::max(m_longestTerm, int(w.size()));
        m_terms.insert(normalizedTerm(w), Entry{role, group});
    };
    for (const QString& t : lexicon.ignore) {
        add(t, Role::Ignore, -1);
    }
    for (const QString& t : lexicon.numberPhrases) {
        add(t, Role::Number, -1);
    }
    for (const QStringList& group : lexicon.qualifiers) {
        for (const QString& t : group) {
            add(t, Role::Qualifier, int(m_groups.size()));
        }
        m_groups.append(group);
    }
    for (const QStringList& group : lexicon.synonyms) {
        for (const QString& t : group) {
            add(t, Role::Synonym, int(m_groups.size()));
        }
        m_groups.append(group);
    }
    m_sortedVocabulary = m_vocabulary.keys();
    std::sort(m_sortedVocabulary.begin(), m_sortedVocabulary.end());
    for (const QString& w : std::as_const(m_sortedVocabulary)) {
        m_byLength[w.size()].append(w);
    }
}

bool LookupQuery::known(const QString& word) const
{
    if (m_vocabulary.contains(word)) {
        return true;
    }
    const auto it = std::lower_bound(m_sortedVocabulary.cbegin(), m_sortedVocabulary.cend(), word);
    return it != m_sortedVocabulary.cend() && it->startsWith(word);
}

QStringList LookupQuery::corrections(const QString& word, int max) const
{
    if (word.size() < kMinCorrectable || known(word)) {
        return {};
    }
    QList<QPair<int, QString>> found; // (-docs, word): most common first, then alphabetical
    for (qsizetype length = word.size() - 1; length <= word.size() + 1; ++length) {
        for (const QString& candidate : m_byLength.value(length)) {
            if (oneEditApart(word, candidate)) {
                found.append({-m_vocabulary.value(candidate), candidate});
            }
        }
    }
    std::sort(found.begin(), found.end());
    QStringList out;
    for (qsizetype i = 0; i < found.size() && i < max; ++i) {
        out.append(found[i].second);
    }
    return out;
}

int LookupQuery::longestTerm(const QStringList& words, qsizetype from, Entry* entry) const
{
    for (qsizetype n = std::min<qsizetype>(m_longestTerm, words.size() - from); n >= 1; --n) {
        const auto it = m_terms.constFind(normalizedTerm(words.mid(from, n)));
        if (it != m_terms.cend()) {
            *entry = *it;
            return int(n);
        }
    }
    return 0;
}

LookupConcept LookupQuery::conceptFor(const QStringList& typed, const Entry* entry, bool sole,
                                      bool last) const
{
    LookupConcept c;
    c.typed = typed;
    const QString phrase = typed.join(u' ');
    addUnique(c.exact, quoted(phrase));
    addUnique(c.terms, phrase);
    QStringList forms{normalizedTerm(typed)}; // "units" and "unit" are one phrase to the stemming index
    auto addGroup = [&](int group, QStringList& into) {
        for (const QString& term : m_groups.value(group)) {
            const QString form = normalizedTerm(term.split(u' '));
            if (!forms.contains(form)) {
                forms.append(form);
                addUnique(into, quoted(term));
            }
            addUnique(c.terms, term);
        }
    };
    if (entry && entry->group >= 0) {
        addGroup(entry->group, c.exact);
        c.inContent = true;
    }
    c.loose = c.exact;
    if (typed.size() == 1) {
        const QString& word = typed.first();
        // The word being typed (the last one), or a fragment the content does not have as a word ("visib"):
        // any word it starts, which includes the word itself. One letter alone would start nearly every
        // word, so it only does when it is the whole query.
        if ((word.size() >= 2 || sole) && (last || !m_vocabulary.contains(word))) {
            c.loose.replace(0, quoted(word) + u'*');
        }
        c.inContent = c.inContent || known(word);
        for (const QString& fix : corrections(word)) {
            c.inContent = true;
            addUnique(c.loose, quoted(fix));
            addUnique(c.terms, fix);
            const auto it = m_terms.constFind(normalized(fix));
            if (it != m_terms.cend() && it->group >= 0 && it->role == Role::Synonym) {
                addGroup(it->group, c.loose);
            }
        }
    }
    return c;
}

ParsedLookup LookupQuery::parse(const QString& text) const
{
    ParsedLookup parsed;
    const QStringList all = words(text.left(1000));
    struct Piece {
        QStringList typed;
        Entry entry;
        bool matched = false;
    };
    QList<Piece> pieces;
    QStringList ignored;
    for (qsizetype i = 0; i < all.size();) {
        Entry entry;
        const int n = longestTerm(all, i, &entry);
        if (n == 0) {
            // A mistyped qualifier ("maxium") still qualifies.
            Entry fixed;
            const QStringList fixes = corrections(all[i], 1);
            if (!fixes.isEmpty() && longestTerm(fixes, 0, &fixed) == 1 && fixed.role == Role::Qualifier) {
                pieces.append(Piece{{fixes.first()}, fixed, true});
            } else {
                pieces.append(Piece{{all[i]}, Entry{}, false});
            }
            ++i;
            continue;
        }
        const QStringList typed = all.mid(i, n);
        i += n;
        switch (entry.role) {
        case Role::Ignore:
            ignored += typed;
            break;
        case Role::Number:
            parsed.asksForNumber = true;
            break;
        case Role::Qualifier:
        case Role::Synonym:
            pieces.append(Piece{typed, entry, true});
            break;
        }
    }
    if (pieces.isEmpty()) {
        // A query made only of ignored words still means something ("how to").
        for (const QString& w : std::as_const(ignored)) {
            pieces.append(Piece{{w}, Entry{}, false});
        }
    }
    const bool onlyQualifiers = std::all_of(pieces.cbegin(), pieces.cend(), [](const Piece& p) {
        return p.matched && p.entry.role == Role::Qualifier;
    });
    const bool sole = pieces.size() == 1;
    QList<LookupConcept> concepts;
    QList<bool> knownConcept; // the content has it: a group, a word it holds, or one a typo away
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece& p = pieces[i];
        concepts.append(conceptFor(p.typed, p.matched ? &p.entry : nullptr, sole, i + 1 == pieces.size()));
        knownConcept.append(concepts.last().inContent);
    }
    // Two words the content writes as one ("batch write" for BatchWriteItem): either may be that word.
    for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
        if (pieces[i].matched || pieces[i + 1].matched) {
            continue;
        }
        const QString compound = pieces[i].typed.first() + pieces[i + 1].typed.first();
        if (known(compound)) {
            for (qsizetype j : {i, i + 1}) {
                addUnique(concepts[j].loose, quoted(compound) + u'*');
                addUnique(concepts[j].terms, compound);
                knownConcept[j] = true;
            }
        }
    }
    // A word the content does not have at all ("please", a stray "NEAR") is not required of every answer,
    // as long as some other word is one it has.
    const bool anyKnown = std::find(knownConcept.cbegin(), knownConcept.cend(), true) != knownConcept.cend();
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece& p = pieces[i];
        const LookupConcept& c = concepts[i];
        if (anyKnown && !knownConcept[i]) {
            continue;
        }
        if (p.matched && p.entry.role == Role::Qualifier) {
            parsed.asksForNumber = true;
            parsed.qualifiers.append(c);
            if (!onlyQualifiers) {
                continue;
            }
        }
        if (parsed.required.size() < kMaxConcepts) {
            parsed.required.append(c);
        }
    }
    return parsed;
}

QString ParsedLookup::phraseExpression(QStringList* phrases) const
{
    QStringList typed;
    for (const LookupConcept& c : required) {
        typed += c.typed;
    }
    if (typed.isEmpty()) {
        return {};
    }
    const QString phrase = quoted(typed.join(u' '));
    if (phrases) {
        *phrases = {phrase};
    }
    return QStringLiteral("{title body} : ") + phrase;
}

QString ParsedLookup::allExpression(bool loose, QStringList* phrases) const
{
    QStringList parts;
    QStringList all;
    for (const LookupConcept& c : required) {
        const QStringList& alternatives = loose ? c.loose : c.exact;
        parts.append(joined(alternatives));
        all += alternatives;
    }
    if (phrases) {
        *phrases = all;
    }
    return parts.join(QStringLiteral(" AND "));
}

QString ParsedLookup::anyExpression(QStringList* phrases) const
{
    QStringList alternatives;
    for (const LookupConcept& c : required) {
        for (const QString& a : c.loose) {
            if (!alternatives.contains(a)) {
                alternatives.append(a);
            }
        }
    }
    if (phrases) {
        *phrases = alternatives;
    }
    return alternatives.join(QStringLiteral(" OR "));
}

int LookupQuery::rowsWith(const QString& phrase) const
{
    const bool prefix = phrase.endsWith(u'*');
    const QStringList w = words(phrase);
    if (w.isEmpty()) {
        return 1;
    }
    int rows = std::numeric_limits<int>::max();
    for (qsizetype i = 0; i < w.size(); ++i) {
        int n = m_vocabulary.value(w[i]);
        if (prefix && i + 1 == w.size()) {
            // The most common of the first words it starts (alphabetical order keeps them together).
            auto it = std::lower_bound(m_sortedVocabulary.cbegin(), m_sortedVocabulary.cend(), w[i]);
            for (int seen = 0; it != m_sortedVocabulary.cend() && it->startsWith(w[i]) && seen < 64;
                 ++it, ++seen) {
                n = std::max(n, m_vocabulary.value(*it));
            }
        }
        rows = std::min(rows, n);
    }
    return std::max(rows, 1);
}

} // namespace certdeck
