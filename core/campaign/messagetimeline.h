// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaignevent.h"
#include "common/result.h"
#include "messages/message.h"

class Database;

/// A message's timeline as people read it (the log's detail pane): its own `message_events`
/// merged in time order with the campaign events that concern it.
///
/// Starting, pausing or resuming a campaign writes one campaign event instead of one event per
/// message (CampaignLifecycle), so a campaign message's own events no longer say when it was
/// queued. The timeline replays the message's states: a campaign event moving messages from
/// state X is shown where the message was in X at that moment (after its creation, and not once
/// it was claimed, sent, cancelled…), as a row "X → Y" with the campaign's detail ("campaign
/// started") at the campaign event's time. A campaign message imported without an event starts
/// in `pending`.
class MessageTimeline final
{
public:
    /// Merges `own` (the message's events, oldest first) with `campaign` (its campaign's events,
    /// oldest first). Rows made from campaign events have id 0. On equal times the campaign's
    /// event comes first: a dispatcher acts on a campaign's messages only after it changed.
    static QList<MessageEvent> merge(const Message &message, const QList<MessageEvent> &own,
                                     const CampaignEventList &campaign);
    /// Reads the message, its events and its campaign's events, and merges them.
    static Result<QList<MessageEvent>> read(Database &db, qint64 messageId);
};
