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
        if (refusedConnections >= consecutiveFailures)
            failures += QCoreApplication::translate("CarrierHealth", " (each found nothing answering)");
        else if (refusedConnections > 0)
            failures +=
                QCoreApplication::translate("CarrierHealth", " (%1 found nothing answering)").arg(refusedConnections);
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

QString CarrierHealth::title(const QString &state)
{
    // QT_TRANSLATE_NOOP3 keeps the machine words as the keys of the lookup.
    static const char *const note = "a carrier's health (a short label)";
    static const struct
    {
        const char *source;
        const char *comment;
    } words[] = {
        QT_TRANSLATE_NOOP3("CarrierHealth", "ok", "a carrier's health (a short label)"),
        QT_TRANSLATE_NOOP3("CarrierHealth", "failing", "a carrier's health (a short label)"),
        QT_TRANSLATE_NOOP3("CarrierHealth", "breaker open", "a carrier's health (a short label)"),
        QT_TRANSLATE_NOOP3("CarrierHealth", "probing", "a carrier's health (a short label)"),
        QT_TRANSLATE_NOOP3("CarrierHealth", "throttled", "a carrier's health (a short label)"),
        QT_TRANSLATE_NOOP3("CarrierHealth", "paused", "a carrier's health (a short label)"),
        QT_TRANSLATE_NOOP3("CarrierHealth", "disabled", "a carrier's health (a short label)"),
        QT_TRANSLATE_NOOP3("CarrierHealth", "no token", "a carrier's health (a short label)"),
        QT_TRANSLATE_NOOP3("CarrierHealth", "unknown", "a carrier's health (a short label)"),
    };
    for (const auto &word : words) {
        if (state == QLatin1String(word.source))
            return QCoreApplication::translate("CarrierHealth", word.source, note);
    }
    return state;
}
