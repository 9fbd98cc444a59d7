// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/credentialstore.h"

#include <QHash>
#include <QMutex>

/// An in-memory keychain for tests, safe to call from several threads like the real one. `setAvailable(false)` makes it
/// behave like a desktop with no Secret Service, with the same message the real keychain backend gives.
class FakeCredentialStore final : public CredentialStore
{
public:
    QString backendName() const override { return QStringLiteral("keychain"); }
    Status write(const QString &key, const QByteArray &secret) override;
    Result<QByteArray> read(const QString &key) override;
    Status remove(const QString &key) override;

    void setAvailable(bool available)
    {
        const QMutexLocker locker(&m_mutex);
        m_available = available;
    }
    QHash<QString, QByteArray> entries() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_entries;
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_entries;
    bool m_available = true;
};
