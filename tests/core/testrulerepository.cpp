// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// RuleRepository round trips, and the schema refuses rules for unknown carriers.
#include "store/carrierrepository.h"
#include "store/database.h"
#include "store/rulerepository.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QTest>

class TestRuleRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        auto db = Database::open(testbackend::freshStore(dir.filePath(QStringLiteral("s.sqlite"))));
        QVERIFY(db);
        Carrier carrier;
        carrier.name = QStringLiteral("UK");
        carrier.accountSid = testAccountSid(1);
        auto saved = CarrierRepository(**db).insert(carrier);
        QVERIFY(saved);

        RuleRepository repo(**db);
        Rule rule;
        rule.kind = Rule::Kind::Country;
        rule.value = QStringLiteral("GB");
        rule.carrierId = saved->id;
        rule.priority = 2;
        rule.weight = 30;
        rule.costMicros = 21000;
        rule.enabled = false;
        rule.createdAt = 1700000000000;
        auto inserted = repo.insert(rule);
        QVERIFY2(inserted, qPrintable(inserted.errorMessage()));
        rule.id = inserted->id;
        QCOMPARE(repo.findById(rule.id)->value(), rule);
        QCOMPARE(repo.listForCarrier(saved->id)->size(), 1);
        QCOMPARE(repo.listForCarrier(saved->id + 1)->size(), 0);

        rule.kind = Rule::Kind::Default;
        rule.value.clear();
        QVERIFY(repo.update(rule));
        QCOMPARE(repo.list()->first(), rule);
        QVERIFY(repo.remove(rule.id));
        QCOMPARE(repo.remove(rule.id).error().kind, Error::Kind::NotFound);
    }

    void ruleForAnUnknownCarrierIsRefused()
    {
        QTemporaryDir dir;
        auto db = Database::open(testbackend::freshStore(dir.filePath(QStringLiteral("s.sqlite"))));
        Rule rule;
        rule.carrierId = 999;
        rule.value = QStringLiteral("44");
        QVERIFY(!RuleRepository(**db).insert(rule));
    }

    void kindNames_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("prefix") << int(Rule::Kind::Prefix) << "prefix";
        QTest::newRow("country") << int(Rule::Kind::Country) << "country";
        QTest::newRow("default") << int(Rule::Kind::Default) << "default";
    }

    void kindNames()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QCOMPARE(Rule::kindName(Rule::Kind(kind)), name);
        Rule::Kind parsed = Rule::Kind::Prefix;
        QVERIFY(Rule::kindFromName(name, &parsed));
        QCOMPARE(int(parsed), kind);
    }
};

SMSROUTER_TEST(TestRuleRepository)
#include "testrulerepository.moc"
