// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// How sending through a carrier has gone lately, as the dispatcher saw it. The dispatcher keeps
/// it in the store (carrier_health), so that the health panel of every window, `carrier list`
/// and `carrier show` tell the same story — including after the dispatcher has stopped.
struct CarrierHealth
{
    /// The words of `--json` and of the CLI's tables (never translated): "ok", "failing" (the last requests failed),
    /// "breaker open", "probing", "throttled", "paused", "disabled", "no token"; "unknown" when
    /// no dispatcher has sent through the carrier yet.
    QString state = QStringLiteral("unknown");
    int consecutiveFailures = 0; ///< requests in a row that did not get an answer accepting them
    int refusedConnections = 0; ///< of those, how many found nothing answering (refused, no host)
    QString lastError;
    qint64 lastErrorAt = 0;
    qint64 lastSuccessAt = 0;
    qint64 updatedAt = 0; ///< when the dispatcher last wrote it

    /// A sentence for a tooltip or `carrier show`: the failures, the breaker, the last error.
    QString detail() const;
    /// A state as the window's health chip shows it, translated ("gedrosselt"); an unknown
    /// word as it is.
    static QString title(const QString &state);
    /// Equal in what it says (updatedAt aside): only a change is written.
    bool sameAs(const CarrierHealth &other) const;
};
