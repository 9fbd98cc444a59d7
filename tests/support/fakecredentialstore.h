#pragma once

#include "secrets/credentialstore.h"

#include <QHash>

/// An in-memory keychain for tests. `setAvailable(false)` makes it behave like a desktop with
/// no Secret Service, with the same message the real keychain backend gives.
class FakeCredentialStore final : public CredentialStore
{
public:
    QString backendName() const override { return QStringLiteral("keychain"); }
    Status write(const QString &key, const QByteArray &secret) override;
    Result<QByteArray> read(const QString &key) override;
    Status remove(const QString &key) override;

    void setAvailable(bool available) { m_available = available; }
    const QHash<QString, QByteArray> &entries() const { return m_entries; }

private:
    QHash<QString, QByteArray> m_entries;
    bool m_available = true;
};
