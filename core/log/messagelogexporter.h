// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "log/storeexportjob.h"
#include "store/messagerepository.h"

#include <QHash>
#include <QString>

class Database;
class QIODevice;

/// Writes every message a filter matches (not only the rows a view has loaded) as CSV, in the
/// columns of `smsrouter-cli log --format csv` (messagetable), newest first, through CsvWriter
/// with formula neutralising on. Reads in keyset pages, so memory stays flat for a million
/// rows; meant to run off the GUI thread on its own connection.
class MessageLogExporter final
{
public:
    /// Called after each page with rows written so far and the total; return false to stop.
    using Progress = StoreExportJob::Progress;

    MessageLogExporter(Database &db, MessageFilter filter, QHash<qint64, QString> carrierNames);

    /// This export as a StoreExportJob writer (the Delivery log's Export CSV…).
    /// The carriers' names are read on the job's connection when it starts.
    static StoreExportJob::Writer writer(const MessageFilter &filter);

    /// Writes the header and the rows; returns how many rows were written. When `progress`
    /// asks to stop, returns an Error saying it was cancelled (the caller drops the file).
    Result<qint64> write(QIODevice *device, const Progress &progress = {});

    int pageSize = 2000;

private:
    Database &m_db;
    MessageFilter m_filter;
    QHash<qint64, QString> m_carrierNames;
};
