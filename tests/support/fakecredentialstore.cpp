// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "fakecredentialstore.h"

#include "secrets/keychaincredentialstore.h"

Status FakeCredentialStore::write(const QString &key, const QByteArray &secret)
{
    const QMutexLocker locker(&m_mutex);
    if (!m_available)
        return KeychainCredentialStore::unavailable(QStringLiteral("no Secret Service"));
    m_entries.insert(key, secret);
    return {};
}

Result<QByteArray> FakeCredentialStore::read(const QString &key)
{
    const QMutexLocker locker(&m_mutex);
    if (!m_available)
        return KeychainCredentialStore::unavailable(QStringLiteral("no Secret Service"));
    if (!m_entries.contains(key))
        return Error::notFound(QStringLiteral("no entry %1").arg(key));
    return m_entries.value(key);
}

Status FakeCredentialStore::remove(const QString &key)
{
    const QMutexLocker locker(&m_mutex);
    if (!m_available)
        return KeychainCredentialStore::unavailable(QStringLiteral("no Secret Service"));
    m_entries.remove(key);
    return {};
}
