#include "export/AnkiPackage.h"

#include "export/CardsCsv.h"
#include "review/Fsrs.h"
#include "review/StudyDay.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>
#include <sqlite3.h>
#include <zip.h>

namespace certdeck {

namespace {

constexpr qint64 kIdBase = 1000000000000; // 2001-09-09 in epoch milliseconds
constexpr quint64 kIdSpan = 500000000000; // up to 2017-07-14
constexpr int kSchemaVersion = 11;        // Anki's collection schema a legacy package holds
constexpr int kDefaultConfigId = 1;       // the deck options every deck uses
constexpr int kNewCardsPerDay = 20;       // Certdeck's defaults (ReviewSettings), as Anki's deck options
constexpr int kReviewsPerDay = 200;
constexpr int kMaximumInterval = 36500;
constexpr int kMemoryDecimals = 1000; // Anki keeps S, D and the decay to 3 places
constexpr int kFactorScale = 1000;
constexpr const char* kGuidAlphabet =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";
constexpr int kGuidBase = 91;

/// The first 8 bytes of SHA-256 of `key`, big-endian.
quint64 hash64(const QString& key)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(digest.constData());
}

/// stableId(key), or the next number after it that `used` does not hold yet; recorded in `used`.
qint64 uniqueId(const QString& key, QSet<qint64>& used)
{
    qint64 id = AnkiPackage::stableId(key);
    while (used.contains(id)) {
        ++id;
    }
    used.insert(id);
    return id;
}

double rounded(double value)
{
    return std::isfinite(value) ? std::round(value * kMemoryDecimals) / kMemoryDecimals : 0.0;
}

int clampedInt(qint64 value)
{
    return int(std::clamp<qint64>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

/// A tag as Anki keeps it: no spaces.
QString tagOf(const QString& text)
{
    QString tag = text.simplified();
    tag.replace(u' ', u'_');
    return tag;
}

/// Anki's interval of a schedule at `at`: days for a review card, minus the seconds to the step's end for
/// one on a (re)learning step, 0 for a new card.
int intervalOf(const CardSchedule& s, const QDateTime& from)
{
    switch (s.state) {
    case CardState::New:
        return 0;
    case CardState::Review:
        return std::max(1, s.scheduledDays);
    case CardState::Learning:
    case CardState::Relearning:
        if (!from.isValid() || !s.due.isValid()) {
            return -1;
        }
        return -std::max(1, clampedInt(from.secsTo(s.due)));
    }
    return 0;
}

/// Steps still to go on a (re)learning card with `steps` steps.
int stepsLeft(qsizetype steps, int current)
{
    return std::max(1, clampedInt(qint64(steps) - current));
}

QString memoryData(const CardSchedule& s)
{
    const QJsonObject data{
        {QStringLiteral("s"), rounded(s.stability)},
        {QStringLiteral("d"), rounded(s.difficulty)},
        {QStringLiteral("decay"), rounded(FsrsParameters::kDefaultWeights[20])},
    };
    return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

/// The card's state in Anki from Certdeck's record (or a new card at `position` without one).
void applySchedule(AnkiCard& card, const CardRecord* record, int position, const QDate& createdDay,
                   const AnkiPackage::Input& input)
{
    card.type = 0;
    card.queue = 0;
    card.due = position;
    card.data = QStringLiteral("{}");
    if (!record) {
        return;
    }
    const CardSchedule& s = record->schedule;
    const FsrsParameters defaults;
    switch (s.state) {
    case CardState::New:
        break;
    case CardState::Learning:
        card.type = 1;
        card.queue = 1;
        card.due = s.due.toSecsSinceEpoch();
        card.left = stepsLeft(defaults.learningStepsMinutes.size(), s.learningSteps);
        break;
    case CardState::Review: {
        card.type = 2;
        card.queue = 2;
        const QDate dueDay = StudyDay::containing(s.due, input.zone, input.dayStartsAt).date;
        card.due = createdDay.daysTo(dueDay);
        card.interval = std::max(1, s.scheduledDays);
        card.factor = AnkiPackage::kStartingFactor;
        break;
    }
    case CardState::Relearning:
        card.type = 3;
        card.queue = 1;
        card.due = s.due.toSecsSinceEpoch();
        card.interval = std::max(1, clampedInt(std::llround(s.stability)));
        card.factor = AnkiPackage::kStartingFactor;
        card.left = stepsLeft(defaults.relearningStepsMinutes.size(), s.learningSteps);
        break;
    }
    card.reps = s.reps;
    card.lapses = s.lapses;
    if (s.state != CardState::New) {
        card.data = memoryData(s);
    }
    if (record->suspended) {
        card.queue = -1;
    }
}

/// Anki's revlog type for a review of a card in `before`'s state.
int reviewType(CardState before)
{
    switch (before) {
    case CardState::New:
    case CardState::Learning:
        return 0;
    case CardState::Review:
        return 1;
    case CardState::Relearning:
        return 2;
    }
    return 0;
}

/// The revlog rows of the exported cards' reviews, in review order.
QList<AnkiReview> revlogOf(const AnkiPackage::Input& input, const QHash<QString, qint64>& cardIds)
{
    // The schedule after a review is the one before the card's next review.
    QList<qsizetype> next(input.reviews.size(), -1);
    QHash<QString, qsizetype> latest;
    for (qsizetype i = input.reviews.size() - 1; i >= 0; --i) {
        const QString& id = input.reviews[i].cardId;
        next[i] = latest.value(id, -1);
        latest.insert(id, i);
    }
    FsrsParameters noFuzz;
    noFuzz.fuzz = false;
    const FsrsScheduler scheduler(noFuzz);
    QList<AnkiReview> rows;
    QSet<qint64> used;
    QHash<QString, QDateTime> previous; // each card's review before, where its step began (the log keeps no
                                        // last review time)
    for (qsizetype i = 0; i < input.reviews.size(); ++i) {
        const ReviewLogEntry& e = input.reviews[i];
        const auto card = cardIds.constFind(e.cardId);
        if (card == cardIds.cend()) {
            continue; // a card no longer in the content
        }
        CardSchedule after;
        if (next[i] >= 0) {
            after = input.reviews[next[i]].before;
        } else if (const auto record = input.records.constFind(e.cardId);
                   record != input.records.cend() && record->schedule.state != CardState::New) {
            after = record->schedule;
        } else {
            after = scheduler.review(e.before, e.at, e.rating);
        }
        AnkiReview r;
        r.id = e.at.toMSecsSinceEpoch();
        while (used.contains(r.id)) {
            ++r.id; // one review a millisecond: the id is the table's primary key
        }
        used.insert(r.id);
        r.cardId = card.value();
        r.ease = int(e.rating);
        r.interval = intervalOf(after, e.at);
        r.lastInterval = intervalOf(e.before, previous.value(e.cardId));
        previous.insert(e.cardId, e.at);
        const double difficulty = std::clamp(after.difficulty, 1.0, 10.0);
        r.factor = int(((difficulty - 1.0) / 9.0 + 0.1) * kFactorScale);
        r.timeMs =
            clampedInt(std::clamp<qint64>(e.durationMs, 0, qint64(AnkiPackage::kMaxAnswerSeconds) * 1000));
        r.type = reviewType(e.before.state);
        rows.append(r);
    }
    return rows;
}

QJsonObject deckJson(const AnkiDeck& deck, qint64 mod)
{
    const QJsonArray today{0, 0};
    return {
        {QStringLiteral("id"), deck.id},
        {QStringLiteral("mod"), mod},
        {QStringLiteral("name"), deck.name},
        {QStringLiteral("usn"), 0},
        {QStringLiteral("lrnToday"), today},
        {QStringLiteral("revToday"), today},
        {QStringLiteral("newToday"), today},
        {QStringLiteral("timeToday"), today},
        {QStringLiteral("collapsed"), false},
        {QStringLiteral("browserCollapsed"), false},
        {QStringLiteral("desc"), QString()},
        {QStringLiteral("dyn"), 0},
        {QStringLiteral("conf"), kDefaultConfigId},
        {QStringLiteral("extendNew"), 0},
        {QStringLiteral("extendRev"), 0},
    };
}

QJsonObject fieldJson(const QString& name, int ord)
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("ord"), ord},
        {QStringLiteral("sticky"), false},
        {QStringLiteral("rtl"), false},
        {QStringLiteral("font"), QStringLiteral("Arial")},
        {QStringLiteral("size"), 20},
        {QStringLiteral("media"), QJsonArray()},
    };
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// --- SQLite
// -------------------------------------------------------------------------------------------------

/// An in-memory SQLite database, closed when it goes.
class MemoryDatabase {
public:
    MemoryDatabase()
    {
        m_rc = sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    }
    ~MemoryDatabase() { sqlite3_close(m_db); }
    MemoryDatabase(const MemoryDatabase&) = delete;
    MemoryDatabase& operator=(const MemoryDatabase&) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }
    sqlite3* handle() const { return m_db; }

    bool exec(const char* sql)
    {
        if (ok()) {
            m_rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        }
        return ok();
    }
    /// Runs `sql` once per row `bind` fills; stops at the first failure.
    template <class Row, class Bind>
    bool insertAll(const char* sql, const QList<Row>& rows, Bind bind)
    {
        sqlite3_stmt* stmt = nullptr;
        if (ok()) {
            m_rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        }
        for (const Row& row : rows) {
            if (!ok()) {
                break;
            }
            Binder b{stmt};
            bind(b, row);
            m_rc = b.rc != SQLITE_OK ? b.rc : sqlite3_step(stmt);
            if (m_rc == SQLITE_DONE) {
                m_rc = sqlite3_reset(stmt);
            }
        }
        sqlite3_finalize(stmt);
        return ok();
    }
    template <class Bind>
    bool insertOne(const char* sql, Bind bind)
    {
        return insertAll(sql, QList<int>{0}, [&](Binder& b, int) { bind(b); });
    }
    /// The database file's bytes.
    QByteArray bytes() const
    {
        sqlite3_int64 size = 0;
        unsigned char* data = ok() ? sqlite3_serialize(m_db, "main", &size, 0) : nullptr;
        QByteArray out =
            data ? QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)) : QByteArray();
        sqlite3_free(data);
        return out;
    }

    struct Binder {
        sqlite3_stmt* stmt;
        int index = 0;
        int rc = SQLITE_OK;

        Binder& operator<<(qint64 value)
        {
            if (rc == SQLITE_OK) {
                rc = sqlite3_bind_int64(stmt, ++index, value);
            }
            return *this;
        }
        Binder& operator<<(int value) { return *this << qint64(value); }
        Binder& operator<<(const QByteArray& text)
        {
            if (rc == SQLITE_OK) {
                rc = sqlite3_bind_text(stmt, ++index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
            return *this;
        }
        Binder& operator<<(const QString& text) { return *this << text.toUtf8(); }
    };

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
};

// Anki's schema 11 (rslib/src/storage/schema11.sql): the tables and the indexes Anki creates.
constexpr const char* kSchema = R"sql(
CREATE TABLE col (
  id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,
  conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL
);
CREATE TABLE notes (
  id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,
  csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE cards (
  id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
  due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
  lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE revlog (
  id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
  type integer NOT NULL
);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
)sql";

// --- zip
// ----------------------------------------------------------------------------------------------------

QString zipErrorText(zip_error_t* error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

qint64 AnkiPackage::stableId(const QString& key)
{
    return kIdBase + qint64(hash64(key) % kIdSpan);
}

QString AnkiPackage::guidFor(const QString& cardId)
{
    quint64 value = hash64(QStringLiteral("certdeck-card:") + cardId);
    QString guid;
    do {
        guid.prepend(QChar::fromLatin1(kGuidAlphabet[value % kGuidBase]));
        value /= kGuidBase;
    } while (value > 0);
    return guid;
}

QString AnkiPackage::fieldHtml(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    html.replace(u'\r', u'\n');
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

QString AnkiPackage::sourceField(const SourceRef& source)
{
    QString html = fieldHtml(CardsCsv::sourceText(source));
    if (!source.quote.isEmpty()) {
        if (!html.isEmpty()) {
            html += QStringLiteral("<br>");
        }
        //: The quote from the notes line a card comes from, in an Anki export's Source field
        html += fieldHtml(tr("“%1”").arg(source.quote));
    }
    return html;
}

QString AnkiPackage::deckName(const QString& topicTitle)
{
    QString title = topicTitle.simplified();
    title.replace(QStringLiteral("::"), QStringLiteral(":")); // "::" would make a subdeck
    if (title.isEmpty()) {
        //: The Anki deck for cards without a topic
        title = tr("Other");
    }
    return QString::fromLatin1(kDeckRoot) + QStringLiteral("::") + title;
}

Result<AnkiPackage::Input> AnkiPackage::read(const ContentRepository& content, const ReviewStore* reviews,
                                             bool withHistory)
{
    Input input;
    const Result<QList<Card>> cards = content.cards();
    const Result<QList<TopicRow>> topics = content.topics();
    const Result<QList<Question>> questions = content.questions();
    const Result<QList<ExamProfile>> profiles = content.examProfiles();
    for (const QString* failure : {&cards.error(), &topics.error(), &questions.error(), &profiles.error()}) {
        if (!failure->isEmpty()) {
            return Result<Input>::failure(*failure);
        }
    }
    input.cards = *cards;
    input.topics = *topics;
    input.questions = *questions;
    input.profiles = *profiles;
    input.withHistory = withHistory;
    if (withHistory && reviews) {
        const Result<QHash<QString, CardRecord>> records = reviews->records();
        const Result<QList<ReviewLogEntry>> log = reviews->allReviews();
        if (!records || !log) {
            return Result<Input>::failure(!records ? records.error() : log.error());
        }
        input.records = *records;
        input.reviews = *log;
    }
    return input;
}

AnkiCollection AnkiPackage::build(const Input& input)
{
    AnkiCollection col;
    const QDateTime now = input.now.toUTC();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    col.modifiedMs = now.toMSecsSinceEpoch();
    // The start of the study day before today's: no importer sees the collection created in its future.
    const StudyDay today = StudyDay::containing(now, input.zone, input.dayStartsAt);
    const StudyDay created = StudyDay::containing(today.start.addSecs(-1), input.zone, input.dayStartsAt);
    col.created = created.start.toSecsSinceEpoch();
    col.creationOffset = -input.zone.offsetFromUtc(created.start) / 60;
    col.rolloverHour = input.dayStartsAt.hour();
    col.noteTypeId = stableId(QStringLiteral("notetype:") + QString::fromLatin1(kNoteTypeName));

    QHash<QString, QString> titles;
    for (const TopicRow& t : input.topics) {
        titles.insert(t.id, t.title);
    }
    // Decks: Default, the Certdeck parent, then one per topic with cards, in topic order.
    QSet<qint64> deckIds{kDefaultDeckId};
    col.decks.append({kDefaultDeckId, QStringLiteral("Default")});
    const QString root = QString::fromLatin1(kDeckRoot);
    col.decks.append({uniqueId(QStringLiteral("deck:") + root, deckIds), root});
    QStringList topicOrder;
    QSet<QString> withCards;
    for (const Card& c : input.cards) {
        withCards.insert(c.topic);
    }
    for (const TopicRow& t : input.topics) {
        if (withCards.contains(t.id)) {
            topicOrder.append(t.id);
        }
    }
    for (const Card& c : input.cards) {
        if (!topicOrder.contains(c.topic)) {
            topicOrder.append(c.topic); // a topic the bank does not list (an own card's, say)
        }
    }
    QHash<QString, qint64> deckOfTopic;
    for (const QString& topic : std::as_const(topicOrder)) {
        const QString name = deckName(titles.value(topic, topic));
        qint64 id = 0;
        for (const AnkiDeck& d : std::as_const(col.decks)) {
            if (d.name == name) {
                id = d.id; // two topics with one title share the deck
            }
        }
        if (id == 0) {
            id = uniqueId(QStringLiteral("deck:") + name, deckIds);
            col.decks.append({id, name});
        }
        deckOfTopic.insert(topic, id);
    }

    // The exam profiles each topic's questions serve, in the profiles' order.
    QHash<QString, int> profileOrder;
    for (qsizetype i = 0; i < input.profiles.size(); ++i) {
        profileOrder.insert(input.profiles[i].id, int(i));
    }
    QHash<QString, QSet<QString>> topicProfiles;
    for (const Question& q : input.questions) {
        for (auto it = q.domains.cbegin(); it != q.domains.cend(); ++it) {
            topicProfiles[q.topic].insert(it.key());
        }
    }
    const auto profileTags = [&](const QString& topic) {
        const QSet<QString> set = topicProfiles.value(topic);
        QStringList ids(set.cbegin(), set.cend());
        std::sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) {
            const int ia = profileOrder.value(a, int(profileOrder.size()));
            const int ib = profileOrder.value(b, int(profileOrder.size()));
            return ia != ib ? ia < ib : a < b;
        });
        return ids;
    };

    QSet<qint64> noteIds;
    QSet<qint64> cardIdsUsed;
    QHash<QString, qint64> cardIds;
    col.notes.reserve(input.cards.size());
    col.cards.reserve(input.cards.size());
    int position = 0;
    for (const Card& c : input.cards) {
        ++position;
        const auto found = input.withHistory ? input.records.constFind(c.id) : input.records.cend();
        const CardRecord* record = found != input.records.cend() ? &found.value() : nullptr;

        AnkiNote note;
        note.id = uniqueId(QStringLiteral("note:") + c.id, noteIds);
        note.guid = guidFor(c.id);
        note.mod = nowSecs;
        note.tags.append(tagOf(c.topic));
        for (const QString& profile : profileTags(c.topic)) {
            note.tags.append(tagOf(profile));
        }
        if (record && record->leech) {
            note.tags.append(QStringLiteral("leech"));
        }
        note.tags.removeAll(QString());
        note.tags.removeDuplicates();
        note.fields = {fieldHtml(c.front), fieldHtml(c.back), sourceField(c.source), fieldHtml(c.id)};
        note.sortField = c.front;
        note.sortField.remove(u'\r');
        note.sortField.remove(u'\n');
        const QByteArray sha1 = QCryptographicHash::hash(note.sortField.toUtf8(), QCryptographicHash::Sha1);
        note.checksum = qFromBigEndian<quint32>(sha1.constData());
        col.notes.append(note);

        AnkiCard card;
        card.id = uniqueId(QStringLiteral("card:") + c.id, cardIdsUsed);
        card.noteId = note.id;
        card.deckId = deckOfTopic.value(c.topic);
        card.mod = nowSecs;
        applySchedule(card, record, position, created.date, input);
        col.cards.append(card);
        cardIds.insert(c.id, card.id);
    }
    if (input.withHistory) {
        col.reviews = revlogOf(input, cardIds);
    }
    return col;
}

QByteArray AnkiPackage::confJson(const AnkiCollection& col)
{
    return compact({
        {QStringLiteral("activeDecks"), QJsonArray{kDefaultDeckId}},
        {QStringLiteral("addToCur"), true},
        {QStringLiteral("collapseTime"), 1200},
        {QStringLiteral("creationOffset"), col.creationOffset},
        {QStringLiteral("curDeck"), kDefaultDeckId},
        {QStringLiteral("curModel"), col.noteTypeId},
        {QStringLiteral("dayLearnFirst"), false},
        {QStringLiteral("dueCounts"), true},
        {QStringLiteral("estTimes"), true},
        {QStringLiteral("newSpread"), 0},
        {QStringLiteral("nextPos"), qint64(col.cards.size()) + 1},
        {QStringLiteral("rollover"), col.rolloverHour},
        {QStringLiteral("sched2021"), true},
        {QStringLiteral("schedVer"), 2},
        {QStringLiteral("sortBackwards"), false},
        {QStringLiteral("sortType"), QStringLiteral("noteFld")},
        {QStringLiteral("timeLim"), 0},
    });
}

QByteArray AnkiPackage::modelsJson(const AnkiCollection& col)
{
    const QJsonObject card{
        {QStringLiteral("name"), QStringLiteral("Card 1")},
        {QStringLiteral("ord"), 0},
        {QStringLiteral("qfmt"), QStringLiteral("<div class=\"front\">{{Front}}</div>")},
        {QStringLiteral("afmt"),
         QStringLiteral("{{FrontSide}}\n\n<hr id=answer>\n\n<div class=\"back\">{{Back}}</div>\n"
                        "{{#Source}}<div class=\"source\">{{Source}}</div>{{/Source}}")},
        {QStringLiteral("bqfmt"), QString()},
        {QStringLiteral("bafmt"), QString()},
        {QStringLiteral("did"), QJsonValue::Null},
    };
    const QString css = QStringLiteral(
        ".card {\n  font-family: arial, sans-serif;\n  font-size: 20px;\n  text-align: center;\n"
        "  color: black;\n  background-color: white;\n}\n"
        ".back {\n  text-align: left;\n  display: inline-block;\n}\n"
        ".source {\n  margin-top: 1.5em;\n  font-size: 14px;\n  color: #666;\n}\n"
        ".nightMode .source, .night_mode .source {\n  color: #aaa;\n}\n");
    const QJsonObject model{
        {QStringLiteral("id"), col.noteTypeId},
        {QStringLiteral("name"), QString::fromLatin1(kNoteTypeName)},
        {QStringLiteral("type"), 0},
        {QStringLiteral("mod"), col.modifiedMs / 1000},
        {QStringLiteral("usn"), 0},
        {QStringLiteral("sortf"), 0},
        {QStringLiteral("did"), kDefaultDeckId},
        {QStringLiteral("tmpls"), QJsonArray{card}},
        {QStringLiteral("flds"),
         QJsonArray{fieldJson(QStringLiteral("Front"), 0), fieldJson(QStringLiteral("Back"), 1),
                    fieldJson(QStringLiteral("Source"), 2), fieldJson(QStringLiteral("Certdeck ID"), 3)}},
        {QStringLiteral("css"), css},
        {QStringLiteral("latexPre"),
         QStringLiteral("\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                        "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
                        "\\setlength{\\parindent}{0in}\n\\begin{document}\n")},
        {QStringLiteral("latexPost"), QStringLiteral("\\end{document}")},
        {QStringLiteral("latexsvg"), false},
        // The card needs Front: Anki's [template, "all", [fields]].
        {QStringLiteral("req"), QJsonArray{QJsonArray{0, QStringLiteral("all"), QJsonArray{0}}}},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("vers"), QJsonArray()},
    };
    return compact({{QString::number(col.noteTypeId), model}});
}

QByteArray AnkiPackage::decksJson(const AnkiCollection& col)
{
    QJsonObject decks;
    for (const AnkiDeck& d : col.decks) {
        decks.insert(QString::number(d.id), deckJson(d, col.modifiedMs / 1000));
    }
    return compact(decks);
}

QByteArray AnkiPackage::deckConfigJson(const AnkiCollection& col)
{
    const FsrsParameters defaults;
    QJsonArray learn;
    for (const int minutes : defaults.learningStepsMinutes) {
        learn.append(minutes);
    }
    QJsonArray relearn;
    for (const int minutes : defaults.relearningStepsMinutes) {
        relearn.append(minutes);
    }
    const QJsonObject config{
        {QStringLiteral("id"), kDefaultConfigId},
        {QStringLiteral("mod"), col.modifiedMs / 1000},
        {QStringLiteral("name"), QStringLiteral("Default")},
        {QStringLiteral("usn"), 0},
        {QStringLiteral("maxTaken"), kMaxAnswerSeconds},
        {QStringLiteral("autoplay"), true},
        {QStringLiteral("timer"), 0},
        {QStringLiteral("replayq"), true},
        {QStringLiteral("dyn"), false},
        {QStringLiteral("new"), QJsonObject{{QStringLiteral("bury"), false},
                                            {QStringLiteral("delays"), learn},
                                            {QStringLiteral("initialFactor"), kStartingFactor},
                                            {QStringLiteral("ints"), QJsonArray{1, 4, 0}},
                                            {QStringLiteral("order"), 1},
                                            {QStringLiteral("perDay"), kNewCardsPerDay},
                                            {QStringLiteral("separate"), true}}},
        {QStringLiteral("rev"), QJsonObject{{QStringLiteral("bury"), false},
                                            {QStringLiteral("ease4"), 1.3},
                                            {QStringLiteral("ivlFct"), 1.0},
                                            {QStringLiteral("maxIvl"), kMaximumInterval},
                                            {QStringLiteral("perDay"), kReviewsPerDay},
                                            {QStringLiteral("hardFactor"), 1.2},
                                            {QStringLiteral("fuzz"), 0.05},
                                            {QStringLiteral("minSpace"), 1}}},
        // Certdeck suspends a card forgotten 8 times.
        {QStringLiteral("lapse"), QJsonObject{{QStringLiteral("delays"), relearn},
                                              {QStringLiteral("leechAction"), 0},
                                              {QStringLiteral("leechFails"), CardRecord::kLeechLapses},
                                              {QStringLiteral("minInt"), 1},
                                              {QStringLiteral("mult"), 0.0}}},
    };
    return compact({{QString::number(kDefaultConfigId), config}});
}

Result<QByteArray> AnkiPackage::collectionFile(const AnkiCollection& col)
{
    using R = Result<QByteArray>;
    QJsonObject tags;
    for (const AnkiNote& n : col.notes) {
        for (const QString& t : n.tags) {
            tags.insert(t, 0);
        }
    }
    MemoryDatabase db;
    db.exec(kSchema);
    db.exec("BEGIN");
    db.insertOne("INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)",
                 [&](MemoryDatabase::Binder& b) {
                     b << col.created << col.modifiedMs << col.modifiedMs << kSchemaVersion << confJson(col)
                       << modelsJson(col) << decksJson(col) << deckConfigJson(col) << compact(tags);
                 });
    db.insertAll("INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, '')", col.notes,
                 [&](MemoryDatabase::Binder& b, const AnkiNote& n) {
                     // Tags are space-separated with a space at each end; fields are separated by 0x1f.
                     const QString tagText = n.tags.isEmpty() ? QString() : u' ' + n.tags.join(u' ') + u' ';
                     b << n.id << n.guid << col.noteTypeId << n.mod << tagText << n.fields.join(QChar(0x1f))
                       << n.sortField << n.checksum;
                 });
    db.insertAll("INSERT INTO cards VALUES (?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)", col.cards,
                 [](MemoryDatabase::Binder& b, const AnkiCard& c) {
                     b << c.id << c.noteId << c.deckId << c.mod << c.type << c.queue << c.due << c.interval
                       << c.factor << c.reps << c.lapses << c.left << c.data;
                 });
    db.insertAll("INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)", col.reviews,
                 [](MemoryDatabase::Binder& b, const AnkiReview& r) {
                     b << r.id << r.cardId << r.ease << r.interval << r.lastInterval << r.factor << r.timeMs
                       << r.type;
                 });
    db.exec("COMMIT");
    const QByteArray bytes = db.bytes();
    if (!db.ok() || bytes.isEmpty()) {
        //: %1 is SQLite's reason
        return R::failure(tr("cannot build the Anki collection: %1").arg(db.error()));
    }
    return bytes;
}

Result<QByteArray> AnkiPackage::package(const AnkiCollection& col)
{
    using R = Result<QByteArray>;
    const Result<QByteArray> collection = collectionFile(col);
    if (!collection) {
        return collection;
    }
    static const QByteArray media = QByteArrayLiteral("{}");
    //: %1 is libzip's reason
    const QString cannot = tr("cannot build the Anki package: %1");

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) {
        const QString text = zipErrorText(&error);
        zip_error_fini(&error);
        return R::failure(cannot.arg(text));
    }
    zip_source_keep(buffer); // kept after zip_close, to read the archive back
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        const QString text = zipErrorText(&error);
        zip_error_fini(&error);
        zip_source_free(buffer);
        return R::failure(cannot.arg(text));
    }
    zip_error_fini(&error);
    const time_t mtime = time_t(col.modifiedMs / 1000);
    bool ok = true;
    for (const auto& [name, bytes] :
         {std::pair{"collection.anki2", &collection.value()}, std::pair{"media", &media}}) {
        zip_source_t* entry = zip_source_buffer(archive, bytes->constData(), zip_uint64_t(bytes->size()), 0);
        const zip_int64_t index = entry ? zip_file_add(archive, name, entry, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(entry);
            ok = false;
            break;
        }
        ok = zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 0) == 0 &&
             zip_file_set_mtime(archive, zip_uint64_t(index), mtime, 0) == 0;
        if (!ok) {
            break;
        }
    }
    if (!ok || zip_close(archive) != 0) {
        const QString text = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        zip_source_free(buffer);
        return R::failure(cannot.arg(text));
    }
    QByteArray out;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && zip_source_open(buffer) == 0) {
        out.resize(qsizetype(st.size));
        const zip_int64_t read = zip_source_read(buffer, out.data(), st.size);
        zip_source_close(buffer);
        if (read != zip_int64_t(st.size)) {
            out.clear();
        }
    }
    const QString sourceError = QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)));
    zip_source_free(buffer);
    if (out.isEmpty()) {
        return R::failure(cannot.arg(sourceError));
    }
    return out;
}

} // namespace certdeck
