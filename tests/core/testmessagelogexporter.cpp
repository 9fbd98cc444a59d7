// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// MessageLogExporter: every row the filter matches (across pages), the CLI's columns, formula
// cells neutralised, progress and cancel.
#include "log/messagelogexporter.h"
#include "log/storeexportjob.h"
#include "messagetesting.h"
#include "session/session.h"
#include "store/database.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QBuffer>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

namespace mt = messagetesting;

/// Keeps every thread of the global pool busy until released, so that a job started meanwhile
/// waits in the pool's queue: whatever the test does before `release()` happens before the
/// job's first line, however the machine schedules threads.
class GlobalPoolHold
{
public:
    GlobalPoolHold()
        : m_threads(QThreadPool::globalInstance()->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i)
            QThreadPool::globalInstance()->start([this] {
                m_started.release();
                m_release.acquire();
            });
        m_started.acquire(m_threads);
    }
    ~GlobalPoolHold() { release(); }
    void release()
    {
        if (!m_released)
            m_release.release(m_threads);
        m_released = true;
    }

private:
    const int m_threads;
    QSemaphore m_started;
    QSemaphore m_release;
    bool m_released = false;
};

class TestMessageLogExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;

    Database &db() { return m_session->database(); }

    /// The file's lines without the BOM and the CRLFs.
    static QStringList linesOf(const QByteArray &bytes)
    {
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        QStringList lines = text.split(QStringLiteral("\r\n"));
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        return lines;
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

    void writesEveryMatchingRowAcrossPages()
    {
        const qint64 carrier = mt::addCarrier(*m_session, QStringLiteral("EE UK"), 1);
        mt::insertMany(db(), 25, 0, carrier);
        for (qint64 id : {3, 9, 17, 22})
            mt::move(db(), id, MessageState::Failed, QStringLiteral("HTTP 400"), 400);
        MessageFilter failed;
        failed.states = {MessageState::Failed};
        MessageLogExporter exporter(db(), failed, {{carrier, QStringLiteral("EE UK")}});
        exporter.pageSize = 3;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QList<std::pair<qint64, qint64>> progress;
        auto written = exporter.write(&out, [&](qint64 done, qint64 total) {
            progress.append({done, total});
            return true;
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(*written, qint64(4));
        QVERIFY(out.data().startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with a BOM
        const QStringList lines = linesOf(out.data());
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(),
                 QStringLiteral("id,campaign_id,to,from,body,encoding,segments,carrier,state,provider_sid,"
                                "provider_status,attempts,error,price,created_at,updated_at"));
        QVERIFY2(
            lines.at(1).startsWith(QStringLiteral("22,,+447911100021,Router,hello,GSM-7,1,EE UK,failed,,,0,HTTP 400,")),
            qPrintable(lines.at(1)));
        QVERIFY(lines.at(4).startsWith(QStringLiteral("3,")));
        QCOMPARE(progress.first(), (std::pair<qint64, qint64>(0, 4)));
        QCOMPARE(progress.constLast(), (std::pair<qint64, qint64>(4, 4)));
    }

    void neutralisesFormulaCells_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")")
                           << QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"");
        QTest::newRow("+") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("-") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("@") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::newRow("plain text") << QStringLiteral("Your code is 1234") << QStringLiteral("Your code is 1234");
        QTest::newRow("negative amount") << QStringLiteral("-0.0450") << QStringLiteral("-0.0450");
    }

    void neutralisesFormulaCells()
    {
        QFETCH(QString, body);
        QFETCH(QString, written);
        Message m = mt::make(QStringLiteral("+351912345678"));
        m.body = body;
        mt::insert(db(), m);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        MessageLogExporter exporter(db(), {}, {});
        QVERIFY(exporter.write(&out));
        const QString row = linesOf(out.data()).at(1);
        // The E.164 number is a plain number: it stays exactly as stored.
        QVERIFY2(row.startsWith(QStringLiteral("1,,+351912345678,Router,") + written + QLatin1Char(',')),
                 qPrintable(row));
    }

    void jobWritesTheFileOnlyWhenComplete()
    {
        mt::insertMany(db(), 30);
        const QString path = m_store->filePath(QStringLiteral("out.csv"));
        StoreExportJob job;
        QSignalSpy finished(&job, &StoreExportJob::finished);
        GlobalPoolHold hold;
        job.start(m_store->path(), MessageLogExporter::writer({}), path);
        job.cancel(); // before its first page: the job waits behind the held pool threads
        hold.release();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().at(2).toBool(), true);
        QVERIFY(!QFile::exists(path));

        job.start(m_store->path(), MessageLogExporter::writer({}), path);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.at(1).at(0).toLongLong(), qint64(30));
        QCOMPARE(finished.at(1).at(1).toString(), QString());
        QCOMPARE(job.written(), qint64(30));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(linesOf(file.readAll()).size(), 31);
    }

    void stopsWhenCancelled()
    {
        mt::insertMany(db(), 10);
        MessageLogExporter exporter(db(), {}, {});
        exporter.pageSize = 4;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        int calls = 0;
        auto written = exporter.write(&out, [&](qint64 done, qint64) {
            ++calls;
            return done < 8;
        });
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().contains(QStringLiteral("cancelled")), qPrintable(written.errorMessage()));
        QCOMPARE(calls, 3); // 0, 4, then 8 said stop
    }
};

SMSROUTER_TEST(TestMessageLogExporter)
#include "testmessagelogexporter.moc"
