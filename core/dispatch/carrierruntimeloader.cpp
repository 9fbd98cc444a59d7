// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carrierruntimeloader.h"

#include "secrets/credentialvault.h"
#include "secrets/databasecredentialstore.h"
#include "store/carrierrepository.h"
#include "store/database.h"

CarrierRuntimeLoader::CarrierRuntimeLoader(QString storePath, CredentialStore *keychain)
    : m_storePath(std::move(storePath))
    , m_keychain(keychain)
{ }

CarrierRuntimeLoader::~CarrierRuntimeLoader() = default;

void CarrierRuntimeLoader::load()
{
    if (!m_db) {
        auto db = Database::open(m_storePath, Database::OpenMode::ExistingOnly);
        if (!db) {
            Q_EMIT failed(db.errorMessage());
            return;
        }
        m_db = std::move(*db);
        m_databaseSecrets = std::make_unique<DatabaseCredentialStore>(*m_db);
        // Only reads happen here, and a reference names its own backend: the chosen one is moot.
        m_vault = std::make_unique<CredentialVault>(SecretBackend::Keychain, m_keychain, m_databaseSecrets.get());
    }
    auto carriers = CarrierRepository(*m_db).list();
    if (!carriers) {
        Q_EMIT failed(carriers.errorMessage());
        return;
    }
    Q_EMIT loaded(buildCarrierRuntimes(*carriers, *m_vault));
}
