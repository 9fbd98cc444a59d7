// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "pendingwork.h"

#include "store/campaignrepository.h"
#include "store/messagerepository.h"

Result<PendingWork> PendingWork::read(Database &db)
{
    PendingWork work;
    auto campaigns = CampaignRepository(db).list();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign &c : std::as_const(*campaigns)) {
        if (c.state == CampaignState::Running)
            work.runningCampaigns.append(c.name);
    }
    auto waiting = MessageRepository(db).countInStates({MessageState::Queued, MessageState::Submitting});
    if (!waiting)
        return waiting.error();
    work.waitingMessages = *waiting;
    return work;
}
