// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// restcomm-sim's replies from handsets (POST /sim/inbound): listed like Restcomm lists them,
// with direction inbound and status received, through the same filters and paging as sends.
#include "simprocess.h"
#include "simtestclient.h"
#include "testprogram.h"

#include <QDateTime>
#include <QTest>

class TestRestcommSimInbound : public QObject
{
    Q_OBJECT

private:
    SimTestClient m_client;

    QJsonObject list(const SimProcess &sim, const SimAccountInfo &as, const QString &query)
    {
        const auto reply = m_client.send(
            "GET", SimTestClient::url(sim, QStringLiteral("/Accounts/%1/SMS/Messages.json").arg(as.sid), query),
            as.basicAuth());
        return reply.status == 200 ? reply.json() : QJsonObject {{QStringLiteral("status"), reply.status}};
    }

private Q_SLOTS:
    void inboundIsListedAsReceived()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo carrier = SimProcess::account(QStringLiteral("carrier1"));
        const QString sid = sim.addInbound(carrier.sid, QStringLiteral("+351912345678"), QStringLiteral("SMSRouter"),
                                           QStringLiteral("STOP"));
        QVERIFY2(sid.startsWith(QLatin1String("SM")), qPrintable(sim.errorString()));
        const QJsonArray messages = list(sim, carrier, {}).value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        const QJsonObject m = messages.first().toObject();
        QCOMPARE(m.value(QStringLiteral("sid")).toString(), sid);
        QCOMPARE(m.value(QStringLiteral("direction")).toString(), QStringLiteral("inbound"));
        QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(m.value(QStringLiteral("from")).toString(), QStringLiteral("+351912345678"));
        QCOMPARE(m.value(QStringLiteral("to")).toString(), QStringLiteral("SMSRouter"));
        QCOMPARE(m.value(QStringLiteral("body")).toString(), QStringLiteral("STOP"));
        // Nothing was sent: the ledger and the other account stay empty.
        QCOMPARE(sim.readLedger().size(), 0);
        QCOMPARE(list(sim, SimProcess::account(QStringLiteral("carrier2")), {})
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .size(),
                 0);
        // The single-message fetch knows it too.
        const auto fetched = m_client.send(
            "GET", SimTestClient::url(sim, QStringLiteral("/Accounts/%1/SMS/Messages/%2.json").arg(carrier.sid, sid)),
            carrier.basicAuth());
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json().value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    }

    void statusFilterAndPagingApply()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo carrier = SimProcess::account(QStringLiteral("carrier1"));
        const QByteArray send = SimTestClient::form({{"From", QStringLiteral("SMSRouter")},
                                                     {"To", QStringLiteral("+351912345678")},
                                                     {"Body", QStringLiteral("hi")}});
        QCOMPARE(m_client.send("POST", SimTestClient::smsUrl(sim, carrier.sid), carrier.basicAuth(), send).status, 200);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!sim.addInbound(carrier.sid, QStringLiteral("+35191234567%1").arg(i), QStringLiteral("SMSRouter"),
                                    QStringLiteral("reply %1").arg(i))
                         .isEmpty());
        const QJsonObject received = list(sim, carrier, QStringLiteral("Status=received&PageSize=2"));
        QCOMPARE(received.value(QStringLiteral("total")).toInt(), 5);
        QCOMPARE(received.value(QStringLiteral("num_pages")).toInt(), 2); // pages 0..2, Restcomm's quirk
        const QJsonArray first = received.value(QStringLiteral("messages")).toArray();
        QCOMPARE(first.size(), 2);
        // Newest first: the last reply leads.
        QCOMPARE(first.at(0).toObject().value(QStringLiteral("body")).toString(), QStringLiteral("reply 4"));
        const QJsonObject last = list(sim, carrier, QStringLiteral("Status=received&PageSize=2&Page=2"));
        QCOMPARE(last.value(QStringLiteral("messages")).toArray().size(), 1);
        QCOMPARE(
            last.value(QStringLiteral("messages")).toArray().at(0).toObject().value(QStringLiteral("body")).toString(),
            QStringLiteral("reply 0"));
        QCOMPARE(list(sim, carrier, {}).value(QStringLiteral("total")).toInt(), 6); // the send is listed too
    }

    void dateSentAndStartTime()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const SimAccountInfo carrier = SimProcess::account(QStringLiteral("carrier1"));
        const QDateTime today(QDate::currentDate(), QTime(0, 0), Qt::UTC);
        const qint64 yesterday = today.addSecs(-3600).toMSecsSinceEpoch(); // 23:00 the day before
        QVERIFY(!sim.addInbound(carrier.sid, QStringLiteral("+351912345670"), QStringLiteral("S"),
                                QStringLiteral("old"), yesterday)
                     .isEmpty());
        QVERIFY(
            !sim.addInbound(carrier.sid, QStringLiteral("+351912345671"), QStringLiteral("S"), QStringLiteral("new"))
                 .isEmpty());
        const QJsonObject fromToday =
            list(sim, carrier, QStringLiteral("StartTime=") + today.date().toString(Qt::ISODate));
        QCOMPARE(fromToday.value(QStringLiteral("total")).toInt(), 1);
        const QJsonObject fromYesterday =
            list(sim, carrier, QStringLiteral("StartTime=") + today.date().addDays(-1).toString(Qt::ISODate));
        QCOMPARE(fromYesterday.value(QStringLiteral("total")).toInt(), 2);
        const QJsonObject old = fromYesterday.value(QStringLiteral("messages")).toArray().at(1).toObject();
        QCOMPARE(QDateTime::fromString(old.value(QStringLiteral("date_created")).toString(), Qt::RFC2822Date)
                     .toMSecsSinceEpoch(),
                 yesterday / 1000 * 1000);
    }

    void badInboundIsRefused()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QVERIFY(sim.addInbound(QStringLiteral("AC00000000000000000000000000000000"), QStringLiteral("+1"),
                               QStringLiteral("S"), QStringLiteral("x"))
                    .isEmpty());
        QVERIFY(sim.addInbound(SimProcess::account(QStringLiteral("carrier1")).sid, QString(), QStringLiteral("S"),
                               QStringLiteral("x"))
                    .isEmpty());
    }
};

SMSROUTER_TEST(TestRestcommSimInbound)
#include "testrestcommsiminbound.moc"
