// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaign.h"

#include <QCoreApplication>

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

QString campaignStateTitle(CampaignState state)
{
    switch (state) {
    case CampaignState::Importing:
        return QCoreApplication::translate("CampaignState", "importing", "a campaign's state (a short label)");
    case CampaignState::Draft:
        return QCoreApplication::translate("CampaignState", "draft", "a campaign's state (a short label)");
    case CampaignState::Scheduled:
        return QCoreApplication::translate("CampaignState", "scheduled", "a campaign's state (a short label)");
    case CampaignState::Running:
        return QCoreApplication::translate("CampaignState", "running", "a campaign's state (a short label)");
    case CampaignState::Paused:
        return QCoreApplication::translate("CampaignState", "paused", "a campaign's state (a short label)");
    case CampaignState::Completed:
        return QCoreApplication::translate("CampaignState", "completed", "a campaign's state (a short label)");
    case CampaignState::Cancelled:
        return QCoreApplication::translate("CampaignState", "cancelled", "a campaign's state (a short label)");
    }
    return campaignStateName(state);
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
