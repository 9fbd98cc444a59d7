// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagestate.h"

#include <array>

namespace {

constexpr std::array<std::pair<MessageState, const char *>, 10> names {{
    {MessageState::Pending, "pending"},
    {MessageState::Queued, "queued"},
    {MessageState::Submitting, "submitting"},
    {MessageState::Sent, "sent"},
    {MessageState::Delivered, "delivered"},
    {MessageState::Undelivered, "undelivered"},
    {MessageState::Failed, "failed"},
    {MessageState::Unknown, "unknown"},
    {MessageState::Rejected, "rejected"},
    {MessageState::Cancelled, "cancelled"},
}};

} // namespace

QString messageStateName(MessageState state)
{
    for (const auto &[value, name] : names) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<MessageState> messageStateFromName(QStringView name)
{
    for (const auto &[value, text] : names) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

bool isFinalState(MessageState state)
{
    switch (state) {
    case MessageState::Delivered:
    case MessageState::Undelivered:
    case MessageState::Failed:
    case MessageState::Rejected:
    case MessageState::Cancelled:
        return true;
    default:
        return false;
    }
}
