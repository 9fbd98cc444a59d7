// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messages/message.h"

#include <QString>

class Database;
class Session;

/// Helpers for tests of the delivery log: messages written through MessageRepository, and the
/// few other rows they point at.
namespace messagetesting {

/// A queued single send to `to`, created at `createdAt` (ms), not stored yet.
Message make(const QString &to, qint64 carrierId = 0, MessageState state = MessageState::Queued,
             qint64 createdAt = 1'767'268'800'000);
/// Stores `message` through MessageRepository::insert (with its creation event); qFatal on failure.
Message insert(Database &db, Message message);
/// Stores `count` messages to +4479111xxxxx (numbered from `offset`); returns them, oldest first.
MessageList insertMany(Database &db, int count, int offset = 0, qint64 carrierId = 0,
                       MessageState state = MessageState::Queued);
/// A campaign row for messages to point at (no campaign service on this branch yet).
qint64 addCampaign(Database &db, const QString &name);
/// A carrier (token in the session's store), for messages to point at.
qint64 addCarrier(Session &session, const QString &name, int sidNumber);
/// Moves a stored message to `to` through MessageRepository::apply, as the dispatcher would.
void move(Database &db, qint64 id, MessageState to, const QString &detail = QStringLiteral("test move"),
          int httpStatus = 0);

/// The ids of `messages`, in their order.
inline QList<qint64> idsOf(const MessageList &messages)
{
    QList<qint64> ids;
    for (const Message &m : messages)
        ids.append(m.id);
    return ids;
}

} // namespace messagetesting
