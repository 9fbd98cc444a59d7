// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriercost.h"

#include <QChar>
#include <QMap>
#include <QString>

/// Where an import spent its time (for the benchmark and the log). Worker times add up both
/// workers' CPU; the writer's are wall-clock time on the importing thread.
struct ImportTimings
{
    double totalSeconds = 0;
    double writerCpuSeconds = 0; ///< CPU time of the importing thread (reading and writing), whatever the load

    double readSeconds = 0; ///< CsvReader: decoding and splitting the file (writer thread)
    double parseSeconds = 0; ///< PhoneNumberParser (workers)
    double renderSeconds = 0; ///< template rendering and segment counting (workers)
    double writeSeconds = 0; ///< de-duplication, opt-outs, routing and the inserts (writer thread)
    double commitSeconds = 0; ///< COMMITs of the slices (writer thread)
    double waitSeconds = 0; ///< the writer waiting for the workers
};

/// The outcome of CampaignImporter::run(). `campaign import --json` prints campaign_id, rows,
/// accepted, rejected (by reason), segments and estimated_cost from it.
struct ImportSummary
{
    qint64 campaignId = 0; ///< 0 when cancelled
    bool cancelled = false; ///< nothing was kept
    qint64 rows = 0; ///< data records in the file (the header and blank lines not counted)
    qint64 accepted = 0;
    qint64 rejected = 0;
    QMap<QString, qint64> rejectedByReason;
    qint64 segments = 0;
    qint64 estimatedCostMicros = 0;
    CarrierCostList carriers; ///< estimated cost per carrier, most expensive first

    QString encoding; ///< what the file was read as
    QChar delimiter;
    int phoneColumn = -1; ///< 0-based
    QString phoneColumnName;
    ImportTimings timings;
};
