// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "csv/csvwriteroptions.h"
#include "importreport.h"
#include "ratecardrow.h"

class CarrierService;
class QIODevice;
class RuleService;

/// Rate cards as CSV files: the part of `smsrouter-cli import|export rates-csv` and of the
/// window's File → Import/Export rate card that touches files. Reading goes through CsvReader
/// (encoding and delimiter sniffed, so a card saved by Excel in any locale reads), writing
/// through CsvWriter (formula neutralising on, UTF-8 with BOM and CRLF for spreadsheets).
class RateCardFile final
{
public:
    /// A rate card as read: its header, the records the CSV reader accepted (with their own line
    /// numbers) and the ones it rejected, as problems with their line numbers.
    struct Contents
    {
        QStringList header;
        qint64 headerLine = 1;
        QList<RateCardRow> rows;
        QList<ImportProblem> rejects;
    };

    /// Reads a whole card. The first non-blank line is always the header. Fails (Invalid) when
    /// the file cannot be opened or is not text (a workbook, a PDF).
    static Result<Contents> read(const QString &path);
    static Result<Contents> read(QIODevice *device);

    /// Writes the header and rows. `path` is replaced whole or not at all.
    static Status write(const RateCardTable &table, const QString &path, const CsvWriterOptions &options = {});
    static Status write(const RateCardTable &table, QIODevice *device, const CsvWriterOptions &options = {});

    /// Reads `path` and imports it, all or nothing. A line the CSV reader rejected is a problem
    /// like any other: the rest of the card is still checked, so the report lists every problem,
    /// in line order, and nothing is imported.
    static ImportReport import(const QString &path, CarrierService &carriers, RuleService &rules);

    /// Writes every rule to `path`; returns how many rows were written.
    static Result<qsizetype> exportTo(const QString &path, CarrierService &carriers, RuleService &rules);
};
