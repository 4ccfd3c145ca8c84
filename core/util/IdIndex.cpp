#include "util/IdIndex.h"

#include <QByteArray>
#include <QtEndian>

namespace certdeck {

namespace {

constexpr quint64 kMultiplier = 0x9fb21c651e98df25ULL;

/// MurmurHash3's finalizer; never 0, which marks an empty slot.
quint64 finish(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h == 0 ? 1 : h;
}

/// A hash of UTF-8 bytes taken eight at a time: a 25-byte id costs four multiplications, not 25.
quint64 hashBytes(const char* bytes, qsizetype size)
{
    quint64 h = quint64(size) * kMultiplier;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        h = (h ^ qFromLittleEndian<quint64>(bytes + i)) * kMultiplier;
        h ^= h >> 29;
    }
    quint64 tail = 0;
    for (qsizetype k = 0; i + k < size; ++k) {
        tail |= quint64(static_cast<unsigned char>(bytes[i + k])) << (8 * k);
    }
    return finish((h ^ tail) * kMultiplier);
}

} // namespace

quint64 IdIndex::hashOf(QStringView id)
{
    // The same hash as the id's UTF-8 bytes: an ASCII id (every card id so far) is packed eight code units to
    // a word without converting it.
    const qsizetype size = id.size();
    const char16_t* units = id.utf16();
    quint64 h = quint64(size) * kMultiplier;
    qsizetype i = 0;
    quint64 word = 0;
    for (; i < size; ++i) {
        const char16_t c = units[i];
        if (c >= 0x80) {
            const QByteArray bytes = id.toUtf8();
            return hashBytes(bytes.constData(), bytes.size());
        }
        word |= quint64(c) << (8 * (i & 7));
        if ((i & 7) == 7) {
            h = (h ^ word) * kMultiplier;
            h ^= h >> 29;
            word = 0;
        }
    }
    return finish((h ^ word) * kMultiplier);
}

void IdIndex::reserve(qsizetype count)
{
    int bits = 4;
    while ((qsizetype(1) << bits) < count * 2) {
        ++bits;
    }
    if ((std::size_t(1) << bits) <= m_slots.size()) {
        return;
    }
    std::vector<quint64> old(std::size_t(1) << bits, 0);
    std::vector<qint32> oldValues(old.size(), 0);
    old.swap(m_slots);
    oldValues.swap(m_values);
    m_shift = 64 - bits;
    m_size = 0;
    for (std::size_t i = 0; i < old.size(); ++i) {
        if (old[i] != 0) {
            add(old[i], oldValues[i]);
        }
    }
}

quint64 IdIndex::hashOf(QByteArrayView utf8)
{
    return hashBytes(utf8.data(), utf8.size());
}

void IdIndex::insert(QStringView id, qint32 value)
{
    add(hashOf(id), value);
}

void IdIndex::add(quint64 hash, qint32 value)
{
    if (std::size_t(m_size + 1) * 2 > m_slots.size()) {
        reserve(std::max<qsizetype>(8, m_size + 1) * 2);
    }
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slotOf(hash);; i = (i + 1) & mask) {
        if (m_slots[i] == hash) {
            return;
        }
        if (m_slots[i] == 0) {
            m_slots[i] = hash;
            m_values[i] = value;
            ++m_size;
            return;
        }
    }
}

qsizetype IdIndex::find(quint64 hash) const
{
    if (m_size == 0) {
        return -1;
    }
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slotOf(hash);; i = (i + 1) & mask) {
        if (m_slots[i] == hash) {
            return qsizetype(i);
        }
        if (m_slots[i] == 0) {
            return -1;
        }
    }
}

} // namespace certdeck
