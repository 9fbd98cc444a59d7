// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign.h"
#include "campaigncountchanges.h"

#include <QHash>
#include <QMetaType>

/// Every campaign with its messages per state, as one CampaignCountTracker::refresh() read them:
/// what the Campaigns page shows.
struct CampaignSnapshot
{
    CampaignList campaigns; ///< newest first
    QHash<qint64, StateCounts> counts; ///< by campaign id; an importing campaign's accepted rows count as pending
    qint64 takenAt = 0; ///< ms since the epoch
    bool countedInFull = false; ///< every campaign was counted (first read, periodic check, or many changes)
    QString error; ///< why the store could not be read (the rest is then empty)
};

Q_DECLARE_METATYPE(CampaignSnapshot)
