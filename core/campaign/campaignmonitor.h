// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaignaction.h"
#include "campaigndetails.h"
#include "campaignsnapshot.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <chrono>

class Clock;
class CampaignMonitorWorker;

/// The Campaigns page's eyes and hands on the store, off the GUI thread: a worker thread with
/// its own connection reads every campaign with its counts (CampaignCountTracker), a campaign's
/// cost per carrier and rejects, and runs lifecycle changes (starting, pausing or cancelling a
/// million-message campaign moves every message and takes seconds). Answers arrive as signals
/// on the thread that owns the monitor.
///
/// refresh() may be called on every sign of change (CampaignService::changed, StoreWatcher,
/// the dispatcher): reads never overlap, start at most once per `minInterval`, and calls in
/// between are merged into one read.
class CampaignMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignMonitor)

public:
    static constexpr std::chrono::milliseconds minInterval {500};

    CampaignMonitor(const QString &storePath, const Clock &clock, QObject *parent = nullptr);
    /// Waits for the worker (and an action it is running) to finish.
    ~CampaignMonitor() override;

    void refresh();
    void requestDetails(qint64 campaignId);

    /// Runs a lifecycle change on the worker; actionFinished() says how it went, and a refresh
    /// follows. Only `kind`, `campaignId` and `at` of `action` are read.
    void run(const CampaignAction &action);
    void start(qint64 campaignId);
    void schedule(qint64 campaignId, const QDateTime &at);
    void pause(qint64 campaignId);
    void resume(qint64 campaignId);
    void cancel(qint64 campaignId);
    /// True while an action for this campaign is running.
    bool isBusy(qint64 campaignId) const { return m_busy.contains(campaignId); }
    /// True while a read is running or waiting for its turn.
    bool isRefreshing() const { return m_inFlight || m_pending; }

Q_SIGNALS:
    void snapshotReady(const CampaignSnapshot &snapshot);
    void detailsReady(const CampaignDetails &details);
    void actionFinished(const CampaignAction &action);
    /// An action started (for a busy indicator); actionFinished() ends it.
    void actionStarted(const CampaignAction &action);

private:
    void startRead();

    QThread m_thread;
    CampaignMonitorWorker *m_worker;
    QTimer m_throttle;
    QElapsedTimer m_sinceRead;
    bool m_inFlight = false;
    bool m_pending = false;
    QSet<qint64> m_busy;
};
