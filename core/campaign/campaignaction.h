// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

/// A lifecycle change asked of CampaignMonitor, and what came of it.
struct CampaignAction
{
    enum class Kind : quint8 { Start, Schedule, Pause, Resume, Cancel };

    Kind kind = Kind::Start;
    qint64 campaignId = 0;
    QDateTime at; ///< Schedule only

    // The outcome (CampaignMonitor::actionFinished).
    bool ok = false;
    Campaign campaign; ///< as it is after the change
    /// The error for the operator, or for Cancel what it did (CancelSummary::text()).
    QString message;
};

Q_DECLARE_METATYPE(CampaignAction)
