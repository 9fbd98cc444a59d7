// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// restcomm-sim accounts: fetch (both path forms), children list, sub-account creation, updates.
#include "simprocess.h"
#include "simtestclient.h"
#include "testprogram.h"

#include <QTest>

using Client = SimTestClient;

class TestRestcommSimAccounts : public QObject
{
    Q_OBJECT

private:
    SimTestClient m_client;

    static SimAccountInfo acct(const char *name) { return SimProcess::account(QLatin1String(name)); }
    Client::Result get(const SimProcess &sim, const SimAccountInfo &as, const QString &path)
    {
        return m_client.send("GET", Client::url(sim, path), as.basicAuth());
    }
    Client::Result create(const SimProcess &sim, const QByteArray &authorization, const QByteArray &body)
    {
        return m_client.send("POST", Client::url(sim, QStringLiteral("/Accounts.json")), authorization, body);
    }

private Q_SLOTS:
    void fetchAccount_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const QString c1 = acct("carrier1").sid;
        QTest::newRow("Accounts.json/{sid}") << "carrier1" << QStringLiteral("/Accounts.json/") + c1 << 200;
        QTest::newRow("Accounts/{sid}.json") << "carrier1" << QStringLiteral("/Accounts/%1.json").arg(c1) << 200;
        QTest::newRow("by e-mail") << "carrier1" << QStringLiteral("/Accounts.json/carrier1%40sim.test") << 200;
        QTest::newRow("admin reads its child") << "admin" << QStringLiteral("/Accounts.json/") + c1 << 200;
        QTest::newRow("admin reads grandchild")
            << "admin" << QStringLiteral("/Accounts.json/") + acct("grandchild").sid << 200;
        QTest::newRow("child reads parent")
            << "carrier1" << QStringLiteral("/Accounts.json/") + acct("admin").sid << 403;
        QTest::newRow("sibling") << "carrier2" << QStringLiteral("/Accounts.json/") + c1 << 403;
        QTest::newRow("developer reads itself")
            << "developer" << QStringLiteral("/Accounts.json/") + acct("developer").sid << 200;
        QTest::newRow("unknown") << "admin" << QStringLiteral("/Accounts.json/AC0123456789abcdef0123456789abcdef")
                                 << 404;
    }

    void fetchAccount()
    {
        QFETCH(QString, caller);
        QFETCH(QString, path);
        QFETCH(int, status);
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto reply = get(sim, SimProcess::account(caller), path);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            const QJsonObject json = reply.json();
            const SimAccountInfo target = SimProcess::account(json.value(QStringLiteral("friendly_name")).toString());
            QVERIFY(path.contains(target.sid) || path.contains(target.email.section(QLatin1Char('@'), 0, 0)));
            QCOMPARE(json.value(QStringLiteral("auth_token")).toString(), target.token);
            QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
            QCOMPARE(json.value(QStringLiteral("uri")).toString(),
                     QStringLiteral("/2012-04-24/Accounts.json/") + target.sid);
            QCOMPARE(json.value(QStringLiteral("subresource_uris"))
                         .toObject()
                         .value(QStringLiteral("sms_messages"))
                         .toString(),
                     QStringLiteral("/2012-04-24/Accounts/%1/SMS/Messages.json").arg(target.sid));
        }
    }

    void listsDirectChildrenAsABareArray()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto reply = get(sim, acct("carrier1"), QStringLiteral("/Accounts.json"));
        QCOMPARE(reply.status, 200);
        const QJsonArray children = reply.jsonArray();
        QCOMPARE(children.size(), 1);
        QCOMPARE(children.first().toObject().value(QStringLiteral("sid")).toString(), acct("grandchild").sid);
        QCOMPARE(get(sim, acct("admin"), QStringLiteral("/Accounts.json")).jsonArray().size(), 5);
    }

    void createSubAccount()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo admin = acct("admin");
        // The values AccountsEndpointTest expects from a real Restcomm.
        const QByteArray body = Client::form({{"EmailAddress", QStringLiteral("Created@Company.com")},
                                              {"Password", QStringLiteral("RestComm12")},
                                              {"FriendlyName", QStringLiteral("Created")}});
        const auto reply = create(sim, admin.basicAuth(), body);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("sid")).toString(), QStringLiteral("AC5ee3b351401804c2d064a33f762146fb"));
        QCOMPARE(json.value(QStringLiteral("auth_token")).toString(),
                 QStringLiteral("28f96b0fea1f9e33646f42026abdf305"));
        QCOMPARE(json.value(QStringLiteral("email_address")).toString(), QStringLiteral("created@company.com"));
        QCOMPARE(json.value(QStringLiteral("friendly_name")).toString(), QStringLiteral("Created"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(json.value(QStringLiteral("role")).toString(), QStringLiteral("Administrator"));

        // The new account works at once, by SID + token and by e-mail + password.
        const QByteArray sms =
            Client::form({{"From", QStringLiteral("a")}, {"To", QStringLiteral("1")}, {"Body", QStringLiteral("b")}});
        const QUrl url = Client::smsUrl(sim, QStringLiteral("AC5ee3b351401804c2d064a33f762146fb"));
        QCOMPARE(m_client
                     .send("POST", url,
                           Client::basic(QStringLiteral("AC5ee3b351401804c2d064a33f762146fb"),
                                         QStringLiteral("28f96b0fea1f9e33646f42026abdf305")),
                           sms)
                     .status,
                 200);
        QCOMPARE(m_client
                     .send("POST", url,
                           Client::basic(QStringLiteral("created@company.com"), QStringLiteral("RestComm12")), sms)
                     .status,
                 200);
        // …and its parent may act for it.
        QCOMPARE(m_client.send("POST", url, admin.basicAuth(), sms).status, 200);

        const auto again = create(sim, admin.basicAuth(), body);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.body, QByteArray("The email address used for the new account is already in use."));
    }

    void createRefusals_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("weak password") << "admin" << QByteArray("EmailAddress=a%40b.com&Password=1234") << 400
                                       << QByteArray("Password too weak");
        QTest::newRow("strong symbols pass")
            << "admin" << QByteArray("EmailAddress=a%40b.com&Password=1234asdf!%40%23") << 200 << QByteArray();
        QTest::newRow("no e-mail") << "admin" << QByteArray("Password=RestComm12") << 400 << QByteArray();
        QTest::newRow("bad e-mail") << "admin" << QByteArray("EmailAddress=nobody&Password=RestComm12") << 400
                                    << QByteArray();
        QTest::newRow("no password") << "admin" << QByteArray("EmailAddress=a%40b.com") << 400 << QByteArray();
        QTest::newRow("fourth level") << "grandchild" << QByteArray("EmailAddress=a%40b.com&Password=RestComm12") << 400
                                      << QByteArray("This account is not allowed to have sub-accounts");
        QTest::newRow("child may create")
            << "carrier1" << QByteArray("EmailAddress=a%40b.com&Password=RestComm12") << 200 << QByteArray();
        QTest::newRow("developer role") << "developer" << QByteArray("EmailAddress=a%40b.com&Password=RestComm12")
                                        << 403 << QByteArray();
        QTest::newRow("flagged no-create") << "nocreate" << QByteArray("EmailAddress=a%40b.com&Password=RestComm12")
                                           << 403 << QByteArray("Creation of sub-accounts is not Allowed");
    }

    void createRefusals()
    {
        QFETCH(QString, caller);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, reply);
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto result = create(sim, SimProcess::account(caller).basicAuth(), body);
        QCOMPARE(result.status, status);
        if (!reply.isEmpty())
            QCOMPARE(result.body, reply);
    }

    void roleIsInheritedUnlessAnAdministratorSetsIt()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto byAdmin =
            create(sim, acct("admin").basicAuth(), "EmailAddress=dev2%40sim.test&Password=RestComm12&Role=Developer");
        QCOMPARE(byAdmin.json().value(QStringLiteral("role")).toString(), QStringLiteral("Developer"));
        const auto noRole =
            create(sim, acct("carrier1").basicAuth(), "EmailAddress=sub%40sim.test&Password=RestComm12");
        QCOMPARE(noRole.json().value(QStringLiteral("role")).toString(), QStringLiteral("Administrator"));
    }

    void suspendingCascadesToTheSubtree()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c1 = acct("carrier1");
        const auto update = m_client.send("POST", Client::url(sim, QStringLiteral("/Accounts.json/") + c1.sid),
                                          acct("admin").basicAuth(), "Status=suspended");
        QCOMPARE(update.status, 200);
        QCOMPARE(update.json().value(QStringLiteral("status")).toString(), QStringLiteral("suspended"));
        const QByteArray sms =
            Client::form({{"From", QStringLiteral("a")}, {"To", QStringLiteral("1")}, {"Body", QStringLiteral("b")}});
        for (const char *name : {"carrier1", "grandchild"}) {
            const SimAccountInfo account = acct(name);
            const auto reply = m_client.send("POST", Client::smsUrl(sim, account.sid), account.basicAuth(), sms);
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.body, QByteArray("Provided Account is not active"));
        }
        QCOMPARE(
            m_client.send("POST", Client::smsUrl(sim, acct("carrier2").sid), acct("carrier2").basicAuth(), sms).status,
            200);
    }

    void passwordChangeRotatesTheToken()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c1 = acct("carrier1");
        const auto update = m_client.send("PUT", Client::url(sim, QStringLiteral("/Accounts/%1.json").arg(c1.sid)),
                                          c1.basicAuth(), "Password=NewPassword1");
        QCOMPARE(update.status, 200);
        const QString token = update.json().value(QStringLiteral("auth_token")).toString();
        QVERIFY(token != c1.token);
        QCOMPARE(get(sim, c1, QStringLiteral("/Accounts.json/") + c1.sid).status, 401);
        QCOMPARE(
            m_client
                .send("GET", Client::url(sim, QStringLiteral("/Accounts.json/") + c1.sid), Client::basic(c1.sid, token))
                .status,
            200);
    }
};

SMSROUTER_TEST(TestRestcommSimAccounts)
#include "testrestcommsimaccounts.moc"
