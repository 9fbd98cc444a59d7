#pragma once

#include "credentialstore.h"

#include <chrono>

/// Tokens in the desktop's Secret Service (GNOME Keyring, KWallet) through QtKeychain. Jobs are
/// asynchronous; this class waits for each in a local event loop, with a time limit because a
/// locked keyring may wait forever for a password prompt nobody sees.
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
    static QString unavailableMessage(const QString &detail);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};
