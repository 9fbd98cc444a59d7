// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

/// How a dispatcher holds its place on a store while it sends: on SQLite the one lease
/// (DispatcherLease), on PostgreSQL its own row among many (DispatcherRegistry). Either way a
/// dispatcher that was not heard from for too long loses it, and with it the right to claim.
class DispatcherPresence
{
public:
    virtual ~DispatcherPresence() = default;

    /// Takes the place: an error when the store says no (another SQLite dispatcher) or cannot be asked.
    virtual Status acquire(qint64 now) = 0;
    /// Renews it, inside the caller's transaction if there is one: false when it was taken over
    /// (then it is no longer held), an error when the store could not be asked.
    virtual Result<bool> renew(qint64 now) = 0;
    virtual void release() = 0;
    virtual bool held() const = 0;
};
