// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignmonitor.h"

#include "campaignmonitorworker.h"

CampaignMonitor::CampaignMonitor(const QString &storePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_worker(new CampaignMonitorWorker(storePath, clock))
{
    qRegisterMetaType<CampaignSnapshot>();
    qRegisterMetaType<CampaignDetails>();
    qRegisterMetaType<CampaignAction>();
    m_thread.setObjectName(QStringLiteral("campaign monitor"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CampaignMonitorWorker::snapshotReady, this, [this](const CampaignSnapshot &snapshot) {
        m_inFlight = false;
        Q_EMIT snapshotReady(snapshot);
        if (m_pending)
            startRead();
    });
    connect(m_worker, &CampaignMonitorWorker::detailsReady, this, &CampaignMonitor::detailsReady);
    connect(m_worker, &CampaignMonitorWorker::actionFinished, this, [this](const CampaignAction &action) {
        m_busy.remove(action.campaignId);
        Q_EMIT actionFinished(action);
        refresh();
    });
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_pending && !m_inFlight)
            startRead();
    });
    m_thread.start();
}

CampaignMonitor::~CampaignMonitor()
{
    m_thread.quit();
    m_thread.wait();
}

void CampaignMonitor::refresh()
{
    m_pending = true;
    if (m_inFlight || m_throttle.isActive())
        return;
    startRead();
}

void CampaignMonitor::startRead()
{
    if (m_sinceRead.isValid()) {
        const auto since = std::chrono::milliseconds(m_sinceRead.elapsed());
        if (since < minInterval) {
            m_throttle.start(minInterval - since);
            return;
        }
    }
    m_pending = false;
    m_inFlight = true;
    m_sinceRead.start();
    QMetaObject::invokeMethod(m_worker, &CampaignMonitorWorker::refresh, Qt::QueuedConnection);
}

void CampaignMonitor::requestDetails(qint64 campaignId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, campaignId] { worker->details(campaignId); }, Qt::QueuedConnection);
}

void CampaignMonitor::run(const CampaignAction &action)
{
    CampaignAction request;
    request.kind = action.kind;
    request.campaignId = action.campaignId;
    request.at = action.at;
    m_busy.insert(request.campaignId);
    Q_EMIT actionStarted(request);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->act(request); }, Qt::QueuedConnection);
}

void CampaignMonitor::start(qint64 campaignId)
{
    run({CampaignAction::Kind::Start, campaignId, {}, false, {}, {}});
}

void CampaignMonitor::schedule(qint64 campaignId, const QDateTime &at)
{
    run({CampaignAction::Kind::Schedule, campaignId, at, false, {}, {}});
}

void CampaignMonitor::pause(qint64 campaignId)
{
    run({CampaignAction::Kind::Pause, campaignId, {}, false, {}, {}});
}

void CampaignMonitor::resume(qint64 campaignId)
{
    run({CampaignAction::Kind::Resume, campaignId, {}, false, {}, {}});
}

void CampaignMonitor::cancel(qint64 campaignId)
{
    run({CampaignAction::Kind::Cancel, campaignId, {}, false, {}, {}});
}
