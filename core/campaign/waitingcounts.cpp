// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "waitingcounts.h"

StateCounts campaignWaitingCounts(CampaignState state, StateCounts counts)
{
    const qint64 waiting = counts.value(MessageState::Pending) + counts.value(MessageState::Queued);
    counts.remove(MessageState::Pending);
    counts.remove(MessageState::Queued);
    if (waiting > 0)
        counts.insert(state == CampaignState::Running ? MessageState::Queued : MessageState::Pending, waiting);
    return counts;
}
