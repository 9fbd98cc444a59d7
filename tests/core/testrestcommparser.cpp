// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Reading Restcomm's answers leniently, and sorting failures into the dispatcher's classes.
#include "restcomm/restcommparser.h"
#include "testprogram.h"

#include <QNetworkReply>
#include <QTest>

using Kind = RestcommError::Kind;

class TestRestcommParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheDocumentedSendAnswer()
    {
        const QByteArray json = R"({"sid": "SM5dd70f7ea54e47f1a49749debeec3f7f",
            "date_created":"Thu, 19 Nov 2015 07:21:35 -0500", "account_sid":"ACae6e420f425248d6a26948c17a9e2acf",
            "from":"+1654123987", "to":"+1321654879", "body":"This is a test from RestComm", "status":"sending",
            "direction":"outbound-api", "price":"0", "price_unit":"USD", "api_version":"2012-04-24"})";
        auto sms = restcommparser::parseSms(json);
        QVERIFY2(sms, qPrintable(sms.errorMessage()));
        QCOMPARE(sms->sid, QStringLiteral("SM5dd70f7ea54e47f1a49749debeec3f7f"));
        QCOMPARE(sms->status, QStringLiteral("sending"));
        QCOMPARE(sms->to, QStringLiteral("+1321654879"));
        QCOMPARE(sms->price, QStringLiteral("0"));
        QCOMPARE(sms->dateCreated, QDateTime(QDate(2015, 11, 19), QTime(12, 21, 35), Qt::UTC));
    }

    void missingAndOddlyTypedFieldsAreTolerated()
    {
        auto sms = restcommparser::parseSms(
            R"({"sid":"SM1","price":-0.021,"error_code":"30003","date_sent":"2015-11-19T07:21:24.000-05:00"})");
        QVERIFY(sms);
        QCOMPARE(sms->price, QStringLiteral("-0.021"));
        QCOMPARE(sms->errorCode, 30003);
        QVERIFY(sms->from.isEmpty());
        QCOMPARE(sms->dateSent, QDateTime(QDate(2015, 11, 19), QTime(12, 21, 24), Qt::UTC));
        QVERIFY(!restcommparser::parseSms("From can not be null."));
        QVERIFY(!restcommparser::parseSms(R"({"status":"sending"})"));
    }

    void listPageWithItsQuirks()
    {
        const QByteArray json = R"({"page":3,"num_pages":3,"page_size":10,"total":34,"start":"30","end":"34",
            "previous_page_uri":"/x?Page=2","next_page_uri":"null","messages":[{"sid":"SMa"},{"sid":"SMb"}]})";
        auto page = restcommparser::parseSmsPage(json);
        QVERIFY(page);
        QCOMPARE(page->total, 34);
        QCOMPARE(page->messages.size(), 2);
        QVERIFY(!page->hasNextPage());
        page->page = 2;
        QVERIFY(page->hasNextPage());
    }

    void account()
    {
        auto account = restcommparser::parseAccount(
            R"({"sid":"AC5ee3b351401804c2d064a33f762146fb","friendly_name":"Sub","status":"active","auth_token":"28f96b0fea1f9e33646f42026abdf305","email_address":"created@company.com"})");
        QVERIFY(account);
        QCOMPARE(account->status, QStringLiteral("active"));
        QCOMPARE(account->authToken, QByteArray("28f96b0fea1f9e33646f42026abdf305"));
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(restcommparser::parseRetryAfter("7", now).count(), 7000);
        QCOMPARE(restcommparser::parseRetryAfter(" 0 ", now).count(), 0);
        QCOMPARE(restcommparser::parseRetryAfter("Thu, 01 Jan 2026 12:00:30 GMT", now).count(), 30000);
        QCOMPARE(restcommparser::parseRetryAfter("soon", now).count(), 0);
        QCOMPARE(restcommparser::parseRetryAfter("", now).count(), 0);
        QCOMPARE(restcommparser::parseRetryAfter("-5", now).count(), 0);
        // Found by fuzz_restcommparser: seconds × 1000 overflowed. A broken header waits a day.
        const qint64 day = 24LL * 3600 * 1000;
        QCOMPARE(restcommparser::parseRetryAfter("9999999999999999", now).count(), day);
        QCOMPARE(restcommparser::parseRetryAfter("Fri, 01 Jan 2100 00:00:00 GMT", now).count(), day);
    }

    void classify_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("network");
        QTest::addColumn<bool>("written");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");

        const int none = QNetworkReply::NoError;
        QTest::newRow("400 plain text") << 400 << int(QNetworkReply::ContentOperationNotPermittedError) << true
                                        << QByteArray("From can not be null.") << int(Kind::MessageLevel)
                                        << "From can not be null.";
        QTest::newRow("413") << 413 << none << true << QByteArray() << int(Kind::MessageLevel) << "too large";
        QTest::newRow("401") << 401 << int(QNetworkReply::AuthenticationRequiredError) << true << QByteArray()
                             << int(Kind::CarrierLevel) << "Check the Account SID and token of carrier “UK”";
        QTest::newRow("403 inactive") << 403 << none << true << QByteArray("Provided Account is not active")
                                      << int(Kind::CarrierLevel) << "not active";
        QTest::newRow("403 permission") << 403 << none << true << QByteArray() << int(Kind::CarrierLevel)
                                        << "may not send SMS";
        QTest::newRow("403 limit") << 403 << none << true
                                   << QByteArray(R"({"message":"limit","error":"SMS_LIMIT_EXCEEDED"})")
                                   << int(Kind::Throttled) << "SMS_LIMIT_EXCEEDED";
        QTest::newRow("404") << 404 << none << true << QByteArray() << int(Kind::CarrierLevel) << "HTTP 404";
        QTest::newRow("429") << 429 << none << true << QByteArray() << int(Kind::Throttled) << "retrying after 3 s";
        QTest::newRow("503") << 503 << none << true << QByteArray() << int(Kind::Throttled) << "HTTP 503";
        QTest::newRow("500") << 500 << none << true << QByteArray("boom") << int(Kind::Ambiguous) << "looked up";
        QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << false << QByteArray()
                                 << int(Kind::NotSent) << "connection refused";
        QTest::newRow("no host") << 0 << int(QNetworkReply::HostNotFoundError) << false << QByteArray()
                                 << int(Kind::NotSent) << "not found";
        QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << false << QByteArray()
                             << int(Kind::NotSent) << "CA file";
        // Qt may not have told us yet that the request left: without proof, it may have.
        QTest::newRow("reset before Qt said it wrote") << 0 << int(QNetworkReply::RemoteHostClosedError) << false
                                                       << QByteArray() << int(Kind::Ambiguous) << "may have accepted";
        QTest::newRow("timeout before Qt said it wrote") << 0 << int(QNetworkReply::OperationCanceledError) << false
                                                         << QByteArray() << int(Kind::Ambiguous) << "looked up";
        QTest::newRow("reset after writing") << 0 << int(QNetworkReply::RemoteHostClosedError) << true << QByteArray()
                                             << int(Kind::Ambiguous) << "may have accepted";
        QTest::newRow("timeout after writing") << 0 << int(QNetworkReply::OperationCanceledError) << true
                                               << QByteArray() << int(Kind::Ambiguous) << "No answer";
        QTest::newRow("200") << 200 << none << true << QByteArray("{}") << int(Kind::None) << "";
    }

    void classify()
    {
        QFETCH(int, http);
        QFETCH(int, network);
        QFETCH(bool, written);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        const RestcommError e = restcommparser::classify(http, network, QStringLiteral("Qt's text"), written, body, "3",
                                                         QStringLiteral("UK"), now);
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QCOMPARE(e.httpStatus, http);
    }

    void onlyASubmissionSpeaksOfTheMessage_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("network");
        QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError);
        QTest::newRow("host") << 0 << int(QNetworkReply::HostNotFoundError);
        QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError);
        QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError);
        QTest::newRow("broken") << 0 << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("500") << 500 << int(QNetworkReply::InternalServerError);
    }

    void onlyASubmissionSpeaksOfTheMessage()
    {
        QFETCH(int, http);
        QFETCH(int, network);
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        auto classify = [&](restcommparser::RequestPurpose purpose) {
            return restcommparser::classify(http, network, QStringLiteral("Qt's text"), true, {}, {},
                                            QStringLiteral("UK"), now, purpose);
        };
        const RestcommError submit = classify(restcommparser::RequestPurpose::SubmitMessage);
        const RestcommError other = classify(restcommparser::RequestPurpose::Other);
        QVERIFY2(submit.message.contains(QStringLiteral("message")), qPrintable(submit.message));
        QVERIFY2(!other.message.contains(QStringLiteral("message")), qPrintable(other.message));
        QCOMPARE(other.kind, submit.kind); // the class is the same; only the words differ
    }
};

SMSROUTER_TEST(TestRestcommParser)
#include "testrestcommparser.moc"
