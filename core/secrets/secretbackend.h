// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

/// The operator's choice of where new tokens go. The keychain is the default; the database is
/// only ever used when chosen explicitly (Settings, --secret-store, SMSROUTER_SECRET_STORE).
enum class SecretBackend { Keychain, Database };

QString secretBackendName(SecretBackend backend);
std::optional<SecretBackend> secretBackendFromName(const QString &name);
