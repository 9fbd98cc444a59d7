// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign.h"
#include "messages/messagestate.h"

#include <QHash>
#include <QList>

#include <optional>

/// Messages per state of one campaign.
using StateCounts = QHash<MessageState, qint64>;

/// What CampaignRepository::countChanges() read in one snapshot of the store: the campaigns,
/// full counts for the campaigns the caller asked about, and how many messages of each campaign
/// moved between which states since an event id. Every state change writes one
/// `message_events` row in the same transaction, so counts at event N plus the transitions in
/// (N, M] are the counts at M — a running campaign is followed at the cost of what changed, not
/// of its size (CampaignCountTracker).
struct CampaignCountChanges
{
    struct Transition
    {
        qint64 campaignId = 0;
        std::optional<MessageState> from; ///< none for a message's first event
        MessageState to = MessageState::Pending;
        qint64 count = 0;
    };

    CampaignList campaigns;
    qint64 lastEventId = 0; ///< the newest event this snapshot saw
    /// True when every campaign was counted in full (asked for, or too many events to add up).
    bool recountedAll = false;
    QHash<qint64, StateCounts> recounted;
    /// Events after the caller's id up to lastEventId, grouped; only for campaigns not recounted.
    QList<Transition> transitions;
};
