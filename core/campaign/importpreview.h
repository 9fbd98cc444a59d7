// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/csvsniff.h"
#include "sms/segmentinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

/// One of the first rows of a file as the import would treat it.
struct ImportPreviewRow
{
    QStringList fields;
    QString phone; ///< the phone cell as written
    QString e164; ///< empty when the number is not valid
    QString numberProblem; ///< the parser's message when not valid
    /// Written without a country code while no region is known: not a bad number, a question
    /// ("which country are they in?") the wizard asks before importing.
    bool needsRegion = false;
    QString body; ///< rendered; unknown placeholders stay visible as {name}
    SegmentInfo segments;
    QString carrier; ///< where it would go (for weighted rules: one of the candidates); empty if unroutable
    QString routeProblem; ///< why it is unroutable
};

/// What the import wizard shows before anything is stored: the detected (or overridden)
/// encoding, delimiter and header, the column names, the chosen phone column, the template's
/// problem if any, and the first rows rendered. Cheap: reads only the start of the file, so the
/// wizard can ask again whenever an override or the template changes.
struct ImportPreview
{
    CsvSniff sniff;
    /// Header names, or "1", "2", … for a file without a header row (also the placeholder names then).
    QStringList columns;
    int phoneColumn = -1; ///< 0-based; -1 when none could be chosen
    bool phoneColumnDetected = false; ///< chosen by detection rather than by the request
    QString phoneColumnProblem; ///< why no column is chosen, or why the requested one is wrong
    QString templateProblem; ///< empty when the template parses and binds to these columns
    QList<ImportPreviewRow> rows;
    qint64 fileSize = -1;

    int needsRegionCount() const
    {
        return int(std::count_if(rows.cbegin(), rows.cend(), [](const ImportPreviewRow &r) { return r.needsRegion; }));
    }
};
