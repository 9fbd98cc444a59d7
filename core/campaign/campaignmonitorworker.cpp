// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignmonitorworker.h"

#include "campaigncounttracker.h"
#include "campaignlifecycle.h"
#include "store/campaignrepository.h"
#include "store/database.h"
#include "store/importrejectrepository.h"
#include "store/inboundrepository.h"

#include <QCoreApplication>

CampaignMonitorWorker::CampaignMonitorWorker(QString storePath, const Clock &clock)
    : m_storePath(std::move(storePath))
    , m_clock(clock)
{ }

// The connection belongs to the worker thread: this runs there (QThread::finished → deleteLater).
CampaignMonitorWorker::~CampaignMonitorWorker()
{
    m_tracker.reset();
    m_db.reset();
}

QString CampaignMonitorWorker::ensureOpen()
{
    if (m_db) // after a server restart (PostgreSQL), the read after the one that failed connects again
        return m_db->reconnectIfLost().errorMessage();
    auto db = Database::open(m_storePath, Database::OpenMode::ExistingOnly);
    if (!db)
        return db.errorMessage();
    m_db = std::move(*db);
    m_tracker = std::make_unique<CampaignCountTracker>(*m_db, m_clock);
    return {};
}

void CampaignMonitorWorker::refresh()
{
    CampaignSnapshot snapshot;
    snapshot.error = ensureOpen();
    if (snapshot.error.isEmpty()) {
        auto read = m_tracker->refresh();
        // Read again on a new connection when this read found the server gone (a restart).
        if (!read && !m_db->isConnected() && m_db->reconnectIfLost())
            read = m_tracker->refresh();
        if (read)
            snapshot = *read;
        else
            snapshot.error = read.errorMessage();
    }
    Q_EMIT snapshotReady(snapshot);
}

void CampaignMonitorWorker::details(qint64 campaignId)
{
    CampaignDetails details;
    details.campaignId = campaignId;
    details.error = ensureOpen();
    if (details.error.isEmpty()) {
        auto costs = CampaignRepository(*m_db).costByCarrier(campaignId);
        auto rejects = ImportRejectRepository(*m_db).countByReason(campaignId);
        auto stops = InboundRepository(*m_db).stopRepliesOfCampaign(campaignId);
        if (costs && rejects && stops) {
            details.costs = *costs;
            details.rejects = *rejects;
            details.optOutsByReply = *stops;
        } else {
            details.error = !costs ? costs.errorMessage() : !rejects ? rejects.errorMessage() : stops.errorMessage();
        }
    }
    Q_EMIT detailsReady(details);
}

void CampaignMonitorWorker::act(CampaignAction action)
{
    action.message = ensureOpen();
    if (!action.message.isEmpty()) {
        Q_EMIT actionFinished(action);
        return;
    }
    Database &db = *m_db;
    const qint64 id = action.campaignId;
    Result<Campaign> changed =
        Error::invalid(QCoreApplication::translate("CampaignMonitorWorker", "Unknown campaign action."));
    switch (action.kind) {
    case CampaignAction::Kind::Start:
        changed = CampaignLifecycle::start(db, id, m_clock);
        break;
    case CampaignAction::Kind::Schedule:
        changed = CampaignLifecycle::schedule(db, id, action.at, m_clock);
        break;
    case CampaignAction::Kind::Pause:
        changed = CampaignLifecycle::pause(db, id, m_clock);
        break;
    case CampaignAction::Kind::Resume:
        changed = CampaignLifecycle::resume(db, id, m_clock);
        break;
    case CampaignAction::Kind::Cancel: {
        auto summary = CampaignLifecycle::cancel(db, id, m_clock);
        if (summary) {
            action.message = summary->text();
            changed = summary->campaign;
        } else {
            changed = summary.error();
        }
        break;
    }
    }
    action.ok = bool(changed);
    if (changed)
        action.campaign = *changed;
    else
        action.message = changed.errorMessage();
    Q_EMIT actionFinished(action);
}
