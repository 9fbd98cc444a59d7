// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "clock.h"

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}
