// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"

class Database;

/// Tokens in the store's own `secrets` table, unencrypted. Only used when the operator chose it;
/// the GUI shows a warning for as long as it is the chosen backend.
class DatabaseCredentialStore final : public CredentialStore
{
public:
    explicit DatabaseCredentialStore(Database &db)
        : m_db(db)
    { }

    QString backendName() const override { return QStringLiteral("database"); }
    bool keptInStore() const override { return true; }
    Status write(const QString &key, const QByteArray &secret) override;
    Result<QByteArray> read(const QString &key) override;
    Status remove(const QString &key) override;

private:
    Database &m_db;
};
