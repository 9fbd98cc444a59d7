// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaignaction.h"
#include "campaigndetails.h"
#include "campaignsnapshot.h"

#include <QObject>

#include <memory>

class CampaignCountTracker;
class Clock;
class Database;

/// CampaignMonitor's half on the worker thread: its own store connection (opened there on first
/// use), the count tracker, and the lifecycle changes. Slots are called queued, in order.
class CampaignMonitorWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignMonitorWorker)

public:
    CampaignMonitorWorker(QString storePath, const Clock &clock);
    ~CampaignMonitorWorker() override;

public Q_SLOTS:
    void refresh();
    void details(qint64 campaignId);
    void act(CampaignAction action);

Q_SIGNALS:
    void snapshotReady(const CampaignSnapshot &snapshot);
    void detailsReady(const CampaignDetails &details);
    void actionFinished(const CampaignAction &action);

private:
    QString ensureOpen();

    QString m_storePath;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CampaignCountTracker> m_tracker;
};
