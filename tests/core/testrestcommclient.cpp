// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// RestcommClient against the real restcomm-sim over loopback: the wire form arrives exactly as
// Restcomm expects it, and each error class comes from a real response.
#include "restcomm/restcommclient.h"
#include "simprocess.h"
#include "testprogram.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Kind = RestcommError::Kind;

namespace {

RestcommEndpoint endpointFor(const SimProcess &sim, const QString &accountName, const QString &carrierName = {})
{
    const SimAccountInfo account = SimProcess::account(accountName);
    RestcommEndpoint e;
    e.carrierName = carrierName.isEmpty() ? accountName : carrierName;
    e.baseUrl = sim.baseUrl().toString();
    e.accountSid = account.sid;
    e.token = account.token.toLatin1();
    e.timeout = std::chrono::seconds(5);
    return e;
}

/// Runs one asynchronous call to its end in a local event loop (bounded), returns its reply.
template<typename T, typename Call>
RestcommReply<T> wait(Call call)
{
    std::optional<RestcommReply<T>> result;
    QEventLoop loop;
    QObject context;
    call(&context, [&](const RestcommReply<T> &reply) {
        result = reply;
        loop.quit();
    });
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    return result.value_or(RestcommReply<T> {});
}

} // namespace

class TestRestcommClient : public QObject
{
    Q_OBJECT

private:
    RestcommClient m_client {network::system()}; // real managers, one per CA file

    RestcommReply<SmsRecord> send(const RestcommEndpoint &e, const SmsSubmission &sms)
    {
        return wait<SmsRecord>([&](QObject *ctx, auto done) { m_client.sendSms(e, sms, ctx, done); });
    }

private Q_SLOTS:
    void plusAndUnicodeArriveIntact()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const RestcommEndpoint e = endpointFor(sim, QStringLiteral("carrier1"));
        auto reply = send(e,
                          {QStringLiteral("+351912345678"), QStringLiteral("+15550001111"),
                           QStringLiteral("olá € 1+1=2 & more"), SmsEncoding::Ucs2});
        QVERIFY2(reply.ok(), qPrintable(reply.error.message));
        QCOMPARE(reply.httpStatus, 200);
        QVERIFY(reply.value->sid.startsWith(QStringLiteral("SM")));
        QCOMPARE(reply.value->status, QStringLiteral("sending"));

