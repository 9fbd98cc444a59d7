// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// A reply read from Restcomm's SMS list (direction `inbound`), as stored in `inbound_messages`.
struct InboundMessage
{
    qint64 id = 0;
    QString sid; ///< Restcomm's SMS SID, unique in the store
    std::optional<qint64> carrierId; ///< null once its carrier was removed
    QString carrierName; ///< empty once its carrier was removed
    QString from; ///< the handset, E.164
    QString to; ///< the sender ID or number it answered
    QString body;
    qint64 receivedAt = 0; ///< ms since the epoch, as Restcomm dated it
    std::optional<qint64> messageId; ///< the latest outbound message to `from` before it
    std::optional<qint64> campaignId; ///< that message's campaign
    QString campaignName;
    QString stopWord; ///< the stop word it starts with (upper case, as listed), empty if none
    bool read = false;

    bool isStop() const { return !stopWord.isEmpty(); }
    bool operator==(const InboundMessage &) const = default;
};

using InboundMessageList = QList<InboundMessage>;

/// What the Inbox page and `smsrouter-cli inbox list` ask for. Empty fields do not filter.
struct InboxFilter
{
    std::optional<qint64> carrierId;
    std::optional<qint64> campaignId;
    QString text; ///< contained in the body or the sender's number, case-insensitive
    qint64 since = 0; ///< received at or after (ms since the epoch); 0: any
    qint64 until = 0; ///< received before; 0: any
    bool unreadOnly = false;
    int limit = 0; ///< 0: no limit; newest first either way
};

/// One line of the conversation with a number: an outbound message or a reply, in time order.
struct ConversationEntry
{
    enum class Direction { Outbound, Inbound };
    Direction direction = Direction::Outbound;
    qint64 at = 0; ///< ms since the epoch: created (outbound) or received (inbound)
    QString body;
    QString state; ///< outbound: the message state's machine name; inbound: empty
    QString carrierName;
    std::optional<qint64> campaignId;
    QString stopWord; ///< inbound only

    bool operator==(const ConversationEntry &) const = default;
};

using Conversation = QList<ConversationEntry>;

Q_DECLARE_METATYPE(InboundMessage)
