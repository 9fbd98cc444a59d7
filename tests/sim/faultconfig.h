// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

/// Every switch that changes how the simulator answers: fault rates, latency, the per-account rate
/// limit and the status progression. Set from the command line and changed at run time through
/// POST /sim/faults (same names, snake_case, in a JSON object).
struct FaultConfig
{
    enum class ThrottleReply { TooManyRequests, SmsLimitExceeded };

    double errorRate = 0; ///< 500 with a plain-text body
    double throttleRate = 0; ///< 429 + Retry-After, or 403 SMS_LIMIT_EXCEEDED
    double hangRate = 0; ///< accepted into the ledger, never answered
    double resetRate = 0; ///< accepted into the ledger, connection reset
    double undeliveredRate = 0; ///< final status undelivered (30003) instead of delivered
    double failedRate = 0; ///< status failed (30008) instead of sent
    ThrottleReply throttleReply = ThrottleReply::TooManyRequests;
    int retryAfterS = 1;
    int latencyMs = 0;
    int rateLimit = 0; ///< accepted messages per second per account; 0 = unlimited
    qint64 sentAfterMs = 100; ///< sending → sent (or failed)
    qint64 finalAfterMs = 1000; ///< sent → delivered/undelivered; negative: no receipt, stays sent

    QJsonObject toJson() const;
    /// Applies the keys present in \a json; unknown keys and bad values are refused as a whole.
    bool apply(const QJsonObject &json, QString *error);
    /// Checks ranges (rates in 0..1 summing to at most 1 for the per-request faults, etc.).
    bool validate(QString *error) const;
};
