// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "accountdirectory.h"
#include "faultconfig.h"
#include "faultinjector.h"
#include "ledger.h"
#include "messagestore.h"
#include "simclock.h"
#include "simstats.h"

#include <QString>

/// Everything the endpoints share: accounts, messages, clock, faults, ledger and counters.
/// Single-threaded (the server's event loop), so nothing here is locked.
struct SimContext
{
    explicit SimContext(quint64 seed)
        : injector(seed)
    { }

    QString basePath = QStringLiteral("/restcomm/2012-04-24");
    int utcOffsetS = 0;
    AccountDirectory accounts;
    MessageStore messages;
    SimClock clock;
    FaultConfig faults;
    FaultInjector injector;
    Ledger ledger;
    SimStats stats;
};
