// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagetimeline.h"

#include "store/campaigneventrepository.h"
#include "store/messagerepository.h"

QList<MessageEvent> MessageTimeline::merge(const Message &message, const QList<MessageEvent> &own,
                                           const CampaignEventList &campaign)
{
    QList<MessageEvent> timeline;
    timeline.reserve(own.size() + campaign.size());
    MessageState state = MessageState::Pending; // as an import writes it, without an event
    auto next = own.cbegin();
    for (const CampaignEvent &c : campaign) {
        for (; next != own.cend() && next->at < c.at; ++next) {
            timeline.append(*next);
            state = next->to;
        }
        if (c.at < message.createdAt || !c.messagesFrom || !c.messagesTo || *c.messagesFrom != state)
            continue;
        MessageEvent e;
        e.messageId = message.id;
        e.at = c.at;
        e.from = c.messagesFrom;
        e.to = *c.messagesTo;
        e.detail = c.detail;
        timeline.append(e);
        state = e.to;
    }
    for (; next != own.cend(); ++next)
        timeline.append(*next);
    return timeline;
}

Result<QList<MessageEvent>> MessageTimeline::read(Database &db, qint64 messageId)
{
    MessageRepository messages(db);
    auto own = messages.events(messageId);
    if (!own)
        return own;
    auto message = messages.find(messageId);
    if (!message)
        return message.error();
    if (!*message || (*message)->campaignId == 0)
        return own;
    auto campaign = CampaignEventRepository(db).forCampaign((*message)->campaignId, (*message)->createdAt);
    if (!campaign)
        return campaign.error();
    return merge(**message, *own, *campaign);
}
