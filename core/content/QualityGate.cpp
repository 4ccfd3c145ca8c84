#include "content/QualityGate.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace certdeck {

namespace {

const QRegularExpression& choosePhrase()
{
    static const QRegularExpression re(QStringLiteral(R"(\(Choose (two|three)\.\))"));
    return re;
}

/// Lowercase words only: "What is X?" and "what is x" are the same stem.
QString normalized(const QString& text)
{
    static const QRegularExpression nonWord(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    return text.toLower().replace(nonWord, QStringLiteral(" ")).trimmed();
}

QString chooseWord(int choose)
{
    return choose == 2 ? QStringLiteral("(Choose two.)") : QStringLiteral("(Choose three.)");
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 0) + u'%';
}

void perQuestion(const Question& q, QList<Diagnostic>& out)
{
    static const QRegularExpression above(
        QStringLiteral(R"(\b(all|none|both) of the (above|options|answers|following)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString file = q.at.file;
    const int options = int(q.options.size());
    const bool saysChoose = choosePhrase().match(q.stem).hasMatch();
    if (q.choose == 1) {
        if (options != QualityGate::kSingleAnswerOptions) {
            out.append(Diagnostic{file, q.at.line,
                                  QualityGate::tr("question '%1': a single-answer question has exactly %2 "
                                                  "options, like the exam (has %3)")
                                      .arg(q.id)
                                      .arg(QualityGate::kSingleAnswerOptions)
                                      .arg(options)});
        }
        if (saysChoose) {
            out.append(Diagnostic{
                file, q.at.line,
                QualityGate::tr("question '%1' has one correct option but its stem says \"(Choose ...)\"")
                    .arg(q.id)});
        }
    } else if (q.choose > QualityGate::kMaxChoose) {
        out.append(Diagnostic{file, q.at.line,
                              QualityGate::tr("question '%1': the exam asks to choose two or three, not %2")
                                  .arg(q.id)
                                  .arg(q.choose)});
    } else {
        if (options < QualityGate::kMinMultiOptions || options > QualityGate::kMaxMultiOptions) {
            out.append(Diagnostic{file, q.at.line,
                                  QualityGate::tr("question '%1': a multi-response question has %2 or %3 "
                                                  "options (has %4)")
                                      .arg(q.id)
                                      .arg(QualityGate::kMinMultiOptions)
                                      .arg(QualityGate::kMaxMultiOptions)
                                      .arg(options)});
        }
        if (!q.stem.contains(chooseWord(q.choose))) {
            out.append(Diagnostic{file, q.at.line,
                                  QualityGate::tr("question '%1' has %2 correct options: its stem must say "
                                                  "\"%3\"")
                                      .arg(q.id)
                                      .arg(q.choose)
                                      .arg(chooseWord(q.choose))});
        }
    }
    qsizetype shortestCorrect = -1;
    for (const QuestionOption& o : q.options) {
        if (o.correct && (shortestCorrect < 0 || o.text.size() < shortestCorrect)) {
            shortestCorrect = o.text.size();
        }
    }
    for (const QuestionOption& o : q.options) {
        if (above.match(o.text).hasMatch()) {
            out.append(Diagnostic{file, o.line,
                                  QualityGate::tr("question '%1': \"%2\" is not an answer the exam uses; "
                                                  "write a real design instead")
                                      .arg(q.id, o.text)});
        }
        if (!o.correct && shortestCorrect >= QualityGate::kThrowawayMinLength &&
            double(o.text.size()) < QualityGate::kThrowawayShare * double(shortestCorrect)) {
            out.append(Diagnostic{file, o.line,
                                  QualityGate::tr("question '%1': the option \"%2\" is under %3 of the "
                                                  "correct option's length, a distractor nobody would pick")
                                      .arg(q.id, o.text, percent(QualityGate::kThrowawayShare))});
        }
    }
}

/// Correct option length over the mean distractor length of one question.
double lengthRatio(const Question& q)
{
    double correct = 0;
    double other = 0;
    int nCorrect = 0;
    int nOther = 0;
    for (const QuestionOption& o : q.options) {
        (o.correct ? correct : other) += double(o.text.size());
        ++(o.correct ? nCorrect : nOther);
    }
    return nCorrect && nOther && other > 0 ? (correct / nCorrect) / (other / nOther) : 0.0;
}

bool correctIsSoleLongest(const Question& q)
{
    if (q.choose != 1) {
        return false;
    }
    qsizetype longest = -1;
    int atLongest = 0;
    bool correctLongest = false;
    for (const QuestionOption& o : q.options) {
        if (o.text.size() > longest) {
            longest = o.text.size();
            atLongest = 1;
            correctLongest = o.correct;
        } else if (o.text.size() == longest) {
            ++atLongest;
            correctLongest = correctLongest || o.correct;
        }
    }
    return atLongest == 1 && correctLongest;
}

} // namespace

int QualityGate::sentenceCount(const QString& text)
{
    static const QRegularExpression boundary(QStringLiteral(R"([.!?]\s+\p{Lu})"));
    int sentences = 1;
    for (auto it = boundary.globalMatch(text.trimmed()); it.hasNext(); it.next()) {
        ++sentences;
    }
    return sentences;
}

StemStyle QualityGate::style(const QString& stem)
{
    static const QRegularExpression requirement(
        QStringLiteral(R"(\b(must|needs?|requires?|required|wants?|should|most|least|minimi[sz]e|)"
                       R"(maximi[sz]e|fewest|lowest|highest|without)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression recall(
        QStringLiteral(R"(\b(which|what)\s+(of\s+the\s+following\s+|of\s+these\s+)?)"
                       R"((statements?|is\s+true|is\s+correct|are\s+true|are\s+correct)\b)"
                       R"(|\b(true|correct)\s+about\b|\bis\s+(true|correct)\?)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString(stem).remove(choosePhrase()).trimmed();
    const int sentences = sentenceCount(text);
    if (sentences >= 2 && requirement.match(text).hasMatch()) {
        return StemStyle::Scenario;
    }
    if (sentences == 1 || recall.match(text).hasMatch()) {
        return StemStyle::Recall;
    }
    return StemStyle::Applied;
}

QuestionFigures QualityGate::measure(const QList<Question>& questions)
{
    QuestionFigures f;
    double correctTotal = 0;
    double otherTotal = 0;
    int correctCount = 0;
    int otherCount = 0;
    for (const Question& q : questions) {
        ++f.questions;
        const StemStyle s = style(q.stem);
        f.scenarios += s == StemStyle::Scenario ? 1 : 0;
        f.recalls += s == StemStyle::Recall ? 1 : 0;
        if (q.choose == 1) {
            ++f.singleAnswer;
            f.soleLongest += correctIsSoleLongest(q) ? 1 : 0;
        }
        for (const QuestionOption& o : q.options) {
            (o.correct ? correctTotal : otherTotal) += double(o.text.size());
            ++(o.correct ? correctCount : otherCount);
        }
    }
    f.correctLength = correctCount ? correctTotal / correctCount : 0.0;
    f.distractorLength = otherCount ? otherTotal / otherCount : 0.0;
    return f;
}

QList<Diagnostic> QualityGate::check(const ContentBank& bank)
{
    QList<Diagnostic> out;
    QList<Question> questions;
    QHash<QString, DeckLocation> stems;
    QHash<QString, DeckLocation> fronts;
    auto once = [&](QHash<QString, DeckLocation>& seen, const QString& text, const DeckLocation& at,
                    const QString& id, const QString& what) {
        const QString key = normalized(text);
        const auto it = seen.constFind(key);
        if (it != seen.cend()) {
            //: %2 is "stem" or "front"
            out.append(Diagnostic{
                at.file, at.line,
                tr("'%1' has the same %2 as the item at %3:%4").arg(id, what, it->file).arg(it->line)});
        } else {
            seen.insert(key, at);
        }
    };
    for (const Deck& deck : bank.decks) {
        for (const Card& c : deck.cards) {
            once(fronts, c.front, c.at, c.id, tr("front"));
        }
        for (const Question& q : deck.questions) {
            once(stems, q.stem, q.at, q.id, tr("stem"));
            perQuestion(q, out);
            questions.append(q);
        }
    }

    const QuestionFigures f = measure(questions);
    if (f.questions == 0) {
        return out;
    }
    // A rule over the bank fails at the questions that break it, so the message names file and line.
    auto over = [&](const QString& rule, auto breaks) {
        for (const Question& q : std::as_const(questions)) {
            if (breaks(q)) {
                out.append(Diagnostic{q.at.file, q.at.line, tr("question '%1': %2").arg(q.id, rule)});
            }
        }
    };
    if (f.scenarioShare() < kMinScenarioShare) {
        over(tr("not a scenario, and only %1 of the bank's questions are (at least %2): set a situation and "
                "a requirement such as \"MOST cost-effective\"")
                 .arg(percent(f.scenarioShare()), percent(kMinScenarioShare)),
             [](const Question& q) { return style(q.stem) != StemStyle::Scenario; });
    }
    if (f.recallShare() > kMaxRecallShare) {
        over(tr("a recall stem, and %1 of the bank's questions are (at most %2): make it a scenario, or a "
                "card")
                 .arg(percent(f.recallShare()), percent(kMaxRecallShare)),
             [](const Question& q) { return style(q.stem) == StemStyle::Recall; });
    }
    if (f.soleLongestShare() > kMaxSoleLongestShare) {
        over(tr("the correct option is the longest, as in %1 of single-answer questions (at most %2)")
                 .arg(percent(f.soleLongestShare()), percent(kMaxSoleLongestShare)),
             correctIsSoleLongest);
    }
    if (f.lengthRatio() > kMaxLengthRatio) {
        over(tr("the correct option is over %1 times as long as the others; across the bank correct options "
                "are %2 times as long as distractors (at most %1)")
                 .arg(QString::number(kMaxLengthRatio, 'f', 2), QString::number(f.lengthRatio(), 'f', 2)),
             [](const Question& q) { return lengthRatio(q) > kMaxLengthRatio; });
    }
    return out;
}

} // namespace certdeck
