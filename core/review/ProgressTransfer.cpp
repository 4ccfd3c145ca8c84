#include "review/ProgressTransfer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace certdeck {

namespace {

const QString kFormat = QStringLiteral("certdeck-progress");
constexpr int kVersion = 2;

} // namespace

QByteArray ProgressTransfer::toJson(const QDateTime& exportedAt) const
{
    QJsonArray reviewArray;
    for (const ReviewLogEntry& r : reviews) {
        reviewArray.append(QJsonObject{{QStringLiteral("card"), r.cardId},
                                       {QStringLiteral("at"), ReviewStore::timeText(r.at)},
                                       {QStringLiteral("rating"), int(r.rating)},
                                       {QStringLiteral("duration_ms"), r.durationMs}});
    }
    QJsonArray cardArray;
    for (const CardFlags& c : cards) {
        cardArray.append(QJsonObject{{QStringLiteral("card"), c.cardId},
                                     {QStringLiteral("suspended"), c.suspended},
                                     {QStringLiteral("leech"), c.leech}});
    }
    QJsonArray noteArray;
    for (const OwnNotesFile& n : notes) {
        noteArray.append(QJsonObject{{QStringLiteral("name"), n.name},
                                     {QStringLiteral("title"), n.title},
                                     {QStringLiteral("text"), QString::fromUtf8(n.text)},
                                     {QStringLiteral("imported_at"), ReviewStore::timeText(n.importedAt)}});
    }
    QJsonArray ownArray;
    for (const OwnCard& c : ownCards) {
        ownArray.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("topic"), c.topic},
                                    {QStringLiteral("front"), c.front},
                                    {QStringLiteral("back"), c.back},
                                    {QStringLiteral("source_file"), c.sourceFile},
                                    {QStringLiteral("source_line"), c.sourceLine},
                                    {QStringLiteral("source_quote"), c.sourceQuote},
                                    {QStringLiteral("created_at"), ReviewStore::timeText(c.createdAt)},
                                    {QStringLiteral("updated_at"), ReviewStore::timeText(c.updatedAt)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("version"), kVersion},
                                     {QStringLiteral("exported_at"), ReviewStore::timeText(exportedAt)},
                                     {QStringLiteral("reviews"), reviewArray},
                                     {QStringLiteral("cards"), cardArray},
                                     {QStringLiteral("notes"), noteArray},
                                     {QStringLiteral("own_cards"), ownArray}})
        .toJson(QJsonDocument::Indented);
}

