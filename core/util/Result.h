#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace certdeck {

/// A value, or the message saying why there is none. Readers return this so that a failed query is an error
/// the caller must look at, never an empty list that looks like "nothing there".
template <class T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor): reads as a return

    static Result failure(QString message)
    {
        Result r;
        r.m_error = message.isEmpty() ? QStringLiteral("unknown error") : std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }

    /// Why there is no value; empty when there is one.
    const QString& error() const { return m_error; }

private:
    Result() = default;

    std::optional<T> m_value;
    QString m_error;
};

} // namespace certdeck
