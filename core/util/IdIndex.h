#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <vector>

namespace certdeck {

/// Ids, each with a number (a position in a list), asked about as QStrings or as UTF-8 text (as SQLite hands
/// it over) without making a QString or an allocation per id: 100,000 ids go in, or are looked up, within a
/// few milliseconds. It keeps a 64-bit hash of each id's
/// UTF-8 bytes, not the id: two different ids share a hash with odds of about 1 in 10^19, and
/// among 100,000 ids the odds that any two do are about 1 in 10^9.
class IdIndex {
public:
    void reserve(qsizetype count);
    void insert(QStringView id, qint32 value = 0);
    bool contains(QStringView id) const { return find(hashOf(id)) >= 0; }
    /// The number stored with `id` (the first one, when it went in twice), or `fallback`.
    qint32 value(QStringView id, qint32 fallback = -1) const { return valueAt(find(hashOf(id)), fallback); }
    /// The same for an id in UTF-8.
    qint32 value(QByteArrayView utf8, qint32 fallback = -1) const
    {
        return valueAt(find(hashOf(utf8)), fallback);
    }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    static quint64 hashOf(QStringView id);
    static quint64 hashOf(QByteArrayView utf8);
    void add(quint64 hash, qint32 value);
    qsizetype find(quint64 hash) const;
    qint32 valueAt(qsizetype slot, qint32 fallback) const
    {
        return slot >= 0 ? m_values[std::size_t(slot)] : fallback;
    }
    std::size_t slotOf(quint64 hash) const { return std::size_t((hash * 0x9e3779b97f4a7c15ULL) >> m_shift); }

    std::vector<quint64> m_slots; ///< hashes; 0: empty
    std::vector<qint32> m_values;
    int m_shift = 64;
    qsizetype m_size = 0;
};

} // namespace certdeck