Result<ProgressTransfer> ProgressTransfer::fromJson(const QByteArray& json)
{
    auto fail = [](const QString& message) { return Result<ProgressTransfer>::failure(message); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat) {
        return fail(tr("not a Certdeck progress export (no \"format\": \"%1\")").arg(kFormat));
    }
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > kVersion) {
        return fail(
            tr("written in format version %1; this Certdeck reads version %2").arg(version).arg(kVersion));
    }
    ProgressTransfer t;
    const QJsonArray reviewArray = root.value(QStringLiteral("reviews")).toArray();
    for (qsizetype i = 0; i < reviewArray.size(); ++i) {
        const QJsonObject o = reviewArray.at(i).toObject();
        //: %1 is the review's position in the file, from 1
        const QString where = tr("review %1").arg(i + 1);
        ReviewLogEntry r;
        r.cardId = o.value(QStringLiteral("card")).toString();
        if (r.cardId.isEmpty() || r.cardId.size() > 200) {
            return fail(tr("%1: \"card\" must name a card").arg(where));
        }
        r.at = ReviewStore::timeFrom(o.value(QStringLiteral("at")).toString());
        if (!r.at.isValid() || o.value(QStringLiteral("at")).toString().isEmpty()) {
            return fail(tr("%1: \"at\" must be an ISO-8601 time").arg(where));
        }
        const double rating = o.value(QStringLiteral("rating")).toDouble(-1);
        if (rating != std::floor(rating) || rating < 1 || rating > 4) {
            return fail(tr("%1: \"rating\" must be 1 to 4").arg(where));
        }
        r.rating = Rating(int(rating));
        r.durationMs = std::clamp<qint64>(qint64(o.value(QStringLiteral("duration_ms")).toDouble(0)), 0,
                                          qint64(24) * 3600 * 1000);
        t.reviews.append(r);
    }
    const QJsonArray cardArray = root.value(QStringLiteral("cards")).toArray();
    for (qsizetype i = 0; i < cardArray.size(); ++i) {
        const QJsonObject o = cardArray.at(i).toObject();
        CardFlags f{o.value(QStringLiteral("card")).toString(), o.value(QStringLiteral("suspended")).toBool(),
                    o.value(QStringLiteral("leech")).toBool()};
        if (f.cardId.isEmpty() || f.cardId.size() > 200) {
            //: %1 is the card entry's position in the file, from 1
            return fail(tr("card %1: \"card\" must name a card").arg(i + 1));
        }
        t.cards.append(f);
    }
    const QJsonArray noteArray = root.value(QStringLiteral("notes")).toArray();
    for (qsizetype i = 0; i < noteArray.size(); ++i) {
        const QJsonObject o = noteArray.at(i).toObject();
        OwnNotesFile n;
        n.name = o.value(QStringLiteral("name")).toString();
        n.title = o.value(QStringLiteral("title")).toString(n.name);
        n.text = o.value(QStringLiteral("text")).toString().toUtf8();
        n.importedAt = ReviewStore::timeFrom(o.value(QStringLiteral("imported_at")).toString());
        //: %1 is the notes entry's position in the file, from 1
        const QString where = tr("notes %1").arg(i + 1);
        if (n.name.isEmpty() || n.name.size() > 255 || n.name.contains(u'/')) {
            return fail(tr("%1: \"name\" must be a file name").arg(where));
        }
        if (n.text.trimmed().isEmpty() || n.text.size() > OwnNotes::kMaxBytes) {
            return fail(tr("%1: \"text\" must hold the notes").arg(where));
        }
        if (!n.importedAt.isValid()) {
            return fail(tr("%1: \"imported_at\" must be an ISO-8601 time").arg(where));
        }
        t.notes.append(n);
    }
    const QJsonArray ownArray = root.value(QStringLiteral("own_cards")).toArray();
    for (qsizetype i = 0; i < ownArray.size(); ++i) {
        const QJsonObject o = ownArray.at(i).toObject();
        OwnCard c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.topic = o.value(QStringLiteral("topic")).toString();
        c.front = o.value(QStringLiteral("front")).toString();
        c.back = o.value(QStringLiteral("back")).toString();
        c.sourceFile = o.value(QStringLiteral("source_file")).toString();
        c.sourceLine = o.value(QStringLiteral("source_line")).toInt();
        c.sourceQuote = o.value(QStringLiteral("source_quote")).toString().left(OwnCards::kMaxQuote);
        c.createdAt = ReviewStore::timeFrom(o.value(QStringLiteral("created_at")).toString());
        c.updatedAt = ReviewStore::timeFrom(o.value(QStringLiteral("updated_at")).toString());
        //: %1 is the own card's position in the file, from 1
        const QString where = tr("own card %1").arg(i + 1);
        if (!OwnCards::isOwn(c.id) || c.id.size() > 40) {
            return fail(tr("%1: \"id\" must be an own card's id (own.…)").arg(where));
        }
        if (c.front.trimmed().isEmpty() || c.back.trimmed().isEmpty() ||
            c.front.size() > OwnCards::kMaxFront || c.back.size() > OwnCards::kMaxBack || c.topic.isEmpty()) {
            return fail(tr("%1: a card needs a topic, a front and a back").arg(where));
        }
        if (!c.createdAt.isValid() || !c.updatedAt.isValid()) {
            return fail(tr("%1: \"created_at\" and \"updated_at\" must be ISO-8601 times").arg(where));
        }
        t.ownCards.append(c);
    }
    return t;
}

} // namespace certdeck
