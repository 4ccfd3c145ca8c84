#include "notes/OwnCards.h"

#include "content/TopicCatalog.h"

#include <QRegularExpression>

namespace certdeck {

Card OwnCard::toCard() const
{
    Card c;
    c.id = id;
    c.topic = topic;
    c.front = front;
    c.back = back;
    c.source.file = sourceFile;
    c.source.line = sourceLine;
    c.source.quote = sourceQuote;
    return c;
}

OwnCard OwnCards::draftFromLines(const QStringList& lines, const QString& file, int firstLine,
                                 const QString& topic)
{
    static const QRegularExpression marker(QStringLiteral(R"(^\s*(?:[-*•>]+|=>|\d+[.)])\s+)"));
    static const QRegularExpression separator(QStringLiteral(R"(\s+[-–=]+>?\s+|:\s+)"));
    QStringList clean;
    for (const QString& line : lines) {
        QString t = line;
        t.remove(marker);
        t = t.simplified();
        if (!t.isEmpty()) {
            clean.append(t);
        }
    }
    OwnCard card;
    card.topic = topic;
    card.sourceFile = file;
    card.sourceLine = firstLine;
    card.sourceQuote = lines.join(u'\n').left(kMaxQuote);
    if (clean.isEmpty()) {
        return card;
    }
    if (clean.size() == 1) {
        const QString& only = clean.first();
        const QRegularExpressionMatch m = separator.match(only);
        if (m.hasMatch() && m.capturedStart() > 0 && m.capturedEnd() < only.size()) {
            card.front = only.left(m.capturedStart()).trimmed();
            card.back = only.mid(m.capturedEnd()).trimmed();
        } else {
            card.front = only;
        }
    } else {
        card.front = clean.first();
        card.back = clean.mid(1).join(u'\n');
    }
    card.front = card.front.left(kMaxFront);
    card.back = card.back.left(kMaxBack);
    return card;
}

QList<OwnCardProblem> OwnCards::problems(const OwnCard& card, const TopicCatalog& catalog)
{
    QList<OwnCardProblem> list;
    using Field = OwnCardProblem::Field;
    if (card.front.trimmed().isEmpty()) {
        list.append({Field::Front, tr("Write the question or cue on the front.")});
    } else if (card.front.size() > kMaxFront) {
        list.append(
            {Field::Front,
             tr("The front is %1 characters long; keep it to %2.").arg(card.front.size()).arg(kMaxFront)});
    }
    if (card.back.trimmed().isEmpty()) {
        list.append({Field::Back, tr("Write the answer on the back.")});
    } else if (card.back.size() > kMaxBack) {
        list.append(
            {Field::Back,
             tr("The back is %1 characters long; keep it to %2.").arg(card.back.size()).arg(kMaxBack)});
    }
    if (!catalog.contains(card.topic)) {
        list.append({Field::Topic, tr("Choose the topic the card belongs to.")});
    }
    return list;
}

QString OwnCards::newId(quint64 random)
{
    return QStringLiteral("own.") + QStringLiteral("%1").arg(random & 0xFFFFFFFFFFFFull, 12, 16, QChar(u'0'));
}

} // namespace certdeck
