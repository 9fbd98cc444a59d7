// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign.h"
#include "campaigncountchanges.h"

/// A campaign's messages per state as the views show them (the Campaigns page, `smsrouter-cli
/// campaign show` and `list`, their `--json` counts).
///
/// Starting a campaign moves no message: its messages stay `pending` until a dispatcher
/// promotes them to `queued` a slice at a time (CampaignPromoter), and pausing it puts the
/// promoted ones back. Counted as stored, a campaign started a second ago would read "1,000,000
/// pending, 0 queued" as if nothing had happened. So the messages waiting for a dispatcher
/// (pending and queued together) are shown as `queued` while the campaign runs and as `pending`
/// otherwise: what "queued" meant when a start queued every message at once.
StateCounts campaignWaitingCounts(CampaignState state, StateCounts counts);
