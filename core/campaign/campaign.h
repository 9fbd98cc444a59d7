// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

/// Where a campaign is in its life (ARCHITECTURE.md, "campaigns"):
/// `importing` → `draft` → `scheduled` → `running` ⇄ `paused` → `completed` / `cancelled`.
enum class CampaignState : quint8 {
    /// Rows are still being written by an import. Never shown as a campaign one can start; removed
    /// whole when the import is cancelled or fails, or when its importer died (see
    /// CampaignLifecycle::removeAbandonedImports).
    Importing,
    Draft, ///< imported; messages wait in `pending`
    Scheduled, ///< starts by itself at scheduledAt (CampaignLifecycle::startDue)
    Running, ///< its messages are `queued` for the dispatcher
    Paused, ///< its unsent messages went back to `pending`; in-flight ones finish
    Completed, ///< nothing left to submit or reconcile
    Cancelled, ///< its unsent messages were cancelled
};

/// "importing", "draft", "scheduled", "running", "paused", "completed", "cancelled".
QString campaignStateName(CampaignState state);
/// The state as a person reads it in the window: the name, translated ("läuft"). Never a key.
QString campaignStateTitle(CampaignState state);
std::optional<CampaignState> campaignStateFromName(QStringView name);
/// No transition leaves completed or cancelled.
bool isFinalCampaignState(CampaignState state);

/// One campaign as the store keeps it. The counters are the import's results; per-state counts
/// of its messages come from MessageRepository::countByState().
struct Campaign
{
    qint64 id = 0;
    QString name;
    QString sender; ///< the From of every message
    QString bodyTemplate;
    CampaignState state = CampaignState::Draft;
    QString region; ///< the region national numbers were read in
    QString sourceFile;
    qint64 rowsTotal = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 segmentsTotal = 0;
    qint64 estimatedCostMicros = 0;
    qint64 createdAt = 0;
    qint64 scheduledAt = 0; ///< 0 when not scheduled
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    // Who is importing it (state Importing only), so an abandoned import can be told from a live one.
    QString importHost;
    qint64 importPid = 0;
    qint64 importHeartbeatAt = 0;

    bool operator==(const Campaign &) const = default;
};

using CampaignList = QList<Campaign>;
