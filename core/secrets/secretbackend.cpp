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
