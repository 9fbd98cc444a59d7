// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

/// The operator's choice of where new tokens go. The keychain is the default; the database is
/// only ever used when chosen explicitly (Settings, --secret-store, SMSROUTER_SECRET_STORE).
enum class SecretBackend { Keychain, Database };

/// "keychain" / "database": the setting's, the token reference's and JSON's word. Never translated.
QString secretBackendName(SecretBackend backend);
/// The same place as a person reads it in the window, translated ("Schlüsselbund").
QString secretBackendTitle(SecretBackend backend);
std::optional<SecretBackend> secretBackendFromName(const QString &name);

/// The database backend is refused on a PostgreSQL store (issue 13, README "Team mode"): a shared
/// server, its administrators and its backups would hold every carrier's token in plain text.
/// Each operator's tokens stay in the keychain of their own computer; the store keeps only the
/// references. This is the refusal, saying why and what to do (code "database_tokens_on_server").
Error databaseBackendRefusedOnServer();
