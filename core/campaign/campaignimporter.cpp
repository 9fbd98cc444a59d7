// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "campaignimporter.h"

#include "campaignlifecycle.h"
#include "common/logging.h"
#include "dispatch/dispatcherlease.h"
#include "dispatch/sendservice.h"
#include "importbatchfeed.h"
#include "importrowprocessor.h"
#include "importsource.h"
#include "phonecolumn.h"
#include "recipientset.h"
#include "sms/messagetemplate.h"
#include "sms/segmentcounter.h"
#include "store/bulkinserter.h"
#include "store/campaignrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/optoutrepository.h"
#include <QtConcurrent/QtConcurrentRun>

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <optional>

namespace {

using SteadyClock = std::chrono::steady_clock;

double secondsSince(SteadyClock::time_point from)
{
    return std::chrono::duration<double>(SteadyClock::now() - from).count();
}

/// CPU time of the calling thread, unaffected by other processes competing for the cores.
double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QString effectiveRegion(const CampaignImportRequest &request, const ImportContext &context)
{
    const QString region = request.region.trimmed().toUpper();
    return region.isEmpty() ? context.defaultRegion : region;
}

Status checkRequest(const CampaignImportRequest &request)
{
    if (request.name.trimmed().isEmpty())
        return Error::invalid(
            QCoreApplication::translate("CampaignImporter", "The campaign needs a name (--name NAME)."));
    if (request.sender.trimmed().isEmpty())
        return Error::invalid(QCoreApplication::translate(
            "CampaignImporter", "The campaign needs a sender, the From of its messages (--from SENDER)."));
    // The same rule as a single send: a carrier would refuse every message of the campaign.
    if (const QString problem = SendService::checkSender(request.sender.trimmed()); !problem.isEmpty())
        return Error::invalid(problem);
    if (request.bodyTemplate.trimmed().isEmpty())
        return Error::invalid(
            QCoreApplication::translate("CampaignImporter",
                                        "The message template is empty; write the text to send (--body TEMPLATE), "
                                        "with {column} placeholders for per-row values."));
    const QString region = request.region.trimmed();
    if (!region.isEmpty() && !PhoneNumberParser::isSupportedRegion(region))
        return Error::invalid(
            QCoreApplication::translate("CampaignImporter",
                                        "--region “%1” is not a region with phone numbers; use a two-letter ISO "
                                        "3166 code such as GB, PT or US.")
                .arg(region));
    return {};
}

} // namespace

/// The writer's state for one run().
struct CampaignImporter::Run
{
    Database &db;
    const ImportContext &context;
    const CampaignImportRequest &request;
    Campaign campaign;
    std::unique_ptr<BulkInserter> inserter;
    RecipientSet seen;
    RecipientSet optOuts;
    ImportSummary summary;
    QHash<qint64, CarrierCost> carriers;
    ImportProgress progress;
    // The rejects' details, translated once per import rather than once per row.
    QString duplicateText = QCoreApplication::translate("CampaignImporter", "Same recipient as line %1 (%2).");
    QString optedOutText = QCoreApplication::translate("CampaignImporter", "The number %1 has opted out.");
    //: %1 is the routing's reason: "+33612345678 is unroutable: no rule matches …".
    QString unroutableText = QCoreApplication::translate("CampaignImporter", "The number %1");
    QString emptyBodyText = QCoreApplication::translate(
        "CampaignImporter", "The message for this row is empty: the template's columns are empty here.");
    QString tooLongText =
        QCoreApplication::translate("CampaignImporter",
                                    "The message takes %1 segments (%2, %3 characters); the limit is %4. Shorten "
                                    "the template or this row's values, or raise the maximum in the settings.");

    Status createCampaign(const QString &region)
    {
        campaign.name = request.name.trimmed();
        campaign.sender = request.sender.trimmed();
        campaign.bodyTemplate = request.bodyTemplate;
        campaign.state = CampaignState::Importing;
        campaign.region = region;
        campaign.sourceFile = QFileInfo(request.filePath).fileName();
        campaign.createdAt = context.clock->nowMs();
        campaign.importHost = DispatcherLease::thisHost();
        campaign.importPid = QCoreApplication::applicationPid();
        campaign.importHeartbeatAt = campaign.createdAt;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        auto inserted = CampaignRepository(db).insert(campaign);
        if (!inserted)
            return inserted.error();
        if (auto committed = tx->commit(); !committed)
            return committed;
        campaign = *inserted;
        inserter = std::make_unique<BulkInserter>(db);
        return inserter->prepare();
    }

