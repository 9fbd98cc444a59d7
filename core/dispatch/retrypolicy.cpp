// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include <algorithm>
#include <cmath>

std::chrono::milliseconds RetryPolicy::delayAfter(int attempt, double random01) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double raw = std::min(double(baseDelay.count()) * std::pow(2.0, exponent), double(maxDelay.count()));
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return std::chrono::milliseconds(qint64(std::llround(std::max(0.0, raw * factor))));
}
