// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"
#include "secretbackend.h"

/// A token on its way into the vault, split around the store transaction that saves the row
/// naming it. A keychain is written before the store is locked (it may wait for an unlock
/// prompt, and nobody else may write meanwhile); the database backend is written inside that
/// transaction, so that a rollback takes the token back with the row.
struct StagedSecret
{
    QString ref;
    QByteArray pending; ///< still to be written by place() (database backend); empty afterwards
};

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

    /// Step one of saving a secret, outside any store transaction: a keychain write happens here.
    Result<StagedSecret> stage(const QByteArray &secret);
    /// Step two, inside the transaction that saves the row naming `staged.ref`.
    Status place(StagedSecret &staged);
    /// The row naming a staged secret was not saved: takes a keychain entry back (a database one
    /// went with the rollback). Best effort; a failure is logged with the reference only.
    void discard(const StagedSecret &staged);
    /// True when `ref` is kept in the store itself, so that it can be removed in the store's
    /// transaction; false for a keychain entry.
    bool isKeptInStore(const QString &ref) const;

    /// "keychain", "database", or an empty string for an empty or unknown reference.
    static QString backendOf(const QString &ref);

private:
    CredentialStore *storeFor(const QString &ref) const;

    SecretBackend m_chosen;
    CredentialStore *m_keychain;
    CredentialStore *m_database;
};
