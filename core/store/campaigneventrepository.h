// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign/campaignevent.h"
#include "common/result.h"

class Database;

/// The `campaign_events` table: one row per change of a campaign's state, written in the same
/// transaction as the change (CampaignLifecycle). A removed campaign's rows go with it.
class CampaignEventRepository final
{
public:
    explicit CampaignEventRepository(Database &db)
        : m_db(db)
    { }

    /// Inserts the event and returns it with its id.
    Result<CampaignEvent> insert(CampaignEvent event);
    /// The campaign's events at or after `sinceMs`, oldest first.
    Result<CampaignEventList> forCampaign(qint64 campaignId, qint64 sinceMs = 0) const;

private:
    Database &m_db;
};
