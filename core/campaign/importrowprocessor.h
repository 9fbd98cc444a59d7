// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "phone/phonenumberparser.h"
#include "sms/boundtemplate.h"
#include "sms/segmentinfo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <atomic>
#include <vector>

/// One CSV record on its way through the import. Its texts (fields, number, body) live in its
/// ImportBatch, which reads them out (ImportBatch::field, e164, e164Utf8, bodyUtf8).
struct ImportRow
{
    qint64 line = 0;
    qsizetype firstField = 0; ///< of ImportBatch::fieldEnds
    qsizetype fieldCount = 0;
    QString raw; ///< the record's text when the CSV reader rejected it (else the phone cell is read from the batch)
    QString reason; ///< reject key decided so far (CSV problem or invalid_number); empty: fine so far
    QString detail;
    quint64 key = 0; ///< the E.164 number as an integer (RecipientSet::key)
    qsizetype e164From = 0; ///< in ImportBatch::numbers
    qsizetype e164Size = 0;
    QString region;
    SegmentInfo segments;
    qsizetype utf8From = 0; ///< the number's UTF-8 (e164Size bytes: it is ASCII), then the body's, in ImportBatch::utf8
    qsizetype bodyUtf8Size = 0;
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
///
/// The rows' texts are kept in a few buffers a batch, not in strings of their own: a million
/// rows would otherwise be millions of small blocks allocated on one thread (the reader, the
/// workers) and freed on another, and glibc's allocator spent more time on that than the reader
/// spent reading (perf, issue 14).
struct ImportBatch
{
    std::vector<ImportRow> rows;
    qint64 bytesRead = 0; ///< of the file, when this batch had been read
    /// The CSV fields of every row, one after another (the reader's), and where each ends.
    QString fieldText;
    std::vector<qsizetype> fieldEnds;
    /// The accepted rows' E.164 numbers (the workers').
    QString numbers;
    /// Each accepted row's number and body as UTF-8 for the store, encoded by the worker so the
    /// writer's insert converts nothing (SQLite would otherwise translate each UTF-16 value on
    /// the writer thread).
    QByteArray utf8;

    /// Appends one field of the row being read (the reader).
    void appendField(QStringView text)
    {
        fieldText.append(text);
        fieldEnds.push_back(fieldText.size());
    }
    /// The row's field in `column`, or an empty view past the end of a short row.
    QStringView field(const ImportRow &row, qsizetype column) const
    {
        if (column < 0 || column >= row.fieldCount)
            return {};
        const auto index = size_t(row.firstField + column);
        const qsizetype from = index == 0 ? 0 : fieldEnds[index - 1];
        return QStringView(fieldText).sliced(from, fieldEnds[index] - from);
    }
    /// The phone cell as written, or the record's text when the CSV reader rejected it.
    QString raw(const ImportRow &row, qsizetype phoneColumn) const
    {
        return row.fieldCount == 0 ? row.raw : field(row, phoneColumn).toString();
    }
    QStringView e164(const ImportRow &row) const { return QStringView(numbers).sliced(row.e164From, row.e164Size); }
    QByteArrayView e164Utf8(const ImportRow &row) const
    {
        return QByteArrayView(utf8).sliced(row.utf8From, row.e164Size);
    }
    QByteArrayView bodyUtf8(const ImportRow &row) const
    {
        return QByteArrayView(utf8).sliced(row.utf8From + row.e164Size, row.bodyUtf8Size);
    }
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
