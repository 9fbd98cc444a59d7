#pragma once

#include "credentialstore.h"
#include "secretbackend.h"

/// Keeps carrier tokens in the backend the operator chose and finds them again by reference.
/// A reference names its backend ("keychain:3f2a…", "database:3f2a…"), so a token saved before
/// the operator switched backends is still found where it was put.
class CredentialVault final
{
public:
    /// The stores are not owned. `database` may be null when no store is open.
    CredentialVault(SecretBackend chosen, CredentialStore *keychain, CredentialStore *database);

    SecretBackend chosenBackend() const { return m_chosen; }
    void setChosenBackend(SecretBackend backend) { m_chosen = backend; }

    /// Saves a secret in the chosen backend under a new reference and returns it.
    Result<QString> store(const QByteArray &secret);
    Result<QByteArray> read(const QString &ref);
    Status remove(const QString &ref);

    /// "keychain", "database", or an empty string for an empty or unknown reference.
    static QString backendOf(const QString &ref);

private:
    CredentialStore *storeFor(const QString &ref) const;

    SecretBackend m_chosen;
    CredentialStore *m_keychain;
    CredentialStore *m_database;
};
