// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "messagelogexporter.h"

#include "csv/csvwriter.h"
#include "messages/messagetable.h"
#include "store/carrierrepository.h"

#include <QCoreApplication>

MessageLogExporter::MessageLogExporter(Database &db, MessageFilter filter, QHash<qint64, QString> carrierNames)
    : m_db(db)
    , m_filter(std::move(filter))
    , m_carrierNames(std::move(carrierNames))
{ }

StoreExportJob::Writer MessageLogExporter::writer(const MessageFilter &filter)
{
    return [filter](Database &db, QIODevice *device, const StoreExportJob::Progress &progress) -> Result<qint64> {
        // The carriers' names as the store has them now, read on the job's own connection.
        auto carriers = CarrierRepository(db).list();
        if (!carriers)
            return carriers.error();
        QHash<qint64, QString> names;
        for (const Carrier &c : std::as_const(*carriers))
            names.insert(c.id, c.name);
        return MessageLogExporter(db, filter, names).write(device, progress);
    };
}

Result<qint64> MessageLogExporter::write(QIODevice *device, const Progress &progress)
{
    MessageRepository repo(m_db);
    // Only messages that existed when the export started: a running dispatcher keeps adding
    // rows above, and the file should be one consistent cut of the filter.
    auto last = repo.lastId();
    if (!last)
        return last.error();
    MessageFilter page = m_filter;
    page.afterId = 0;
    page.oldestFirst = false;
    page.beforeId = *last + 1;
    page.limit = pageSize;
    auto total = repo.count(page);
    if (!total)
        return total.error();

    CsvWriter writer(device);
    if (auto header = writer.writeRow(messagetable::columns()); !header)
        return header.error();
    qint64 written = 0;
    if (progress && !progress(0, *total)) {
        return Error::failed(QCoreApplication::translate("MessageLogExporter", "The export was cancelled."));
    }
    while (true) {
        auto rows = repo.list(page);
        if (!rows)
            return rows.error();
        for (const Message &m : std::as_const(*rows)) {
            if (auto row = writer.writeRow(messagetable::row(m, m_carrierNames.value(m.carrierId))); !row)
                return row.error();
        }
        written += rows->size();
        if (rows->size() < page.limit)
            break;
        page.beforeId = rows->constLast().id;
        if (progress && !progress(written, std::max(written, *total))) {
            return Error::failed(QCoreApplication::translate("MessageLogExporter", "The export was cancelled."));
        }
    }
    if (auto flushed = writer.flush(); !flushed)
        return flushed.error();
    if (progress)
        progress(written, std::max(written, *total));
    return written;
}
