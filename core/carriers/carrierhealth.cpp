// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carrierhealth.h"

#include <QCoreApplication>
#include <QDateTime>

QString CarrierHealth::detail() const
{
    QStringList parts;
    if (consecutiveFailures > 0) {
        QString failures = consecutiveFailures == 1
            ? QCoreApplication::translate("CarrierHealth", "The last request failed")
            : QCoreApplication::translate("CarrierHealth", "%n request(s) in a row failed", nullptr,
                                          consecutiveFailures);
        if (refusedConnections > 0)
            failures +=
                QCoreApplication::translate("CarrierHealth", " (%1 found nothing answering)")
                    .arg(refusedConnections == consecutiveFailures ? QCoreApplication::translate("CarrierHealth", "all")
                                                                   : QString::number(refusedConnections));
        parts.append(failures + QLatin1Char('.'));
    }
    if (state == QLatin1String("breaker open"))
        parts.append(QCoreApplication::translate("CarrierHealth",
                                                 "Its breaker is open: messages go to the fallback carriers, and one "
                                                 "probes it after the cooldown."));
    if (!lastError.isEmpty())
        parts.append(
            QCoreApplication::translate("CarrierHealth", "Last error (%1): %2")
                .arg(QDateTime::fromMSecsSinceEpoch(lastErrorAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     lastError));
    return parts.join(QLatin1Char(' '));
}

bool CarrierHealth::sameAs(const CarrierHealth &other) const
{
    return state == other.state && consecutiveFailures == other.consecutiveFailures
        && refusedConnections == other.refusedConnections && lastError == other.lastError
        && lastErrorAt == other.lastErrorAt && lastSuccessAt == other.lastSuccessAt;
}
