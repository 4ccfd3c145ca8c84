#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace certdeck::fuzz {

/// A property every input must keep; a broken one aborts, which the fuzzer records as a finding.
#define CERTDECK_FUZZ_CHECK(condition)                                                                       \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz property broken at %s:%d: %s\n", __FILE__, __LINE__, #condition);     \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// True when `text` holds a character that must never reach a terminal raw (see PlainText::isUnsafe).
bool holdsUnsafe(const QString& text, bool allowLines);

const QString& contentDir();
const QString& contentDb();
/// A folder of the fuzzer's own for files it writes, alive for the whole run.
QString scratchDir();

void notesParser(const std::uint8_t* data, std::size_t size);
void deckLoader(const std::uint8_t* data, std::size_t size);
void lookupQuery(const std::uint8_t* data, std::size_t size);
void cliArguments(const std::uint8_t* data, std::size_t size);
void progressFile(const std::uint8_t* data, std::size_t size);

} // namespace certdeck::fuzz
