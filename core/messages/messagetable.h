// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

/// One message as a row of text or a JSON object, the same for `smsrouter-cli log`, its CSV
/// and the delivery log's export, so every face shows the same columns. Never includes a secret.
namespace messagetable {

/// id, campaign_id, to, from, body, encoding, segments, carrier, state, provider_sid,
/// provider_status, attempts, error, price, created_at, updated_at (the CLI contract's shape).
QStringList columns();
QStringList row(const Message &message, const QString &carrierName);
QJsonObject json(const Message &message, const QString &carrierName);

/// ISO 8601 UTC with milliseconds, or an empty string for 0.
QString isoTime(qint64 ms);

} // namespace messagetable
