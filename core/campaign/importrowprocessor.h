// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "phone/phonenumberparser.h"
#include "sms/boundtemplate.h"
#include "sms/segmentinfo.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

/// One CSV record on its way through the import.
struct ImportRow
{
    qint64 line = 0;
    QStringList fields; ///< dropped once processed
    QString raw; ///< the phone cell as written, or the record's text when the CSV reader rejected it
    QString reason; ///< reject key decided so far (CSV problem or invalid_number); empty: fine so far
    QString detail;
    quint64 key = 0; ///< the E.164 number as an integer (RecipientSet::key)
    QString e164;
    QString region;
    QString body;
    SegmentInfo segments;
    /// The number and body as UTF-8 for the store, encoded by the worker so the writer's insert
    /// converts nothing (SQLite would otherwise translate each UTF-16 value on the writer thread).
    QByteArray e164Utf8;
    QByteArray bodyUtf8;
    /// Decided by the import's ordered step, ahead of the writer: the message id the route was
    /// picked for (the weighted pick hashes it; the writer decides again in the rare case the
    /// store hands out another id), and the route.
    qint64 routedForId = 0;
    qint64 carrierId = 0;
    qint64 ruleId = 0;
    QList<qint64> fallbackCarriers;
    qint64 costMicrosPerSegment = 0;
    QString carrierName;
};

/// A slice of consecutive records: the unit the workers process and the writer commits.
struct ImportBatch
{
    std::vector<ImportRow> rows;
    qint64 bytesRead = 0; ///< of the file, when this batch had been read
};

/// The parallel half of the import pipeline: for each record, the phone cell is normalised
/// (PhoneNumberParser, in the import's region) and the body rendered and counted. Everything
/// that depends on earlier rows (duplicates) or on the store (opt-outs, ids, routing) is left
/// to the writer, which takes batches back in file order. Const and thread-safe: one instance
/// serves every worker.
class ImportRowProcessor final
{
public:
    /// Nanoseconds spent, summed over all threads (for ImportTimings).
    struct Clocks
    {
        std::atomic<qint64> parseNs {0};
        std::atomic<qint64> renderNs {0};
    };

    ImportRowProcessor(PhoneNumberParser parser, QString region, BoundTemplate body, int phoneColumn);

    void process(ImportBatch &batch, Clocks *clocks = nullptr) const;

private:
    PhoneNumberParser m_parser;
    QString m_region;
    BoundTemplate m_body;
    int m_phoneColumn;
};
