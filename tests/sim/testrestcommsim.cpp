// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// restcomm-sim over loopback with a plain QNetworkAccessManager: authentication, multi-tenancy,
// form decoding, validation, status progression, list paging quirks and accounts.
#include "simprocess.h"
#include "simtestclient.h"
#include "testprogram.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using Client = SimTestClient;

class TestRestcommSim : public QObject
{
    Q_OBJECT

private:
    SimTestClient m_client;

    static SimAccountInfo acct(const char *name) { return SimProcess::account(QLatin1String(name)); }
    Client::Result post(const SimProcess &sim, const SimAccountInfo &as, const QString &target, const QByteArray &body)
    {
        return m_client.send("POST", Client::smsUrl(sim, target), as.basicAuth(), body);
    }
    Client::Result postSimple(const SimProcess &sim, const SimAccountInfo &as,
                              const QString &to = QStringLiteral("+351912345678"),
                              const QString &body = QStringLiteral("hello"))
    {
        return post(sim, as, as.sid, Client::form({{"From", QStringLiteral("SMSRouter")}, {"To", to}, {"Body", body}}));
    }
    Client::Result get(const SimProcess &sim, const SimAccountInfo &as, const QString &path, const QString &query = {})
    {
        return m_client.send("GET", Client::url(sim, path, query), as.basicAuth());
    }

private Q_SLOTS:
    void sendReturnsTheRecord()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo carrier = acct("carrier1");
        const auto reply = postSimple(sim, carrier);
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QVERIFY(QRegularExpression(QStringLiteral("^SM[0-9a-f]{32}$"))
                    .match(json.value(QStringLiteral("sid")).toString())
                    .hasMatch());
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("sending"));
        QCOMPARE(json.value(QStringLiteral("account_sid")).toString(), carrier.sid);
        QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("+351912345678"));
        QCOMPARE(json.value(QStringLiteral("direction")).toString(), QStringLiteral("outbound-api"));
        QCOMPARE(json.value(QStringLiteral("price")).toString(), QStringLiteral("0"));
        QCOMPARE(json.value(QStringLiteral("price_unit")).toString(), QStringLiteral("USD"));
        QCOMPARE(json.value(QStringLiteral("api_version")).toString(), QStringLiteral("2012-04-24"));
        QVERIFY(!json.contains(QStringLiteral("date_sent")));
        QVERIFY(!json.contains(QStringLiteral("error_code")));
        QCOMPARE(json.value(QStringLiteral("uri")).toString(),
                 QStringLiteral("/2012-04-24/Accounts/%1/SMS/Messages/%2.json")
                     .arg(carrier.sid, json.value(QStringLiteral("sid")).toString()));
        const QDateTime created =
            QDateTime::fromString(json.value(QStringLiteral("date_created")).toString(), Qt::RFC2822Date);
        QVERIFY(created.isValid());
        QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void authentication_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("status");
        const SimAccountInfo c = acct("carrier1");
        QTest::newRow("sid+token") << c.sid << c.token << 200;
        QTest::newRow("email+password") << c.email << c.password << 200;
        QTest::newRow("email+token") << c.email << c.token << 200;
        QTest::newRow("sid+password") << c.sid << c.password << 200;
        QTest::newRow("upper-case email") << c.email.toUpper() << c.password << 200;
        QTest::newRow("friendly name refused") << c.name << c.token << 401;
        QTest::newRow("wrong token") << c.sid << QStringLiteral("0123456789abcdef0123456789abcdef") << 401;
        QTest::newRow("unknown user") << QStringLiteral("AC00000000000000000000000000000000") << c.token << 401;
    }

    void authentication()
    {
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(int, status);
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const QByteArray body =
            Client::form({{"From", QStringLiteral("x")}, {"To", QStringLiteral("1")}, {"Body", QStringLiteral("b")}});
        const auto reply =
            m_client.send("POST", Client::smsUrl(sim, acct("carrier1").sid), Client::basic(user, secret), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(sim.readLedger().size(), status == 200 ? 1 : 0);
    }

    void unauthorizedCarriesTheChallenge()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto reply = m_client.send("POST", Client::smsUrl(sim, acct("carrier1").sid), QByteArray(),
                                         Client::form({{"From", QStringLiteral("x")}}));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.headers.value("www-authenticate"), QByteArray("Basic realm=\"Restcomm realm\""));
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(sim.stats().value(QStringLiteral("rejected")).toObject().value(QStringLiteral("unauthorized")).toInt(),
                 1);
    }

    void inactiveAccountIsRefused()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto reply = postSimple(sim, acct("suspended"));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.body, QByteArray("Provided Account is not active"));
    }

    void tenancy_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("status");
        QTest::newRow("self") << "carrier1"
                              << "carrier1" << 200;
        QTest::newRow("parent for child") << "admin"
                                          << "carrier1" << 200;
        QTest::newRow("grandparent for grandchild") << "admin"
                                                    << "grandchild" << 200;
        QTest::newRow("child for parent") << "carrier1"
                                          << "admin" << 403;
        QTest::newRow("sibling") << "carrier1"
                                 << "carrier2" << 403;
        QTest::newRow("other tree") << "stranger"
                                    << "carrier1" << 403;
        QTest::newRow("developer role may not send") << "developer"
                                                     << "developer" << 403;
    }

    void tenancy()
    {
        QFETCH(QString, caller);
        QFETCH(QString, target);
        QFETCH(int, status);
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo targetAccount = SimProcess::account(target);
        const auto reply = post(
            sim, SimProcess::account(caller), targetAccount.sid,
            Client::form({{"From", QStringLiteral("x")}, {"To", QStringLiteral("1")}, {"Body", QStringLiteral("b")}}));
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.json().value(QStringLiteral("account_sid")).toString(), targetAccount.sid);
            QCOMPARE(sim.readLedger().value(0).value(QStringLiteral("account_sid")).toString(), targetAccount.sid);
        } else {
            QVERIFY(reply.body.isEmpty());
            QVERIFY(sim.readLedger().isEmpty());
        }
    }

    void plusMustBePercentEncoded()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c = acct("carrier1");
        QCOMPARE(post(sim, c, c.sid, "From=Router&To=%2B351912345678&Body=1%2B1%3D2").status, 200);
        // A client that forgets %2B: the servlet turns '+' into a space.
        QCOMPARE(post(sim, c, c.sid, "From=Router&To=+351912345678&Body=1+1=2").status, 200);
        const QList<QJsonObject> ledger = sim.readLedger();
        QCOMPARE(ledger.size(), 2);
        QCOMPARE(ledger.at(0).value(QStringLiteral("to")).toString(), QStringLiteral("+351912345678"));
        QCOMPARE(ledger.at(0).value(QStringLiteral("body")).toString(), QStringLiteral("1+1=2"));
        QCOMPARE(ledger.at(1).value(QStringLiteral("to")).toString(), QStringLiteral(" 351912345678"));
        QCOMPARE(ledger.at(1).value(QStringLiteral("body")).toString(), QStringLiteral("1 1=2"));
    }

    void utf8RoundTripsIntoTheLedger()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c = acct("carrier1");
        const QString text = QStringLiteral("ol\u00e1 \u20ac & 100% = ok");
        const auto reply = post(sim, c, c.sid,
                                Client::form({{"From", QStringLiteral("Router")},
                                              {"To", QStringLiteral("+351912345678")},
                                              {"Body", text},
                                              {"Encoding", QStringLiteral("UCS-2")}}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("body")).toString(), text);
        const QJsonObject line = sim.readLedger().value(0);
        QCOMPARE(line.value(QStringLiteral("body")).toString(), text);
        QCOMPARE(line.value(QStringLiteral("encoding")).toString(), QStringLiteral("UCS-2"));
        QCOMPARE(line.value(QStringLiteral("sid")).toString(), reply.json().value(QStringLiteral("sid")).toString());
        QCOMPARE(line.value(QStringLiteral("reply")).toString(), QStringLiteral("ok"));
        QVERIFY(line.value(QStringLiteral("received_at")).toInteger() > 0);
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("no From") << QByteArray("To=1&Body=b") << 400 << QByteArray("From can not be null.");
        QTest::newRow("no To") << QByteArray("From=a&Body=b") << 400 << QByteArray("To can not be null.");
        QTest::newRow("no Body") << QByteArray("From=a&To=1") << 400 << QByteArray("Body can not be null.");
        QTest::newRow("empty values pass") << QByteArray("From=&To=&Body=") << 200 << QByteArray();
        QTest::newRow("GSM") << QByteArray("From=a&To=1&Body=b&Encoding=GSM") << 200 << QByteArray();
        QTest::newRow("UTF-8") << QByteArray("From=a&To=1&Body=b&Encoding=UTF-8") << 200 << QByteArray();
        QTest::newRow("encoding is case-sensitive")
            << QByteArray("From=a&To=1&Body=b&Encoding=ucs-2") << 500 << QByteArray();
    }

    void validation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, reply);
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c = acct("carrier1");
        const auto result = post(sim, c, c.sid, body);
        QCOMPARE(result.status, status);
        if (!reply.isEmpty())
            QCOMPARE(result.body, reply);
        QCOMPARE(sim.readLedger().size(), status == 200 ? 1 : 0);
    }

    void bodyOverTenMegabytesIs413()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c = acct("carrier1");
        QByteArray body("From=a&To=1&Body=");
        body.append(QByteArray(10'000'001 - body.size() + 1, 'x'));
        QCOMPARE(post(sim, c, c.sid, body).status, 413);
        QVERIFY(sim.readLedger().isEmpty());
    }

    void statusProgression_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("final");
        QTest::addColumn<int>("errorCode");
        QTest::newRow("delivered") << QStringList() << "delivered" << 0;
        QTest::newRow("undelivered") << QStringList {QStringLiteral("--undelivered-rate"), QStringLiteral("1")}
                                     << "undelivered" << 30003;
        QTest::newRow("failed") << QStringList {QStringLiteral("--failed-rate"), QStringLiteral("1")} << "failed"
                                << 30008;
        QTest::newRow("no receipt") << QStringList {QStringLiteral("--final-after-ms"), QStringLiteral("-1")} << "sent"
                                    << 0;
    }

    void statusProgression()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, final);
        QFETCH(int, errorCode);
        // Later options win: a row's --final-after-ms -1 overrides the default set here.
        SimProcess sim(QStringList {QStringLiteral("--sent-after-ms"), QStringLiteral("60000"),
                                    QStringLiteral("--final-after-ms"), QStringLiteral("120000")}
                       + arguments);
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c = acct("carrier1");
        const QString sid = postSimple(sim, c).json().value(QStringLiteral("sid")).toString();
        const QString path = QStringLiteral("/Accounts/%1/SMS/Messages/%2.json").arg(c.sid, sid);
        QCOMPARE(get(sim, c, path).json().value(QStringLiteral("status")).toString(), QStringLiteral("sending"));
        QVERIFY(sim.advanceClock(60000));
        const QJsonObject afterSend = get(sim, c, path).json();
        if (final == QLatin1String("failed")) {
            QCOMPARE(afterSend.value(QStringLiteral("status")).toString(), final);
        } else {
            QCOMPARE(afterSend.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
            QVERIFY(QDateTime::fromString(afterSend.value(QStringLiteral("date_sent")).toString(), Qt::ISODateWithMs)
                        .isValid());
        }
        QVERIFY(sim.advanceClock(24LL * 3600 * 1000));
        const QJsonObject last = get(sim, c, path).json();
        QCOMPARE(last.value(QStringLiteral("status")).toString(), final);
        QCOMPARE(last.contains(QStringLiteral("error_code")), errorCode != 0);
        if (errorCode != 0) {
            QVERIFY(last.value(QStringLiteral("error_code")).isDouble());
            QCOMPARE(last.value(QStringLiteral("error_code")).toInt(), errorCode);
            QVERIFY(!last.value(QStringLiteral("error_message")).toString().isEmpty());
        }
    }

    void fetchChecksOwnership()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo admin = acct("admin");
        const SimAccountInfo c1 = acct("carrier1");
        const QString sid = postSimple(sim, c1).json().value(QStringLiteral("sid")).toString();
        const QString onC1 = QStringLiteral("/Accounts/%1/SMS/Messages/%2.json").arg(c1.sid, sid);
        QCOMPARE(get(sim, admin, onC1).status, 200);
        QCOMPARE(
            get(sim, admin, QStringLiteral("/Accounts/%1/SMS/Messages/%2.json").arg(acct("carrier2").sid, sid)).status,
            403);
        QCOMPARE(get(sim, acct("carrier2"), onC1).status, 403);
        QCOMPARE(get(sim, c1,
                     QStringLiteral("/Accounts/%1/SMS/Messages/SM00000000000000000000000000000000.json").arg(c1.sid))
                     .status,
                 404);
    }

    void jsonIsChosenLikeAcceptFilter()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c = acct("carrier1");
        const QUrl bare = Client::url(sim, QStringLiteral("/Accounts/%1/SMS/Messages").arg(c.sid));
        const QByteArray body =
            Client::form({{"From", QStringLiteral("a")}, {"To", QStringLiteral("1")}, {"Body", QStringLiteral("b")}});
        QCOMPARE(m_client.send("POST", bare, c.basicAuth(), body).status, 406);
        SimTestClient::Options json;
        json.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        QCOMPARE(m_client.send("POST", bare, c.basicAuth(), body, json).status, 200);
    }

    void listPagingQuirks()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c = acct("carrier1");
        for (int i = 0; i < 34; ++i)
            QCOMPARE(postSimple(sim, c, QStringLiteral("+4477009000%1").arg(i, 2, 10, QLatin1Char('0'))).status, 200);
        const QString path = QStringLiteral("/Accounts/%1/SMS/Messages.json").arg(c.sid);
        const QString uri = sim.baseUrl().path() + QStringLiteral("/Accounts/%1/SMS/Messages").arg(c.sid);

        const QJsonObject first = get(sim, c, path, QStringLiteral("PageSize=10")).json();
        QCOMPARE(first.value(QStringLiteral("total")).toInt(), 34);
        QCOMPARE(first.value(QStringLiteral("num_pages")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("page_size")).toInt(), 10);
        QCOMPARE(first.value(QStringLiteral("start")).toString(), QStringLiteral("0"));
        QCOMPARE(first.value(QStringLiteral("end")).toString(), QStringLiteral("9"));
        QCOMPARE(first.value(QStringLiteral("previous_page_uri")).toString(), QStringLiteral("null"));
        QVERIFY(first.value(QStringLiteral("next_page_uri"))
                    .toString()
                    .startsWith(uri + QStringLiteral("?Page=1&PageSize=10&AfterSid=SM")));
        QCOMPARE(first.value(QStringLiteral("last_page_uri")).toString(), uri + QStringLiteral("?Page=3&PageSize=10"));
        QCOMPARE(first.value(QStringLiteral("messages")).toArray().size(), 10);
        // Newest first by default.
        QCOMPARE(
            first.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("to")).toString(),
            QStringLiteral("+447700900033"));

        const QJsonObject last = get(sim, c, path, QStringLiteral("PageSize=10&Page=3")).json();
        QCOMPARE(last.value(QStringLiteral("messages")).toArray().size(), 4);
        QCOMPARE(last.value(QStringLiteral("start")).toString(), QStringLiteral("30"));
        QCOMPARE(last.value(QStringLiteral("end")).toString(), QStringLiteral("34"));
        QCOMPARE(last.value(QStringLiteral("next_page_uri")).toString(), QStringLiteral("null"));
        QCOMPARE(last.value(QStringLiteral("previous_page_uri")).toString(),
                 uri + QStringLiteral("?Page=2&PageSize=10"));
        QCOMPARE(get(sim, c, path, QStringLiteral("PageSize=10&Page=4")).status, 400);
        QCOMPARE(get(sim, c, path).json().value(QStringLiteral("page_size")).toInt(), 50);
    }

    void listFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("total");
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QTest::newRow("all") << QString() << 200 << 5;
        QTest::newRow("To with %2B and %") << QStringLiteral("To=%2B351%25") << 200 << 2;
        QTest::newRow("To suffix (leading % added)") << QStringLiteral("To=912345678") << 200 << 1;
        QTest::newRow("To user wildcard") << QStringLiteral("To=4477%25") << 200 << 1;
        QTest::newRow("raw + is a space") << QStringLiteral("To=+351%25") << 200 << 0;
        QTest::newRow("From") << QStringLiteral("From=Shop") << 200 << 1;
        QTest::newRow("Body contains") << QStringLiteral("Body=lo w") << 200 << 1;
        QTest::newRow("Status") << QStringLiteral("Status=sending") << 200 << 5;
        QTest::newRow("Status none") << QStringLiteral("Status=delivered") << 200 << 0;
        QTest::newRow("StartTime today") << QStringLiteral("StartTime=") + today.toString(Qt::ISODate) << 200 << 5;
        QTest::newRow("StartTime trailing text")
            << QStringLiteral("StartTime=") + today.toString(Qt::ISODate) + QStringLiteral("%2000:00:00.000") << 200
            << 5;
        QTest::newRow("StartTime tomorrow")
            << QStringLiteral("StartTime=") + today.addDays(1).toString(Qt::ISODate) << 200 << 0;
        QTest::newRow("EndTime inclusive") << QStringLiteral("EndTime=") + today.toString(Qt::ISODate) << 200 << 5;
        QTest::newRow("EndTime yesterday")
            << QStringLiteral("EndTime=") + today.addDays(-1).toString(Qt::ISODate) << 200 << 0;
        QTest::newRow("bad EndTime") << QStringLiteral("EndTime=yesterday") << 400 << -1;
        QTest::newRow("SortBy") << QStringLiteral("SortBy=To:asc") << 200 << 5;
        QTest::newRow("bad SortBy") << QStringLiteral("SortBy=Nope") << 400 << -1;
        QTest::newRow("bad sort direction") << QStringLiteral("SortBy=To:up") << 400 << -1;
        QTest::newRow("SubAccounts") << QStringLiteral("SubAccounts=true") << 200 << 6;
    }

    void listFilters()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(int, total);
        SimProcess sim({QStringLiteral("--sent-after-ms"), QStringLiteral("3600000"),
                        QStringLiteral("--final-after-ms"), QStringLiteral("7200000")});
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c = acct("carrier1");
        const std::pair<const char *, const char *> messages[] = {
            {"+351912345678", "hello world"}, {"+351961111111", "bye"}, {"+447700900123", "x"}, {"4915100000", "y"}};
        for (const auto &[to, body] : messages)
            QCOMPARE(postSimple(sim, c, QLatin1String(to), QLatin1String(body)).status, 200);
        QCOMPARE(
            post(sim, c, c.sid,
                 Client::form(
                     {{"From", QStringLiteral("Shop")}, {"To", QStringLiteral("1")}, {"Body", QStringLiteral("z")}}))
                .status,
            200);
        QCOMPARE(postSimple(sim, acct("grandchild")).status, 200);
        const auto reply = get(sim, c, QStringLiteral("/Accounts/%1/SMS/Messages.json").arg(c.sid), query);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.json().value(QStringLiteral("total")).toInt(), total);
            QCOMPARE(reply.json().value(QStringLiteral("messages")).toArray().size(), total);
        }
    }

    void sortByTo()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo c = acct("carrier1");
        for (const char *to : {"+3", "+1", "+2"})
            QCOMPARE(postSimple(sim, c, QLatin1String(to)).status, 200);
        const QString path = QStringLiteral("/Accounts/%1/SMS/Messages.json").arg(c.sid);
        auto order = [&](const QString &query) {
            QStringList result;
            for (const QJsonValue &m : get(sim, c, path, query).json().value(QStringLiteral("messages")).toArray())
                result.append(m.toObject().value(QStringLiteral("to")).toString());
            return result;
        };
        QCOMPARE(order(QStringLiteral("SortBy=To")),
                 (QStringList {QStringLiteral("+1"), QStringLiteral("+2"), QStringLiteral("+3")}));
        QCOMPARE(order(QStringLiteral("SortBy=To:desc")),
                 (QStringList {QStringLiteral("+3"), QStringLiteral("+2"), QStringLiteral("+1")}));
        QCOMPARE(order(QStringLiteral("SortBy=DateCreated:asc")),
                 (QStringList {QStringLiteral("+3"), QStringLiteral("+1"), QStringLiteral("+2")}));
    }
};

SMSROUTER_TEST(TestRestcommSim)
#include "testrestcommsim.moc"
