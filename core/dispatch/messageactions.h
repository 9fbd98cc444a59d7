// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QList>
#include <QString>

class Database;
struct MessageEvent;

/// What an operator may do to messages by hand from the delivery log (or the CLI). Each is a
/// state-guarded transition with an event saying it was done by hand, so a message the
/// dispatcher moved meanwhile is left alone.
class MessageActions final
{
public:
    explicit MessageActions(Database &db, const Clock &clock = SystemClock::instance());

    /// failed or undelivered → queued again (a fresh set of attempts, same carrier).
    Result<int> retry(const QList<qint64> &ids);
    /// unknown → queued: the operator checked Restcomm and it does not have the message.
    Result<int> requeueUnknown(const QList<qint64> &ids);
    /// unknown → sent: the operator found it in Restcomm (with its SID when known).
    Result<int> markUnknownSent(qint64 id, const QString &providerSid);
    /// pending or queued → cancelled.
    Result<int> cancel(const QList<qint64> &ids);

    /// Every state change of one message, oldest first (the delivery log's timeline), with the
    /// campaign events that concern it (MessageTimeline).
    Result<QList<MessageEvent>> timeline(qint64 id) const;

private:
    Database &m_db;
    const Clock &m_clock;
};
