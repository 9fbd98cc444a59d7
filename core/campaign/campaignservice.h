// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign.h"
#include "campaignevent.h"
#include "campaignimporter.h"
#include "cancelsummary.h"
#include "carriercost.h"
#include "common/clock.h"
#include "common/result.h"
#include "csv/csvwriteroptions.h"
#include "importreject.h"
#include "messages/messagestate.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>

class Database;
class QIODevice;
class RuleService;
class Settings;

/// Campaigns for the faces (Campaigns page and wizard, `smsrouter-cli campaign …`): listing,
/// counters, cost per carrier, rejects, and the lifecycle (CampaignLifecycle) on the session's
/// connection and clock.
///
/// Importing: take importContext() here, then run a CampaignImporter on the thread that owns
/// the connection it is given (the CLI: this session's; the wizard: a worker thread with its
/// own Database::open(path, ExistingOnly)).
class CampaignService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignService)

public:
    CampaignService(Database &db, RuleService &rules, Settings &settings, const Clock &clock = SystemClock::instance(),
                    QObject *parent = nullptr);

    /// Newest first, importing ones included (their counters fill in as they import).
    Result<CampaignList> list() const;
    /// Error::notFound naming the id.
    Result<Campaign> find(qint64 id) const;
    /// Messages per state of one campaign, and of every campaign at once (the list's progress bars),
    /// with the waiting ones as campaignWaitingCounts() shows them (a running campaign's are queued).
    Result<QHash<MessageState, qint64>> counts(qint64 id) const;
    Result<QHash<qint64, QHash<MessageState, qint64>>> allCounts() const;
    /// Estimated cost per carrier (cancelled messages left out), most expensive first.
    Result<CarrierCostList> costByCarrier(qint64 id) const;
    /// The campaign's state changes, oldest first (CampaignEvent): each says how many messages
    /// it concerned, so a face can report a start without counting a million messages again.
    Result<CampaignEventList> events(qint64 id) const;
    Result<QMap<QString, qint64>> rejectCounts(qint64 id) const;
    /// In file order, keyset paging by reject id.
    Result<ImportRejectList> rejects(qint64 id, qint64 afterId = 0, int limit = 10000) const;
    /// Writes the rejects as CSV: line, raw_value, reason, detail (header row first). The window
    /// runs RejectsExporter through a StoreExportJob instead, off its thread.
    Status exportRejects(qint64 id, QIODevice *device, const CsvWriterOptions &options = {}) const;

    /// The routing snapshot, default region, max segments and clock an import needs.
    ImportContext importContext() const;
    /// The wizard's preview (CampaignImporter::preview with this store's context).
    Result<ImportPreview> preview(const CampaignImportRequest &request) const;

    Result<Campaign> start(qint64 id);
    Result<Campaign> schedule(qint64 id, const QDateTime &at);
    Result<Campaign> pause(qint64 id);
    Result<Campaign> resume(qint64 id);
    Result<CancelSummary> cancel(qint64 id);
    /// The dispatcher's housekeeping, for a face that has no dispatcher running.
    Result<QList<qint64>> startDue();
    Result<QList<qint64>> completeFinished();
    Result<QList<qint64>> removeAbandonedImports();

Q_SIGNALS:
    /// A campaign changed state through this service.
    void changed();

private:
    template<typename T>
    Result<T> notify(Result<T> result);

    Database &m_db;
    RuleService &m_rules;
    Settings &m_settings;
    const Clock &m_clock;
};
