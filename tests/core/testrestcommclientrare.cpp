// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// RestcommClient on answers a real server gives rarely and restcomm-sim does not: any 2xx is
// success, a 2xx without a SID may still be an accepted message, an HTTP-date Retry-After.
#include "fakenetworkmanager.h"
#include "restcomm/restcommclient.h"
#include "testprogram.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

using Kind = RestcommError::Kind;

class TestRestcommClientRare : public QObject
{
    Q_OBJECT

private:
    RestcommReply<SmsRecord> send(FakeNetworkManager &network, const Clock &clock)
    {
        RestcommClient client([&network](QObject *) { return &network; }, clock);
        RestcommEndpoint e;
        e.carrierName = QStringLiteral("UK");
        e.baseUrl = QStringLiteral("https://restcomm.example.com/restcomm/2012-04-24");
        e.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        e.token = "t";
        std::optional<RestcommReply<SmsRecord>> result;
        QEventLoop loop;
        client.sendSms(e,
                       {QStringLiteral("+447911123456"), QStringLiteral("R"), QStringLiteral("x"), SmsEncoding::Gsm7},
                       &loop, [&](const RestcommReply<SmsRecord> &r) {
                           result = r;
                           loop.quit();
                       });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (!result)
            loop.exec();
        return result.value_or(RestcommReply<SmsRecord> {});
    }

private Q_SLOTS:
    void anyTwoHundredIsSuccess()
    {
        FakeNetworkManager network;
        network.enqueue({201, QByteArray(R"({"sid":"SM1","status":"queued"})"), {}, {}});
        const auto reply = send(network, SystemClock::instance());
        QVERIFY(reply.ok());
        QCOMPARE(reply.httpStatus, 201);
        QCOMPARE(reply.value->status, QStringLiteral("queued"));
        QCOMPARE(network.requests().size(), 1);
    }

    void aTwoHundredWithoutSidMayStillBeAccepted()
    {
        FakeNetworkManager network;
        network.enqueue({200, QByteArray("<RestcommResponse>…</RestcommResponse>"), {}, {}});
        const auto reply = send(network, SystemClock::instance());
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error.kind, Kind::Ambiguous); // looked up, never blindly resent
    }

    void httpDateRetryAfter()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        FakeNetworkManager network;
        network.enqueue({503, QByteArray("busy"), {{"Retry-After", "Thu, 26 Nov 2026 10:01:30 GMT"}}, {}});
        const auto reply = send(network, clock);
        QCOMPARE(reply.error.kind, Kind::Throttled);
        QCOMPARE(reply.error.retryAfter, std::chrono::milliseconds(90'000));
    }

    void tooLargeIsTheMessagesFault()
    {
        FakeNetworkManager network;
        network.enqueue({413, QByteArray(), {}, {}});
        QCOMPARE(send(network, SystemClock::instance()).error.kind, Kind::MessageLevel);
    }

    void plainTextErrorWithAJsonContentType()
    {
        FakeNetworkManager network;
        network.enqueue({400, QByteArray("To can not be null."), {{"Content-Type", "application/json"}}, {}});
        const auto reply = send(network, SystemClock::instance());
        QCOMPARE(reply.error.kind, Kind::MessageLevel);
        QVERIFY(reply.error.message.contains(QStringLiteral("To can not be null.")));
    }

    void redirectIsNotFollowed()
    {
        FakeNetworkManager network;
        network.enqueue({302, QByteArray(), {{"Location", "https://elsewhere.example.com/"}}, {}});
        const auto reply = send(network, SystemClock::instance());
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error.kind, Kind::CarrierLevel);
        QCOMPARE(network.requests().first().attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }
};

SMSROUTER_TEST(TestRestcommClientRare)
#include "testrestcommclientrare.moc"
