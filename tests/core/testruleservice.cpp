// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriers/carrierservice.h"
#include "routing/ruleservice.h"
#include "settings/settings.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QSignalSpy>
#include <QTest>

namespace {

Carrier makeCarrier(const QString &name, int n)
{
    Carrier c;
    c.name = name;
    c.accountSid = testAccountSid(n);
    return c;
}

Rule makeRule(Rule::Kind kind, const QString &value, qint64 carrierId, int priority = 1, qint64 cost = 0)
{
    Rule r;
    r.kind = kind;
    r.value = value;
    r.carrierId = carrierId;
    r.priority = priority;
    r.costMicros = cost;
    return r;
}

using Fields = QList<RuleProblem::Field>;

} // namespace

class TestRuleService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validation_data();
    void validation();
    void parseCost_data();
    void parseCost();
    void addUpdateRemoveKeepIndexInStep();
    void carrierChangesRebuildIndex();
    void saveAllIsAllOrNothing();
    void batchDefersRebuild();
    void explainUsesDefaultRegion();
    void snapshotOutlivesChanges();

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    qint64 m_uk = 0;
    qint64 m_pt = 0;
};

void TestRuleService::init()
{
    m_store = std::make_unique<TempStore>();
    m_session = m_store->openSession(SecretBackend::Database);
    auto uk = m_session->carriers().add(makeCarrier(QStringLiteral("Carrier UK"), 1), "token-uk");
    auto pt = m_session->carriers().add(makeCarrier(QStringLiteral("Carrier PT"), 2), "token-pt");
    QVERIFY(uk && pt);
    m_uk = uk->id;
    m_pt = pt->id;
}

void TestRuleService::cleanup()
{
    m_session.reset();
    m_store.reset();
}

void TestRuleService::validation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("carrier"); // 1 = UK, 2 = PT, other = that id
    QTest::addColumn<int>("priority");
    QTest::addColumn<int>("weight");
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("messagePart");

    using F = RuleProblem::Field;
    const int prefix = int(Rule::Kind::Prefix);
    const int country = int(Rule::Kind::Country);
    const int fallback = int(Rule::Kind::Default);
    QTest::newRow("good prefix") << prefix << "447" << 1 << 1 << 1 << qint64(21'000) << Fields {} << "";
    QTest::newRow("prefix typed with + and spaces")
        << prefix << "+44 7-9" << 1 << 1 << 1 << qint64(0) << Fields {} << "";
    QTest::newRow("empty prefix") << prefix << "" << 1 << 1 << 1 << qint64(0) << Fields {F::Value}
                                  << "Enter the prefix";
    QTest::newRow("letters in prefix") << prefix << "44a" << 1 << 1 << 1 << qint64(0) << Fields {F::Value}
                                       << "digits only";
    QTest::newRow("national prefix") << prefix << "0044" << 1 << 1 << 1 << qint64(0) << Fields {F::Value}
                                     << "cannot start with 0";
    QTest::newRow("prefix too long") << prefix << "1234567890123456" << 1 << 1 << 1 << qint64(0) << Fields {F::Value}
                                     << "at most 15 digits";
    QTest::newRow("country lower case") << country << "gg" << 1 << 1 << 1 << qint64(0) << Fields {} << "";
    QTest::newRow("country UK") << country << "UK" << 1 << 1 << 1 << qint64(0) << Fields {F::Value} << "“UK” is GB";
    QTest::newRow("country by name") << country << "Portugal" << 2 << 1 << 1 << qint64(0) << Fields {F::Value}
                                     << "is PT";
    QTest::newRow("unknown country") << country << "XX" << 1 << 1 << 1 << qint64(0) << Fields {F::Value}
                                     << "not a region with phone numbers";
    QTest::newRow("empty country") << country << "" << 1 << 1 << 1 << qint64(0) << Fields {F::Value}
                                   << "two-letter ISO 3166 code";
    QTest::newRow("default") << fallback << "" << 2 << 1 << 1 << qint64(0) << Fields {} << "";
    QTest::newRow("default with value") << fallback << "44" << 2 << 1 << 1 << qint64(0) << Fields {F::Value}
                                        << "takes no value";
    QTest::newRow("no carrier") << prefix << "351" << 0 << 1 << 1 << qint64(0) << Fields {F::Carrier}
                                << "Choose the carrier";
    QTest::newRow("missing carrier") << prefix << "351" << 999 << 1 << 1 << qint64(0) << Fields {F::Carrier}
                                     << "no longer exists";
    QTest::newRow("priority zero") << prefix << "351" << 2 << 0 << 1 << qint64(0) << Fields {F::Priority}
                                   << "priority from 1";
    QTest::newRow("priority too big") << prefix << "351" << 2 << 1001 << 1 << qint64(0) << Fields {F::Priority}
                                      << "to 1000";
    QTest::newRow("weight zero is a standby") << prefix << "351" << 2 << 1 << 0 << qint64(0) << Fields {} << "";
    QTest::newRow("negative weight") << prefix << "351" << 2 << 1 << -1 << qint64(0) << Fields {F::Weight}
                                     << "weight from 0";
    QTest::newRow("negative cost") << prefix << "351" << 2 << 1 << 1 << qint64(-1) << Fields {F::Cost}
                                   << "cannot be negative";
    QTest::newRow("absurd cost") << prefix << "351" << 2 << 1 << 1 << qint64(101'000'000) << Fields {F::Cost}
                                 << "surely a typo";
    QTest::newRow("duplicate") << prefix << "44" << 1 << 2 << 1 << qint64(0) << Fields {F::Carrier}
                               << "“Carrier UK” already has a rule for prefix 44";
    QTest::newRow("same prefix other carrier") << prefix << "44" << 2 << 1 << 1 << qint64(0) << Fields {} << "";
    QTest::newRow("everything wrong") << prefix << "x" << 0 << 0 << -5 << qint64(-3)
                                      << Fields {F::Value, F::Carrier, F::Priority, F::Weight, F::Cost} << "";
}

