// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "tempstore.h"

#include "testbackend.h"

#include <QTest>

TempStore::TempStore()
{
    if (!m_dir.isValid())
        qFatal("could not create a temporary folder for a test store");
    m_store = testbackend::freshStore(m_dir.filePath(QStringLiteral("smsrouter.sqlite")));
}

TempStore::~TempStore()
{
    testbackend::dropStore(m_store);
}

std::unique_ptr<Session> TempStore::openSession(std::optional<SecretBackend> backend, const Clock *clock)
{
    // A server store refuses the database token backend (databaseBackendRefusedOnServer): there
    // the suites that chose it for convenience keep their tokens in the fake keychain instead.
    if (backend == SecretBackend::Database && testbackend::usesPostgres())
        backend = SecretBackend::Keychain;
    SessionOptions options;
    options.storePath = path();
    options.secretBackendOverride = backend;
    options.keychain = &m_keychain;
    options.userSettingsFile = filePath(QStringLiteral("user.ini"));
    options.clock = clock;
    auto session = Session::open(options);
    if (!session)
        qFatal("could not open the test store: %s", qPrintable(session.errorMessage()));
    return std::move(*session);
}

QString testAccountSid(int n)
{
    return QStringLiteral("AC%1").arg(n, 32, 10, QLatin1Char('0'));
}
