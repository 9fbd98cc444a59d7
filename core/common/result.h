// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <type_traits>
#include <utility>
#include <variant>

/// Why an operation did not happen. The message is written for an operator: it names the
/// problem and, where there is one, the fix. `kind` lets faces map it (the CLI's exit codes).
struct Error
{
    enum class Kind {
        Invalid, ///< the input is wrong; nothing was changed (CLI exit 2)
        NotFound, ///< the named thing does not exist (CLI exit 2)
        Failed, ///< the operation ran and failed (CLI exit 1)
    };

    QString message;
    Kind kind = Kind::Failed;
    /// The store's own code for the failure (SQLite's result code), 0 when it did not come from
    /// a statement. Lets a caller tell "the store refused this change" (a constraint) from "the
    /// store is busy, full or unreadable".
    int storeCode = 0;
    /// A stable key for a failure a caller can offer a fix for; empty for most. Known keys:
    /// "keychain_unavailable" (the window offers to keep tokens in the database instead).
    QString code = {};

    /// SQLite's SQLITE_CONSTRAINT (also raised by a trigger's RAISE(ABORT)), whatever the
    /// extended code.
    bool isConstraintViolation() const { return (storeCode & 0xFF) == 19; }
    /// SQLITE_BUSY or SQLITE_LOCKED: another connection held the store for longer than the wait.
    bool isStoreBusy() const { return (storeCode & 0xFF) == 5 || (storeCode & 0xFF) == 6; }

    static Error invalid(QString message) { return {std::move(message), Kind::Invalid}; }
    static Error notFound(QString message) { return {std::move(message), Kind::NotFound}; }
    static Error failed(QString message) { return {std::move(message), Kind::Failed}; }
};

/// A value or an Error. Small on purpose: C++20 has no std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }
    /// Accepts anything that converts to T (a QStringBuilder expression for a QString, …).
    template<typename U>
    requires(
        std::is_convertible_v<U, T> && !std::is_same_v<std::decay_t<U>, T> && !std::is_same_v<std::decay_t<U>, Error>)
        Result(U &&value)
        : m_state(T(std::forward<U>(value)))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// The value, or `fallback` when there is an error.
    T value_or(T fallback) const { return ok() ? value() : fallback; }

    const Error &error() const { return std::get<Error>(m_state); }
    /// The error's message, or an empty string when there is none (safe to call either way).
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;
