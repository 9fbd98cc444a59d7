// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "faultconfig.h"
#include "simmessage.h"

#include <QHash>
#include <QString>

#include <deque>
#include <random>

/// Draws the fate of each send request from one seeded generator, so a given --seed and request
/// order always give the same faults. One draw per request picks at most one of error, throttle,
/// hang or reset (their rates are slices of [0,1)); one more draw picks the delivery outcome.
class FaultInjector final
{
public:
    enum class Fault { None, Error, Throttle, Hang, Reset };

    explicit FaultInjector(quint64 seed);

    Fault drawFault(const FaultConfig &config);
    SimMessage::Outcome drawOutcome(const FaultConfig &config);
    /// "SM" or "AC" + 32 lowercase hex digits from the seeded generator.
    QString newSid(const char *prefix);

    /// Sliding one-second window per account: true when accepting one more message now would
    /// exceed \a perSecond. Records the acceptance when it returns false.
    bool overRateLimit(const QString &accountSid, int perSecond, qint64 nowMs);

private:
    double uniform();

    std::mt19937_64 m_faults;
    std::mt19937_64 m_sids;
    QHash<QString, std::deque<qint64>> m_windows;
};
