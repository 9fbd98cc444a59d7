// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carrierruntime.h"
#include "dispatchoptions.h"
#include "messages/message.h"
#include "restcomm/restcommrecords.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class Clock;
class Database;
class RestcommClient;
class TransitionWriter;

/// Settles messages whose submission outcome is unknown (a timeout or reset after the
/// request was written, a 5xx, or a dispatcher that died mid-request). Restcomm has no
/// idempotency key, so the only safe way to know is to look: the carrier's message list is
/// searched by recipient and day, then matched on sender, body and time. Found → sent with
/// its SID. Not found once the request can no longer be on its way (timeout + grace) →
/// queued again. Until then it waits; nothing is ever resent on a guess.
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    Reconciler(Database &db, RestcommClient &client, TransitionWriter &writer, const Clock &clock,
               const DispatchOptions &options, QObject *parent = nullptr);

    void setCarriers(const QHash<qint64, CarrierRuntime> &carriers) { m_carriers = carriers; }
    /// PostgreSQL: follows only the messages this dispatcher (its instance) claimed or took
    /// over; the other dispatchers follow theirs. Empty (SQLite): all.
    void setClaimer(const QString &instance) { m_claimer = instance; }
    void tick();
    int inFlight() const { return m_inFlight; }

    /// Same recipient, sender and body: the record could be this message.
    static bool sameContent(const Message &message, const SmsRecord &record);
    /// The record of `candidates` that is this message: same recipient, sender and body,
    /// created no earlier than a little before it was submitted, and not `taken` by another
    /// message. The earliest such record wins.
    static std::optional<SmsRecord> match(const Message &message, const QList<SmsRecord> &candidates,
                                          const QSet<QString> &taken);
    /// The first day a look-up lists: the day before the submission's.
    static QDate searchFrom(const Message &message);
    /// When it is safe to say "Restcomm never got it": the request has certainly ended.
    qint64 resendDeadline(const Message &message) const;

private:
    /// How a look-up ended: every page read, a request failed, or more pages than it may read.
    enum class LookUp { Complete, Failed, Truncated };

    /// `startedAt`: when page 0 was asked for. Only a list asked for after the resend deadline
    /// can prove the request never arrived.
    void lookUp(const CarrierRuntime &carrier, const Message &message, int page, QList<SmsRecord> seen,
                qint64 startedAt);
    void settle(const Message &message, const QList<SmsRecord> &seen, LookUp how, qint64 startedAt);

    Database &m_db;
    RestcommClient &m_client;
    TransitionWriter &m_writer;
    const Clock &m_clock;
    DispatchOptions m_options;
    QHash<qint64, CarrierRuntime> m_carriers;
    QString m_claimer;
    QSet<qint64> m_busy;
    int m_inFlight = 0;
};
