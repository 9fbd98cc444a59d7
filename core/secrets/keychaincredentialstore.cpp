// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "keychaincredentialstore.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

/// True for the errors that mean "there is no usable keychain", as opposed to "this entry".
bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser;
}

/// The process's keychain thread and the object jobs are made under (it lives there). Made on
/// first use; stopped when the program exits.
class KeychainThread final
{
public:
    KeychainThread()
        : m_jobParent(new QObject)
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_jobParent->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_jobParent, &QObject::deleteLater);
        m_thread.start();
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait();
    }
    KeychainThread(const KeychainThread &) = delete;
    KeychainThread &operator=(const KeychainThread &) = delete;

    QObject *jobParent() const { return m_jobParent; }

private:
    QThread m_thread;
    QObject *m_jobParent;
};

Q_GLOBAL_STATIC(KeychainThread, keychainThread)

} // namespace

/// What a finished job said; shared with the keychain thread, which may finish a job after its
/// caller stopped waiting.
struct KeychainCredentialStore::Outcome
{
    QSemaphore finished;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

KeychainCredentialStore::KeychainCredentialStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{ }

std::shared_ptr<KeychainCredentialStore::Outcome>
KeychainCredentialStore::runJob(std::function<QKeychain::Job *(QObject *parent)> makeJob)
{
    auto outcome = std::make_shared<Outcome>();
    QObject *jobParent = keychainThread()->jobParent();
    QMetaObject::invokeMethod(
        jobParent,
        [parent = jobParent, makeJob = std::move(makeJob), outcome] {
            QKeychain::Job *job = makeJob(parent);
            job->setAutoDelete(true);
            QObject::connect(job, &QKeychain::Job::finished, parent, [outcome](QKeychain::Job *done) {
                outcome->error = done->error();
                outcome->errorString = done->errorString();
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                    outcome->data = read->binaryData();
                outcome->finished.release();
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (!outcome->finished.tryAcquire(1, int(m_timeout.count())))
        return nullptr;
    return outcome;
}

Error KeychainCredentialStore::unavailable(const QString &detail)
{
    qCWarning(lcSecrets) << "keychain unavailable:" << detail;
    Error error = Error::failed(
        QCoreApplication::translate("KeychainCredentialStore",
                                    "The system keychain is not available: no keyring such as GNOME Keyring or KWallet "
                                    "answered, or it is locked. Start and unlock your keyring and try again, or keep "
                                    "tokens in the store's database instead (Settings → Keep tokens in; for "
                                    "smsrouter-cli, --secret-store database)."));
    error.code = UnavailableCode;
    return error;
}

Status KeychainCredentialStore::write(const QString &key, const QByteArray &secret)
{
    const auto outcome = runJob([service = m_service, key, secret](QObject *parent) {
        auto *job = new QKeychain::WritePasswordJob(service, parent);
        job->setKey(key);
        job->setBinaryData(secret);
        return job;
    });
    if (!outcome)
        return unavailable(QStringLiteral("it did not answer; it may be locked"));
    if (outcome->error != QKeychain::NoError)
        return unavailable(outcome->errorString); // which logs the system's own words
    return {};
}

Result<QByteArray> KeychainCredentialStore::read(const QString &key)
{
    const auto outcome = runJob([service = m_service, key](QObject *parent) {
        auto *job = new QKeychain::ReadPasswordJob(service, parent);
        job->setKey(key);
        return job;
    });
    if (!outcome)
        return unavailable(QStringLiteral("it did not answer; it may be locked"));
    if (outcome->error == QKeychain::EntryNotFound)
        return Error::notFound(
            QCoreApplication::translate("KeychainCredentialStore",
                                        "The keychain holds no token under %1. Enter the token again in the "
                                        "carrier's form (or `smsrouter-cli carrier update NAME --token-stdin`).")
                .arg(key));
    if (outcome->error != QKeychain::NoError) {
        if (isUnavailable(outcome->error))
            return unavailable(outcome->errorString);
        qCWarning(lcSecrets) << "keychain read failed for key" << key << ":" << outcome->errorString;
        return Error::failed(
            QCoreApplication::translate("KeychainCredentialStore", "The keychain could not read %1: %2")
                .arg(key, outcome->errorString));
    }
    return outcome->data;
}

Status KeychainCredentialStore::remove(const QString &key)
{
    const auto outcome = runJob([service = m_service, key](QObject *parent) {
        auto *job = new QKeychain::DeletePasswordJob(service, parent);
        job->setKey(key);
        return job;
    });
    if (!outcome)
        return unavailable(QStringLiteral("it did not answer; it may be locked"));
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound)
        return unavailable(outcome->errorString);
    return {};
}