        const QList<QJsonObject> ledger = sim.readLedger();
        QCOMPARE(ledger.size(), 1);
        const QJsonObject sent = ledger.first();
        QCOMPARE(sent.value(QStringLiteral("to")).toString(), QStringLiteral("+351912345678"));
        QCOMPARE(sent.value(QStringLiteral("from")).toString(), QStringLiteral("+15550001111"));
        QCOMPARE(sent.value(QStringLiteral("body")).toString(), QStringLiteral("olá € 1+1=2 & more"));
        QCOMPARE(sent.value(QStringLiteral("encoding")).toString(), QStringLiteral("UCS-2"));
        QCOMPARE(sent.value(QStringLiteral("account_sid")).toString(), e.accountSid);
        QCOMPARE(sent.value(QStringLiteral("sid")).toString(), reply.value->sid);
    }

    void gsmTextSendsNoEncoding()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        auto reply = send(endpointFor(sim, QStringLiteral("carrier1")),
                          {QStringLiteral("+447911123456"), QStringLiteral("SMSRouter"),
                           QStringLiteral("Price: 5€ [x]"), SmsEncoding::Gsm7});
        QVERIFY2(reply.ok(), qPrintable(reply.error.message));
        const QJsonObject sent = sim.readLedger().first();
        QCOMPARE(sent.value(QStringLiteral("encoding")).toString(), QStringLiteral("GSM"));
        QCOMPARE(sent.value(QStringLiteral("body")).toString(), QStringLiteral("Price: 5€ [x]"));
    }

    void errorClassesFromRealResponses_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QByteArray>("token"); // empty: the account's own
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("simArguments");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("says");

        QTest::newRow("400 missing From") << "carrier1" << QByteArray() << "" << QStringList {}
                                          << int(Kind::MessageLevel) << 400 << "From can not be null.";
        QTest::newRow("401 wrong token") << "carrier1" << QByteArray("0123") << "S" << QStringList {}
                                         << int(Kind::CarrierLevel) << 401 << "Check the Account SID and token";
        QTest::newRow("403 suspended") << "suspended" << QByteArray() << "S" << QStringList {}
                                       << int(Kind::CarrierLevel) << 403 << "not active";
        QTest::newRow("403 developer may not send") << "developer" << QByteArray() << "S" << QStringList {}
                                                    << int(Kind::CarrierLevel) << 403 << "may not send SMS";
        QTest::newRow("429 with Retry-After") << "carrier1" << QByteArray() << "S"
                                              << QStringList {QStringLiteral("--throttle-rate"), QStringLiteral("1"),
                                                              QStringLiteral("--retry-after"), QStringLiteral("7")}
                                              << int(Kind::Throttled) << 429 << "retrying after 7 s";
        QTest::newRow("403 SMS_LIMIT_EXCEEDED")
            << "carrier1" << QByteArray() << "S"
            << QStringList {QStringLiteral("--throttle-rate"), QStringLiteral("1"), QStringLiteral("--throttle-reply"),
                            QStringLiteral("403")}
            << int(Kind::Throttled) << 403 << "SMS_LIMIT_EXCEEDED";
        QTest::newRow("500") << "carrier1" << QByteArray() << "S"
                             << QStringList {QStringLiteral("--error-rate"), QStringLiteral("1")}
                             << int(Kind::Ambiguous) << 500 << "may or may not have";
        QTest::newRow("reset after the request")
            << "carrier1" << QByteArray() << "S" << QStringList {QStringLiteral("--reset-rate"), QStringLiteral("1")}
            << int(Kind::Ambiguous) << 0 << "may have accepted";
        QTest::newRow("hang until the timeout")
            << "carrier1" << QByteArray() << "S" << QStringList {QStringLiteral("--hang-rate"), QStringLiteral("1")}
            << int(Kind::Ambiguous) << 0 << "No answer";
    }

    void errorClassesFromRealResponses()
    {
        QFETCH(QString, account);
        QFETCH(QByteArray, token);
        QFETCH(QString, from);
        QFETCH(QStringList, simArguments);
        QFETCH(int, kind);
        QFETCH(int, http);
        QFETCH(QString, says);

        SimProcess sim(simArguments);
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        RestcommEndpoint e = endpointFor(sim, account, QStringLiteral("UK"));
        if (!token.isEmpty())
            e.token = token;
        // Short only where the sim never answers: an answering sim starved on a loaded machine
        // must not turn a 400 into "no answer".
        e.timeout = simArguments.contains(QStringLiteral("--hang-rate")) ? std::chrono::milliseconds(1500)
                                                                         : std::chrono::milliseconds(30'000);
        auto reply = send(e, {QStringLiteral("+447911123456"), from, QStringLiteral("hello"), SmsEncoding::Gsm7});
        QVERIFY(!reply.ok());
        QCOMPARE(int(reply.error.kind), kind);
        QCOMPARE(reply.error.httpStatus, http);
        QVERIFY2(reply.error.message.contains(says), qPrintable(reply.error.message));
        QVERIFY(!reply.error.message.contains(QString::fromLatin1(e.token)));
        if (http == 429)
            QCOMPARE(reply.error.retryAfter, std::chrono::milliseconds(7000));
    }

    void aResetRequestIsNeverResentByQt()
    {
        // Qt 6.4 resends a request whose connection closes before any answer; for a POST that
        // Restcomm already accepted that would bill the message twice.
        SimProcess sim({QStringLiteral("--reset-rate"), QStringLiteral("1")});
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        for (int i = 0; i < 5; ++i) {
            auto reply = send(
                endpointFor(sim, QStringLiteral("carrier1")),
                {QStringLiteral("+4479111234%1").arg(i), QStringLiteral("S"), QStringLiteral("x"), SmsEncoding::Gsm7});
            QCOMPARE(reply.error.kind, Kind::Ambiguous);
        }
        QCOMPARE(sim.readLedger().size(), 5);
    }

    void nothingListeningIsNotSent()
    {
        // Bound but never listening: connections are refused, and no other test running in
        // parallel can start a server on the port meanwhile.
        QTcpSocket holder;
        QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
        const quint16 port = holder.localPort();
        RestcommEndpoint e;
        e.carrierName = QStringLiteral("UK");
        e.baseUrl = QStringLiteral("http://127.0.0.1:%1/restcomm/2012-04-24").arg(port);
        e.accountSid = SimProcess::account(QStringLiteral("carrier1")).sid;
        e.token = "t";
        auto reply = send(e, {QStringLiteral("+44"), QStringLiteral("S"), QStringLiteral("x"), SmsEncoding::Gsm7});
        QCOMPARE(reply.error.kind, Kind::NotSent);
        QVERIFY(reply.error.message.contains(QStringLiteral("(connection refused); the message was not sent")));

        // A connection test sent no message: it says what it found, and nothing about one.
        auto test = wait<AccountRecord>([&](QObject *ctx, auto done) { m_client.fetchAccount(e, ctx, done); });
        QCOMPARE(test.error.kind, Kind::NotSent);
        QCOMPARE(test.error.message,
                 QStringLiteral("Nothing answers at the address of carrier “UK” (connection refused). Check its base "
                                "URL."));
    }

    void plainHttpToARemoteHostIsRefusedBeforeConnecting()
    {
        RestcommEndpoint e;
        e.carrierName = QStringLiteral("UK");
        e.baseUrl = QStringLiteral("http://restcomm.example.com/restcomm/2012-04-24");
        e.accountSid = SimProcess::account(QStringLiteral("carrier1")).sid;
        e.token = "t";
        auto reply = send(e, {QStringLiteral("+44"), QStringLiteral("S"), QStringLiteral("x"), SmsEncoding::Gsm7});
        QCOMPARE(reply.error.kind, Kind::NotSent);
        QVERIFY(reply.error.message.contains(QStringLiteral("only https://")));
    }

    void fetchAndListWithPagingQuirks()
    {
        SimProcess sim({QStringLiteral("--sent-after-ms"), QStringLiteral("100"), QStringLiteral("--final-after-ms"),
                        QStringLiteral("1000")});
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const RestcommEndpoint e = endpointFor(sim, QStringLiteral("carrier1"));
        QString firstSid;
        for (int i = 0; i < 34; ++i) {
            auto r = send(e,
                          {QStringLiteral("+4479111234%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("S"),
                           QStringLiteral("n%1").arg(i), SmsEncoding::Gsm7});
            QVERIFY(r.ok());
            if (i == 0)
                firstSid = r.value->sid;
        }
        QVERIFY(sim.advanceClock(5000));
        auto fetched = wait<SmsRecord>([&](QObject *ctx, auto done) { m_client.fetchSms(e, firstSid, ctx, done); });
        QVERIFY2(fetched.ok(), qPrintable(fetched.error.message));
        QCOMPARE(fetched.value->status, QStringLiteral("delivered"));

        SmsListQuery q;
        q.pageSize = 10;
        q.page = 3;
        auto last = wait<SmsPage>([&](QObject *ctx, auto done) { m_client.listSms(e, q, ctx, done); });
        QVERIFY2(last.ok(), qPrintable(last.error.message));
        QCOMPARE(last.value->total, 34);
        QCOMPARE(last.value->numPages, 3);
        QCOMPARE(last.value->messages.size(), 4);
        QVERIFY(!last.value->hasNextPage());

        q.page = 0;
        q.to = QStringLiteral("+447911123407"); // '+' must survive the query string
        auto one = wait<SmsPage>([&](QObject *ctx, auto done) { m_client.listSms(e, q, ctx, done); });
        QVERIFY(one.ok());
        QCOMPARE(one.value->total, 1);
        QCOMPARE(one.value->messages.first().body, QStringLiteral("n7"));

        auto missing = wait<SmsRecord>([&](QObject *ctx, auto done) {
            m_client.fetchSms(e, QStringLiteral("SM00000000000000000000000000000000"), ctx, done);
        });
        QCOMPARE(missing.error.kind, Kind::CarrierLevel);
        QCOMPARE(missing.error.httpStatus, 404);
    }

    void credentialTest()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        auto ok = wait<AccountRecord>([&](QObject *ctx, auto done) {
            m_client.fetchAccount(endpointFor(sim, QStringLiteral("carrier1")), ctx, done);
        });
        QVERIFY2(ok.ok(), qPrintable(ok.error.message));
        QCOMPARE(ok.value->status, QStringLiteral("active"));
        QCOMPARE(ok.value->sid, SimProcess::account(QStringLiteral("carrier1")).sid);

        RestcommEndpoint bad = endpointFor(sim, QStringLiteral("carrier1"), QStringLiteral("UK"));
        bad.token = "wrong";
        auto refused = wait<AccountRecord>([&](QObject *ctx, auto done) { m_client.fetchAccount(bad, ctx, done); });
        QCOMPARE(refused.error.kind, Kind::CarrierLevel);
        QCOMPARE(refused.error.httpStatus, 401);
    }

    void subAccountCreation()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const RestcommEndpoint parent = endpointFor(sim, QStringLiteral("carrier1"), QStringLiteral("Parent"));
        auto create = [&](const RestcommEndpoint &as, const QString &email, const QByteArray &password) {
            return wait<AccountRecord>([&](QObject *ctx, auto done) {
                m_client.createSubAccount(as, email, password, QStringLiteral("Sub"), ctx, done);
            });
        };
        auto created = create(parent, QStringLiteral("Created@Company.com"), "RestComm12");
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value->sid, QStringLiteral("AC5ee3b351401804c2d064a33f762146fb"));
        QCOMPARE(created.value->authToken, QByteArray("28f96b0fea1f9e33646f42026abdf305"));

        auto again = create(parent, QStringLiteral("created@company.com"), "RestComm12");
        QCOMPARE(again.error.httpStatus, 409);
        QVERIFY(again.error.message.contains(QStringLiteral("already used")));
        auto weak = create(parent, QStringLiteral("weak@company.com"), "1234");
        QCOMPARE(weak.error.httpStatus, 400);
        QVERIFY(weak.error.message.contains(QStringLiteral("stronger password")));
        auto forbidden = create(endpointFor(sim, QStringLiteral("nocreate"), QStringLiteral("Parent")),
                                QStringLiteral("x@company.com"), "RestComm12");
        QCOMPARE(forbidden.error.httpStatus, 403);
        QVERIFY(forbidden.error.message.contains(QStringLiteral("may not create sub-accounts")));
    }

    void selfSignedTlsNeedsItsCaFile()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed (scripts/bootstrap.sh installs it)");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60'000));
        QCOMPARE(openssl.exitCode(), 0);

        SimProcess sim({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("https"));
        RestcommEndpoint e = endpointFor(sim, QStringLiteral("carrier1"), QStringLiteral("UK"));
        const SmsSubmission sms {QStringLiteral("+44"), QStringLiteral("S"), QStringLiteral("x"), SmsEncoding::Gsm7};

        auto untrusted = send(e, sms);
        QCOMPARE(untrusted.error.kind, Kind::NotSent);
        QVERIFY2(untrusted.error.message.contains(QStringLiteral("TLS handshake")),
                 qPrintable(untrusted.error.message));
        QCOMPARE(sim.readLedger().size(), 0);

        e.caFile = cert;
        auto trusted = send(e, sms);
        QVERIFY2(trusted.ok(), qPrintable(trusted.error.message));
        QCOMPARE(sim.readLedger().size(), 1);
    }
};

SMSROUTER_TEST(TestRestcommClient)
#include "testrestcommclient.moc"
