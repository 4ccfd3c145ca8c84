// lookup_query: any text as a lookup query against the real content.db. A query never errors: every FTS5
// expression the query builder makes is one FTS5 accepts, whatever quotes, operators or SQL the text holds.

#include "FuzzSupport.h"
#include "content/ContentRepository.h"
#include "lookup/LookupIndex.h"

#include <QSqlQuery>

namespace certdeck::fuzz {

void lookupQuery(const std::uint8_t* data, std::size_t size)
{
    // Opened once and kept for the whole process: a static object would close its connection after Qt's
    // own list of connections is gone.
    static ContentRepository* const repository = new ContentRepository;
    static const bool opened = [] {
        QString error;
        const bool ok = repository->open(contentDb(), &error);
        if (!ok) {
            std::fprintf(stderr, "lookup_query: %s\n", qPrintable(error));
        }
        return ok;
    }();
    const ContentRepository& repo = *repository;
    CERTDECK_FUZZ_CHECK(opened);
    const QString query = QString::fromUtf8(bytesOf(data, size));
    static const LookupIndex* const index = new LookupIndex(repo);
    const ParsedLookup parsed = index->query().parse(query);
    for (const QString& expression : {parsed.phraseExpression(), parsed.allExpression(false),
                                      parsed.allExpression(true), parsed.anyExpression()}) {
        if (expression.isEmpty()) {
            continue;
        }
        QSqlQuery q(repo.connection().database());
        q.prepare(QStringLiteral("SELECT count(*) FROM search WHERE search MATCH ?"));
        q.addBindValue(expression);
        CERTDECK_FUZZ_CHECK(q.exec());
    }
    for (const LookupResult& r : index->search(query, 5)) {
        CERTDECK_FUZZ_CHECK(!r.id.isEmpty() && !r.kind.isEmpty());
    }
}

} // namespace certdeck::fuzz
