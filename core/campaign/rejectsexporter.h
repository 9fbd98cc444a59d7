// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "csv/csvwriteroptions.h"
#include "log/storeexportjob.h"

class Database;
class QIODevice;

/// Writes the rows a campaign's import rejected as CSV — line, raw_value, reason, detail, in file
/// order — for the operator to fix and import again. Reads in keyset pages, so a file of a
/// million bad rows takes flat memory; run it through a StoreExportJob from the window.
class RejectsExporter final
{
public:
    RejectsExporter(Database &db, qint64 campaignId, CsvWriterOptions options = {});

    /// This export as a StoreExportJob writer (Export rejects… on the Campaigns page and in the
    /// import wizard).
    static StoreExportJob::Writer writer(qint64 campaignId);

    /// Writes the header and the rows; returns how many rows were written. Error::notFound for
    /// a campaign that does not exist; an error when `progress` said stop.
    Result<qint64> write(QIODevice *device, const StoreExportJob::Progress &progress = {});

    int pageSize = 10000;

private:
    Database &m_db;
    qint64 m_campaignId;
    CsvWriterOptions m_options;
};
