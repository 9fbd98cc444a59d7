// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The exact wire form of every Restcomm request (restcomm-api.md §1–§6).
#include "restcomm/restcommrequests.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QTest>

namespace {

RestcommEndpoint endpoint()
{
    RestcommEndpoint e;
    e.carrierName = QStringLiteral("UK");
    e.baseUrl = QStringLiteral("https://cloud.restcomm.com/restcomm/2012-04-24");
    e.accountSid = QStringLiteral("ACae6e420f425248d6a26948c17a9e2acf");
    e.token = "77f8c12cc7b8f8423e5c38b035249166";
    return e;
}

} // namespace

class TestRestcommRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlsUseTheJsonSuffixWhereEveryServerAcceptsIt()
    {
        const RestcommEndpoint e = endpoint();
        const QString base = e.baseUrl;
        QCOMPARE(restcommrequests::sendSmsUrl(e).toString(),
                 base + QStringLiteral("/Accounts/ACae6e420f425248d6a26948c17a9e2acf/SMS/Messages.json"));
        QCOMPARE(restcommrequests::smsUrl(e, QStringLiteral("SM55ce5cf07b9649c283cbacab4dae56a9")).toString(),
                 base
                     + QStringLiteral("/Accounts/ACae6e420f425248d6a26948c17a9e2acf/SMS/Messages/"
                                      "SM55ce5cf07b9649c283cbacab4dae56a9.json"));
        QCOMPARE(restcommrequests::accountUrl(e, false).toString(),
                 base + QStringLiteral("/Accounts.json/ACae6e420f425248d6a26948c17a9e2acf"));
        QCOMPARE(restcommrequests::accountUrl(e, true).toString(),
                 base + QStringLiteral("/Accounts/ACae6e420f425248d6a26948c17a9e2acf.json"));
        QCOMPARE(restcommrequests::createAccountUrl(e).toString(), base + QStringLiteral("/Accounts.json"));
    }

    void formBody_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plus travels as %2B")
            << "+351912345678"
            << "Hi" << int(SmsEncoding::Gsm7) << QByteArray("To=%2B351912345678&From=%2B15550001111&Body=Hi");
        QTest::newRow("UTF-8, space, ampersand, equals")
            << "+44"
            << "olá € 1+1=2 & more" << int(SmsEncoding::Ucs2)
            << QByteArray(
                   "To=%2B44&From=%2B15550001111&Body=ol%C3%A1%20%E2%82%AC%201%2B1%3D2%20%26%20more&Encoding=UCS-2");
        QTest::newRow("GSM-7 sends no Encoding")
            << "+44"
            << "€ [x]" << int(SmsEncoding::Gsm7) << QByteArray("To=%2B44&From=%2B15550001111&Body=%E2%82%AC%20%5Bx%5D");
        QTest::newRow("newline") << "+1"
                                 << "a\nb" << int(SmsEncoding::Gsm7)
                                 << QByteArray("To=%2B1&From=%2B15550001111&Body=a%0Ab");
    }

    void formBody()
    {
        QFETCH(QString, to);
        QFETCH(QString, body);
        QFETCH(int, encoding);
        QFETCH(QByteArray, expected);
        QCOMPARE(restcommrequests::sendSmsBody(to, QStringLiteral("+15550001111"), body, SmsEncoding(encoding)),
                 expected);
    }

    void requestHeaders()
    {
        const RestcommEndpoint e = endpoint();
        const QNetworkRequest r = restcommrequests::request(e, restcommrequests::sendSmsUrl(e), true);
        QCOMPARE(r.rawHeader("Authorization"),
                 QByteArray("Basic ")
                     + QByteArray("ACae6e420f425248d6a26948c17a9e2acf:77f8c12cc7b8f8423e5c38b035249166").toBase64());
        QCOMPARE(r.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(r.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
        QVERIFY(r.header(QNetworkRequest::UserAgentHeader).toByteArray().startsWith("SMSRouter/"));
        QCOMPARE(r.transferTimeout(), 30000);
        QCOMPARE(r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        const QNetworkRequest get =
            restcommrequests::request(e, restcommrequests::smsUrl(e, QStringLiteral("SM1")), false);
        QVERIFY(!get.header(QNetworkRequest::ContentTypeHeader).isValid());
    }

    void listUrlKeepsPlusEncoded()
    {
        SmsListQuery q;
        q.to = QStringLiteral("+447911123456");
        q.body = QStringLiteral("olá & adeus");
        q.startTime = QDate(2026, 11, 26);
        q.page = 2;
        q.pageSize = 1000;
        const QUrl url = restcommrequests::smsListUrl(endpoint(), q);
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.endsWith("/SMS/Messages.json?To=%2B447911123456&Body=ol%C3%A1%20%26%20adeus&StartTime=2026-11-"
                                  "26&Page=2&PageSize=1000"),
                 encoded.constData());
    }

    void transport_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://example.com/x" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:9/x" << true;
        QTest::newRow("http localhost") << "http://localhost:9/x" << true;
        QTest::newRow("http ::1") << "http://[::1]:9/x" << true;
        QTest::newRow("http remote") << "http://example.com/x" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/x" << false;
    }

    void transport()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const Status status = restcommrequests::checkTransport(QUrl(url), QStringLiteral("UK"));
        QCOMPARE(status.ok(), allowed);
        if (!allowed)
            QVERIFY(status.errorMessage().contains(QStringLiteral("carrier “UK”")));
    }

    void caFileIsAddedToTheTrust()
    {
        auto plain = restcommrequests::tlsConfiguration(QString());
        QVERIFY(plain);
        auto withCa = restcommrequests::tlsConfiguration(QStringLiteral(SMSROUTER_TEST_DATA "/tls/ca.pem"));
        QVERIFY2(withCa, qPrintable(withCa.errorMessage()));
        QCOMPARE(withCa->caCertificates().size(), plain->caCertificates().size() + 1);
        QVERIFY(!restcommrequests::tlsConfiguration(QStringLiteral("/nonexistent.pem")));
    }
};

SMSROUTER_TEST(TestRestcommRequests)
#include "testrestcommrequests.moc"
