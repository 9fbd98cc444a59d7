// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Settings: declared defaults, validation, persistence per store and per user, changed(key).
#include "session/session.h"
#include "settings/settings.h"
#include "store/database.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QSignalSpy>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        TempStore store;
        auto session = store.openSession();
        Settings &s = session->settings();
        QCOMPARE(s.maxSegments(), Settings::defaultMaxSegments);
        QCOMPARE(s.maxAttempts(), Settings::defaultMaxAttempts);
        QCOMPARE(s.secretBackend(), SecretBackend::Keychain);
        QCOMPARE(s.currency(), QStringLiteral("EUR"));
        // The test runs in the C locale, which has no territory.
        QCOMPARE(s.defaultRegion(), Settings::systemRegion());
        QCOMPARE(s.defaultRegion(), QStringLiteral("ZZ"));
    }

    void storeSettingsPersistAndSignal()
    {
        TempStore store;
        {
            auto session = store.openSession();
            QSignalSpy changed(&session->settings(), &Settings::changed);
            QVERIFY(session->settings().setDefaultRegion(QStringLiteral("pt")));
            QVERIFY(session->settings().setMaxSegments(4));
            QVERIFY(session->settings().setSecretBackend(SecretBackend::Database));
            QVERIFY(session->settings().setCurrency(QStringLiteral("usd")));
            QCOMPARE(changed.count(), 4);
            QCOMPARE(changed.at(0).at(0).toString(), Settings::DefaultRegionKey);
        }
        auto session = store.openSession();
        QCOMPARE(session->settings().defaultRegion(), QStringLiteral("PT"));
        QCOMPARE(session->settings().maxSegments(), 4);
        QCOMPARE(session->settings().secretBackend(), SecretBackend::Database);
        QCOMPARE(session->settings().currency(), QStringLiteral("USD"));
        QCOMPARE(session->secretBackend(), SecretBackend::Database);
    }

    void invalidValuesAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("region") << "region";
        QTest::newRow("segments") << "segments";
        QTest::newRow("currency") << "currency";
        QTest::newRow("attempts") << "attempts";
    }

    void invalidValuesAreRefused()
    {
        QFETCH(QString, what);
        TempStore store;
        auto session = store.openSession();
        Settings &s = session->settings();
        Status result;
        if (what == QLatin1String("region"))
            result = s.setDefaultRegion(QStringLiteral("Portugal"));
        else if (what == QLatin1String("segments"))
            result = s.setMaxSegments(0);
        else if (what == QLatin1String("currency"))
            result = s.setCurrency(QStringLiteral("€"));
        else
            result = s.setMaxAttempts(1000);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QCOMPARE(s.maxSegments(), Settings::defaultMaxSegments);
        QCOMPARE(s.currency(), QStringLiteral("EUR"));
    }

    void overrideWinsOverTheStoredChoice()
    {
        TempStore store;
        auto session = store.openSession(SecretBackend::Database);
        QCOMPARE(session->settings().secretBackend(), SecretBackend::Keychain);
        QCOMPARE(session->secretBackend(), SecretBackend::Database);
        QVERIFY(session->secretBackendOverridden());
    }

    void userSettingsLiveOutsideTheStore()
    {
        TempStore store;
        {
            auto session = store.openSession();
            session->settings().setWindowGeometry("geometry-bytes");
            session->settings().setHeaderState(QStringLiteral("carriers"), "header-bytes");
        }
        auto session = store.openSession();
        QCOMPARE(session->settings().windowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(session->settings().headerState(QStringLiteral("carriers")), QByteArray("header-bytes"));
        QVERIFY(QFile::exists(store.filePath(QStringLiteral("user.ini"))));
    }

    void secretBackendOverrideParsing()
    {
        QVERIFY(!Session::resolveSecretBackendOverride(QString())->has_value());
        QCOMPARE(Session::resolveSecretBackendOverride(QStringLiteral("Database"))->value(), SecretBackend::Database);
        auto bad = Session::resolveSecretBackendOverride(QStringLiteral("vault"));
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage().contains(QStringLiteral("“keychain” or “database”")));
        qputenv("SMSROUTER_SECRET_STORE", "keychain");
        QCOMPARE(Session::resolveSecretBackendOverride(QString())->value(), SecretBackend::Keychain);
        qunsetenv("SMSROUTER_SECRET_STORE");
    }

    void storePathResolution()
    {
        QCOMPARE(Session::resolveStorePath(QStringLiteral("/x/option.sqlite")), QStringLiteral("/x/option.sqlite"));
        qputenv("SMSROUTER_DB", "/x/env.sqlite");
        QCOMPARE(Session::resolveStorePath(QString()), QStringLiteral("/x/env.sqlite"));
        QCOMPARE(Session::resolveStorePath(QStringLiteral("/x/option.sqlite")), QStringLiteral("/x/option.sqlite"));
        qunsetenv("SMSROUTER_DB");
        QCOMPARE(Session::resolveStorePath(QString()), Database::defaultPath());
        QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/smsrouter.sqlite")));
    }
};

SMSROUTER_TEST(TestSettings)
#include "testsettings.moc"
