// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "databasecredentialstore.h"

#include "store/secretrepository.h"

#include <QCoreApplication>

Status DatabaseCredentialStore::write(const QString &key, const QByteArray &secret)
{
    return SecretRepository(m_db).write(key, secret);
}

Result<QByteArray> DatabaseCredentialStore::read(const QString &key)
{
    auto secret = SecretRepository(m_db).read(key);
    if (!secret)
        return secret.error();
    if (!secret->has_value())
        return Error::notFound(
            QCoreApplication::translate("DatabaseCredentialStore",
                                        "The store holds no token under %1. Enter the token again in the "
                                        "carrier's form (or `smsrouter-cli carrier update NAME --token-stdin`).")
                .arg(key));
    return **secret;
}

Status DatabaseCredentialStore::remove(const QString &key)
{
    return SecretRepository(m_db).remove(key);
}
