// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <chrono>

/// When to try a message again after a failure that reached no server: exponential backoff
/// with jitter, so a carrier that comes back is not hit by every message at the same instant.
struct RetryPolicy
{
    int maxAttempts = 5;
    std::chrono::milliseconds baseDelay {1000};
    std::chrono::milliseconds maxDelay {std::chrono::minutes(5)};
    double jitter = 0.2; ///< ± share of the delay

    /// Delay before attempt `attempt + 1`, given `attempt` failed (1-based). `random01` is a
    /// number in [0, 1) from the caller, so the result is reproducible in tests.
    std::chrono::milliseconds delayAfter(int attempt, double random01) const;
};
