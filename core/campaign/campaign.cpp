// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaign.h"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<CampaignState, const char *>, 7> names {{
    {CampaignState::Importing, "importing"},
    {CampaignState::Draft, "draft"},
    {CampaignState::Scheduled, "scheduled"},
    {CampaignState::Running, "running"},
    {CampaignState::Paused, "paused"},
    {CampaignState::Completed, "completed"},
    {CampaignState::Cancelled, "cancelled"},
}};

} // namespace

QString campaignStateName(CampaignState state)
{
    for (const auto &[value, name] : names) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<CampaignState> campaignStateFromName(QStringView name)
{
    for (const auto &[value, text] : names) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

bool isFinalCampaignState(CampaignState state)
{
    return state == CampaignState::Completed || state == CampaignState::Cancelled;
}
