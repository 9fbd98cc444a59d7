// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignpromoter.h"

#include "common/logging.h"
#include "store/campaignqueuerepository.h"
#include "store/database.h"

#include <algorithm>

CampaignPromoter::CampaignPromoter(Database &db, const Clock &clock, Options options)
    : m_db(db)
    , m_clock(clock)
    , m_options(options)
{ }

Result<qint64> CampaignPromoter::promote()
{
    if (m_options.campaignId < 0)
        return qint64(0);
    CampaignQueueRepository queue(m_db);
    auto running = queue.runningWithPending(m_options.campaignId);
    if (!running)
        return running.error();
    qint64 promoted = 0;
    for (const qint64 campaignId : std::as_const(*running)) {
        qint64 room = m_options.slice;
        if (m_options.backlog > 0) {
            auto queued = queue.countQueued(campaignId, m_options.backlog);
            if (!queued)
                return queued.error();
            room = std::min(room, m_options.backlog - *queued);
        }
        if (room <= 0)
            continue; // enough queued already: the dispatcher has not caught up
        auto moved = queue.promote(campaignId, room, m_clock.nowMs());
        if (!moved)
            return moved.error();
        promoted += *moved;
    }
    if (promoted > 0)
        qCDebug(lcCampaign) << "promoted" << promoted << "messages of running campaigns to queued";
    return promoted;
}

Result<bool> CampaignPromoter::waiting() const
{
    if (m_options.campaignId < 0)
        return false;
    auto running = CampaignQueueRepository(m_db).runningWithPending(m_options.campaignId);
    if (!running)
        return running.error();
    return !running->isEmpty();
}
