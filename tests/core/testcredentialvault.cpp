// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CredentialVault: references name their backend; the database backend is used only when chosen.
#include "secrets/credentialvault.h"
#include "secrets/databasecredentialstore.h"
#include "store/database.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QTest>

class TestCredentialVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesInTheChosenBackendAndReadsByReference()
    {
        if (testbackend::usesPostgres())
            QSKIP("a server store refuses the database token backend: its secrets table is never used");
        QTemporaryDir dir;
        auto db = Database::open(testbackend::freshStore(dir.filePath(QStringLiteral("s.sqlite"))));
        FakeCredentialStore keychain;
        DatabaseCredentialStore database(**db);
        CredentialVault vault(SecretBackend::Keychain, &keychain, &database);

        auto inKeychain = vault.store("k-secret");
        QVERIFY(inKeychain);
        QVERIFY(inKeychain->startsWith(QStringLiteral("keychain:")));
        QCOMPARE(keychain.entries().size(), 1);

        vault.setChosenBackend(SecretBackend::Database);
        auto inDatabase = vault.store("d-secret");
        QVERIFY(inDatabase);
        QVERIFY(inDatabase->startsWith(QStringLiteral("database:")));
        QCOMPARE(keychain.entries().size(), 1);

        // Switching the choice does not strand what was saved before.
        QCOMPARE(*vault.read(*inKeychain), QByteArray("k-secret"));
        QCOMPARE(*vault.read(*inDatabase), QByteArray("d-secret"));

        QVERIFY(vault.remove(*inKeychain));
        QVERIFY(vault.remove(*inDatabase));
        QCOMPARE(vault.read(*inKeychain).error().kind, Error::Kind::NotFound);
        QCOMPARE(vault.read(*inDatabase).error().kind, Error::Kind::NotFound);
    }

    void refusesEmptySecrets()
    {
        FakeCredentialStore keychain;
        CredentialVault vault(SecretBackend::Keychain, &keychain, nullptr);
        QVERIFY(!vault.store(QByteArray()));
        QVERIFY(keychain.entries().isEmpty());
    }

    void unknownReferencesAreNotFound()
    {
        FakeCredentialStore keychain;
        CredentialVault vault(SecretBackend::Keychain, &keychain, nullptr);
        QCOMPARE(vault.read(QString()).error().kind, Error::Kind::NotFound);
        QCOMPARE(vault.read(QStringLiteral("floppy:1")).error().kind, Error::Kind::NotFound);
        QVERIFY(vault.remove(QStringLiteral("floppy:1")));
    }

    void backendOf_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("backend");
        QTest::newRow("keychain") << "keychain:abc"
                                  << "keychain";
        QTest::newRow("database") << "database:abc"
                                  << "database";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("unknown") << "plain:abc"
                                 << "";
        QTest::newRow("no colon") << "keychain"
                                  << "";
    }

    void backendOf()
    {
        QFETCH(QString, ref);
        QFETCH(QString, backend);
        QCOMPARE(CredentialVault::backendOf(ref), backend);
    }

    void databaseBackendReallyUsesTheSecretsTable()
    {
        if (testbackend::usesPostgres())
            QSKIP("a server store refuses the database token backend: its secrets table is never used");
        QTemporaryDir dir;
        auto db = Database::open(testbackend::freshStore(dir.filePath(QStringLiteral("s.sqlite"))));
        DatabaseCredentialStore database(**db);
        QVERIFY(database.write(QStringLiteral("k"), "v1"));
        QVERIFY(database.write(QStringLiteral("k"), "v2"));
        QCOMPARE(*database.read(QStringLiteral("k")), QByteArray("v2"));
        QVERIFY(database.remove(QStringLiteral("k")));
        QVERIFY(database.remove(QStringLiteral("k")));
        QVERIFY(!database.read(QStringLiteral("k")));
    }
};

SMSROUTER_TEST(TestCredentialVault)
#include "testcredentialvault.moc"
