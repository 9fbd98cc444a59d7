// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <algorithm>

/// One CSV row an import did not turn into a message (`import_rejects`).
struct ImportReject
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 line = 0; ///< physical line (1-based) where the record starts in the file
    QString raw; ///< the phone field as written, or the record's text when the CSV itself was malformed
    QString reason; ///< one of the keys in `rejectreason`, or a CsvRecord::key()
    QString detail; ///< for the operator: what exactly was wrong

    bool operator==(const ImportReject &) const = default;
};

using ImportRejectList = QList<ImportReject>;

/// The stable reject keys of the import pipeline, in the order the pipeline checks them. A row
/// that fails several checks is counted under the first. The CSV reader's own keys
/// (CsvRecord::key(): unterminated_quote, field_count, invalid_bytes, …) come before all of them.
namespace rejectreason {
inline const QString invalidNumber = QStringLiteral("invalid_number");
inline const QString duplicate = QStringLiteral("duplicate");
inline const QString optedOut = QStringLiteral("opted_out");
inline const QString unroutable = QStringLiteral("unroutable");
inline const QString emptyBody = QStringLiteral("empty_body");
inline const QString tooLong = QStringLiteral("too_long");

/// The pipeline's own keys, in check order (the CLI's summary always lists these).
inline QStringList pipelineKeys()
{
    return {invalidNumber, duplicate, optedOut, unroutable, emptyBody, tooLong};
}

/// `keys` in the order every list of reasons shows them (the wizard's summary, the Campaigns
/// page, the CLI): the CSV reader's own keys first, alphabetically, then the pipeline's in
/// check order.
inline QStringList inDisplayOrder(QStringList keys)
{
    const QStringList pipeline = pipelineKeys();
    std::stable_sort(keys.begin(), keys.end(), [&pipeline](const QString &a, const QString &b) {
        const auto ia = pipeline.indexOf(a);
        const auto ib = pipeline.indexOf(b);
        if (ia < 0 || ib < 0)
            return ia < 0 && ib < 0 ? a < b : ia < 0; // reader keys first
        return ia < ib;
    });
    return keys;
}
} // namespace rejectreason
