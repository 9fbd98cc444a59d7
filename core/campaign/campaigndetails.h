// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriercost.h"

#include <QMap>
#include <QMetaType>
#include <QString>

/// The parts of a campaign's detail pane that cost a scan of its messages or rejects
/// (CampaignMonitor reads them on its worker).
struct CampaignDetails
{
    qint64 campaignId = 0;
    CarrierCostList costs; ///< estimated cost per carrier, most expensive first
    QMap<QString, qint64> rejects; ///< import rejects by reason
    qint64 optOutsByReply = 0; ///< numbers that answered the campaign with a stop word
    QString error; ///< why they could not be read
};

Q_DECLARE_METATYPE(CampaignDetails)
