// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"

#include <chrono>
#include <functional>
#include <memory>

class QObject;
namespace QKeychain {
class Job;
}

/// Tokens in the desktop's Secret Service (GNOME Keyring, KWallet) through QtKeychain.
///
/// QtKeychain's jobs are asynchronous and need an event loop in the thread that starts them. They
/// run on one keychain thread for the whole process (libsecret keeps its connection to the
/// Secret Service bound to the thread that first used it), and a caller waits for the answer on
/// a semaphore, with a time limit (a locked keyring may wait forever for a prompt nobody sees).
/// No event loop runs in the caller meanwhile, so nothing re-enters it. Callers are worker
/// threads and the CLI: the window's thread reaches tokens only through them (StoreWorker).
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("smsrouter"),
                                     std::chrono::milliseconds timeout = std::chrono::seconds(20));

    QString backendName() const override { return QStringLiteral("keychain"); }
    Status write(const QString &key, const QByteArray &secret) override;
    Result<QByteArray> read(const QString &key) override;
    Status remove(const QString &key) override;

    /// The message shown when the keychain cannot be reached at all, naming both ways out.
    /// The failure when no keychain answers, in plain words (code "keychain_unavailable"). The
    /// system's own text (`detail`, e.g. "Failed to execute child process 'dbus-launch'") goes to
    /// the log only: it names the cause for a developer, not the fix for an operator.
    static Error unavailable(const QString &detail);
    static inline const QString UnavailableCode = QStringLiteral("keychain_unavailable");

private:
    struct Outcome;
    /// Starts the job `makeJob` builds on the keychain thread and waits for its end.
    /// Returns null when it did not finish in time.
    std::shared_ptr<Outcome> runJob(std::function<QKeychain::Job *(QObject *parent)> makeJob);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};
