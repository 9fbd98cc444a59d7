// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagefilter.h"

bool MessageFilter::matches(const Message &m) const
{
    if (!states.isEmpty() && !states.contains(m.state))
        return false;
    if (carrierId != 0 && m.carrierId != carrierId)
        return false;
    if (campaignId == singleSends ? m.campaignId != 0 : campaignId != 0 && m.campaignId != campaignId)
        return false;
    // SQL's LIKE ignores the case of ASCII letters; so does this.
    if (!toContains.isEmpty() && !m.to.contains(toContains, Qt::CaseInsensitive))
        return false;
    if (createdFrom != 0 && m.createdAt < createdFrom)
        return false;
    if (createdTo != 0 && m.createdAt >= createdTo)
        return false;
    return true;
}

bool MessageFilter::isEmpty() const
{
    return states.isEmpty() && carrierId == 0 && campaignId == 0 && toContains.isEmpty() && createdFrom == 0
        && createdTo == 0;
}
