// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "restcomm/restcommrecords.h"
#include "stopwords.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

/// The carrier a batch of replies was read from.
struct ReplyCarrier
{
    qint64 id = 0;
    QString name;
    bool confirmStopReplies = false; ///< Carrier::confirmStopReplies
};

/// What storing one batch of replies did.
struct ReplyOutcome
{
    int stored = 0; ///< new replies (duplicates are not counted)
    int stops = 0; ///< new replies starting with a stop word
    int optedOut = 0; ///< numbers newly put on the opt-out list by them
    int resubscribed = 0; ///< numbers a START/UNSTOP took off the list
    int confirmations = 0; ///< confirmation messages queued

    ReplyOutcome &operator+=(const ReplyOutcome &other);
};

/// Stores replies read from Restcomm and acts on them, in one transaction per batch:
/// - each reply is stored once: the SID is unique in the store, and the insert relies on that
///   constraint (not on a look-up first), so two fetches racing over the same page store it once;
/// - it is linked to the latest outbound message to its sender at or before its time, and
///   through that message to a campaign;
/// - a reply whose first word is a stop word opts its sender out (source `reply`, reason
///   `reply "STOP" to campaign #N`) and, when its carrier says so, queues one confirmation;
/// - START or UNSTOP takes the sender off the list only when a reply put it there.
/// Only a newly stored reply acts: a reply read again changes nothing.
class ReplyProcessor final
{
public:
    ReplyProcessor(Database &db, const Clock &clock = SystemClock::instance());

    /// The confirmation a carrier with confirmStopReplies sends. Not translated: it goes to a
    /// handset, whose language the operator's does not tell.
    static QString confirmationText();
    /// `reply "STOP" to campaign #12`, or `reply "STOP"` for a reply to no campaign. Stored as
    /// data in the opt-out list (like a CSV header, it does not change with the language).
    static QString optOutReason(const QString &stopWord, std::optional<qint64> campaignId);
    /// Restcomm lists senders as it got them ("19549376176", "+351…"): E.164 where the number
    /// reads as one (international first, then in `defaultRegion`), else as given.
    static QString senderE164(const QString &from, const QString &defaultRegion);

    /// Stores the inbound records among `records` (others are ignored), oldest first.
    Result<ReplyOutcome> store(const ReplyCarrier &carrier, QList<SmsRecord> records, const StopWords &stopWords,
                               const QString &defaultRegion);

private:
    Database &m_db;
    const Clock &m_clock;
};
