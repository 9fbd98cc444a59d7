// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaigneventrepository.h"

#include "database.h"
#include "sql.h"

namespace {

QString stateText(const std::optional<MessageState> &state)
{
    return state ? messageStateName(*state) : QStringLiteral("");
}

} // namespace

Result<CampaignEvent> CampaignEventRepository::insert(CampaignEvent event)
{
    auto id = sql::scalar(m_db.connection(),
                          QStringLiteral("INSERT INTO campaign_events (campaign_id, at, from_state, to_state, "
                                         "messages_from, messages_to, messages, detail) VALUES (:campaign, :at, "
                                         ":from, :to, :messagesFrom, :messagesTo, :messages, :detail) RETURNING id"),
                          {{"campaign", event.campaignId},
                           {"at", event.at},
                           {"from", campaignStateName(event.from)},
                           {"to", campaignStateName(event.to)},
                           {"messagesFrom", stateText(event.messagesFrom)},
                           {"messagesTo", stateText(event.messagesTo)},
                           {"messages", event.messages},
                           {"detail", sql::text(event.detail)}});
    if (!id)
        return id.error();
    event.id = id->toLongLong();
    return event;
}

Result<CampaignEventList> CampaignEventRepository::forCampaign(qint64 campaignId, qint64 sinceMs) const
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT id, campaign_id, at, from_state, to_state, messages_from, "
                                         "messages_to, messages, detail FROM campaign_events WHERE campaign_id = "
                                         ":campaign AND at >= :since ORDER BY at, id"),
                          {{"campaign", campaignId}, {"since", sinceMs}});
    if (!query)
        return query.error();
    CampaignEventList events;
    while (query->next()) {
        CampaignEvent e;
        e.id = query->value(0).toLongLong();
        e.campaignId = query->value(1).toLongLong();
        e.at = query->value(2).toLongLong();
        e.from = campaignStateFromName(query->value(3).toString()).value_or(CampaignState::Draft);
        e.to = campaignStateFromName(query->value(4).toString()).value_or(CampaignState::Draft);
        e.messagesFrom = messageStateFromName(query->value(5).toString());
        e.messagesTo = messageStateFromName(query->value(6).toString());
        e.messages = query->value(7).toLongLong();
        e.detail = query->value(8).toString();
        events.append(e);
    }
    return events;
}
