// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

/// Where carrier tokens are kept. Implementations never log or echo a secret; their error
/// messages name the key, never the value.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    /// "keychain" or "database": what the Carriers page shows in its "Token kept in" column.
    virtual QString backendName() const = 0;
    /// True when secrets are rows of the store itself, so that they are written and removed in
    /// the store's transactions (and rolled back with them).
    virtual bool keptInStore() const { return false; }

    virtual Status write(const QString &key, const QByteArray &secret) = 0;
    /// Error::NotFound when there is no secret under `key`.
    virtual Result<QByteArray> read(const QString &key) = 0;
    /// Removing a key that does not exist is not an error.
    virtual Status remove(const QString &key) = 0;
};