    // The ordered step's state (its thread only): who was seen, and the id the next accepted
    // row will most likely get. The writer keeps idShift up to date when the store hands out
    // other ids than guessed (another program inserted messages between two slices).
    qint64 firstIdGuess = 0;
    qint64 sequencedAccepted = 0;
    std::atomic<qint64> idShift {0};

    /// Routes one accepted row for message `id`; false (with the reject set on the row) when
    /// it cannot be sent. Runs on the ordering thread, or on the writer when the id changed.
    bool route(const ImportBatch &batch, ImportRow &row, qint64 id) const
    {
        const RouteDecision decision = context.routes->decide(batch.e164(row), row.region, id);
        if (!decision.routed()) {
            row.reason = rejectreason::unroutable;
            // "The number +33… is unroutable: …": a detail starting with '+' would read as a
            // formula in a spreadsheet (and be neutralised with a quote in the export).
            row.detail = unroutableText.arg(decision.reason());
        } else if (row.segments.isEmpty()) {
            row.reason = rejectreason::emptyBody;
            row.detail = emptyBodyText;
        } else if (row.segments.segments > context.maxSegments) {
            row.reason = rejectreason::tooLong;
            row.detail = tooLongText.arg(row.segments.segments)
                             .arg(smsEncodingName(row.segments.encoding))
                             .arg(row.segments.characters)
                             .arg(context.maxSegments);
        }
        if (!row.reason.isEmpty())
            return false;
        row.routedForId = id;
        row.carrierId = decision.carrierId();
        row.ruleId = decision.ruleId();
        row.fallbackCarriers = decision.fallbackCarrierIds();
        row.costMicrosPerSegment = decision.costMicros();
        row.carrierName = decision.carrierName();
        return true;
    }

    /// The part of the pipeline that depends on earlier rows, in file order, on the ordering
    /// thread: duplicates, opt-outs and the route (for the id the row will most likely get, so
    /// the writer only stores). Leaves each row either with a reject or routed.
    void sequence(ImportBatch &batch)
    {
        for (ImportRow &row : batch.rows) {
            if (!row.reason.isEmpty())
                continue;
            if (const qint64 first = seen.insert(row.key, row.line); first != 0) {
                row.reason = rejectreason::duplicate;
                row.detail = duplicateText.arg(first).arg(batch.e164(row));
                continue;
            }
            if (optOuts.contains(row.key)) {
                row.reason = rejectreason::optedOut;
                row.detail = optedOutText.arg(batch.e164(row));
                continue;
            }
            if (route(batch, row, firstIdGuess + sequencedAccepted + idShift.load(std::memory_order_relaxed)))
                ++sequencedAccepted;
        }
    }

    Status reject(const ImportBatch &batch, const ImportRow &row)
    {
        ++summary.rejected;
        ++summary.rejectedByReason[row.reason];
        return inserter->insertReject(
            {0, campaign.id, row.line, batch.raw(row, summary.phoneColumn), row.reason, row.detail});
    }

