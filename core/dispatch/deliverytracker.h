// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carrierruntime.h"
#include "dispatchoptions.h"
#include "messages/message.h"
#include "restcomm/restcommrecords.h"
#include "store/messagerepository.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class Clock;
class Database;
class RestcommClient;
class TransitionWriter;

/// Follows sent messages until Restcomm reports them delivered, undelivered or failed, or
/// until they are too old to follow. Polls young messages often and old ones rarely; where
/// many are due on one carrier it reads the carrier's message list a page (1,000) at a time
/// instead of asking for each message.
class DeliveryTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryTracker)

public:
    DeliveryTracker(Database &db, RestcommClient &client, TransitionWriter &writer, const Clock &clock,
                    const DispatchOptions &options, QObject *parent = nullptr);

    void setCarriers(const QHash<qint64, CarrierRuntime> &carriers) { m_carriers = carriers; }
    /// PostgreSQL: follows only the messages this dispatcher (its instance) claimed or took
    /// over; the other dispatchers follow theirs. Empty (SQLite): all.
    void setClaimer(const QString &instance) { m_claimer = instance; }
    /// Starts the polls that are due now.
    void tick();
    int inFlight() const { return m_inFlight; }

    /// The state a Restcomm status means; nullopt for statuses that are not final yet.
    static std::optional<MessageState> finalStateFor(const QString &providerStatus);
    /// When to look again at a message submitted `ageMs` ago: every `youngInterval` in its
    /// first minute, then ever more rarely (30 s, 2 min, 10 min, 30 min).
    static qint64 pollInterval(qint64 ageMs, qint64 youngInterval = 5'000);
    /// The transition a fresh Restcomm record calls for, if any: a final state, or a changed
    /// provider status (recorded as an event without a state change).
    static std::optional<MessageTransition> transitionFor(const Message &message, const SmsRecord &record, qint64 now,
                                                          qint64 nextPoll);
    /// Far in the future: "no more polls".
    static constexpr qint64 neverMs = 253402300799000;

private:
    void pollOne(const CarrierRuntime &carrier, const Message &message);
    void scanList(const CarrierRuntime &carrier, const MessageList &due);
    void scanPage(const CarrierRuntime &carrier, const MessageList &due, int page, QHash<QString, SmsRecord> seen);
    void conclude(const Message &message, const std::optional<SmsRecord> &record);

    Database &m_db;
    RestcommClient &m_client;
    TransitionWriter &m_writer;
    const Clock &m_clock;
    DispatchOptions m_options;
    QHash<qint64, CarrierRuntime> m_carriers;
    QString m_claimer;
    QSet<qint64> m_scanning; ///< carriers with a list scan under way
    QSet<qint64> m_polling; ///< messages with a poll under way
    int m_inFlight = 0;
};
