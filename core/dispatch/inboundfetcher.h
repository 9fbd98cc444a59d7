// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carrierruntime.h"
#include "dispatchoptions.h"
#include "inbox/replyprocessor.h"
#include "restcomm/restcommrecords.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>

class Clock;
class Database;
class RestcommClient;

/// What one carrier's fetch brought.
struct InboundFetchReport
{
    qint64 carrierId = 0;
    QString carrierName;
    int pages = 0; ///< list pages read
    ReplyOutcome outcome;
    QString error; ///< why the carrier could not be read; empty when it was

    bool ok() const { return error.isEmpty(); }
};

using InboundFetchReports = QList<InboundFetchReport>;
Q_DECLARE_METATYPE(InboundFetchReport)
Q_DECLARE_METATYPE(InboundFetchReports)

/// Reads replies from each enabled carrier's SMS list (Status=received, direction inbound), newest
/// first and page by page, from the day before its newest stored reply (StartTime is a calendar
/// day in Restcomm's time zone, so a day's margin covers any zone, as the delivery polls do), and
/// stops at the first SID already stored. What it read is handed to ReplyProcessor in one
/// transaction per carrier, and only when the carrier's pages were all read: a round that failed
/// half-way stores nothing, so the next round cannot stop at a newer reply and skip older ones.
///
/// Runs in the dispatcher (tick(): each carrier at most once per DispatchOptions::replyInterval)
/// and on demand (fetchNow(): `smsrouter-cli inbox fetch`, the Inbox page's button). Needs no
/// dispatcher lease: storing a reply twice is impossible (the SID is unique), so a CLI fetch and
/// a dispatcher may read the same carrier at once.
class InboundFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboundFetcher)

public:
    InboundFetcher(Database &db, RestcommClient &client, const Clock &clock, const DispatchOptions &options,
                   QObject *parent = nullptr);

    void setCarriers(const QHash<qint64, CarrierRuntime> &carriers) { m_carriers = carriers; }
    /// Starts the fetches that are due: each enabled carrier at most once per replyInterval.
    void tick();
    /// Reads requests still open.
    int inFlight() const { return int(m_fetching.size()); }

public Q_SLOTS:
    /// One round over every enabled carrier now; roundFinished() once each has answered (a
    /// carrier whose token cannot be read answers at once, with its error).
    void fetchNow();

Q_SIGNALS:
    /// One carrier's fetch ended (a round's or a tick's).
    void carrierFetched(const InboundFetchReport &report);
    /// fetchNow()'s round ended; one report per enabled carrier, by name.
    void roundFinished(const InboundFetchReports &reports);
    /// New replies were stored (`confirmations` messages were queued with them).
    void repliesStored(int count, int confirmations);

private:
    struct Fetch
    {
        CarrierRuntime carrier;
        QDate startDay;
        int page = 0;
        QList<SmsRecord> collected;
    };

    void start(const CarrierRuntime &carrier);
    void readPage(Fetch fetch);
    void finish(const Fetch &fetch, const QString &error);

    Database &m_db;
    RestcommClient &m_client;
    const Clock &m_clock;
    DispatchOptions m_options;
    QHash<qint64, CarrierRuntime> m_carriers;
    QHash<qint64, qint64> m_lastStarted; ///< carrier → when its last fetch started (ms)
    QSet<qint64> m_fetching;
    QSet<qint64> m_roundWaiting; ///< fetchNow()'s carriers not finished yet
    InboundFetchReports m_roundReports;
    bool m_round = false;
};