    /// The writer's half for one sequenced batch, inside the caller's write transaction.
    Status write(ImportBatch &batch, qint64 now)
    {
        qsizetype routed = 0;
        for (const ImportRow &row : batch.rows)
            routed += row.reason.isEmpty() ? 1 : 0;
        auto ids = inserter->reserveMessageIds(routed);
        if (!ids)
            return ids.error();
        qsizetype nextId = 0;
        const bool nativeInserts = inserter->native();
        Message m;
        m.campaignId = campaign.id;
        m.from = campaign.sender;
        m.state = MessageState::Pending;
        m.createdAt = now;
        m.updatedAt = now;
        for (ImportRow &row : batch.rows) {
            ++summary.rows;
            if (!row.reason.isEmpty()) {
                if (auto ok = reject(batch, row); !ok)
                    return ok;
                continue;
            }
            const qint64 id = ids->at(nextId);
            if (id != row.routedForId) {
                // The store gave another id than the ordering thread guessed: the weighted pick
                // hashes the id, so decide again, and guess right from here on.
                idShift.store(id - firstIdGuess - summary.accepted, std::memory_order_relaxed);
                if (!route(batch, row, id)) {
                    if (auto ok = reject(batch, row); !ok) // (routes do not depend on the id: defensive)
                        return ok;
                    continue;
                }
            }
            ++nextId;
            m.id = id;
            if (!nativeInserts) {
                // The native path binds the UTF-8 copies: copying these strings would only pass
                // their reference counts between the workers' cores and the writer's.
                m.to = batch.e164(row).toString();
                m.body = QString::fromUtf8(batch.bodyUtf8(row));
            }
            m.region = row.region;
            m.encoding = row.segments.encoding;
            m.segments = row.segments.segments;
            m.carrierId = row.carrierId;
            m.ruleId = row.ruleId;
            m.fallbackCarriers = row.fallbackCarriers;
            m.costMicros = row.costMicrosPerSegment * m.segments;
            if (auto ok = inserter->insertMessage(m, batch.e164Utf8(row), batch.bodyUtf8(row)); !ok)
                return ok;
            ++summary.accepted;
            summary.segments += m.segments;
            summary.estimatedCostMicros += m.costMicros;
            CarrierCost &cost = carriers[m.carrierId];
            if (cost.messages == 0) {
                cost.carrierId = m.carrierId;
                cost.carrierName = row.carrierName;
            }
            ++cost.messages;
            cost.segments += m.segments;
            cost.costMicros += m.costMicros;
        }
        return inserter->flush(); // every row of the batch written before the slice may commit
    }

    Status finish()
    {
        campaign.state = CampaignState::Draft;
        campaign.rowsTotal = summary.rows;
        campaign.accepted = summary.accepted;
        campaign.rejected = summary.rejected;
        campaign.segmentsTotal = summary.segments;
        campaign.estimatedCostMicros = summary.estimatedCostMicros;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        auto done = CampaignRepository(db).finishImport(campaign);
        if (!done)
            return done.error();
        if (!*done)
            return Error::failed(
                QCoreApplication::translate("CampaignImporter",
                                            "Campaign %1 was removed while it was being imported (another program "
                                            "took it for abandoned). Import the file again.")
                    .arg(campaign.id));
        return tx->commit();
    }
};

CampaignImporter::CampaignImporter(Database &db, ImportContext context)
    : m_db(db)
    , m_context(std::move(context))
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

CampaignImporter::~CampaignImporter()
{
    m_pool.waitForDone();
}

void CampaignImporter::setProgressCallback(ProgressCallback callback, std::chrono::milliseconds interval)
{
    m_progress = std::move(callback);
    m_progressInterval = interval;
}

void CampaignImporter::setWorkerCount(int workers)
{
    m_pool.setMaxThreadCount(std::max(1, workers));
}

void CampaignImporter::setBatchRows(int rows)
{
    m_batchRows = std::max(1, rows);
}

void CampaignImporter::cancel()
{
    m_cancel.store(true);
}

