// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

class FastNumberParser;

/// The checks that decide whether PhoneNumberParser may use a FastNumberParser. The decoded
/// metadata must list the library's regions with the library's main region for every calling
/// code (checkStructure, at start-up), and for each calling code, every region's example
/// fixed-line and mobile numbers, written in E.164 and in national form, must come out of the
/// fast path exactly as out of libphonenumber, or be declined (checkCallingCode, run by the
/// fast path the first time a number needs that code). Any difference names itself in the Error.
class FastPathSelfCheck final
{
public:
    /// Regions and main regions as the library has them. Compiles no pattern.
    static Status checkStructure(const FastNumberParser &fast);
    /// The example numbers of every region of one calling code (compiling its patterns).
    static Status checkCallingCode(const FastNumberParser &fast, int countryCode);
    /// Both, for every calling code; also fails when the fast path declines most examples (a
    /// fast path broken in a way the comparison cannot see). For tests and benchmarks.
    static Status run(const FastNumberParser &fast);
};
