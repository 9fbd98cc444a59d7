// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

/// A carrier as the delivery log's side panel shows it.
struct CarrierDispatchStatus
{
    qint64 id = 0;
    QString name;
    QString health; ///< CarrierHealth::state: "ok", "failing", "breaker open", "probing", "throttled", …
    QString healthDetail; ///< why, for a tooltip (CarrierHealth::detail)
    double rateLimit = 0; ///< msg/s allowed
    double currentRate = 0; ///< msg/s submitted over the last few seconds
    int inFlight = 0;
    int maxInFlight = 0;
};

/// A snapshot of the dispatcher, sent a few times a second.
struct DispatchStatus
{
    bool running = false;
    bool paused = false;
    int inFlight = 0;
    qint64 submittedTotal = 0; ///< requests started since the dispatcher started
    qint64 acceptedTotal = 0; ///< of those, accepted by Restcomm
    QList<CarrierDispatchStatus> carriers;
};

Q_DECLARE_METATYPE(DispatchStatus)
