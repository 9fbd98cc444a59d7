// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignservice.h"

#include "campaignlifecycle.h"
#include "rejectsexporter.h"
#include "routing/ruleservice.h"
#include "settings/settings.h"
#include "store/campaigneventrepository.h"
#include "store/campaignrepository.h"
#include "store/database.h"
#include "store/importrejectrepository.h"
#include "store/messagerepository.h"
#include "waitingcounts.h"

#include <QCoreApplication>

CampaignService::CampaignService(Database &db, RuleService &rules, Settings &settings, const Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_rules(rules)
    , m_settings(settings)
    , m_clock(clock)
{ }

template<typename T>
Result<T> CampaignService::notify(Result<T> result)
{
    if (result)
        Q_EMIT changed();
    return result;
}

Result<CampaignList> CampaignService::list() const
{
    return CampaignRepository(m_db).list();
}

Result<Campaign> CampaignService::find(qint64 id) const
{
    auto found = CampaignRepository(m_db).findById(id);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(
            QCoreApplication::translate("CampaignService",
                                        "There is no campaign %1 (was it removed?); the campaign list shows the ids.")
                .arg(id));
    return **found;
}

Result<QHash<MessageState, qint64>> CampaignService::counts(qint64 id) const
{
    auto campaign = CampaignRepository(m_db).findById(id);
    if (!campaign)
        return campaign.error();
    auto counts = MessageRepository(m_db).countByState(id);
    if (!counts || !*campaign)
        return counts;
    return campaignWaitingCounts((*campaign)->state, *counts);
}

Result<QHash<qint64, QHash<MessageState, qint64>>> CampaignService::allCounts() const
{
    auto campaigns = CampaignRepository(m_db).list();
    if (!campaigns)
        return campaigns.error();
    auto counts = CampaignRepository(m_db).countsByCampaign();
    if (!counts)
        return counts;
    for (const Campaign &c : std::as_const(*campaigns)) {
        if (auto it = counts->find(c.id); it != counts->end())
            *it = campaignWaitingCounts(c.state, *it);
    }
    return counts;
}

Result<CarrierCostList> CampaignService::costByCarrier(qint64 id) const
{
    return CampaignRepository(m_db).costByCarrier(id);
}

Result<CampaignEventList> CampaignService::events(qint64 id) const
{
    return CampaignEventRepository(m_db).forCampaign(id);
}

Result<QMap<QString, qint64>> CampaignService::rejectCounts(qint64 id) const
{
    return ImportRejectRepository(m_db).countByReason(id);
}

Result<ImportRejectList> CampaignService::rejects(qint64 id, qint64 afterId, int limit) const
{
    return ImportRejectRepository(m_db).list(id, afterId, limit);
}

Status CampaignService::exportRejects(qint64 id, QIODevice *device, const CsvWriterOptions &options) const
{
    if (auto written = RejectsExporter(m_db, id, options).write(device); !written)
        return written.error();
    return {};
}

ImportContext CampaignService::importContext() const
{
    ImportContext context;
    context.routes = m_rules.index();
    context.defaultRegion = m_settings.defaultRegion();
    context.maxSegments = m_settings.maxSegments();
    context.clock = &m_clock;
    return context;
}

Result<ImportPreview> CampaignService::preview(const CampaignImportRequest &request) const
{
    return CampaignImporter::preview(request, importContext());
}

Result<Campaign> CampaignService::start(qint64 id)
{
    return notify(CampaignLifecycle::start(m_db, id, m_clock));
}

Result<Campaign> CampaignService::schedule(qint64 id, const QDateTime &at)
{
    return notify(CampaignLifecycle::schedule(m_db, id, at, m_clock));
}

Result<Campaign> CampaignService::pause(qint64 id)
{
    return notify(CampaignLifecycle::pause(m_db, id, m_clock));
}

Result<Campaign> CampaignService::resume(qint64 id)
{
    return notify(CampaignLifecycle::resume(m_db, id, m_clock));
}

Result<CancelSummary> CampaignService::cancel(qint64 id)
{
    return notify(CampaignLifecycle::cancel(m_db, id, m_clock));
}

Result<QList<qint64>> CampaignService::startDue()
{
    auto ids = CampaignLifecycle::startDue(m_db, m_clock);
    if (ids && !ids->isEmpty())
        Q_EMIT changed();
    return ids;
}

Result<QList<qint64>> CampaignService::completeFinished()
{
    auto ids = CampaignLifecycle::completeFinished(m_db, m_clock);
    if (ids && !ids->isEmpty())
        Q_EMIT changed();
    return ids;
}

Result<QList<qint64>> CampaignService::removeAbandonedImports()
{
    auto ids = CampaignLifecycle::removeAbandonedImports(m_db, m_clock);
    if (ids && !ids->isEmpty())
        Q_EMIT changed();
    return ids;
}