Result<ImportSummary> CampaignImporter::run(const CampaignImportRequest &request)
{
    const auto started = SteadyClock::now();
    const double startedCpu = threadCpuSeconds();
    if (auto ok = checkRequest(request); !ok)
        return ok.error();
    auto parsedTemplate = MessageTemplate::parse(request.bodyTemplate);
    if (!parsedTemplate)
        return parsedTemplate.error();
    auto source = ImportSource::open(request.filePath, request.csv);
    if (!source)
        return source.error();
    auto phoneColumn = (*source)->phoneColumn(request.phoneColumn);
    if (!phoneColumn)
        return phoneColumn.error();
    auto bound = parsedTemplate->bind((*source)->columns());
    if (!bound)
        return bound.error();
    auto optOutNumbers = OptOutRepository(m_db).allNumbers();
    if (!optOutNumbers)
        return optOutNumbers.error();

    const QString region = effectiveRegion(request, m_context);
    Run run {m_db, m_context, request, {}, {}, {}, {}, {}, {}, {}};
    for (const QString &number : std::as_const(*optOutNumbers)) {
        if (const auto key = RecipientSet::key(number))
            run.optOuts.insert(*key, 1);
    }
    run.summary.encoding = (*source)->sniff().encoding;
    run.summary.delimiter = (*source)->sniff().delimiter;
    run.summary.phoneColumn = *phoneColumn;
    run.summary.phoneColumnName = (*source)->columns().value(*phoneColumn);
    run.progress.totalBytes = (*source)->size();

    // The ids the import's messages will most likely get (SQLite: after the highest stored one),
    // for routing ahead of the writer; on PostgreSQL ids come from a sequence one batch at a
    // time, so the guess is only a start (the writer decides again when it is wrong).
    if (m_db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        auto next = MessageRepository(m_db).reserveIds(1);
        if (!next)
            return next.error();
        run.firstIdGuess = next->value(0);
    }
    const ImportRowProcessor processor(PhoneNumberParser(region), region, *bound, *phoneColumn);
    ImportRowProcessor::Clocks clocks;
    ImportTimings &timings = run.summary.timings;
    auto lastProgress = SteadyClock::now();
    // Slices of a few batches each: few enough commits to stay fast, short enough that a
    // dispatcher sharing the store waits a fraction of a second at most.
    std::optional<Transaction> slice;
    qint64 sliceRows = 0;
    SteadyClock::time_point sliceStarted;
    constexpr qint64 sliceMaxRows = 32768;
    constexpr auto sliceMaxTime = std::chrono::milliseconds(250);
    Status failure;
    const auto commitSlice = [&](qint64 now) {
        const auto commitFrom = SteadyClock::now();
        Status done = run.inserter->verifyReferences();
        // The counts so far go with each beat: the Campaigns page shows them while it imports.
        if (done)
            done = CampaignRepository(m_db).heartbeat(run.campaign.id, now, run.summary.rows, run.summary.accepted,
                                                      run.summary.rejected);
        if (done)
            done = slice->commit();
        if (done)
            run.inserter->committed();
        slice.reset();
        timings.commitSeconds += secondsSince(commitFrom);
        return done;
    };

    {
        ImportBatchFeed feed((*source)->reader(), m_batchRows, m_pool,
                             [&processor, &clocks](ImportBatch &batch) { processor.process(batch, &clocks); },
                             [&run](ImportBatch &batch) { run.sequence(batch); },
                             size_t(m_pool.maxThreadCount()) * 2 + 1);
        while (!m_cancel.load()) {
            const auto waitFrom = SteadyClock::now();
            std::optional<ImportBatch> batch = feed.next();
            timings.waitSeconds += secondsSince(waitFrom);
            if (!batch) {
                if (slice)
                    failure = commitSlice(m_context.clock->nowMs());
                break;
            }
            if (run.campaign.id == 0) {
                if (failure = run.createCampaign(region); !failure)
                    break;
            }
            const auto writeFrom = SteadyClock::now();
            if (!slice) {
                auto begun = Transaction::begin(m_db);
                if (!begun) {
                    failure = begun.error();
                    break;
                }
                slice.emplace(std::move(*begun));
                sliceStarted = writeFrom;
                sliceRows = 0;
            }
            const qint64 now = m_context.clock->nowMs();
            if (failure = run.write(*batch, now); !failure)
                break;
            sliceRows += qint64(batch->rows.size());
            if (feed.finished() || sliceRows >= sliceMaxRows || SteadyClock::now() - sliceStarted >= sliceMaxTime)
                failure = commitSlice(now);
            timings.writeSeconds += secondsSince(writeFrom);
            if (!failure)
                break;

            // Freeing a batch means freeing what the reader, the workers and the ordering thread
            // allocated for it (its buffers, the rows' route lists): let a worker do it, on the
            // other core, instead of the writer (it once measured a sixth of the writer's time).
            const qint64 bytesRead = batch->bytesRead;
            (void)QtConcurrent::run(&m_pool, [done = std::move(*batch)]() mutable { done = {}; });

            run.progress = {run.summary.rows, bytesRead, run.progress.totalBytes, run.summary.accepted,
                            run.summary.rejected};
            if (m_progress && SteadyClock::now() - lastProgress >= m_progressInterval) {
                lastProgress = SteadyClock::now();
                m_progress(run.progress);
            }
        }
        slice.reset(); // an open slice here means cancel or failure: roll it back
        timings.readSeconds = feed.readSeconds();
    } // the feed waits for its reader and workers here
    timings.parseSeconds = double(clocks.parseNs.load()) / 1e9;
    timings.renderSeconds = double(clocks.renderNs.load()) / 1e9;

    const bool cancelled = m_cancel.load();
    if (!cancelled && failure && run.campaign.id == 0)
        return Error::invalid(
            QCoreApplication::translate("CampaignImporter", "%1 has no data rows: there is nothing to import.")
                .arg(request.filePath));
    if (!cancelled && failure)
        failure = run.finish();
    if (cancelled || !failure) {
        run.inserter.reset();
        if (run.campaign.id != 0) {
            if (auto removed = CampaignLifecycle::removeImport(m_db, run.campaign.id); !removed)
                qCWarning(lcCampaign) << "could not remove the unfinished import of campaign" << run.campaign.id << ":"
                                      << removed.errorMessage();
        }
        if (!cancelled)
            return Error::failed(
                QCoreApplication::translate("CampaignImporter", "The import failed and nothing was kept: %1")
                    .arg(failure.errorMessage()));
        ImportSummary summary;
        summary.cancelled = true;
        summary.rows = run.summary.rows;
        return summary;
    }
    run.inserter.reset();

    ImportSummary summary = std::move(run.summary);
    summary.campaignId = run.campaign.id;
    summary.carriers = run.carriers.values();
    std::sort(summary.carriers.begin(), summary.carriers.end(), [](const CarrierCost &a, const CarrierCost &b) {
        return a.costMicros != b.costMicros ? a.costMicros > b.costMicros : a.carrierName < b.carrierName;
    });
    summary.timings.totalSeconds = secondsSince(started);
    summary.timings.writerCpuSeconds = threadCpuSeconds() - startedCpu;
    if (m_progress)
        m_progress(
            {summary.rows, run.progress.totalBytes, run.progress.totalBytes, summary.accepted, summary.rejected});
    qCInfo(lcCampaign) << "imported campaign" << summary.campaignId << summary.rows << "rows," << summary.accepted
                       << "accepted in" << summary.timings.totalSeconds << "s";
    return summary;
}

