// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

/// Why a Restcomm request did not succeed, sorted into the classes the dispatcher acts on.
struct RestcommError
{
    enum class Kind {
        None,
        MessageLevel, ///< 400, 413: this message is wrong; never retry it
        CarrierLevel, ///< 401, 403 (inactive, no permission), 404: this carrier cannot send now
        Throttled, ///< 429, 503, 403 SMS_LIMIT_EXCEEDED: wait (at least Retry-After) and retry
        NotSent, ///< no request reached Restcomm (refused, no host, TLS failed): safe to retry
        Ambiguous, ///< the request was written but no answer came (timeout, reset, 5xx): it may exist
        Protocol, ///< a 2xx whose body is not the expected JSON
    };

    Kind kind = Kind::None;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    QString message; ///< for an operator: what happened and what to do
    std::chrono::milliseconds retryAfter {0}; ///< from Retry-After, when given
    QString responseExcerpt; ///< the start of the error body, for the message's timeline

    bool ok() const { return kind == Kind::None; }
    static QString kindName(Kind kind);
};