void TestRuleService::validation()
{
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(int, carrier);
    QFETCH(Fields, fields);
    QFETCH(QString, messagePart);
    QVERIFY(m_session->rules().add(makeRule(Rule::Kind::Prefix, QStringLiteral("44"), m_uk)));

    Rule rule = makeRule(Rule::Kind(kind), RuleValidator::normaliseValue(Rule::Kind(kind), value),
                         carrier == 1       ? m_uk
                             : carrier == 2 ? m_pt
                                            : carrier);
    QFETCH(int, priority);
    QFETCH(int, weight);
    QFETCH(qint64, cost);
    rule.priority = priority;
    rule.weight = weight;
    rule.costMicros = cost;

    const QList<RuleProblem> problems = m_session->rules().validate(rule);
    Fields got;
    for (const RuleProblem &p : problems)
        got.append(p.field);
    QCOMPARE(got, fields);
    if (!messagePart.isEmpty())
        QVERIFY2(problems.constFirst().message.contains(messagePart), qPrintable(problems.constFirst().message));

    // add() applies the same checks and normalisation.
    rule.value = value;
    auto added = m_session->rules().add(rule);
    QCOMPARE(added.ok(), fields.isEmpty());
    if (!added)
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
    else
        QCOMPARE(added->value, RuleValidator::normaliseValue(rule.kind, value));
}

void TestRuleService::parseCost_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("problem");
    QTest::newRow("dot") << "0.021" << qint64(21'000) << "";
    QTest::newRow("comma") << "0,021" << qint64(21'000) << "";
    QTest::newRow("whole") << "1" << qint64(1'000'000) << "";
    QTest::newRow("six decimals") << "0.000125" << qint64(125) << "";
    QTest::newRow("seven decimals") << "0.0000001" << qint64(-1) << "not a price";
    QTest::newRow("negative") << "-0.5" << qint64(-1) << "cannot be negative";
    QTest::newRow("words") << "cheap" << qint64(-1) << "“cheap” is not a price";
}

void TestRuleService::parseCost()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    QFETCH(QString, problem);
    QString why;
    const auto parsed = RuleValidator::parseCost(text, &why);
    QCOMPARE(parsed.value_or(-1), micros);
    QVERIFY2(problem.isEmpty() ? why.isEmpty() : why.contains(problem), qPrintable(why));
}

