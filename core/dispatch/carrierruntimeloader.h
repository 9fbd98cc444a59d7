// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carrierruntime.h"

#include <QObject>

#include <memory>

class CredentialStore;
class CredentialVault;
class Database;

/// Reads the carriers and their tokens for a dispatcher, on a thread of its own with its own
/// store connection: a keychain waiting for an unlock prompt holds up neither the window nor
/// the sending loop. Lives on the Dispatcher's loader thread.
class CarrierRuntimeLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarrierRuntimeLoader)

public:
    /// `keychain` is shared with the window's session (it is safe to call from any thread) and
    /// must outlive this loader.
    CarrierRuntimeLoader(QString storePath, CredentialStore *keychain);
    ~CarrierRuntimeLoader() override;

public Q_SLOTS:
    /// Reads everything again and emits loaded(), or failed() when the store cannot be read.
    void load();

Q_SIGNALS:
    void loaded(const CarrierRuntimeList &runtimes);
    void failed(const QString &message);

private:
    QString m_storePath;
    CredentialStore *m_keychain;
    std::unique_ptr<Database> m_db; ///< opened on first load, on the loader's thread
    std::unique_ptr<CredentialStore> m_databaseSecrets;
    std::unique_ptr<CredentialVault> m_vault;
};