Result<ImportPreview> CampaignImporter::preview(const CampaignImportRequest &request, const ImportContext &context)
{
    auto source = ImportSource::open(request.filePath, request.csv);
    if (!source)
        return source.error();
    ImportPreview preview;
    preview.sniff = (*source)->sniff();
    preview.columns = (*source)->columns();
    preview.fileSize = (*source)->size();
    auto column = (*source)->phoneColumn(request.phoneColumn);
    if (column) {
        preview.phoneColumn = *column;
        preview.phoneColumnDetected = request.phoneColumn.trimmed().isEmpty();
    } else {
        preview.phoneColumnProblem = column.errorMessage();
    }
    const auto parsedTemplate = MessageTemplate::parse(request.bodyTemplate);
    if (!parsedTemplate) {
        preview.templateProblem = parsedTemplate.errorMessage();
    } else if (auto bound = parsedTemplate->bind(preview.columns); !bound) {
        preview.templateProblem = bound.errorMessage();
    }
    const QString region = effectiveRegion(request, context);
    const PhoneNumberParser parser(region);
    for (const QStringList &fields : std::as_const(preview.sniff.preview)) {
        ImportPreviewRow row;
        row.fields = fields;
        if (preview.phoneColumn >= 0) {
            row.phone = fields.value(preview.phoneColumn);
            const ParsedNumber number = parser.parse(PhoneColumn::firstValue(row.phone).trimmed(), region);
            if (number.valid) {
                row.e164 = number.e164;
                const RouteDecision decision = context.routes->decide(number, 0);
                row.carrier = decision.carrierName();
                row.routeProblem = decision.reason();
            } else {
                row.numberProblem = number.errorMessage;
                row.needsRegion = PhoneNumberParser::needsRegion(number, region);
            }
        }
        if (parsedTemplate) {
            row.body = parsedTemplate->preview(preview.columns, fields);
            row.segments = SegmentCounter::count(row.body);
        }
        preview.rows.append(row);
    }
    return preview;
}
