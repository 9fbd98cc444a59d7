// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <algorithm>

/// How far an import got: reported through CampaignImporter's progress callback after each
/// written slice (at most once per the callback's interval), and once at the end.
struct ImportProgress
{
    qint64 rowsRead = 0; ///< data records written so far (accepted + rejected)
    qint64 bytesRead = 0; ///< bytes of the file read so far
    qint64 totalBytes = -1; ///< the file's size; -1 when unknown
    qint64 accepted = 0;
    qint64 rejected = 0;

    /// 0–100 by bytes; 0 when the size is unknown.
    int percent() const { return totalBytes > 0 ? int(std::clamp<qint64>(bytesRead * 100 / totalBytes, 0, 100)) : 0; }
};
