#include "credentialvault.h"

#include <QUuid>

CredentialVault::CredentialVault(SecretBackend chosen, CredentialStore *keychain, CredentialStore *database)
    : m_chosen(chosen)
    , m_keychain(keychain)
    , m_database(database)
{ }

QString CredentialVault::backendOf(const QString &ref)
{
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    const QString backend = ref.left(colon);
    return secretBackendFromName(backend) ? backend : QString();
}

CredentialStore *CredentialVault::storeFor(const QString &ref) const
{
    const auto backend = secretBackendFromName(backendOf(ref));
    if (!backend)
        return nullptr;
    return *backend == SecretBackend::Database ? m_database : m_keychain;
}

Result<QString> CredentialVault::store(const QByteArray &secret)
{
    if (secret.isEmpty())
        return Error::invalid(QStringLiteral("The token is empty; paste the carrier's Auth Token."));
    CredentialStore *target = m_chosen == SecretBackend::Database ? m_database : m_keychain;
    if (!target)
        return Error::failed(QStringLiteral("No %1 is available to keep the token.").arg(secretBackendName(m_chosen)));
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto written = target->write(key, secret); !written)
        return written.error();
    return secretBackendName(m_chosen) + QLatin1Char(':') + key;
}

Result<QByteArray> CredentialVault::read(const QString &ref)
{
    CredentialStore *source = storeFor(ref);
    if (!source)
        return Error::notFound(
            QStringLiteral("No token has been saved for this carrier. Enter it in the carrier's form "
                           "(or `smsrouter-cli carrier update NAME --token-stdin`)."));
    return source->read(ref.mid(ref.indexOf(QLatin1Char(':')) + 1));
}

Status CredentialVault::remove(const QString &ref)
{
    CredentialStore *source = storeFor(ref);
    if (!source)
        return {};
    return source->remove(ref.mid(ref.indexOf(QLatin1Char(':')) + 1));
}
