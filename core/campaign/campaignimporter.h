// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaignimportrequest.h"
#include "common/result.h"
#include "importcontext.h"
#include "importpreview.h"
#include "importprogress.h"
#include "importsummary.h"

#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <functional>

class Database;

/// Imports a recipient CSV file as a draft campaign: the pipeline of issue 6.
///
/// For each record: the phone column is normalised to E.164 in the import's region → later
/// rows for a number already seen are rejected as `duplicate` (first occurrence wins, whatever
/// became of it) → opted-out numbers are rejected → the number is routed with the message's
/// real id → the template is rendered, its encoding and segments counted, and bodies that are
/// empty or longer than the store's max segments are rejected → the rest become `pending`
/// messages (no event: creation is not a transition) with their estimated cost
/// (segments × the rule's cost per segment). Rejects go to `import_rejects` with their line,
/// raw value, reason (rejectreason, or the CSV reader's own key) and detail.
///
/// Threads and memory: run() reads the file and writes the store on the calling thread, which
/// must own `db`; parsing, rendering and counting run on a private pool of workers (one per
/// core) over batches of records, which come back to the writer in file order. At most a few
/// batches are in flight, so memory stays bounded whatever the file's size.
///
/// Nothing partial survives: nothing is stored before the file, the phone column and the
/// template are known good; then the campaign is created as `importing` and written in slices,
/// each its own short write transaction (so a dispatcher sharing the store is never locked out
/// for the length of the import), and it becomes `draft` only with its last slice. A cancelled
/// or failed import removes the campaign and everything written; one whose process died is
/// removed by CampaignLifecycle::removeAbandonedImports (Session::open calls it).
class CampaignImporter final
{
public:
    using ProgressCallback = std::function<void(const ImportProgress &)>;

    static constexpr int defaultBatchRows = 4096;

    CampaignImporter(Database &db, ImportContext context);
    ~CampaignImporter();
    CampaignImporter(const CampaignImporter &) = delete;
    CampaignImporter &operator=(const CampaignImporter &) = delete;

    /// Called on run()'s thread after a slice is written, at most once per `interval` (0: after
    /// every slice), and once at the end. The callback may call cancel().
    void setProgressCallback(ProgressCallback callback,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(250));
    /// Worker threads (default: one per core).
    void setWorkerCount(int workers);
    /// Records per batch: the unit a worker processes (slices of the store commit a few batches).
    void setBatchRows(int rows);

    /// Asks a running import to stop; it then removes what it wrote. Thread-safe. An importer
    /// stays cancelled: use a new one for the next import.
    void cancel();
    bool cancelRequested() const { return m_cancel.load(); }

    /// Imports the file. Error::invalid (nothing stored) for an unreadable file, an unknown phone
    /// column, a template problem such as an unknown placeholder, or a file without data rows;
    /// Error::failed when the store fails midway (nothing kept either). A cancelled import
    /// returns a summary with `cancelled` set and no campaign.
    Result<ImportSummary> run(const CampaignImportRequest &request);

    /// The wizard's preview of the first rows (see ImportPreview); stores nothing. Fails only
    /// when the file cannot be read or is not text; phone column and template problems are
    /// reported in the preview.
    static Result<ImportPreview> preview(const CampaignImportRequest &request, const ImportContext &context);

private:
    struct Run;

    Database &m_db;
    ImportContext m_context;
    ProgressCallback m_progress;
    std::chrono::milliseconds m_progressInterval {250};
    int m_batchRows = defaultBatchRows;
    QThreadPool m_pool;
    std::atomic<bool> m_cancel {false};
};
