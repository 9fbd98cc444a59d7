// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// OptOutService: numbers normalised to E.164 in the default region, add/remove/list, CSV import
// with line-numbered problems, and OptOutRepository asked from another thread on its own connection.
// The import writes in slices: another writer gets the store between them, and a cancel, a
// failure or an abandoned import keeps nothing of it (numbers opted out before stay as they were).
#include "optouts/optoutservice.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/optoutrepository.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

class TestOptOutService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(std::nullopt, &m_clock);
        QVERIFY((*m_session).settings().setDefaultRegion(QStringLiteral("PT")));
    }

    void oneNumberWrittenThreeWays_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("spaces, 00") << "+351 912 345 678"
                                    << "00351912345678";
        QTest::newRow("national, international") << "912345678"
                                                 << "+351912345678";
        QTest::newRow("dashes, national") << "+351-912-345-678"
                                          << " 912 345 678 ";
    }

    void oneNumberWrittenThreeWays()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        OptOutService &optouts = m_session->optouts();
        QSignalSpy changed(&optouts, &OptOutService::changed);
        auto added = optouts.add(first, QStringLiteral("STOP reply"));
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QVERIFY(added->changed);
        QCOMPARE(added->optOut.e164, QStringLiteral("+351912345678"));
        QCOMPARE(added->optOut.addedAt, m_clock.nowMs());
        auto again = optouts.add(second, QStringLiteral("other"));
        QVERIFY(again);
        QVERIFY(!again->changed);
        QCOMPARE(again->optOut.reason, QStringLiteral("STOP reply")); // the first record stays
        QCOMPARE(changed.size(), 1);
        QCOMPARE(optouts.list()->size(), 1);
        QVERIFY(optouts.contains(second).value());
        QVERIFY(!optouts.contains(QStringLiteral("+351936000222")).value());

        auto removed = optouts.remove(second);
        QVERIFY(removed);
        QCOMPARE(removed->e164, QStringLiteral("+351912345678"));
        QVERIFY(optouts.list()->isEmpty());
        auto missing = optouts.remove(first);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void invalidNumbersAreRefused_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("message");
        QTest::newRow("letters") << "call me"
                                 << ""
                                 << "not a phone number";
        QTest::newRow("too short") << "12"
                                   << ""
                                   << "too short";
        QTest::newRow("bad region") << "912345678"
                                    << "XX"
                                    << "not a region";
        QTest::newRow("empty") << ""
                               << ""
                               << "empty";
    }

    void invalidNumbersAreRefused()
    {
        QFETCH(QString, number);
        QFETCH(QString, region);
        QFETCH(QString, message);
        auto added = m_session->optouts().add(number, {}, region);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
        QVERIFY2(added.errorMessage().contains(message), qPrintable(added.errorMessage()));
        QVERIFY(m_session->optouts().list()->isEmpty());
    }

    void regionOverride()
    {
        auto added = m_session->optouts().add(QStringLiteral("07911 123456"), {}, QStringLiteral("GB"));
        QVERIFY(added);
        QCOMPARE(added->optOut.e164, QStringLiteral("+447911123456"));
    }

    void listIsSorted()
    {
        for (const char *n : {"+447911123456", "+351912345678", "+33612345678"})
            QVERIFY(m_session->optouts().add(QString::fromLatin1(n)));
        QStringList numbers;
        const OptOutList list = m_session->optouts().list().value();
        for (const OptOut &o : list)
            numbers.append(o.e164);
        QCOMPARE(numbers,
                 (QStringList {QStringLiteral("+33612345678"), QStringLiteral("+351912345678"),
                               QStringLiteral("+447911123456")}));
    }

    void versionMovesWithEveryChange()
    {
        OptOutService &optouts = m_session->optouts();
        const QString empty = optouts.version().value();
        QVERIFY(optouts.add(QStringLiteral("+351912345678")));
        const QString one = optouts.version().value();
        QVERIFY(one != empty);
        QVERIFY(optouts.add(QStringLiteral("+351912345678"))); // already there: nothing written
        QCOMPARE(optouts.version().value(), one);
        // One removed and another added: the same count, a newer time.
        m_clock.advance(std::chrono::seconds(1));
        QVERIFY(optouts.remove(QStringLiteral("+351912345678")));
        QCOMPARE(optouts.version().value(), empty);
        QVERIFY(optouts.add(QStringLiteral("+447911123456")));
        const QString other = optouts.version().value();
        QVERIFY(other != one && other != empty);
    }

    void importFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<qint64>("added");
        QTest::addColumn<qint64>("already");
        QTest::addColumn<QList<qint64>>("invalidLines");
        QTest::addColumn<QStringList>("stored");

        QTest::newRow("header with reason")
            << QByteArray("phone,reason\n+351 912 345 678,STOP\nnot a number,x\n00351912345678,again\n\n936000222,\n")
            << qint64(4) << qint64(2) << qint64(1) << QList<qint64> {3}
            << QStringList {QStringLiteral("+351912345678"), QStringLiteral("+351936000222")};
        QTest::newRow("plain list, one a line")
            << QByteArray("912345678\r\n936000222\r\n12\r\n") << qint64(3) << qint64(2) << qint64(0)
            << QList<qint64> {3} << QStringList {QStringLiteral("+351912345678"), QStringLiteral("+351936000222")};
        QTest::newRow("malformed record")
            << QByteArray("name;telemóvel\nAna;912345678\n\"Rui;936000222\n") << qint64(2) << qint64(1) << qint64(0)
            << QList<qint64> {3} << QStringList {QStringLiteral("+351912345678")};
    }

    void importFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, rows);
        QFETCH(qint64, added);
        QFETCH(qint64, already);
        QFETCH(QList<qint64>, invalidLines);
        QFETCH(QStringList, stored);
        QVERIFY(m_session->optouts().add(QStringLiteral("+351912345678"), QStringLiteral("earlier")));
        const qint64 before = 1;
        const QString path = m_store->filePath(QStringLiteral("optouts.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        auto report = m_session->optouts().importFile(path);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->rows, rows);
        QCOMPARE(report->added + before, added);
        QCOMPARE(report->alreadyPresent, already + before);
        QList<qint64> lines;
        for (const auto &problem : report->invalid) {
            lines.append(problem.line);
            QVERIFY(!problem.message.isEmpty());
        }
        QCOMPARE(lines, invalidLines);
        QStringList numbers;
        const OptOutList list = m_session->optouts().list().value();
        for (const OptOut &o : list)
            numbers.append(o.e164);
        QCOMPARE(numbers, stored);
        QCOMPARE(m_session->optouts().list()->first().reason, QStringLiteral("earlier"));
    }

    void importGoogleContactsTakesTheFirstOfSeveralNumbers()
    {
        auto report = m_session->optouts().importFile(QStringLiteral(SMSROUTER_TEST_DATA "/csv/google-contacts.csv"));
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->phoneColumnName, QStringLiteral("Phone 1 - Value"));
        QCOMPARE(report->added, 2);
        QCOMPARE(report->invalid.size(), 1); // Maria has no number
        QCOMPARE(report->invalid.first().line, 5);
        QVERIFY(m_session->optouts().contains(QStringLiteral("+351912000111")).value());
        QVERIFY(!m_session->optouts().contains(QStringLiteral("+351936000222")).value());
        QCOMPARE(m_session->optouts().list()->first().reason, QStringLiteral("imported from google-contacts.csv"));
    }

    void importRefusesAFileItCannotUse()
    {
        auto missing = m_session->optouts().importFile(m_store->filePath(QStringLiteral("nope.csv")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::Invalid);
        QVERIFY(missing.errorMessage().contains(QStringLiteral("Cannot read")));
        const QString path = m_store->filePath(QStringLiteral("names.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,city\nAna,Lisboa\nRui,Porto\n");
        file.close();
        auto noColumn = m_session->optouts().importFile(path);
        QVERIFY(!noColumn);
        QVERIFY(noColumn.errorMessage().contains(QStringLiteral("phone numbers")));
        QVERIFY(m_session->optouts().list()->isEmpty());
    }

    void askedFromAnotherThreadOnItsOwnConnection()
    {
        QVERIFY(m_session->optouts().add(QStringLiteral("912345678")));
        const QString path = m_store->path();
        bool contained = false;
        bool notContained = true;
        QSet<QString> among;
        QString error;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto db = Database::open(path, Database::OpenMode::ExistingOnly);
            if (!db) {
                error = db.errorMessage();
                return;
            }
            OptOutRepository repository(**db);
            contained = repository.contains(QStringLiteral("+351912345678")).value();
            notContained = repository.contains(QStringLiteral("+351936000222")).value();
            QStringList many;
            for (int i = 0; i < 1200; ++i)
                many.append(QStringLiteral("+3519360%1").arg(i, 5, 10, QLatin1Char('0')));
            many.append(QStringLiteral("+351912345678"));
            among = repository.optedOutAmong(many).value();
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(contained);
        QVERIFY(!notContained);
        QCOMPARE(among, QSet<QString> {QStringLiteral("+351912345678")});
    }

    void importCancelledAfterSlicesKeepsNothing()
    {
        const QString path = writeNumbers(1000);
        addEarlierOptOuts();
        m_session->optouts().setImportSlice(100, std::chrono::hours(1));
        qint64 callsWhileWriting = 0;
        qint64 visibleAtCancel = 0;
        auto report = m_session->optouts().importFile(path, {}, {}, {}, [&](qint64 done, qint64 total) {
            if (done <= total / 2)
                return true; // still reading the file
            if (++callsWhileWriting < 3)
                return true;
            visibleAtCancel = m_session->optouts().list()->size();
            return false;
        });
        QVERIFY(!report);
        QVERIFY2(report.errorMessage().contains(QStringLiteral("nothing was imported")),
                 qPrintable(report.errorMessage()));
        QCOMPARE(visibleAtCancel, 2 + 300 - 1); // three slices were committed (one number was there)
        checkOnlyEarlierOptOutsLeft();
    }

    void importFailureHalfwayKeepsNothing()
    {
        const QString path = writeNumbers(1000);
        addEarlierOptOuts();
        m_session->optouts().setImportSlice(100, std::chrono::hours(1));
        // The 901st number in the key's order: nine slices are committed before it fails.
        QVERIFY(testbackend::refuse(m_session->database(), QStringLiteral("INSERT"), QStringLiteral("optouts"),
                                    QStringLiteral("NEW.e164 = '+351910000900'"), QStringLiteral("disk full, say")));
        auto report = m_session->optouts().importFile(path);
        QVERIFY(!report);
        QVERIFY2(report.errorMessage().contains(QStringLiteral("disk full")), qPrintable(report.errorMessage()));
        QVERIFY(testbackend::acceptAgain(m_session->database(), QStringLiteral("optouts")));
        checkOnlyEarlierOptOutsLeft();
    }

    void anotherWriterGetsTheStoreBetweenSlices()
    {
        const QString path = writeNumbers(1000);
        m_session->optouts().setImportSlice(100, std::chrono::hours(1));
        auto other = Database::open(m_store->path(), Database::OpenMode::ExistingOnly);
        QVERIFY2(other, qPrintable(other.errorMessage()));
        QVERIFY(testbackend::dontWait(**other)); // fails at once if the import still held the store
        int writes = 0;
        QStringList refused;
        auto report = m_session->optouts().importFile(path, {}, {}, {}, [&](qint64 done, qint64 total) {
            if (done <= total / 2)
                return true;
            // A dispatcher's tiny write transaction, between two slices. The first one opts out a
            // number of the file the import has not reached yet: the import finds it there.
            const QString number = writes == 0 ? QStringLiteral("+351910000990")
                                               : QStringLiteral("+35193600%1").arg(writes, 4, 10, QLatin1Char('0'));
            auto tx = Transaction::begin(**other);
            if (!tx) {
                refused.append(tx.errorMessage());
                return true;
            }
            auto added = OptOutRepository(**other).add(OptOut::make(number, QStringLiteral("between"), 1));
            if (!added || !tx->commit())
                refused.append(added.errorMessage());
            else
                ++writes;
            return true;
        });
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
        QCOMPARE(writes, 10); // after each of the ten slices
        QCOMPARE(report->added, 999);
        QCOMPARE(report->alreadyPresent, 1);
        const auto kept = OptOutRepository(m_session->database()).find(QStringLiteral("+351910000990")).value();
        QVERIFY(kept);
        QCOMPARE(kept->reason, QStringLiteral("between"));
        QCOMPARE(m_session->optouts().list()->size(), 1000 + 9);
        QCOMPARE(sql::scalar(m_session->database().connection(),
                             QStringLiteral("SELECT COUNT(*) FROM optout_imports WHERE state = 'done'"))
                     ->toInt(),
                 1);
    }

    void abandonedImportIsRemoved()
    {
        addEarlierOptOuts();
        OptOutRepository repository(m_session->database());
        const qint64 now = m_clock.nowMs();
        // One import on another host that stopped beating 11 minutes ago, one that beat just now.
        const auto writeImport = [&](const QString &host, qint64 heartbeat, const QString &prefix) -> qint64 {
            auto tx = Transaction::begin(m_session->database());
            if (!tx)
                return 0;
            const qint64 id = repository.startImport(QStringLiteral("stop.csv"), host, 4242, heartbeat).value();
            OptOutRepository::ImportInserter inserter(m_session->database(), id, heartbeat);
            if (!inserter.prepare())
                return 0;
            for (int i = 0; i < 5; ++i) {
                if (!inserter.add(QStringLiteral("%1%2").arg(prefix).arg(i), QStringLiteral("imported")))
                    return 0;
            }
            if (!inserter.add(QStringLiteral("+351910000005"), QStringLiteral("imported")) || !inserter.flush()
                || !tx->commit())
                return 0;
            return id;
        };
        const qint64 stale =
            writeImport(QStringLiteral("elsewhere"), now - 11 * 60 * 1000, QStringLiteral("+35192100000"));
        const qint64 live = writeImport(QStringLiteral("elsewhere"), now - 1000, QStringLiteral("+35193100000"));
        QVERIFY(stale > 0 && live > 0);
        QCOMPARE(m_session->optouts().list()->size(), 2 + 10);
        QCOMPARE(m_session->optouts().removeAbandonedImports().value(), 1);
        QCOMPARE(m_session->optouts().list()->size(), 2 + 5);
        QVERIFY(!m_session->optouts().contains(QStringLiteral("+351921000003")).value());
        QVERIFY(m_session->optouts().contains(QStringLiteral("+351931000003")).value());
        QCOMPARE(OptOutRepository(m_session->database()).find(QStringLiteral("+351910000005")).value()->reason,
                 QStringLiteral("earlier"));
        auto unfinished = repository.unfinishedImports();
        QVERIFY(unfinished);
        QCOMPARE(unfinished->size(), 1);
        QCOMPARE(unfinished->first().id, live);
    }

private:
    /// `count` Portuguese mobiles +351910000000… in a random-looking order, one a line.
    QString writeNumbers(int count) const
    {
        const QString path = m_store->filePath(QStringLiteral("stop.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("phone\n");
        for (int i = 0; i < count; ++i)
            file.write(QStringLiteral("+3519100%1\n").arg((i * 7919) % count, 5, 10, QLatin1Char('0')).toLatin1());
        return path;
    }

    /// One number the file has too, one it has not.
    void addEarlierOptOuts()
    {
        QVERIFY(m_session->optouts().add(QStringLiteral("+351910000005"), QStringLiteral("earlier")));
        QVERIFY(m_session->optouts().add(QStringLiteral("+351936000001"), QStringLiteral("earlier")));
    }

    void checkOnlyEarlierOptOutsLeft()
    {
        const OptOutList list = m_session->optouts().list().value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).e164, QStringLiteral("+351910000005"));
        QCOMPARE(list.at(1).e164, QStringLiteral("+351936000001"));
        for (const OptOut &o : list) {
            QCOMPARE(o.reason, QStringLiteral("earlier"));
            QCOMPARE(o.source, OptOut::sourceManual);
        }
        QCOMPARE(sql::scalar(m_session->database().connection(), QStringLiteral("SELECT COUNT(*) FROM optout_imports"))
                     ->toInt(),
                 0);
    }

    ManualClock m_clock;
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
};

SMSROUTER_TEST(TestOptOutService)
#include "testoptoutservice.moc"
