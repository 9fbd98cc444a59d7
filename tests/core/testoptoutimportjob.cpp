// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// OptOutImportJob: the Opt-outs page's import on a thread of its own — progress and the report
// come back as signals; cancel() keeps nothing (the import is one transaction).
#include "optouts/optoutimportjob.h"
#include "optouts/optoutservice.h"
#include "session/session.h"
#include "settings/settings.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestOptOutImportJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;

    /// `count` valid Portuguese mobile numbers, then one line that is not a number.
    QString writeList(int count) const
    {
        const QString path = m_store->filePath(QStringLiteral("stop.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("phone,reason\n");
        for (int i = 0; i < count; ++i)
            file.write(QStringLiteral("91%1,STOP\n").arg(i, 7, 10, QLatin1Char('0')).toLatin1());
        file.write("not a number,x\n");
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        QVERIFY(m_session->settings().setDefaultRegion(QStringLiteral("PT")));
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void importsAndReportsProgress()
    {
        const QString path = writeList(20000);
        OptOutImportJob job(m_store->path(), QStringLiteral("PT"));
        QSignalSpy finished(&job, &OptOutImportJob::finished);
        QSignalSpy progressed(&job, &OptOutImportJob::progressed);
        job.start(path);
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.isRunning());
        QVERIFY2(job.result(), qPrintable(job.result().errorMessage()));
        QCOMPARE(job.result()->added, 20000);
        QCOMPARE(job.result()->invalid.size(), 1);
        QVERIFY(!progressed.isEmpty());
        QVERIFY(progressed.last().at(0).toLongLong() <= progressed.last().at(1).toLongLong());
        QVERIFY(m_session->optouts().contains(QStringLiteral("910019999")).value());
    }

    void cancelKeepsNothing()
    {
        // Far more than the import gets through before the cancel, even on a loaded machine.
        const QString path = writeList(1'000'000);
        OptOutImportJob job(m_store->path(), QStringLiteral("PT"));
        QSignalSpy finished(&job, &OptOutImportJob::finished);
        QSignalSpy progressed(&job, &OptOutImportJob::progressed);
        job.start(path);
        QVERIFY(progressed.wait(60000));
        job.cancel();
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.result());
        QVERIFY2(job.result().errorMessage().contains(QStringLiteral("nothing was imported")),
                 qPrintable(job.result().errorMessage()));
        QVERIFY(m_session->optouts().list().value().isEmpty());
    }

    void anUnreadableFileFails()
    {
        OptOutImportJob job(m_store->path(), QStringLiteral("PT"));
        QSignalSpy finished(&job, &OptOutImportJob::finished);
        job.start(m_store->filePath(QStringLiteral("missing.csv")));
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.result());
        QVERIFY(!job.result().errorMessage().isEmpty());
    }
};

SMSROUTER_TEST(TestOptOutImportJob)
#include "testoptoutimportjob.moc"
