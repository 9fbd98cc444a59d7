// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "rejectsexporter.h"

#include "csv/csvwriter.h"
#include "store/campaignrepository.h"
#include "store/importrejectrepository.h"

#include <QCoreApplication>

RejectsExporter::RejectsExporter(Database &db, qint64 campaignId, CsvWriterOptions options)
    : m_db(db)
    , m_campaignId(campaignId)
    , m_options(std::move(options))
{
    m_options.verbatimColumns.insert(0); // our own line numbers, never a formula
}

StoreExportJob::Writer RejectsExporter::writer(qint64 campaignId)
{
    return [campaignId](Database &db, QIODevice *device, const StoreExportJob::Progress &progress) {
        return RejectsExporter(db, campaignId).write(device, progress);
    };
}

Result<qint64> RejectsExporter::write(QIODevice *device, const StoreExportJob::Progress &progress)
{
    auto campaign = CampaignRepository(m_db).findById(m_campaignId);
    if (!campaign)
        return campaign.error();
    if (!*campaign)
        return Error::notFound(
            QCoreApplication::translate("RejectsExporter",
                                        "There is no campaign %1 (was it removed?); the campaign list shows the ids.")
                .arg(m_campaignId));
    ImportRejectRepository repository(m_db);
    auto counts = repository.countByReason(m_campaignId);
    if (!counts)
        return counts.error();
    qint64 total = 0;
    for (qint64 n : std::as_const(*counts))
        total += n;

    const auto cancelled = [] {
        return Error::failed(QCoreApplication::translate("RejectsExporter", "The export was cancelled."));
    };
    CsvWriter writer(device, m_options);
    if (auto ok = writer.writeRow(
            {QStringLiteral("line"), QStringLiteral("raw_value"), QStringLiteral("reason"), QStringLiteral("detail")});
        !ok)
        return ok.error();
    qint64 written = 0;
    if (progress && !progress(0, total))
        return cancelled();
    qint64 after = 0;
    for (;;) {
        auto page = repository.list(m_campaignId, after, pageSize);
        if (!page)
            return page.error();
        for (const ImportReject &r : std::as_const(*page)) {
            if (auto ok = writer.writeRow({QString::number(r.line), r.raw, r.reason, r.detail}); !ok)
                return ok.error();
        }
        written += page->size();
        if (progress && !progress(written, std::max(written, total)))
            return cancelled();
        if (page->size() < pageSize)
            break;
        after = page->constLast().id;
    }
    if (auto flushed = writer.flush(); !flushed)
        return flushed.error();
    return written;
}
