// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

class FastNumberParser;

/// The start-up check that decides whether PhoneNumberParser may use a FastNumberParser: the
/// decoded metadata must list the library's regions with the library's main region for every
/// calling code, and every region's example fixed-line and mobile numbers, written in E.164 and
/// in national form, must come out of the fast path exactly as out of libphonenumber (or be
/// declined). Any difference names itself in the Error.
class FastPathSelfCheck final
{
public:
    static Status run(const FastNumberParser &fast);
};
