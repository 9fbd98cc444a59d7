// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QStringList>

class Database;

/// What stops when this program's dispatcher stops: the campaigns that are running and the
/// messages still waiting to be sent (queued or being submitted). Asked before the window quits,
/// so that the operator knows what continues at the next start. Two short reads.
struct PendingWork
{
    QStringList runningCampaigns;
    qint64 waitingMessages = 0;

    bool isEmpty() const { return runningCampaigns.isEmpty() && waitingMessages == 0; }

    static Result<PendingWork> read(Database &db);
};
