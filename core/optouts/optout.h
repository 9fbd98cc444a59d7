// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

/// A number that must not receive messages (`optouts`).
struct OptOut
{
    QString e164; ///< "+351912345678"
    QString reason;
    qint64 addedAt = 0; ///< ms since the epoch

    bool operator==(const OptOut &) const = default;
};

using OptOutList = QList<OptOut>;
