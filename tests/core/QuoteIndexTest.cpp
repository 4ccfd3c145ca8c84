// Source quotes are found through an index of the notes' 6-character pieces; the answer must be what scanning
// every line gives, in the same order, for quotes of every length, repeated, absent and not ASCII.
#include "content/QuoteIndex.h"

#include "content/ContentCompiler.h"
#include "content/TopicCatalog.h"

#include <gtest/gtest.h>

using namespace certdeck;

namespace {

QList<QuoteIndex::Place> scan(const QList<NotesDocument>& notes, const QString& quote)
{
    QList<QuoteIndex::Place> found;
    for (qsizetype d = 0; d < notes.size(); ++d) {
        for (qsizetype i = 0; i < notes[d].lines.size(); ++i) {
            if (notes[d].lines[i].contains(quote)) {
                found.append(QuoteIndex::Place{d, int(i + 1)});
            }
        }
    }
    return found;
}

bool same(const QList<QuoteIndex::Place>& a, const QList<QuoteIndex::Place>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].document != b[i].document || a[i].line != b[i].line) {
            return false;
        }
    }
    return true;
}

TEST(QuoteIndex, FindsWhatScanningEveryLineFinds)
{
    QList<NotesDocument> notes =
        ContentCompiler::load(ContentSources::fromDirectory(QStringLiteral(CERTDECK_TEST_CONTENT_DIR)))
            .bank.notes;
    const TopicCatalog catalog;
    const NotesParser parser(catalog);
    notes.append(parser.parse(QStringLiteral("extra.txt"),
                              QStringLiteral("キューの可視性タイムアウト 30 秒\nvisibility timeout 30 sec\n"
                                             "visibility timeout 30 sec\naaaaaaaaaaaa\n\nx\n")
                                  .toUtf8()));
    ASSERT_GE(notes.size(), 3);
    const QuoteIndex index(notes);

    QStringList quotes{QStringLiteral("visibility timeout 30 sec"), // on two lines
                       QStringLiteral("可視性タイムアウト"),
                       QStringLiteral("aaaaaaa"), // overlapping pieces
                       QStringLiteral("x"),       // shorter than a piece
                       QStringLiteral("no line says this at all"),
                       QStringLiteral("timeout 30 sec\n")}; // never within one line
    quint32 seed = 11;
    for (int i = 0; i < 3000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        const NotesDocument& doc = notes[qsizetype(seed % quint32(notes.size()))];
        const QString& line = doc.lines[qsizetype((seed >> 8) % quint32(doc.lines.size()))];
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype from = qsizetype((seed >> 4) % quint32(line.size()));
        const qsizetype length = 1 + qsizetype((seed >> 12) % 40);
        quotes.append(line.mid(from, length));
        quotes.append(line.mid(from, length) + QStringLiteral("~")); // most of these are on no line
    }
    int multiple = 0;
    for (const QString& quote : std::as_const(quotes)) {
        const QList<QuoteIndex::Place> expected = scan(notes, quote);
        ASSERT_TRUE(same(index.find(quote), expected)) << quote.toStdString();
        multiple += expected.size() > 1 ? 1 : 0;
    }
    EXPECT_GT(multiple, 10) << "the sample includes quotes found on several lines";
}

} // namespace
