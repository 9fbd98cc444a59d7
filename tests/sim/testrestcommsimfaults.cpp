// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// restcomm-sim fault switches, rate limit, run-time control API, latency without blocking, TLS
// and the command-line guard rails.
#include "simprocess.h"
#include "simtestclient.h"
#include "testprogram.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Client = SimTestClient;

namespace {

QByteArray smsBody(int n = 0)
{
    return Client::form({{"From", QStringLiteral("Router")},
                         {"To", QStringLiteral("+3519123456%1").arg(n, 2, 10, QLatin1Char('0'))},
                         {"Body", QStringLiteral("fault test")}});
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *a : list)
        result.append(QLatin1String(a));
    return result;
}

} // namespace

class TestRestcommSimFaults : public QObject
{
    Q_OBJECT

private:
    SimTestClient m_client;
    SimAccountInfo m_carrier = SimProcess::account(QStringLiteral("carrier1"));

    Client::Result send(const SimProcess &sim, int n = 0, SimTestClient::Options options = SimTestClient::Options())
    {
        if (sim.isTls() && !options.ssl)
            options.ssl = sim.sslConfiguration();
        return m_client.send("POST", Client::smsUrl(sim, m_carrier.sid), m_carrier.basicAuth(), smsBody(n), options);
    }

private Q_SLOTS:
    void errorRate()
    {
        SimProcess sim(args({"--error-rate", "1"}));
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto reply = send(sim);
        QCOMPARE(reply.status, 500);
        QVERIFY(reply.headers.value("content-type").startsWith("text/plain"));
        QVERIFY(!reply.body.isEmpty());
        QVERIFY(sim.readLedger().isEmpty());
        QCOMPARE(sim.stats().value(QStringLiteral("rejected")).toObject().value(QStringLiteral("error")).toInt(), 1);
    }

