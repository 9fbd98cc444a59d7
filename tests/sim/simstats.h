// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

/// Counters for GET /sim/stats (benchmarks and tests read them).
struct SimStats
{
    qint64 requests = 0; ///< every HTTP request, control API included
    qint64 accepted = 0; ///< messages stored and written to the ledger (incl. hung and reset)
    qint64 hung = 0;
    qint64 reset = 0;
    qint64 unauthorized = 0; ///< 401
    qint64 inactive = 0; ///< 403 Provided Account is not active
    qint64 forbidden = 0; ///< 403 permission / other tenant
    qint64 badRequest = 0; ///< 400 (missing From/To/Body and other bad input)
    qint64 badEncoding = 0; ///< 500 for an unknown Encoding
    qint64 tooLarge = 0; ///< 413
    qint64 notFound = 0; ///< 404
    qint64 injectedErrors = 0; ///< 500 from --error-rate
    qint64 throttled = 0; ///< 429/403 from --throttle-rate
    qint64 rateLimited = 0; ///< 429/403 from --rate-limit

    QJsonObject toJson(qint64 storedMessages) const
    {
        return QJsonObject {
            {QStringLiteral("requests"), requests},
            {QStringLiteral("accepted"), accepted},
            {QStringLiteral("hung"), hung},
            {QStringLiteral("reset"), reset},
            {QStringLiteral("messages"), storedMessages},
            {QStringLiteral("rejected"),
             QJsonObject {
                 {QStringLiteral("unauthorized"), unauthorized},
                 {QStringLiteral("inactive"), inactive},
                 {QStringLiteral("forbidden"), forbidden},
                 {QStringLiteral("bad_request"), badRequest},
                 {QStringLiteral("bad_encoding"), badEncoding},
                 {QStringLiteral("too_large"), tooLarge},
                 {QStringLiteral("not_found"), notFound},
                 {QStringLiteral("error"), injectedErrors},
                 {QStringLiteral("throttled"), throttled},
                 {QStringLiteral("rate_limited"), rateLimited},
             }},
        };
    }
};
