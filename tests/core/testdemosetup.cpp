// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The demo a new user starts with: three carriers on a local restcomm-sim, and a message sent
// to each country arrives, all without a Restcomm account.
#include "carriers/carrierservice.h"
#include "demo/demosetup.h"
#include "dispatch/dispatcher.h"
#include "dispatch/sendservice.h"
#include "dispatchharness.h"
#include "session/session.h"
#include "store/database.h"
#include "testprogram.h"

#include <QTemporaryDir>
#include <QTest>

class TestDemoSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("SMSROUTER_SIM", SMSROUTER_SIM_PATH); }

    void demoStoreSendsAndDelivers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        DemoSetup demo;
        auto started = demo.start(path);
        QVERIFY2(started, qPrintable(started.errorMessage()));
        QCOMPARE(demo.baseUrl().host(), QStringLiteral("127.0.0.1"));

        SessionOptions options;
        options.storePath = path;
        auto session = Session::open(options);
        QVERIFY(session);
        QCOMPARE((*session)->secretBackend(), SecretBackend::Database);
        QCOMPARE((*session)->carriers().list()->size(), 3);

        SendRequest request;
        request.recipients = {QStringLiteral("+351912345678"), QStringLiteral("+447911123456"),
                              QStringLiteral("+4915123456789")};
        request.from = QStringLiteral("Demo");
        request.body = QStringLiteral("Olá!");
        const SendPlan plan = (*session)->sends().plan(request);
        QCOMPARE(plan.sendableCount(), 3);
        auto stored = (*session)->sends().enqueue(request);
        QVERIFY(stored);

        DispatchOptions dispatch;
        dispatch.storePath = path;
        dispatch.firstPollAfter = std::chrono::milliseconds(200);
        Dispatcher dispatcher((*session)->carriers(), (*session)->keychain(), dispatch, QStringLiteral("demo test"));
        dispatcher.start();
        // The demo's simulator delivers after a few seconds (or leaves one in ten undelivered).
        auto finished = [&] {
            for (const Message &m :
                 (*session)->sends().current({stored->at(0).id, stored->at(1).id, stored->at(2).id})) {
                if (m.state != MessageState::Delivered && m.state != MessageState::Undelivered)
                    return false;
            }
            return true;
        };
        QVERIFY(DispatchHarness::waitFor(finished, 30'000));
        QVERIFY(dispatcher.stopAndWait(10'000));
    }

    void neverTouchesTheRealStore()
    {
        DemoSetup demo;
        auto refused = demo.start(Database::defaultPath());
        QVERIFY(!refused);
        QVERIFY(!demo.baseUrl().isValid()); // refused before any simulator was started
        QVERIFY(refused.errorMessage().contains(QStringLiteral("never uses your real store")));
    }
};

SMSROUTER_TEST(TestDemoSetup)
#include "testdemosetup.moc"
