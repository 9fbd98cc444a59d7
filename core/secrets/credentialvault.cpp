// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "credentialvault.h"

#include "common/logging.h"

#include <QCoreApplication>
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

namespace {

QString keyOf(const QString &ref)
{
    return ref.mid(ref.indexOf(QLatin1Char(':')) + 1);
}

} // namespace

Result<QString> CredentialVault::store(const QByteArray &secret)
{
    auto staged = stage(secret);
    if (!staged)
        return staged.error();
    if (auto placed = place(*staged); !placed)
        return placed.error();
    return staged->ref;
}

Result<StagedSecret> CredentialVault::stage(const QByteArray &secret)
{
    if (secret.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("CredentialVault", "The token is empty; paste the carrier's Auth Token."));
    CredentialStore *target = m_chosen == SecretBackend::Database ? m_database : m_keychain;
    if (!target)
        return Error::failed(
            m_chosen == SecretBackend::Database
                ? QCoreApplication::translate("CredentialVault", "The store's database cannot keep the token here.")
                : QCoreApplication::translate("CredentialVault", "No keychain is available to keep the token."));
    StagedSecret staged;
    staged.ref = secretBackendName(m_chosen) + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (target->keptInStore()) {
        staged.pending = secret;
    } else if (auto written = target->write(keyOf(staged.ref), secret); !written) {
        return written.error();
    }
    return staged;
}

Status CredentialVault::place(StagedSecret &staged)
{
    if (staged.pending.isEmpty())
        return {};
    CredentialStore *target = storeFor(staged.ref);
    if (!target)
        return Error::failed(
            QCoreApplication::translate("CredentialVault", "No store is available to keep the token."));
    if (auto written = target->write(keyOf(staged.ref), staged.pending); !written)
        return written;
    staged.pending.clear();
    return {};
}

void CredentialVault::discard(const StagedSecret &staged)
{
    if (isKeptInStore(staged.ref))
        return; // never written outside the rolled-back transaction
    if (auto removed = remove(staged.ref); !removed)
        qCWarning(lcSecrets) << "a token saved for a change that failed could not be removed again:" << staged.ref
                             << removed.errorMessage();
}

bool CredentialVault::isKeptInStore(const QString &ref) const
{
    const CredentialStore *source = storeFor(ref);
    return source && source->keptInStore();
}

Result<QByteArray> CredentialVault::read(const QString &ref)
{
    CredentialStore *source = storeFor(ref);
    if (!source)
        return Error::notFound(
            QCoreApplication::translate("CredentialVault",
                                        "No token has been saved for this carrier. Enter it in the carrier's form "
                                        "(or `smsrouter-cli carrier update NAME --token-stdin`)."));
    return source->read(keyOf(ref));
}

Status CredentialVault::remove(const QString &ref)
{
    CredentialStore *source = storeFor(ref);
    if (!source)
        return {};
    return source->remove(keyOf(ref));
}
