#include "keychaincredentialstore.h"

#include "common/logging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

/// Runs a QtKeychain job to its end. Returns false when it did not finish in time.
bool runJob(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

/// True for the errors that mean "there is no usable keychain", as opposed to "this entry".
bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{ }

QString KeychainCredentialStore::unavailableMessage(const QString &detail)
{
    return QStringLiteral("The system keychain is not available (%1). Either start and unlock a Secret Service "
                          "keyring (for example GNOME Keyring or KWallet), or keep tokens in the store's database: "
                          "choose “Database” under Settings → Token storage, or pass --secret-store database to "
                          "smsrouter-cli. The database keeps tokens unencrypted in the store file.")
        .arg(detail);
}

Status KeychainCredentialStore::write(const QString &key, const QByteArray &secret)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setAutoDelete(false);
    job->setKey(key);
    job->setBinaryData(secret);
    if (!runJob(job.get(), m_timeout))
        return Error::failed(unavailableMessage(QStringLiteral("it did not answer; it may be locked")));
    if (job->error() != QKeychain::NoError) {
        qCWarning(lcSecrets) << "keychain write failed for key" << key << ":" << job->errorString();
        return Error::failed(unavailableMessage(job->errorString()));
    }
    return {};
}

Result<QByteArray> KeychainCredentialStore::read(const QString &key)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setAutoDelete(false);
    job->setKey(key);
    if (!runJob(job.get(), m_timeout))
        return Error::failed(unavailableMessage(QStringLiteral("it did not answer; it may be locked")));
    if (job->error() == QKeychain::EntryNotFound)
        return Error::notFound(QStringLiteral("The keychain holds no token under %1. Enter the token again in the "
                                              "carrier's form (or `smsrouter-cli carrier update NAME --token-stdin`).")
                                   .arg(key));
    if (job->error() != QKeychain::NoError) {
        qCWarning(lcSecrets) << "keychain read failed for key" << key << ":" << job->errorString();
        if (isUnavailable(job->error()))
            return Error::failed(unavailableMessage(job->errorString()));
        return Error::failed(QStringLiteral("The keychain could not read %1: %2").arg(key, job->errorString()));
    }
    return job->binaryData();
}

Status KeychainCredentialStore::remove(const QString &key)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setAutoDelete(false);
    job->setKey(key);
    if (!runJob(job.get(), m_timeout))
        return Error::failed(unavailableMessage(QStringLiteral("it did not answer; it may be locked")));
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
        qCWarning(lcSecrets) << "keychain delete failed for key" << key << ":" << job->errorString();
        return Error::failed(unavailableMessage(job->errorString()));
    }
    return {};
}
