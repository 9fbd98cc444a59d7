// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// StoreExportJob: the file appears only for a complete export; Cancel, even late, leaves none;
// a failure is reported as a failure, not as a cancel.
#include "log/storeexportjob.h"
#include "session/session.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QFile>
#include <QIODevice>
#include <QSignalSpy>
#include <QTest>

class TestStoreExportJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;

    /// A writer of `rows` lines that calls `during` after its last progress report.
    static StoreExportJob::Writer lines(int rows, std::function<Result<qint64>()> during = {})
    {
        return
            [rows, during](Database &, QIODevice *device, const StoreExportJob::Progress &progress) -> Result<qint64> {
                for (int i = 0; i < rows; ++i)
                    device->write(QByteArray::number(i) + '\n');
                if (progress && !progress(rows, rows))
                    return Error::failed(QStringLiteral("The export was cancelled."));
                if (during)
                    return during();
                return qint64(rows);
            };
    }

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

    void writesTheWholeFile()
    {
        const QString path = m_store->filePath(QStringLiteral("out.csv"));
        StoreExportJob job;
        QSignalSpy finished(&job, &StoreExportJob::finished);
        job.start(m_store->path(), lines(5), path);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toLongLong(), qint64(5));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(finished.first().at(2).toBool(), false);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 5);
    }

    void aCancelAfterTheLastPageStillLeavesNoFile()
    {
        const QString path = m_store->filePath(QStringLiteral("out.csv"));
        StoreExportJob job;
        QSignalSpy finished(&job, &StoreExportJob::finished);
        // Cancel pressed when every row is written but the file is not yet in place.
        job.start(m_store->path(),
                  lines(5,
                        [&job]() -> Result<qint64> {
                            job.cancel();
                            return qint64(5);
                        }),
                  path);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(2).toBool(), true);
        QVERIFY(!QFile::exists(path));
    }

    void aFailureWithCancelPressedIsStillAFailure()
    {
        const QString path = m_store->filePath(QStringLiteral("out.csv"));
        StoreExportJob job;
        QSignalSpy finished(&job, &StoreExportJob::finished);
        job.start(m_store->path(),
                  lines(5,
                        [&job]() -> Result<qint64> {
                            job.cancel();
                            return Error::failed(QStringLiteral("No space left on device."));
                        }),
                  path);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("No space left on device."));
        QCOMPARE(finished.first().at(2).toBool(), false); // the operator must see the disk problem
        QVERIFY(!QFile::exists(path));
    }

    void anUnwritableFolderIsNamed()
    {
        const QString path = m_store->filePath(QStringLiteral("no/such/folder/out.csv"));
        StoreExportJob job;
        QSignalSpy finished(&job, &StoreExportJob::finished);
        job.start(m_store->path(), lines(5), path);
        QVERIFY(finished.wait(30'000));
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("Choose a folder")),
                 qPrintable(finished.first().at(1).toString()));
    }
};

SMSROUTER_TEST(TestStoreExportJob)
#include "teststoreexportjob.moc"
