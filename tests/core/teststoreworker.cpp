// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriers/carrierservice.h"
#include "session/session.h"
#include "session/storeworker.h"
#include "store/database.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"
#include "workertesting.h"

#include <QSqlQuery>

/// The window's store worker: calls answered on the caller's thread, in order; on PostgreSQL,
/// a connection the server dropped (a restart) is made again at the next call (issue 13).
/// Runs on both backends (teststoreworker, teststoreworker_pg).
class TestStoreWorker final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void callsAreAnsweredInOrder()
    {
        StoreWorker worker(m_session->optionsForAnotherThread());
        QList<int> answers;
        QObject context;
        for (int i = 0; i < 5; ++i)
            worker.run(
                &context, [](Session &session) { return session.carriers().list(); },
                [&answers, i](const Result<CarrierList> &carriers) {
                    QVERIFY(carriers);
                    answers.append(i);
                });
        QTRY_COMPARE(worker.unanswered(), 0);
        QCOMPARE(answers, (QList<int> {0, 1, 2, 3, 4}));
    }

    void connectsAgainAfterTheServerDroppedIt()
    {
        if (!testbackend::usesPostgres())
            QSKIP("PostgreSQL only: a SQLite file has no connection to lose");
        StoreWorker worker(m_session->optionsForAnotherThread());
        QVERIFY(onWorker(worker, [](Session &session) { return session.carriers().list(); }));

        // As when the server restarts: every other connection to this database is dropped.
        QSqlQuery admin(m_session->database().connection());
        QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                                          "current_database() AND pid <> pg_backend_pid()")));
        QTRY_VERIFY(admin.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = "
                                              "current_database() AND pid <> pg_backend_pid()"))
                    && admin.next() && admin.value(0).toInt() == 0);

        // The call that finds the connection gone may fail; the one after it works.
        (void)onWorker(worker, [](Session &session) { return session.carriers().list(); });
        auto again = onWorker(worker, [](Session &session) { return session.carriers().list(); });
        QVERIFY2(again, qPrintable(again.errorMessage()));
        const Status connected = onWorker(worker, [](Session &session) -> Status {
            if (!session.database().isConnected())
                return Error::failed(QStringLiteral("still not connected"));
            return {};
        });
        QVERIFY2(connected, qPrintable(connected.errorMessage()));
    }
};

SMSROUTER_TEST(TestStoreWorker)
#include "teststoreworker.moc"
