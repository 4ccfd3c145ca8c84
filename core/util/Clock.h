#pragma once

#include <QDateTime>

namespace certdeck {

/// Where "now" comes from. Engines take a time as a parameter; the code that calls them asks a Clock, so
/// tests can set the time exactly and the app reads the system clock in one place.
class Clock {
public:
    virtual ~Clock() = default;
    /// The current time in UTC, to the millisecond.
    virtual QDateTime now() const = 0;
};

/// The computer's clock.
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that only moves when told to: for tests and replays.
class SettableClock final : public Clock {
public:
    explicit SettableClock(QDateTime start) : m_now(start.toUTC()) {}

    QDateTime now() const override { return m_now; }
    void set(const QDateTime& at) { m_now = at.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceMilliseconds(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }

private:
    QDateTime m_now;
};

} // namespace certdeck
