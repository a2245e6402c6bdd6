// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <optional>
#include <utility>

namespace continuum {

/// The outcome of a fallible call: a value or an Error. No exceptions cross our APIs.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }

    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    /// The value, or fallback on failure.
    T value_or(T fallback) const& { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// A fallible call with no value.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString detail = {})
{
    return Error{code, std::move(detail)};
}

/// A broken domain rule on one field: which field and why (a pair listed in kValidationFailures, checked when
/// compiling), and an English detail for logs that the window never shows.
inline Error validationError(ValidationFailure failure, QString detail)
{
    return Error{ErrorCode::Validation, std::move(detail), failure.pair.field, failure.pair.reason};
}

} // namespace continuum
