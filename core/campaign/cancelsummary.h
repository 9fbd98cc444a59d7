// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign.h"

/// What cancelling a campaign did, and what it could not stop.
struct CancelSummary
{
    Campaign campaign; ///< as it is now (cancelled)
    qint64 cancelled = 0; ///< pending and queued messages moved to cancelled
    qint64 submitting = 0; ///< claimed by a dispatcher: their requests finish, then they settle
    qint64 unknown = 0; ///< outcome not known yet: reconciliation settles them (as sent, or queued again)
    qint64 sent = 0; ///< already accepted by Restcomm; delivery is still followed

    /// "Cancelled campaign 3: 1,200 messages will not be sent. 6 being submitted and 1 awaiting
    /// reconciliation finish on their own; 500 were already sent."
    QString text() const;
};
