// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

/// A message's place in its life (ARCHITECTURE.md, "Message states").
enum class MessageState : quint8 {
    Pending, ///< imported with its campaign, not released for sending yet
    Queued, ///< waiting for the dispatcher (maybe until next_attempt_at)
    Submitting, ///< claimed: a request to Restcomm may be on its way
    Sent, ///< Restcomm accepted it (has a provider SID); delivery not known yet
    Delivered,
    Undelivered,
    Failed,
    Unknown, ///< the request may or may not have reached Restcomm: reconcile before resending
    Rejected, ///< never queued: invalid number, unroutable, opted out, too long, empty
    Cancelled,
};

/// The machine name ("delivered"): the store's, JSON's and the CLI's `--state` word. Never translated.
QString messageStateName(MessageState state);
/// The state as a person reads it in the window: the name, translated ("zugestellt").
QString messageStateTitle(MessageState state);
std::optional<MessageState> messageStateFromName(QStringView name);

/// No transition leaves these states.
bool isFinalState(MessageState state);