void TestRuleService::addUpdateRemoveKeepIndexInStep()
{
    RuleService &rules = m_session->rules();
    QSignalSpy changed(&rules, &RuleService::changed);
    QVERIFY(!rules.index()->decide(u"+351912345678", u"PT", 1).routed());

    auto added = rules.add(makeRule(Rule::Kind::Country, QStringLiteral("pt"), m_pt, 1, 5'000));
    QVERIFY2(added, qPrintable(added ? QString() : added.errorMessage()));
    QCOMPARE(added->value, QStringLiteral("PT"));
    QVERIFY(added->createdAt > 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rules.index()->decide(u"+351912345678", u"PT", 1).carrierName(), QStringLiteral("Carrier PT"));

    Rule changedRule = *added;
    changedRule.carrierId = m_uk;
    auto updated = rules.update(changedRule);
    QVERIFY(updated);
    QCOMPARE(updated->createdAt, added->createdAt);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(rules.index()->decide(u"+351912345678", u"PT", 1).carrierName(), QStringLiteral("Carrier UK"));

    QVERIFY(rules.setEnabled(added->id, false));
    QCOMPARE(changed.count(), 3);
    QVERIFY(!rules.index()->decide(u"+351912345678", u"PT", 1).routed());
    QVERIFY(rules.setEnabled(added->id, false)); // no change, no signal
    QCOMPARE(changed.count(), 3);

    QVERIFY(rules.remove(added->id));
    QCOMPARE(changed.count(), 4);
    auto gone = rules.remove(added->id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    QCOMPARE(rules.findById(added->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(rules.list()->size(), 0);

    Rule missing = changedRule;
    missing.id = 4242;
    QCOMPARE(rules.update(missing).error().kind, Error::Kind::NotFound);
}

void TestRuleService::carrierChangesRebuildIndex()
{
    RuleService &rules = m_session->rules();
    QVERIFY(rules.add(makeRule(Rule::Kind::Prefix, QStringLiteral("447"), m_uk)));
    QVERIFY(rules.add(makeRule(Rule::Kind::Prefix, QStringLiteral("447"), m_pt, 2)));
    QSignalSpy changed(&rules, &RuleService::changed);

    QVERIFY(m_session->carriers().setEnabled(m_uk, false));
    QCOMPARE(changed.count(), 1);
    const RouteDecision d = rules.index()->decide(u"+447911123456", u"GG", 1);
    QCOMPARE(d.carrierName(), QStringLiteral("Carrier PT"));
    QVERIFY(d.explanation().contains(QStringLiteral("skipped Carrier UK: disabled")));

    auto uk = m_session->carriers().findById(m_uk);
    uk->name = QStringLiteral("Carrier Britain");
    QVERIFY(m_session->carriers().update(*uk));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(rules.index()->decide(u"+447911123456", u"GG", 1).candidates().at(1).carrierName,
             QStringLiteral("Carrier Britain"));

    // The currency is part of the explanation.
    QVERIFY(m_session->settings().setCurrency(QStringLiteral("GBP")));
    QCOMPARE(rules.index()->currency(), QStringLiteral("GBP"));
}

void TestRuleService::saveAllIsAllOrNothing()
{
    RuleService &rules = m_session->rules();
    auto existing = rules.add(makeRule(Rule::Kind::Prefix, QStringLiteral("44"), m_uk));
    QVERIFY(existing);
    QSignalSpy changed(&rules, &RuleService::changed);

    RuleList bad {makeRule(Rule::Kind::Prefix, QStringLiteral("351"), m_pt),
                  makeRule(Rule::Kind::Prefix, QStringLiteral("44"), m_uk),
                  makeRule(Rule::Kind::Country, QStringLiteral("ZZ"), m_pt),
                  makeRule(Rule::Kind::Prefix, QStringLiteral("351"), m_pt)};
    auto refused = rules.saveAll(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    const QStringList lines = refused.errorMessage().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(
        lines.at(0).startsWith(QStringLiteral("prefix 44: the carrier already has this rule (#%1)").arg(existing->id)),
        qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("country ZZ: ")));
    QCOMPARE(lines.at(2), QStringLiteral("prefix 351: the same rule is given twice."));
    QCOMPARE(rules.list()->size(), 1);
    QCOMPARE(changed.count(), 0);

    Rule moved = *existing;
    moved.costMicros = 30'000;
    auto saved = rules.saveAll({makeRule(Rule::Kind::Prefix, QStringLiteral("351"), m_pt),
                                makeRule(Rule::Kind::Default, QString(), m_pt, 9), moved});
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.errorMessage()));
    QCOMPARE(saved->size(), 3);
    QVERIFY(saved->at(0).id > 0);
    QCOMPARE(changed.count(), 1); // one rebuild for the whole batch
    QCOMPARE(rules.list()->size(), 3);
    QCOMPARE(rules.findById(existing->id)->costMicros, 30'000);
    QCOMPARE(rules.index()->ruleCount(), 3);
}

void TestRuleService::batchDefersRebuild()
{
    RuleService &rules = m_session->rules();
    QSignalSpy changed(&rules, &RuleService::changed);
    {
        const RuleService::Batch batch(rules);
        QVERIFY(rules.add(makeRule(Rule::Kind::Prefix, QStringLiteral("447"), m_uk)));
        QVERIFY(rules.add(makeRule(Rule::Kind::Prefix, QStringLiteral("351"), m_pt)));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(rules.index()->ruleCount(), 0);
    }
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rules.index()->ruleCount(), 2);
}

void TestRuleService::explainUsesDefaultRegion()
{
    RuleService &rules = m_session->rules();
    QVERIFY(rules.add(makeRule(Rule::Kind::Country, QStringLiteral("GB"), m_uk)));
    QVERIFY(rules.add(makeRule(Rule::Kind::Country, QStringLiteral("GG"), m_pt)));
    QVERIFY(m_session->settings().setDefaultRegion(QStringLiteral("GB")));

    const RouteExplanation gg = rules.explain(QStringLiteral("07911 123456"));
    QCOMPARE(gg.number.region, QStringLiteral("GG"));
    QCOMPARE(gg.decision.carrierName(), QStringLiteral("Carrier PT"));
    QVERIFY2(gg.text().startsWith(QStringLiteral("+447911123456 → Carrier PT: country GG")), qPrintable(gg.text()));

    const RouteExplanation london = rules.explain(QStringLiteral("020 7031 3000"));
    QCOMPARE(london.decision.carrierName(), QStringLiteral("Carrier UK"));

    const RouteExplanation portugal = rules.explain(QStringLiteral("912345678"), QStringLiteral("PT"));
    QCOMPARE(portugal.number.e164, QStringLiteral("+351912345678"));
    QCOMPARE(portugal.decision.outcome(), RouteDecision::Outcome::NoMatchingRule);
    QVERIFY(portugal.text().contains(QStringLiteral("no country rule for PT")));

    const RouteExplanation refused = rules.explain(QStringLiteral("hello"));
    QCOMPARE(refused.decision.outcome(), RouteDecision::Outcome::InvalidNumber);
    QCOMPARE(refused.text(), refused.number.errorMessage);
}

void TestRuleService::snapshotOutlivesChanges()
{
    RuleService &rules = m_session->rules();
    auto rule = rules.add(makeRule(Rule::Kind::Default, QString(), m_uk));
    QVERIFY(rule);
    const auto before = rules.index();
    const RouteDecision decided = before->decide(u"+16502530000", u"US", 1);
    QVERIFY(rules.remove(rule->id));
    QVERIFY(rules.index() != before);
    QVERIFY(!rules.index()->decide(u"+16502530000", u"US", 1).routed());
    // The old snapshot and the decisions made with it stay usable.
    QCOMPARE(before->decide(u"+16502530000", u"US", 1).carrierName(), QStringLiteral("Carrier UK"));
    QVERIFY(decided.explanation().contains(QStringLiteral("Carrier UK")));
}

SMSROUTER_TEST(TestRuleService)
#include "testruleservice.moc"
