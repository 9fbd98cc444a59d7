// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// A Restcomm account as the simulator keeps it. The auth token is md5(password) in lowercase hex,
/// as Restcomm computes it; password may be empty when only the token is known.
struct SimAccount
{
    QString sid;
    QString email; ///< lower-cased
    QString friendlyName;
    QString status = QStringLiteral("active"); ///< active|suspended|closed|inactive|uninitialized
    QString role = QStringLiteral("Administrator");
    QString parentSid; ///< empty for a top-level account
    QString token;
    QString password;
    bool canCreateSubaccounts = true;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    int depth = 1; ///< 1 for a top-level account, 2 for its child, 3 for a grandchild
};
