// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// A carrier: one Restcomm account or sub-account that terminates traffic. The token is not
/// here; `secretRef` says where the CredentialVault keeps it.
struct Carrier
{
    static inline const QString defaultBaseUrl = QStringLiteral("https://cloud.restcomm.com/restcomm/2012-04-24");

    qint64 id = 0;
    QString name;
    QString baseUrl = defaultBaseUrl;
    QString accountSid;
    QString secretRef;
    double rateLimit = 10.0; ///< messages per second
    int maxInFlight = 6; ///< requests this carrier may have open at once
    bool enabled = true;
    QString caFile; ///< extra PEM CA certificates for this carrier's TLS, or empty
    QString notes;
    /// Answer a STOP reply with one "You will receive no more messages." through this carrier.
    bool confirmStopReplies = false;
    qint64 createdAt = 0; ///< ms since the epoch
    qint64 updatedAt = 0;

    bool operator==(const Carrier &) const = default;
};

using CarrierList = QList<Carrier>;
