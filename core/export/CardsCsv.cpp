#include "export/CardsCsv.h"

#include "review/Fsrs.h"

namespace certdeck {

namespace {

constexpr int kDecimals = 4;

} // namespace

QStringList CardsCsv::header()
{
    return {QStringLiteral("id"),          QStringLiteral("topic"),       QStringLiteral("topic_title"),
            QStringLiteral("front"),       QStringLiteral("back"),        QStringLiteral("source"),
            QStringLiteral("source_file"), QStringLiteral("source_line"), QStringLiteral("state"),
            QStringLiteral("due"),         QStringLiteral("last_review"), QStringLiteral("stability"),
            QStringLiteral("difficulty"),  QStringLiteral("reviews"),     QStringLiteral("lapses"),
            QStringLiteral("suspended"),   QStringLiteral("leech")};
}

QString CardsCsv::sourceText(const SourceRef& source)
{
    if (source.file.isEmpty() || source.line <= 0) {
        return {};
    }
    //: Where a card comes from in a CSV export: the notes file's name, and the line
    return tr("%1, line %2")
        .arg(source.fileTitle.isEmpty() ? source.file : source.fileTitle)
        .arg(source.line);
}

CsvTable CardsCsv::table(const QList<Card>& cards, const QList<TopicRow>& topics,
                         const QHash<QString, CardRecord>& records)
{
    QHash<QString, QString> topicTitles;
    for (const TopicRow& t : topics) {
        topicTitles.insert(t.id, t.title);
    }
    CsvTable table;
    table.header = header();
    table.rows.reserve(cards.size());
    for (const Card& card : cards) {
        const CardRecord record = records.value(card.id); // a card without one is new
        const CardSchedule& s = record.schedule;
        const bool scheduled = s.state != CardState::New;
        CsvRow row{
            CsvCell::fromText(card.id),
            CsvCell::fromText(card.topic),
            CsvCell::fromText(topicTitles.value(card.topic)),
            CsvCell::fromText(card.front),
            CsvCell::fromText(card.back),
            CsvCell::fromText(sourceText(card.source)),
            CsvCell::fromText(card.source.file),
            card.source.line > 0 ? CsvCell::number(card.source.line) : CsvCell::empty(),
            CsvCell{stateName(s.state), false},
            scheduled ? CsvCell::time(s.due) : CsvCell::empty(),
            CsvCell::time(s.lastReview),
            scheduled ? CsvCell::number(s.stability, kDecimals) : CsvCell::empty(),
            scheduled ? CsvCell::number(s.difficulty, kDecimals) : CsvCell::empty(),
            CsvCell::number(s.reps),
            CsvCell::number(s.lapses),
            CsvCell::boolean(record.suspended),
            CsvCell::boolean(record.leech),
        };
        table.rows.append(std::move(row));
    }
    return table;
}

} // namespace certdeck
