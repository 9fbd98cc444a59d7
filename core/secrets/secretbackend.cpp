// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "secretbackend.h"

#include <QCoreApplication>

QString secretBackendName(SecretBackend backend)
{
    return backend == SecretBackend::Database ? QStringLiteral("database") : QStringLiteral("keychain");
}

QString secretBackendTitle(SecretBackend backend)
{
    return backend == SecretBackend::Database
        ? QCoreApplication::translate("SecretBackend", "database", "where a token is kept (a short label)")
        : QCoreApplication::translate("SecretBackend", "keychain", "where a token is kept (a short label)");
}

std::optional<SecretBackend> secretBackendFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("keychain"))
        return SecretBackend::Keychain;
    if (lower == QLatin1String("database"))
        return SecretBackend::Database;
    return std::nullopt;
}

Error databaseBackendRefusedOnServer()
{
    Error refused = Error::invalid(
        QCoreApplication::translate("SecretBackend",
                                    "Tokens are never kept in a store on a PostgreSQL server: everyone who can read "
                                    "that database (its other users, its administrators, its backups) could read "
                                    "them and send through your carriers. Each operator keeps them in the system "
                                    "keychain of their own computer, and the store keeps only a reference. Choose "
                                    "the keychain (Settings → Keep tokens in, or --secret-store keychain)."));
    refused.code = QStringLiteral("database_tokens_on_server");
    return refused;
}
