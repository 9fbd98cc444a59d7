// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// A campaign's estimated cost on one carrier: what the wizard and `campaign show` list before
/// start. Cost is segments × the cost per segment of the rule that routed each message.
struct CarrierCost
{
    qint64 carrierId = 0;
    QString carrierName; ///< empty when the carrier was removed since
    qint64 messages = 0;
    qint64 segments = 0;
    qint64 costMicros = 0;

    bool operator==(const CarrierCost &) const = default;
};

using CarrierCostList = QList<CarrierCost>;
