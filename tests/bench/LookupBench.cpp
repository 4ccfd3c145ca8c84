// Lookup latency. BM_LookupQuery runs the learners' questions of tests/data/lookup/real-queries.tsv and
// every keystroke of typing some of them (as the palette searches on each), and reports the 50th and 99th
// percentile and the slowest query in milliseconds. Targets (2-core machine, release): p99 at most 2 ms on
// the real content, at most 5 ms on a synthetic bank 100 times larger (the real bank copied 100 times, each
// copy with its own ids, notes files and a word of its own), which this file generates once into the
// temporary folder, keyed by the content's hash.

#include "content/ContentCompiler.h"
#include "content/ContentRepository.h"
#include "lookup/LookupIndex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace certdeck;

namespace {

QStringList benchQueries()
{
    QStringList queries;
    QFile file(QStringLiteral(CERTDECK_TEST_DATA_DIR "/lookup/real-queries.tsv"));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (!line.trimmed().isEmpty() && !line.startsWith(u'#')) {
                queries.append(line.section(u'\t', 0, 0));
            }
        }
    }
    // Typing, one keystroke at a time.
    for (const QString& typed : {QStringLiteral("lambda max timeout"),
                                 QStringLiteral("sqs visibility timeout"), QStringLiteral("dynamodb rcu")}) {
        for (qsizetype n = 1; n < typed.size(); ++n) {
            queries.append(typed.left(n));
        }
    }
    queries.append(QStringLiteral("zzqxv"));                    // nothing matches
    queries.append(QStringLiteral("'); DROP TABLE items; --")); // text, never SQL
    return queries;
}

/// The real bank, 100 times: copy k has ids "<id>.x<k>", notes files "x<k>-<file>" and the word "copy<k>" in
/// every title, so that the index holds 100 times the rows and a larger vocabulary.
bool writeSyntheticBank(const QString& path, QString* error)
{
    CompileResult real =
        ContentCompiler::load(ContentSources::fromDirectory(QStringLiteral(CERTDECK_TEST_CONTENT_DIR)));
    if (!real.ok()) {
        *error = QStringLiteral("the real content does not compile");
        return false;
    }
    const ContentBank& base = real.bank;
    ContentBank big;
    big.catalog = base.catalog;
    big.profiles = base.profiles;
    big.facts = base.facts;
    big.lexicon = base.lexicon;
    big.contentHash = base.contentHash;
    for (int k = 0; k < 100; ++k) {
        const QString tag = QStringLiteral("x%1").arg(k);
        const QString word = QStringLiteral(" copy%1").arg(k);
        auto moved = [&](SourceRef s) {
            s.file = tag + u'-' + s.file;
            return s;
        };
        for (NotesDocument doc : base.notes) {
            big.noteTitles.insert(tag + u'-' + doc.fileName, base.noteTitles.value(doc.fileName) + word);
            doc.fileName = tag + u'-' + doc.fileName;
            big.notes.append(doc);
        }
        for (Deck deck : base.decks) {
            for (Card& c : deck.cards) {
                c.id += u'.' + tag;
                c.front += word;
                c.source = moved(c.source);
            }
            for (Question& q : deck.questions) {
                q.id += u'.' + tag;
                q.stem += word;
                q.source = moved(q.source);
            }
            for (Limit& l : deck.limits) {
                l.id += u'.' + tag;
                l.name += word;
                l.source = moved(l.source);
            }
            for (Formula& f : deck.formulas) {
                f.id += u'.' + tag;
                f.name += word;
                f.source = moved(f.source);
            }
            for (Erratum& e : deck.errata) {
                e.id += u'.' + tag;
                e.says += word;
                e.source = moved(e.source);
            }
            for (SkippedSection& s : deck.skipped) {
                s.source = moved(s.source);
            }
            big.decks.append(deck);
        }
    }
    return ContentCompiler::writeDatabase(big, path, error);
}

void runQueries(benchmark::State& state, const ContentRepository& repo)
{
    const LookupIndex index(repo);
    const QStringList queries = benchQueries();
    std::vector<double> ms;
    QElapsedTimer timer;
    for (auto _ : state) {
        for (const QString& q : queries) {
            timer.start();
            benchmark::DoNotOptimize(index.search(q, 50));
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    if (ms.empty()) {
        return;
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double share) { return ms[std::min(ms.size() - 1, size_t(share * double(ms.size())))]; };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p99_ms"] = at(0.99);
    state.counters["max_ms"] = ms.back();
    state.counters["queries"] = double(queries.size());
}

/// Opening content.db as the app does on the first lookup: immutable, with its verification (schema, tables,
/// quick_check).
void BM_OpenContentDatabase(benchmark::State& state)
{
    for (auto _ : state) {
        ContentRepository repo;
        QString error;
        if (!repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
        benchmark::DoNotOptimize(repo.isOpen());
    }
}
BENCHMARK(BM_OpenContentDatabase)->Unit(benchmark::kMillisecond);

/// What the palette pays before its first search: the lexicon and vocabulary read, the tables built.
void BM_LookupIndexLoad(benchmark::State& state)
{
    ContentRepository repo;
    QString error;
    if (!repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        const LookupIndex index(repo);
        benchmark::DoNotOptimize(&index);
    }
}
BENCHMARK(BM_LookupIndexLoad)->Unit(benchmark::kMillisecond);

/// Every query of the set; the counters hold the per-query percentiles (the time per iteration is the set).
void BM_LookupQuery(benchmark::State& state)
{
    ContentRepository repo;
    QString error;
    if (!repo.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    runQueries(state, repo);
}
BENCHMARK(BM_LookupQuery)->Unit(benchmark::kMillisecond);

void BM_LookupQuerySynthetic100x(benchmark::State& state)
{
    QString error;
    ContentRepository real;
    if (!real.open(QStringLiteral(CERTDECK_TEST_CONTENT_DB), &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    const QString path = QDir::temp().filePath(
        QStringLiteral("certdeck-bench-100x-v1-%1.db").arg(real.contentHash().left(16)));
    if (!QFileInfo::exists(path) && !writeSyntheticBank(path, &error)) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    ContentRepository repo;
    if (!repo.open(path, &error)) {
        QFile::remove(path); // an old or broken copy: made again next time
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    runQueries(state, repo);
}
BENCHMARK(BM_LookupQuerySynthetic100x)->Unit(benchmark::kMillisecond);

} // namespace
