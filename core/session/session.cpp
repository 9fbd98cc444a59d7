// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "session.h"

#include "campaign/campaignservice.h"
#include "carriers/carrieraccounts.h"
#include "carriers/carrierservice.h"
#include "common/logging.h"
#include "dashboard/dashboardservice.h"
#include "dispatch/messageactions.h"
#include "dispatch/sendservice.h"
#include "inbox/inboxservice.h"
#include "optouts/optoutservice.h"
#include "routing/ruleservice.h"
#include "secrets/credentialvault.h"
#include "secrets/databasecredentialstore.h"
#include "secrets/keychaincredentialstore.h"
#include "settings/settings.h"
#include "store/database.h"

#include <QCoreApplication>

Session::Session(const SessionOptions &options)
    : m_options(options)
    , m_clock(options.clock ? options.clock : &SystemClock::instance())
{ }

Session::~Session()
{
    // Services hold references into the database; tear them down first.
    m_accounts.reset();
    m_dashboard.reset();
    m_inbox.reset();
    m_messages.reset();
    m_sends.reset();
    m_optouts.reset();
    m_campaigns.reset();
    m_rules.reset();
    m_carriers.reset();
    m_vault.reset();
    m_databaseSecrets.reset();
    m_settings.reset();
    m_database.reset();
}

QString Session::resolveStorePath(const QString &optionValue, const QString &remembered)
{
    if (!optionValue.isEmpty())
        return optionValue;
    const QString fromEnvironment = qEnvironmentVariable("SMSROUTER_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!remembered.isEmpty())
        return remembered;
    return Database::defaultPath();
}

Result<std::optional<SecretBackend>> Session::resolveSecretBackendOverride(const QString &optionValue)
{
    const bool fromOption = !optionValue.isEmpty();
    const QString value = fromOption ? optionValue : qEnvironmentVariable("SMSROUTER_SECRET_STORE");
    if (value.isEmpty())
        return std::optional<SecretBackend>();
    const auto backend = secretBackendFromName(value);
    if (!backend)
        return Error::invalid(
            QCoreApplication::translate("Session", "%1 “%2” is not a token storage; use “keychain” or “database”.")
                .arg(fromOption ? QStringLiteral("--secret-store") : QStringLiteral("SMSROUTER_SECRET_STORE"), value));
    return std::optional<SecretBackend>(*backend);
}

Result<std::unique_ptr<Session>> Session::open(const SessionOptions &options)
{
    std::unique_ptr<Session> session(new Session(options));
    auto database = Database::open(options.storePath);
    if (!database)
        return database.error();
    session->m_database = std::move(*database);
    if (options.secretBackendOverride == SecretBackend::Database && session->m_database->location().isPostgres())
        return databaseBackendRefusedOnServer();
    session->m_settings = std::make_unique<Settings>(*session->m_database, options.userSettingsFile);

    CredentialStore *keychain = options.keychain;
    if (!keychain) {
        session->m_ownKeychain = std::make_unique<KeychainCredentialStore>();
        keychain = session->m_ownKeychain.get();
    }
    session->m_keychain = keychain;
    session->m_databaseSecrets = std::make_unique<DatabaseCredentialStore>(*session->m_database);
    session->m_vault =
        std::make_unique<CredentialVault>(session->secretBackend(), keychain, session->m_databaseSecrets.get());
    Session *raw = session.get();
    QObject::connect(raw->m_settings.get(), &Settings::changed, raw->m_settings.get(), [raw](const QString &key) {
        if (key == Settings::SecretBackendKey)
            raw->m_vault->setChosenBackend(raw->secretBackend());
    });
    session->m_carriers = std::make_unique<CarrierService>(*session->m_database, *session->m_vault, *session->m_clock);
    session->m_rules = std::make_unique<RuleService>(*session->m_database, *session->m_carriers, *session->m_settings,
                                                     *session->m_clock);
    session->m_sends = std::make_unique<SendService>(*session->m_database, *session->m_carriers, *session->m_rules,
                                                     *session->m_settings, *session->m_clock);
    session->m_campaigns = std::make_unique<CampaignService>(*session->m_database, *session->m_rules,
                                                             *session->m_settings, *session->m_clock);
    session->m_optouts = std::make_unique<OptOutService>(*session->m_database, *session->m_settings, *session->m_clock);
    session->m_messages = std::make_unique<MessageActions>(*session->m_database, *session->m_clock);
    session->m_dashboard = std::make_unique<DashboardService>(*session->m_database, *session->m_clock);
    session->m_inbox = std::make_unique<InboxService>(*session->m_database, *session->m_clock);
    // An import whose process died left an `importing` campaign behind: remove it (live imports stay).
    if (auto abandoned = session->m_campaigns->removeAbandonedImports(); !abandoned)
        qCWarning(lcCampaign) << "could not remove abandoned imports:" << abandoned.errorMessage();
    // Likewise an opt-out import's numbers (OptOutImporter writes them in slices).
    if (auto abandoned = session->m_optouts->removeAbandonedImports(); !abandoned)
        qCWarning(lcStore) << "could not remove abandoned opt-out imports:" << abandoned.errorMessage();
    return session;
}

SecretBackend Session::secretBackend() const
{
    return m_options.secretBackendOverride.value_or(m_settings->secretBackend());
}

SessionOptions Session::optionsForAnotherThread() const
{
    SessionOptions options = m_options;
    options.storePath = m_database->path();
    options.keychain = m_keychain;
    options.clock = m_clock;
    return options;
}

QString Session::storePath() const
{
    return m_database->path();
}

bool Session::isServerStore() const
{
    return m_database->location().isPostgres();
}

CarrierAccounts &Session::accounts()
{
    if (!m_accounts)
        m_accounts = std::make_unique<CarrierAccounts>(*m_carriers);
    return *m_accounts;
}
