#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "secrets/secretbackend.h"

#include <QString>

#include <memory>
#include <optional>

class CampaignService;
class CarrierService;
class CredentialStore;
class CredentialVault;
class Database;
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

    /// --db, else $SMSROUTER_DB, else the default store in the user's data folder.
    static QString resolveStorePath(const QString &optionValue);
    /// --secret-store, else $SMSROUTER_SECRET_STORE; nullopt when neither is given.
    static Result<std::optional<SecretBackend>> resolveSecretBackendOverride(const QString &optionValue);

    Database &database() { return *m_database; }
    Settings &settings() { return *m_settings; }
    CredentialVault &vault() { return *m_vault; }
    CarrierService &carriers() { return *m_carriers; }
    RuleService &rules() { return *m_rules; }
    SendService &sends() { return *m_sends; }
    CampaignService &campaigns() { return *m_campaigns; }
    OptOutService &optouts() { return *m_optouts; }
    const Clock &clock() const { return *m_clock; }

    /// The backend new tokens go to: the override when given, else the stored setting.
    SecretBackend secretBackend() const;
    bool secretBackendOverridden() const { return m_options.secretBackendOverride.has_value(); }

private:
    explicit Session(const SessionOptions &options);

    SessionOptions m_options;
    const Clock *m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CredentialStore> m_ownKeychain;
    std::unique_ptr<CredentialStore> m_databaseSecrets;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<CarrierService> m_carriers;
    std::unique_ptr<RuleService> m_rules;
    std::unique_ptr<SendService> m_sends;
    std::unique_ptr<CampaignService> m_campaigns;
    std::unique_ptr<OptOutService> m_optouts;
};
