// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "fakecredentialstore.h"
#include "session/session.h"

#include <QTemporaryDir>

#include <memory>

/// A store in a fresh temporary folder, removed with the object. Each test gets its own.
class TempStore final
{
public:
    TempStore();
    ~TempStore();
    Q_DISABLE_COPY_MOVE(TempStore)

    /// The store: a file in the folder, or on PostgreSQL (testbackend) a database's URL.
    QString path() const { return m_store; }
    QString dirPath() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// Opens a Session on this store with the fake keychain (and the given clock, if any). On
    /// PostgreSQL, which refuses the database token backend, `SecretBackend::Database` means the
    /// fake keychain.
    std::unique_ptr<Session> openSession(std::optional<SecretBackend> backend = std::nullopt,
                                         const Clock *clock = nullptr);

    FakeCredentialStore &keychain() { return m_keychain; }

private:
    QTemporaryDir m_dir;
    QString m_store;
    FakeCredentialStore m_keychain;
};

/// A valid Account SID made from a small number, for tests: AC000…0001.
QString testAccountSid(int n);
