// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "parsednumber.h"

#include <QString>

#include <string>

/// PhoneNumberParser's answer from libphonenumber alone: parse, format as E.164, find the region
/// and the type, and word the refusal. It is the slow path behind FastNumberParser and the
/// reference the fast path is tested against. libphonenumber's headers stay in the .cpp.
///
/// Thread-safe: the library's PhoneNumberUtil is a read-only singleton.
class LibraryNumberParser final
{
public:
    /// `region`: an upper-case ISO 3166 code ("GB"), or "ZZ" when numbers must carry "+country".
    static ParsedNumber parse(const QString &input, const std::string &region);
    static ParsedNumber parse(const QString &input, const QString &region)
    {
        return parse(input, region.toStdString());
    }
};
