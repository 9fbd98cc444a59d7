// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class Database;

/// The `secrets` table, used only by the database credential backend (an explicit, visible
/// choice of the operator), and `secret_removals`, the keychain entries of removed carriers that
/// are still to be deleted. Nothing else reads them. Secrets are bytes (a BLOB), never text.
class SecretRepository final
{
public:
    explicit SecretRepository(Database &db)
        : m_db(db)
    { }

    Result<std::optional<QByteArray>> read(const QString &ref) const;
    Status write(const QString &ref, const QByteArray &secret);
    Status remove(const QString &ref);

    /// Records that the keychain entry `ref` must go (in the transaction that removes its row).
    Status scheduleRemoval(const QString &ref, qint64 nowMs);
    Result<QStringList> scheduledRemovals() const;
    Status removalDone(const QString &ref);

private:
    Database &m_db;
};
