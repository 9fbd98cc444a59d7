// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

struct Carrier;

/// Everything needed to talk to one Restcomm account: where, as whom, trusting what.
/// Holds the token in memory only for building the Authorization header; never log it.
struct RestcommEndpoint
{
    QString carrierName; ///< for messages ("… Check the Account SID and token of carrier UK.")
    QString baseUrl; ///< e.g. https://cloud.restcomm.com/restcomm/2012-04-24 (no trailing slash)
    QString accountSid;
    QByteArray token;
    QString caFile; ///< extra PEM CA certificates, or empty
    std::chrono::milliseconds timeout = std::chrono::seconds(30); ///< whole-transfer limit

    static RestcommEndpoint forCarrier(const Carrier &carrier, const QByteArray &token);
};
