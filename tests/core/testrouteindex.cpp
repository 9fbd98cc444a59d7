// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phone/phonenumberparser.h"
#include "routing/routeindex.h"
#include "testprogram.h"

#include <QRegularExpression>
#include <QTest>

namespace {

Carrier carrier(qint64 id, const QString &name, bool enabled = true)
{
    Carrier c;
    c.id = id;
    c.name = name;
    c.enabled = enabled;
    return c;
}

Rule rule(qint64 id, Rule::Kind kind, const QString &value, qint64 carrierId, int priority = 1, int weight = 1,
          qint64 costMicros = 0, bool enabled = true)
{
    Rule r;
    r.id = id;
    r.kind = kind;
    r.value = value;
    r.carrierId = carrierId;
    r.priority = priority;
    r.weight = weight;
    r.costMicros = costMicros;
    r.enabled = enabled;
    return r;
}

Rule prefix(qint64 id, const QString &digits, qint64 carrierId, int priority = 1, int weight = 1, qint64 cost = 0)
{
    return rule(id, Rule::Kind::Prefix, digits, carrierId, priority, weight, cost);
}

Rule country(qint64 id, const QString &region, qint64 carrierId, int priority = 1)
{
    return rule(id, Rule::Kind::Country, region, carrierId, priority);
}

Rule fallback(qint64 id, qint64 carrierId, int priority = 1)
{
    return rule(id, Rule::Kind::Default, QString(), carrierId, priority);
}

QStringList words(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QStringList names(const QList<RouteDecision::Candidate> &candidates)
{
    QStringList list;
    for (const auto &c : candidates)
        list.append(c.skipped.isEmpty() ? c.carrierName : c.carrierName + QStringLiteral(" (") + c.skipped + u')');
    return list;
}

} // namespace

class TestRouteIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longestPrefixWins_data();
    void longestPrefixWins();
    void prefixOverCountryOverDefault_data();
    void prefixOverCountryOverDefault();
    void orderByPriorityThenCost_data();
    void orderByPriorityThenCost();
    void weightsSplitTraffic_data();
    void weightsSplitTraffic();
    void pickIsDeterministic();
    void disabledCarrierIsSkippedWithReason();
    void unavailableCarrierIsSkippedWithReason();
    void unroutableWithReason_data();
    void unroutableWithReason();
    void fallbacksSpanLevelsOnce();
    void leftOutRules();
    void explanationSentence();
};

void TestRouteIndex::longestPrefixWins_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("order");

    QTest::newRow("4479 beats 447 and 44") << "+447911123456"
                                           << "C4479"
                                           << "prefix 4479" << words({"C4479", "C447", "C44"});
    QTest::newRow("447 beats 44") << "+447811123456"
                                  << "C447"
                                  << "prefix 447" << words({"C447", "C44"});
    QTest::newRow("44 alone") << "+442070313000"
                              << "C44"
                              << "prefix 44" << words({"C44"});
    QTest::newRow("without plus") << "447911123456"
                                  << "C4479"
                                  << "prefix 4479" << words({"C4479", "C447", "C44"});
    QTest::newRow("prefix equal to the number") << "+4479"
                                                << "C4479"
                                                << "prefix 4479" << words({"C4479", "C447", "C44"});
    QTest::newRow("no rule") << "+351912345678"
                             << ""
                             << "" << QStringList();
}

void TestRouteIndex::longestPrefixWins()
{
    QFETCH(QString, e164);
    QFETCH(QStringList, order);
    const auto index = RouteIndex::build(
        {prefix(1, QStringLiteral("44"), 1), prefix(2, QStringLiteral("447"), 2), prefix(3, QStringLiteral("4479"), 3)},
        {carrier(1, QStringLiteral("C44")), carrier(2, QStringLiteral("C447")), carrier(3, QStringLiteral("C4479"))});
    const RouteDecision d = index->decide(e164, QStringLiteral("GB"), 1);
    QTEST(d.carrierName(), "carrier");
    QTEST(d.ruleText(), "rule");
    QCOMPARE(names(d.candidates()), order);
    QCOMPARE(d.routed(), !order.isEmpty());
}

