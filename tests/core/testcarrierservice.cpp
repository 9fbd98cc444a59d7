// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CarrierService: carriers and their tokens change together or not at all.
#include "carriers/carrierservice.h"
#include "secrets/credentialvault.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/rulerepository.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QSignalSpy>
#include <QTest>

namespace {

Carrier makeCarrier(const QString &name, int n)
{
    Carrier c;
    c.name = name;
    c.accountSid = testAccountSid(n);
    return c;
}

} // namespace

class TestCarrierService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addKeepsTheTokenInTheChosenBackend()
    {
        TempStore store;
        auto session = store.openSession();
        QSignalSpy changed(&session->carriers(), &CarrierService::changed);
        auto added = session->carriers().add(makeCarrier(QStringLiteral("UK"), 1), "tok-uk\n");
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QVERIFY(added->id > 0);
        QCOMPARE(CredentialVault::backendOf(added->secretRef), QStringLiteral("keychain"));
        QCOMPARE(store.keychain().entries().size(), 1);
        QCOMPARE(store.keychain().entries().constBegin().value(), QByteArray("tok-uk"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(*session->carriers().token(*added), QByteArray("tok-uk"));
    }

    void addRefusesInvalidFieldsAndKeepsNothing()
    {
        TempStore store;
        auto session = store.openSession();
        Carrier bad = makeCarrier(QString(), 1);
        bad.accountSid = QStringLiteral("AC12");
        auto added = session->carriers().add(bad, QByteArray());
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
        QVERIFY(added.errorMessage().contains(QStringLiteral("name")));
        QVERIFY(added.errorMessage().contains(QStringLiteral("Account SID")));
        QVERIFY(added.errorMessage().contains(QStringLiteral("Auth Token")));
        QVERIFY(store.keychain().entries().isEmpty());
        QVERIFY(session->carriers().list()->isEmpty());
    }

    void duplicateNamesAreRefused()
    {
        TempStore store;
        auto session = store.openSession();
        QVERIFY(session->carriers().add(makeCarrier(QStringLiteral("UK"), 1), "a"));
        auto second = session->carriers().add(makeCarrier(QStringLiteral("uk"), 2), "b");
        QVERIFY(!second);
        QVERIFY(second.errorMessage().contains(QStringLiteral("already exists")));
        QCOMPARE(store.keychain().entries().size(), 1);
    }

    void keychainUnavailableExplainsBothOptions()
    {
        TempStore store;
        auto session = store.openSession();
        store.keychain().setAvailable(false);
        auto added = session->carriers().add(makeCarrier(QStringLiteral("UK"), 1), "tok");
        QVERIFY(!added);
        QVERIFY2(added.errorMessage().contains(QStringLiteral("keychain is not available")),
                 qPrintable(added.errorMessage()));
        if (testbackend::usesPostgres()) {
            // A server store has no database fallback to offer: only the keychain.
            QVERIFY2(!added.errorMessage().contains(QStringLiteral("--secret-store database")),
                     qPrintable(added.errorMessage()));
            QVERIFY(added.errorMessage().contains(QStringLiteral("on a server")));
            QCOMPARE(added.error().code, QStringLiteral("keychain_unavailable_on_server"));
        } else {
            QVERIFY(added.errorMessage().contains(QStringLiteral("--secret-store database")));
            QVERIFY(added.errorMessage().contains(QStringLiteral("Settings")));
        }
        QVERIFY(session->carriers().list()->isEmpty());
    }

    void databaseBackendOnlyWhenChosen()
    {
        if (testbackend::usesPostgres())
            QSKIP("a server store refuses the database token backend (TestStoreCopier covers the refusal)");
        TempStore store;
        auto session = store.openSession(SecretBackend::Database);
        store.keychain().setAvailable(false);
        auto added = session->carriers().add(makeCarrier(QStringLiteral("UK"), 1), "db-token");
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(CredentialVault::backendOf(added->secretRef), QStringLiteral("database"));
        QCOMPARE(*session->carriers().token(*added), QByteArray("db-token"));
    }

    void updateReplacesTheTokenOnlyWhenGiven()
    {
        TempStore store;
        auto session = store.openSession();
        auto added = session->carriers().add(makeCarrier(QStringLiteral("UK"), 1), "first");
        QVERIFY(added);
        Carrier changed = *added;
        changed.rateLimit = 25;
        auto updated = session->carriers().update(changed);
        QVERIFY2(updated, qPrintable(updated.errorMessage()));
        QCOMPARE(updated->secretRef, added->secretRef);
        QCOMPARE(session->carriers().find(QStringLiteral("UK"))->rateLimit, 25.0);

        auto retokened = session->carriers().update(*updated, QByteArray("second"));
        QVERIFY(retokened);
        QVERIFY(retokened->secretRef != added->secretRef);
        QCOMPARE(store.keychain().entries().size(), 1); // the old token was removed
        QCOMPARE(*session->carriers().token(*retokened), QByteArray("second"));
    }

    void setEnabledIsSaved()
    {
        TempStore store;
        auto session = store.openSession();
        auto added = session->carriers().add(makeCarrier(QStringLiteral("UK"), 1), "t");
        QVERIFY(session->carriers().setEnabled(added->id, false));
        QVERIFY(!session->carriers().find(QStringLiteral("UK"))->enabled);
    }

    void removeIsRefusedWhileRulesUseTheCarrier()
    {
        TempStore store;
        auto session = store.openSession();
        auto added = session->carriers().add(makeCarrier(QStringLiteral("UK"), 1), "t");
        Rule rule;
        rule.kind = Rule::Kind::Prefix;
        rule.value = QStringLiteral("447");
        rule.carrierId = added->id;
        auto inserted = RuleRepository(session->database()).insert(rule);
        QVERIFY(inserted);

        auto removed = session->carriers().remove(added->id);
        QVERIFY(!removed);
        QVERIFY2(removed.errorMessage().contains(QStringLiteral("#%1 prefix 447").arg(inserted->id)),
                 qPrintable(removed.errorMessage()));
        QCOMPARE(session->carriers().list()->size(), 1);
        QCOMPARE(store.keychain().entries().size(), 1);

        QVERIFY(RuleRepository(session->database()).remove(inserted->id));
        QVERIFY(session->carriers().remove(added->id));
        QVERIFY(session->carriers().list()->isEmpty());
        QVERIFY(store.keychain().entries().isEmpty());
    }

    void removeIsRefusedWhileMessagesStillNeedTheCarrier_data()
    {
        QTest::addColumn<MessageState>("state");
        QTest::addColumn<bool>("asFallback");
        QTest::addColumn<bool>("refused");
        QTest::newRow("queued") << MessageState::Queued << false << true;
        QTest::newRow("submitting") << MessageState::Submitting << false << true;
        QTest::newRow("unknown") << MessageState::Unknown << false << true;
        QTest::newRow("sent, not final") << MessageState::Sent << false << true;
        QTest::newRow("queued elsewhere, this one next") << MessageState::Queued << true << true;
        QTest::newRow("delivered") << MessageState::Delivered << false << false;
        QTest::newRow("failed") << MessageState::Failed << false << false;
    }

    void removeIsRefusedWhileMessagesStillNeedTheCarrier()
    {
        QFETCH(MessageState, state);
        QFETCH(bool, asFallback);
        QFETCH(bool, refused);
        TempStore store;
        auto session = store.openSession();
        auto other = session->carriers().add(makeCarrier(QStringLiteral("Other"), 2), "t");
        auto added = session->carriers().add(makeCarrier(QStringLiteral("UK"), 1), "t");
        Message m;
        m.to = QStringLiteral("+447911123456");
        m.from = QStringLiteral("Shop");
        m.body = QStringLiteral("Hi");
        m.state = state;
        m.carrierId = asFallback ? other->id : added->id;
        if (asFallback)
            m.fallbackCarriers = {12345, added->id};
        QVERIFY(MessageRepository(session->database()).insert(m, QStringLiteral("test")));

        auto removed = session->carriers().remove(added->id);
        QCOMPARE(!removed, refused);
        if (refused) {
            QVERIFY2(removed.errorMessage().contains(QStringLiteral("Disable it instead")),
                     qPrintable(removed.errorMessage()));
            QCOMPARE(session->carriers().list()->size(), 2);
        }
    }

    void findNamesTheMissingCarrier()
    {
        TempStore store;
        auto session = store.openSession();
        auto found = session->carriers().find(QStringLiteral("Nope"));
        QVERIFY(!found);
        QCOMPARE(found.error().kind, Error::Kind::NotFound);
        QVERIFY(found.errorMessage().contains(QStringLiteral("“Nope”")));
    }
};

SMSROUTER_TEST(TestCarrierService)
#include "testcarrierservice.moc"
