// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign.h"
#include "messages/messagestate.h"

#include <QList>
#include <QString>

#include <optional>

/// One change of a campaign's state (`campaign_events`), and what it means for its messages.
///
/// Starting, pausing and resuming a campaign write this one row instead of an event per message:
/// `messagesFrom` → `messagesTo` stands for every message of the campaign that was in
/// `messagesFrom` at that moment (MessageTimeline shows it in each such message's timeline).
/// The messages themselves move later, set-based and without events: a dispatcher promotes
/// pending ones of a running campaign to queued a slice at a time (CampaignPromoter).
struct CampaignEvent
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 at = 0;
    CampaignState from = CampaignState::Draft;
    CampaignState to = CampaignState::Running;
    /// The messages it concerns, and the state they take; none for a change that moves no
    /// message by itself (a schedule, a cancel whose messages have their own events).
    std::optional<MessageState> messagesFrom;
    std::optional<MessageState> messagesTo;
    qint64 messages = 0; ///< how many were in messagesFrom then; 0 when not counted
    QString detail; ///< what happened, for a person ("campaign started")

    bool operator==(const CampaignEvent &) const = default;
};

using CampaignEventList = QList<CampaignEvent>;
