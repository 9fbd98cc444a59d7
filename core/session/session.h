// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "secrets/secretbackend.h"

#include <QString>

#include <memory>
#include <optional>

class CampaignService;
class CarrierAccounts;
class MessageActions;
class CarrierService;
class CredentialStore;
class CredentialVault;
class DashboardService;
class Database;
class InboxService;
class OptOutService;
class RuleService;
class SendService;
class Settings;

/// How a face (GUI or CLI) wants the store opened.
struct SessionOptions
{
    QString storePath; ///< see Session::resolveStorePath
    std::optional<SecretBackend> secretBackendOverride; ///< --secret-store / SMSROUTER_SECRET_STORE
    CredentialStore *keychain = nullptr; ///< not owned; null means the system keychain
    QString userSettingsFile; ///< empty means the platform's QSettings location
    const Clock *clock = nullptr; ///< null means the system clock
};

/// Everything one open store needs, wired once: the database connection, settings, the
/// credential vault and the services. The GUI and the CLI each hold one; neither builds these
/// objects itself.
class Session final
{
public:
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    static Result<std::unique_ptr<Session>> open(const SessionOptions &options);

    /// --db, else $SMSROUTER_DB, else `remembered` (the window's File → Open store…, see
    /// Settings::savedStore), else the default store in the user's data folder.
    static QString resolveStorePath(const QString &optionValue, const QString &remembered = {});
    /// --secret-store, else $SMSROUTER_SECRET_STORE; nullopt when neither is given.
    static Result<std::optional<SecretBackend>> resolveSecretBackendOverride(const QString &optionValue);

    Database &database() { return *m_database; }
    /// The store's file or URL (for workers and jobs that open their own connection).
    QString storePath() const;
    /// True when the store is on a PostgreSQL server (team mode), false for a file.
    bool isServerStore() const;
    Settings &settings() { return *m_settings; }
    CredentialVault &vault() { return *m_vault; }
    CarrierService &carriers() { return *m_carriers; }
    RuleService &rules() { return *m_rules; }
    SendService &sends() { return *m_sends; }
    CampaignService &campaigns() { return *m_campaigns; }
    OptOutService &optouts() { return *m_optouts; }
    MessageActions &messages() { return *m_messages; }
    /// The Dashboard's figures. Holds the previous snapshot's campaign counts, so one caller
    /// (the window's dashboard worker, on its own Session) should use it.
    DashboardService &dashboard() { return *m_dashboard; }
    /// Replies already in the store (the Inbox page, `smsrouter-cli inbox list`).
    InboxService &inbox() { return *m_inbox; }
    /// Restcomm's Accounts API for carriers (test connection, new sub-account); made on first use,
    /// in the thread that uses this Session.
    CarrierAccounts &accounts();
    const Clock &clock() const { return *m_clock; }
    /// The keychain backend (the system's, or the one passed in options). Safe to call from any
    /// thread except the window's (it waits for the keychain); shared with dispatchers and workers.
    CredentialStore *keychain() const { return m_keychain; }

    /// The backend new tokens go to: the override when given, else the stored setting.
    SecretBackend secretBackend() const;
    bool secretBackendOverridden() const { return m_options.secretBackendOverride.has_value(); }

    /// Options for another Session on this store, on another thread: the same file, keychain
    /// object, clock, per-user settings file and backend override.
    SessionOptions optionsForAnotherThread() const;

private:
    explicit Session(const SessionOptions &options);

    SessionOptions m_options;
    const Clock *m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CredentialStore> m_ownKeychain;
    CredentialStore *m_keychain = nullptr;
    std::unique_ptr<CredentialStore> m_databaseSecrets;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<CarrierService> m_carriers;
    std::unique_ptr<RuleService> m_rules;
    std::unique_ptr<SendService> m_sends;
    std::unique_ptr<CampaignService> m_campaigns;
    std::unique_ptr<OptOutService> m_optouts;
    std::unique_ptr<MessageActions> m_messages;
    std::unique_ptr<DashboardService> m_dashboard;
    std::unique_ptr<InboxService> m_inbox;
    std::unique_ptr<CarrierAccounts> m_accounts;
};
