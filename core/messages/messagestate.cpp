// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagestate.h"

#include <QCoreApplication>

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

QString messageStateTitle(MessageState state)
{
    // One comment for the translators on every state: the words are short labels, not sentences.
    switch (state) {
    case MessageState::Pending:
        return QCoreApplication::translate("MessageState", "pending", "a message\'s state (a short label)");
    case MessageState::Queued:
        return QCoreApplication::translate("MessageState", "queued", "a message\'s state (a short label)");
    case MessageState::Submitting:
        return QCoreApplication::translate("MessageState", "submitting", "a message\'s state (a short label)");
    case MessageState::Sent:
        return QCoreApplication::translate("MessageState", "sent", "a message\'s state (a short label)");
    case MessageState::Delivered:
        return QCoreApplication::translate("MessageState", "delivered", "a message\'s state (a short label)");
    case MessageState::Undelivered:
        return QCoreApplication::translate("MessageState", "undelivered", "a message\'s state (a short label)");
    case MessageState::Failed:
        return QCoreApplication::translate("MessageState", "failed", "a message\'s state (a short label)");
    case MessageState::Unknown:
        return QCoreApplication::translate("MessageState", "unknown", "a message\'s state (a short label)");
    case MessageState::Rejected:
        return QCoreApplication::translate("MessageState", "rejected", "a message\'s state (a short label)");
    case MessageState::Cancelled:
        return QCoreApplication::translate("MessageState", "cancelled", "a message\'s state (a short label)");
    }
    return messageStateName(state);
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
