// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CarrierRepository round trips every field.
#include "store/carrierrepository.h"
#include "store/database.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QTest>

class TestCarrierRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        auto db = Database::open(testbackend::freshStore(dir.filePath(QStringLiteral("s.sqlite"))));
        QVERIFY(db);
        CarrierRepository repo(**db);
        Carrier c;
        c.name = QStringLiteral("Carrier Portugal — olá");
        c.baseUrl = QStringLiteral("http://127.0.0.1:8080/restcomm/2012-04-24");
        c.accountSid = testAccountSid(7);
        c.secretRef = QStringLiteral("keychain:abc");
        c.rateLimit = 12.5;
        c.maxInFlight = 42;
        c.enabled = false;
        c.caFile = QStringLiteral("/etc/ca.pem");
        c.notes = QStringLiteral("line 1\nline 2");
        c.createdAt = 1700000000000;
        c.updatedAt = 1700000000500;
        auto inserted = repo.insert(c);
        QVERIFY2(inserted, qPrintable(inserted.errorMessage()));
        c.id = inserted->id;
        QCOMPARE(repo.findById(c.id)->value(), c);
        QCOMPARE(repo.findByName(c.name)->value(), c);
        QCOMPARE(repo.list()->size(), 1);

        c.name = QStringLiteral("Renamed");
        c.enabled = true;
        c.caFile.clear();
        QVERIFY(repo.update(c));
        QCOMPARE(repo.findById(c.id)->value(), c);

        QVERIFY(repo.remove(c.id));
        QVERIFY(!repo.findById(c.id)->has_value());
        QVERIFY(!repo.update(c));
    }

    void listIsOrderedByName()
    {
        QTemporaryDir dir;
        auto db = Database::open(testbackend::freshStore(dir.filePath(QStringLiteral("s.sqlite"))));
        CarrierRepository repo(**db);
        for (const char *name : {"Zeta", "Alpha", "Mid"}) {
            Carrier c;
            c.name = QString::fromLatin1(name);
            c.accountSid = testAccountSid(1);
            QVERIFY(repo.insert(c));
        }
        QStringList names;
        const auto listed = repo.list(); // kept: a range-for over *repo.list() reads a destroyed Result
        for (const Carrier &c : *listed)
            names.append(c.name);
        QCOMPARE(names, (QStringList {QStringLiteral("Alpha"), QStringLiteral("Mid"), QStringLiteral("Zeta")}));
    }

    void uniqueNameIsEnforcedByTheSchema()
    {
        QTemporaryDir dir;
        auto db = Database::open(testbackend::freshStore(dir.filePath(QStringLiteral("s.sqlite"))));
        CarrierRepository repo(**db);
        Carrier c;
        c.name = QStringLiteral("UK");
        c.accountSid = testAccountSid(1);
        QVERIFY(repo.insert(c));
        QVERIFY(!repo.insert(c));
    }
};

SMSROUTER_TEST(TestCarrierRepository)
#include "testcarrierrepository.moc"