    void throttleWith429()
    {
        SimProcess sim(args({"--throttle-rate", "1", "--retry-after", "7"}));
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto reply = send(sim);
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.headers.value("retry-after"), QByteArray("7"));
        QVERIFY(sim.readLedger().isEmpty());
    }

    void throttleWith403SmsLimitExceeded()
    {
        SimProcess sim(args({"--throttle-rate", "1", "--throttle-reply", "403"}));
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto reply = send(sim);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QStringLiteral("SMS_LIMIT_EXCEEDED"));
        QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
    }

    void hangAcceptsButNeverAnswers()
    {
        SimProcess sim(args({"--hang-rate", "1"}));
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        SimTestClient::Options options;
        // Long enough for a starved sim to read the request before the client gives up.
        options.timeoutMs = 3000;
        const auto reply = send(sim, 0, options);
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.error == QNetworkReply::OperationCanceledError || reply.error == QNetworkReply::TimeoutError,
                 qPrintable(QString::number(reply.error)));
        const QList<QJsonObject> ledger = sim.readLedger();
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first().value(QStringLiteral("reply")).toString(), QStringLiteral("hang"));
        QCOMPARE(sim.stats().value(QStringLiteral("hung")).toInt(), 1);
    }

    void resetAcceptsThenClosesTheConnection()
    {
        SimProcess sim(args({"--reset-rate", "1"}));
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const auto reply = send(sim);
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError
                     || reply.error == QNetworkReply::UnknownNetworkError,
                 qPrintable(QString::number(reply.error)));
        // Every line is an accepted message with reply "reset". QNAM may resend a request whose
        // connection closed before any answer, so one client call can leave more than one line:
        // exactly the double-send hazard the dispatcher has to reconcile.
        const QList<QJsonObject> ledger = sim.readLedger();
        QVERIFY(!ledger.isEmpty());
        for (const QJsonObject &line : ledger)
            QCOMPARE(line.value(QStringLiteral("reply")).toString(), QStringLiteral("reset"));
        QCOMPARE(sim.stats().value(QStringLiteral("reset")).toInt(), ledger.size());
    }

    void seededFaultsRepeat()
    {
        auto run = [this] {
            SimProcess sim(args({"--error-rate", "0.3", "--throttle-rate", "0.2", "--seed", "42"}));
            if (!sim.start())
                return QList<int>();
            QList<int> statuses;
            for (int i = 0; i < 40; ++i)
                statuses.append(send(sim, i).status);
            return statuses;
        };
        const QList<int> first = run();
        QCOMPARE(first.size(), 40);
        QCOMPARE(run(), first);
        QVERIFY(first.contains(200));
        QVERIFY(first.contains(500));
        QVERIFY(first.contains(429));
    }

    void rateLimitPerAccountFollowsTheSimClock()
    {
        // Frozen: four sends taking over a second on a loaded machine stay in one window.
        SimProcess sim(args({"--rate-limit", "3", "--frozen-clock"}));
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(send(sim, i).status, 200);
        QCOMPARE(send(sim, 3).status, 429);
        // Another account has its own window.
        const SimAccountInfo other = SimProcess::account(QStringLiteral("carrier2"));
        QCOMPARE(m_client.send("POST", Client::smsUrl(sim, other.sid), other.basicAuth(), smsBody()).status, 200);
        QVERIFY(sim.advanceClock(1000));
        QCOMPARE(send(sim, 4).status, 200);
        QCOMPARE(sim.stats().value(QStringLiteral("rejected")).toObject().value(QStringLiteral("rate_limited")).toInt(),
                 1);
    }

    void faultsChangeAtRunTime()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QCOMPARE(send(sim).status, 200);
        QVERIFY(sim.setFaults({{QStringLiteral("error_rate"), 1}}));
        QCOMPARE(sim.faults().value(QStringLiteral("error_rate")).toDouble(), 1.0);
        QCOMPARE(send(sim).status, 500);
        QVERIFY(sim.setFaults({{QStringLiteral("error_rate"), 0},
                               {QStringLiteral("throttle_reply"), QStringLiteral("403")},
                               {QStringLiteral("throttle_rate"), 1}}));
        QCOMPARE(send(sim).status, 403);
        QVERIFY(!sim.setFaults({{QStringLiteral("no_such_switch"), 1}}));
        QVERIFY(sim.errorString().contains(QLatin1String("no_such_switch")));
        QVERIFY(!sim.setFaults({{QStringLiteral("error_rate"), 0.8}, {QStringLiteral("hang_rate"), 0.8}}));
        QCOMPARE(sim.faults().value(QStringLiteral("throttle_rate")).toDouble(), 1.0);
    }

    void statsCountEveryOutcome()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QCOMPARE(send(sim).status, 200);
        QCOMPARE(m_client.send("POST", Client::smsUrl(sim, m_carrier.sid), m_carrier.basicAuth(), "To=1&Body=b").status,
                 400);
        QCOMPARE(m_client.send("POST", Client::smsUrl(sim, m_carrier.sid), QByteArray(), smsBody()).status, 401);
        const QJsonObject stats = sim.stats();
        QCOMPARE(stats.value(QStringLiteral("accepted")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("messages")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("rejected")).toObject().value(QStringLiteral("bad_request")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("rejected")).toObject().value(QStringLiteral("unauthorized")).toInt(), 1);
        QVERIFY(stats.value(QStringLiteral("requests")).toInt() >= 3);
    }

    void latencyDelaysWithoutBlocking()
    {
        // Long enough that the health answer comes first even on a starved machine.
        SimProcess sim(args({"--latency-ms", "2000"}));
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QNetworkAccessManager network;
        QNetworkRequest slowRequest(Client::smsUrl(sim, m_carrier.sid));
        slowRequest.setRawHeader("Authorization", m_carrier.basicAuth());
        slowRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> slow(network.post(slowRequest, smsBody()));
        QSignalSpy slowDone(slow.get(), &QNetworkReply::finished);
        // The control API is not delayed, and answers while the send is still waiting.
        QUrl health = sim.rootUrl();
        health.setPath(QStringLiteral("/sim/health"));
        std::unique_ptr<QNetworkReply> fast(network.get(QNetworkRequest(health)));
        QSignalSpy fastDone(fast.get(), &QNetworkReply::finished);
        QVERIFY(fastDone.wait(30'000));
        QVERIFY(!slow->isFinished());
        QVERIFY(!slowDone.isEmpty() || slowDone.wait(30'000));
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(timer.elapsed() >= 2000);
    }

    void servesTlsWithItsCertificate()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed: cannot make a test certificate (apt-get install openssl)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess make;
        make.start(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(make.waitForFinished(30000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());

        SimProcess sim({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QCOMPARE(sim.rootUrl().scheme(), QStringLiteral("https"));
        // Without trusting the sim's certificate the client must fail closed. (A fresh client:
        // QNAM would reuse an already trusted connection.)
        SimTestClient fresh;
        SimTestClient::Options untrusted;
        untrusted.ssl = QSslConfiguration::defaultConfiguration();
        const auto refused =
            fresh.send("POST", Client::smsUrl(sim, m_carrier.sid), m_carrier.basicAuth(), smsBody(), untrusted);
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(sim.readLedger().isEmpty());
        const auto trusted = send(sim);
        QCOMPARE(trusted.status, 200);
        QCOMPARE(sim.readLedger().size(), 1);
        QVERIFY(sim.advanceClock(10)); // the control API is served over TLS too
    }

    void refusesNonLoopbackHosts_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("any address") << args({"--host", "0.0.0.0"});
        QTest::newRow("a LAN address") << args({"--host", "192.168.1.10"});
        QTest::newRow("bad rate") << args({"--error-rate", "2"});
        QTest::newRow("rates above 1") << args({"--error-rate", "0.6", "--hang-rate", "0.6"});
        QTest::newRow("bad throttle reply") << args({"--throttle-reply", "418"});
        QTest::newRow("missing accounts file") << args({"--accounts", "/nonexistent/accounts.json"});
    }

    void refusesNonLoopbackHosts()
    {
        QFETCH(QStringList, arguments);
        QProcess sim;
        sim.start(QStringLiteral(SMSROUTER_SIM_PATH), arguments);
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(sim.readAllStandardOutput().isEmpty());
        QVERIFY(sim.readAllStandardError().startsWith("restcomm-sim: "));
    }

    void firstLineIsThePort()
    {
        QProcess process;
        process.start(QStringLiteral(SMSROUTER_SIM_PATH), {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(process.waitForReadyRead(10000) || process.canReadLine());
        while (!process.canReadLine())
            QVERIFY(process.waitForReadyRead(10000));
        bool ok = false;
        const uint port = process.readLine().trimmed().toUInt(&ok);
        QVERIFY(ok);
        QVERIFY(port > 0 && port < 65536);
        process.kill();
        QVERIFY(process.waitForFinished(5000));
    }

    void exitsWhenStdinClosesIfAsked()
    {
        QProcess process;
        process.start(QStringLiteral(SMSROUTER_SIM_PATH), {QStringLiteral("--exit-on-eof")});
        while (!process.canReadLine())
            QVERIFY(process.waitForReadyRead(10000));
        QVERIFY(process.readLine().trimmed().toUInt() > 0);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

SMSROUTER_TEST(TestRestcommSimFaults)
#include "testrestcommsimfaults.moc"
