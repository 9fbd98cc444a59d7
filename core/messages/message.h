// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messagestate.h"
#include "sms/smsencoding.h"

#include <QList>
#include <QString>

#include <optional>

/// One message to one recipient, as the store keeps it.
struct Message
{
    qint64 id = 0;
    qint64 campaignId = 0; ///< 0 for a single send
    QString to; ///< E.164 with '+'
    QString region; ///< ISO region of the number (GB, GG, …)
    QString from;
    QString body;
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int segments = 1;
    qint64 carrierId = 0; ///< the carrier it goes (or went) through; 0 when unroutable
    qint64 ruleId = 0;
    QList<qint64> fallbackCarriers; ///< next candidates of its route decision, in order
    qint64 costMicros = 0; ///< estimated: segments × the rule's cost per segment
    MessageState state = MessageState::Queued;
    QString providerSid;
    QString providerStatus;
    int attempts = 0;
    qint64 nextAttemptAt = 0; ///< ms; not claimed before this time
    QString lastError;
    QString price; ///< as Restcomm reported it (a string)
    QString priceUnit;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 submittedAt = 0; ///< when the last request was claimed for sending
    qint64 finishedAt = 0;
    /// PostgreSQL: the dispatcher (its instance) that claimed it last or took it over; it alone
    /// follows the message while it is submitting, unknown or sent. Empty on SQLite.
    QString claimedBy;

    bool operator==(const Message &) const = default;
};

/// One row of a message's timeline.
struct MessageEvent
{
    qint64 id = 0;
    qint64 messageId = 0;
    qint64 at = 0;
    std::optional<MessageState> from; ///< none for the row that created the message
    MessageState to = MessageState::Queued;
    int httpStatus = 0; ///< 0 when no HTTP exchange was involved
    QString detail; ///< what happened, for a person; never a secret

    bool operator==(const MessageEvent &) const = default;
};

using MessageList = QList<Message>;