void TestRouteIndex::prefixOverCountryOverDefault_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("numberRegion");
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("rule");

    QTest::newRow("prefix beats country (GG)") << "+44 7911 123456"
                                               << ""
                                               << "GG"
                                               << "P4479"
                                               << "prefix 4479";
    QTest::newRow("GB national that is GG: prefix") << "07911 123456"
                                                    << "GB"
                                                    << "GG"
                                                    << "P4479"
                                                    << "prefix 4479";
    QTest::newRow("GG by country") << "+44 7781 123456"
                                   << ""
                                   << "GG"
                                   << "Guernsey"
                                   << "country GG";
    QTest::newRow("GB by country") << "+44 20 7031 3000"
                                   << ""
                                   << "GB"
                                   << "Britain"
                                   << "country GB";
    QTest::newRow("JE has no rule: default") << "+44 1534 123456"
                                             << ""
                                             << "JE"
                                             << "World"
                                             << "default";
    QTest::newRow("IM has no rule: default") << "+44 7624 123456"
                                             << ""
                                             << "IM"
                                             << "World"
                                             << "default";
    QTest::newRow("NANP US") << "+1 650 253 0000"
                             << ""
                             << "US"
                             << "America"
                             << "country US";
    QTest::newRow("NANP CA") << "+1 416 555 0123"
                             << ""
                             << "CA"
                             << "Canada"
                             << "country CA";
    QTest::newRow("NANP Jamaica") << "+1 876 210 1234"
                                  << ""
                                  << "JM"
                                  << "Jamaica"
                                  << "country JM";
    QTest::newRow("NANP Bahamas: default") << "+1 242 357 1234"
                                           << ""
                                           << "BS"
                                           << "World"
                                           << "default";
    QTest::newRow("Portugal: default") << "912345678"
                                       << "PT"
                                       << "PT"
                                       << "World"
                                       << "default";
}

void TestRouteIndex::prefixOverCountryOverDefault()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, numberRegion);
    const CarrierList carriers {carrier(1, QStringLiteral("P4479")),    carrier(2, QStringLiteral("Britain")),
                                carrier(3, QStringLiteral("Guernsey")), carrier(4, QStringLiteral("America")),
                                carrier(5, QStringLiteral("Canada")),   carrier(6, QStringLiteral("Jamaica")),
                                carrier(7, QStringLiteral("World"))};
    const RuleList rules {prefix(1, QStringLiteral("4479"), 1),
                          country(2, QStringLiteral("GB"), 2),
                          country(3, QStringLiteral("GG"), 3),
                          country(4, QStringLiteral("US"), 4),
                          country(5, QStringLiteral("CA"), 5),
                          country(6, QStringLiteral("JM"), 6),
                          fallback(7, 7)};
    const auto index = RouteIndex::build(rules, carriers);
    const ParsedNumber number = PhoneNumberParser(QStringLiteral("ZZ")).parse(input, region);
    QVERIFY2(number.valid, qPrintable(number.errorMessage));
    QCOMPARE(number.region, numberRegion);
    const RouteDecision d = index->decide(number, 42);
    QVERIFY(d.routed());
    QTEST(d.carrierName(), "carrier");
    QTEST(d.ruleText(), "rule");
    QCOMPARE(d.region(), numberRegion);
    QCOMPARE(d.e164(), number.e164);
    // The default rule is always the last fallback.
    QCOMPARE(d.candidates().constLast().carrierName, QStringLiteral("World"));
}

