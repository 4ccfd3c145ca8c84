#pragma once

#include <QList>
#include <QtGlobal>

#include <utility>

namespace certdeck {

/// Deterministic randomness (SplitMix64): the same seed gives the same numbers on every machine and with
/// every standard library (std::shuffle and the std distributions do not promise that).
class SeededRandom {
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// A whole number from `low` to `high`, both included.
    int between(int low, int high) { return high <= low ? low : low + int(next() % quint64(high - low + 1)); }
    /// One of `values`.
    template <class T>
    T pick(const QList<T>& values)
    {
        return values.at(between(0, int(values.size()) - 1));
    }
    /// Puts `values` in a random order (Fisher-Yates).
    template <class T>
    void shuffle(QList<T>& values)
    {
        for (qsizetype i = values.size() - 1; i > 0; --i) {
            std::swap(values[i], values[between(0, int(i))]);
        }
    }

private:
    quint64 m_state;
};

} // namespace certdeck