void TestRouteIndex::orderByPriorityThenCost_data()
{
    QTest::addColumn<RuleList>("rules");
    QTest::addColumn<QStringList>("order");

    QTest::newRow("cheapest first") << RuleList {prefix(1, QStringLiteral("351"), 1, 1, 1, 30'000),
                                                 prefix(2, QStringLiteral("351"), 2, 1, 1, 20'000),
                                                 prefix(3, QStringLiteral("351"), 3, 1, 1, 25'000)}
                                    << words({"B", "C", "A"});
    QTest::newRow("priority before cost")
        << RuleList {prefix(1, QStringLiteral("351"), 1, 2, 1, 1'000),
                     prefix(2, QStringLiteral("351"), 2, 1, 1, 90'000), prefix(3, QStringLiteral("351"), 3, 3, 1, 0)}
        << words({"B", "A", "C"});
    QTest::newRow("more specific before cheaper") << RuleList {prefix(1, QStringLiteral("35191"), 1, 5, 1, 90'000),
                                                               prefix(2, QStringLiteral("351"), 2, 1, 1, 1'000)}
                                                  << words({"A", "B"});
}

void TestRouteIndex::orderByPriorityThenCost()
{
    QFETCH(RuleList, rules);
    const auto index = RouteIndex::build(
        rules, {carrier(1, QStringLiteral("A")), carrier(2, QStringLiteral("B")), carrier(3, QStringLiteral("C"))});
    const RouteDecision d = index->decide(u"+351912345678", u"PT", 7);
    QTEST(names(d.candidates()), "order");
    QCOMPARE(d.carrierName(), d.candidates().constFirst().carrierName);
}

void TestRouteIndex::weightsSplitTraffic_data()
{
    QTest::addColumn<QList<int>>("weights");
    QTest::newRow("even") << QList<int> {1, 1};
    QTest::newRow("one to three") << QList<int> {1, 3};
    QTest::newRow("two three five") << QList<int> {2, 3, 5};
    QTest::newRow("zero weight never picked") << QList<int> {4, 0, 1};
    QTest::newRow("big weights") << QList<int> {700, 300};
}

void TestRouteIndex::weightsSplitTraffic()
{
    QFETCH(QList<int>, weights);
    CarrierList carriers;
    RuleList rules;
    int total = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        carriers.append(carrier(i + 1, QStringLiteral("W%1").arg(i)));
        rules.append(prefix(i + 1, QStringLiteral("49"), i + 1, 1, weights.at(i), 5'000));
        total += weights.at(i);
    }
    // A more expensive entry is not part of the weighted group.
    carriers.append(carrier(99, QStringLiteral("Expensive")));
    rules.append(prefix(99, QStringLiteral("49"), 99, 1, 100, 6'000));
    const auto index = RouteIndex::build(rules, carriers);

    constexpr int messages = 10'000;
    QHash<QString, int> counts;
    for (qint64 id = 1; id <= messages; ++id) {
        const RouteDecision d = index->decide(u"+4915123456789", u"DE", id);
        ++counts[d.carrierName()];
        // The rest of the group follows the pick, then the expensive entry.
        const auto candidates = d.candidates();
        QCOMPARE(candidates.size(), weights.size() + 1);
        QCOMPARE(candidates.constLast().carrierName, QStringLiteral("Expensive"));
    }
    QCOMPARE(counts.value(QStringLiteral("Expensive")), 0);
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const double share = double(counts.value(QStringLiteral("W%1").arg(i))) / messages;
        const double expected = double(weights.at(i)) / total;
        QVERIFY2(std::abs(share - expected) <= 0.02,
                 qPrintable(QStringLiteral("W%1: %2 of traffic, expected %3").arg(i).arg(share).arg(expected)));
    }
}

void TestRouteIndex::pickIsDeterministic()
{
    const CarrierList carriers {carrier(1, QStringLiteral("A")), carrier(2, QStringLiteral("B")),
                                carrier(3, QStringLiteral("C"))};
    const RuleList rules {prefix(1, QStringLiteral("1"), 1, 1, 5), prefix(2, QStringLiteral("1"), 2, 1, 3),
                          prefix(3, QStringLiteral("1"), 3, 1, 2)};
    const auto first = RouteIndex::build(rules, carriers);
    const auto second = RouteIndex::build(RuleList {rules.at(2), rules.at(0), rules.at(1)}, carriers);
    QSet<QString> seen;
    for (qint64 id = 1000; id < 1100; ++id) {
        const RouteDecision a = first->decide(u"+16502530000", u"US", id);
        QCOMPARE(first->decide(u"+16502530000", u"US", id).carrierName(), a.carrierName());
        QCOMPARE(second->decide(u"+16502530000", u"US", id).carrierName(), a.carrierName());
        QCOMPARE(a.messageId(), id);
        seen.insert(a.carrierName());
    }
    QCOMPARE(seen.size(), 3); // and the ids really are spread
}

void TestRouteIndex::disabledCarrierIsSkippedWithReason()
{
    const auto index = RouteIndex::build(
        {prefix(1, QStringLiteral("447"), 1, 1, 1, 10'000), prefix(2, QStringLiteral("447"), 2, 1, 1, 21'000),
         prefix(3, QStringLiteral("447"), 3, 2, 1, 30'000)},
        {carrier(1, QStringLiteral("Carrier B"), false), carrier(2, QStringLiteral("Carrier UK")),
         carrier(3, QStringLiteral("Carrier C"))});
    const RouteDecision d = index->decide(u"+447911123456", u"GG", 1);
    QVERIFY(d.routed());
    QCOMPARE(d.carrierName(), QStringLiteral("Carrier UK"));
    QCOMPARE(d.costMicros(), 21'000);
    QCOMPARE(names(d.candidates()), (words({"Carrier UK", "Carrier B (disabled)", "Carrier C"})));
    QCOMPARE(d.fallbackCarrierIds(), QList<qint64> {3});
    QVERIFY2(d.explanation().contains(QStringLiteral("skipped Carrier B: disabled")), qPrintable(d.explanation()));
}

void TestRouteIndex::unavailableCarrierIsSkippedWithReason()
{
    const auto index = RouteIndex::build({prefix(1, QStringLiteral("351"), 1), prefix(2, QStringLiteral("351"), 2, 2),
                                          fallback(3, 3), fallback(4, 4, 2)},
                                         {carrier(1, QStringLiteral("A")), carrier(2, QStringLiteral("B")),
                                          carrier(3, QStringLiteral("D1")), carrier(4, QStringLiteral("D2"), false)});
    int asked = 0;
    const auto breakers = [&asked](qint64 carrierId) {
        ++asked;
        return carrierId == 1 ? QStringLiteral("circuit breaker open") : QString();
    };
    const RouteDecision d = index->decide(u"+351912345678", u"PT", 5, breakers);
    QCOMPARE(d.carrierName(), QStringLiteral("B"));
    QCOMPARE(names(d.candidates()), (words({"B", "A (circuit breaker open)", "D1", "D2 (disabled)"})));
    QCOMPARE(d.fallbackCarrierIds(), QList<qint64> {3});
    QCOMPARE(asked, 3); // once per enabled carrier, never for a disabled one
    QVERIFY(d.explanation().contains(QStringLiteral("skipped A: circuit breaker open, D2: disabled")));

    const RouteDecision none = index->decide(u"+351912345678", u"PT", 5, [](qint64) { return QStringLiteral("down"); });
    QCOMPARE(none.outcome(), RouteDecision::Outcome::NoAvailableCarrier);
    QVERIFY2(none.reason().contains(QStringLiteral("A (prefix 351): down; B (prefix 351): down; D1 (default): down; "
                                                   "D2 (default): disabled")),
             qPrintable(none.reason()));
}

void TestRouteIndex::unroutableWithReason_data()
{
    QTest::addColumn<RuleList>("rules");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<RouteDecision::Outcome>("outcome");
    QTest::addColumn<QString>("reasonPart");

    using O = RouteDecision::Outcome;
    QTest::newRow("no rules at all") << RuleList {} << "+447911123456" << O::NoMatchingRule
                                     << "+447911123456 is unroutable: no enabled rule matches it";
    QTest::newRow("no matching rule") << RuleList {prefix(1, QStringLiteral("351"), 1),
                                                   country(2, QStringLiteral("PT"), 1)}
                                      << "+447911123456" << O::NoMatchingRule << "no country rule for GG";
    QTest::newRow("disabled rule does not match")
        << RuleList {rule(1, Rule::Kind::Prefix, QStringLiteral("44"), 1, 1, 1, 0, false)} << "+447911123456"
        << O::NoMatchingRule << "no default rule";
    QTest::newRow("only disabled carriers")
        << RuleList {prefix(1, QStringLiteral("44"), 2), fallback(2, 2)} << "+447911123456" << O::NoAvailableCarrier
        << "Off (prefix 44): disabled. Enable a carrier";
    QTest::newRow("not E.164") << RuleList {fallback(1, 1)} << "+44 79" << O::InvalidNumber << "not an E.164 number";
    QTest::newRow("too many digits") << RuleList {fallback(1, 1)} << "+4479111234567890" << O::InvalidNumber
                                     << "at most 15 digits";
}

void TestRouteIndex::unroutableWithReason()
{
    QFETCH(RuleList, rules);
    QFETCH(QString, e164);
    QFETCH(QString, reasonPart);
    const auto index =
        RouteIndex::build(rules, {carrier(1, QStringLiteral("On")), carrier(2, QStringLiteral("Off"), false)});
    const RouteDecision d = index->decide(e164, u"GG", 3);
    QVERIFY(!d.routed());
    QTEST(d.outcome(), "outcome");
    QVERIFY2(d.reason().contains(reasonPart), qPrintable(d.reason()));
    QCOMPARE(d.explanation(), d.reason());
    QCOMPARE(d.carrierId(), 0);
    QVERIFY(d.fallbackCarrierIds().isEmpty());

    // An invalid parsed number is unroutable with the parser's reason.
    const ParsedNumber invalid = PhoneNumberParser().parse(QStringLiteral("+999 123"));
    const RouteDecision refused = index->decide(invalid, 3);
    QCOMPARE(refused.outcome(), RouteDecision::Outcome::InvalidNumber);
    QCOMPARE(refused.reason(), invalid.errorMessage);
}

void TestRouteIndex::fallbacksSpanLevelsOnce()
{
    const auto index = RouteIndex::build({prefix(1, QStringLiteral("4479"), 1), prefix(2, QStringLiteral("447"), 2),
                                          prefix(3, QStringLiteral("44"), 4), country(4, QStringLiteral("GG"), 3),
                                          country(5, QStringLiteral("GG"), 1), fallback(6, 4), fallback(7, 2)},
                                         {carrier(1, QStringLiteral("C")), carrier(2, QStringLiteral("B")),
                                          carrier(3, QStringLiteral("Q")), carrier(4, QStringLiteral("D"))});
    const RouteDecision d = index->decide(u"+447911123456", u"GG", 9);
    // C (4479), B (447), D (44), then GG's Q (C already listed), then default adds nothing new.
    QCOMPARE(names(d.candidates()), (words({"C", "B", "D", "Q"})));
    QCOMPARE(d.fallbackCarrierIds(), (QList<qint64> {2, 4, 3}));
    const auto candidates = d.candidates();
    QCOMPARE(candidates.at(2).ruleText(), QStringLiteral("prefix 44"));
    QCOMPARE(candidates.at(3).ruleText(), QStringLiteral("country GG"));
    QVERIFY(candidates.at(0).chosen);
    QVERIFY(!candidates.at(1).chosen);
}

void TestRouteIndex::leftOutRules()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rule 1 names carrier 77")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rule 2 has prefix .4x.")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rule 3 has country .gb.")));
    const auto index = RouteIndex::build({prefix(1, QStringLiteral("44"), 77), prefix(2, QStringLiteral("4x"), 1),
                                          country(3, QStringLiteral("gb"), 1), fallback(4, 1)},
                                         {carrier(1, QStringLiteral("Only"))});
    QCOMPARE(index->ruleCount(), 1);
    QCOMPARE(index->prefixCount(), 0);
    const RouteDecision d = index->decide(u"+442070313000", u"GB", 1);
    QCOMPARE(d.ruleText(), QStringLiteral("default"));
    QCOMPARE(RouteIndex::empty()->decide(u"+442070313000", u"GB", 1).outcome(), RouteDecision::Outcome::NoMatchingRule);
    QVERIFY(!RouteDecision().routed());
    QVERIFY(RouteDecision().candidates().isEmpty());
}

void TestRouteIndex::explanationSentence()
{
    const auto index = RouteIndex::build(
        {prefix(1, QStringLiteral("447"), 1, 1, 1, 21'000), prefix(2, QStringLiteral("447"), 2, 1, 1, 10'000)},
        {carrier(1, QStringLiteral("Carrier UK")), carrier(2, QStringLiteral("Carrier B"), false)},
        QStringLiteral("EUR"));
    QCOMPARE(index->decide(u"+447911123456", u"GG", 1).explanation(),
             QStringLiteral("+447911123456 → Carrier UK: prefix 447 (priority 1, 0.0210 EUR/segment); skipped "
                            "Carrier B: disabled"));

    const auto weighted = RouteIndex::build(
        {prefix(1, QStringLiteral("447"), 1, 1, 3), prefix(2, QStringLiteral("447"), 2, 1, 1), fallback(3, 3)},
        {carrier(1, QStringLiteral("Heavy")), carrier(2, QStringLiteral("Light")),
         carrier(3, QStringLiteral("World"))});
    for (qint64 id = 1; id < 50; ++id) {
        const RouteDecision d = weighted->decide(u"+447911123456", u"GG", id);
        const QString other =
            d.carrierName() == QStringLiteral("Heavy") ? QStringLiteral("Light") : QStringLiteral("Heavy");
        QCOMPARE(d.explanation(),
                 QStringLiteral("+447911123456 → %1: prefix 447 (priority 1, 0.0000/segment, picked by weight %2 of "
                                "4); fallbacks: %3 (prefix 447), World (default)")
                     .arg(d.carrierName())
                     .arg(d.carrierName() == QStringLiteral("Heavy") ? 3 : 1)
                     .arg(other));
    }
}

SMSROUTER_TEST(TestRouteIndex)
#include "testrouteindex.moc"
