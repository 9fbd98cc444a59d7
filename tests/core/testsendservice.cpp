// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// SendService: what a single send checks, how it routes, what it stores.
#include "carriers/carrierservice.h"
#include "dispatch/sendservice.h"
#include "optouts/optoutservice.h"
#include "routing/ruleservice.h"
#include "session/session.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QSqlQuery>
#include <QTest>

class TestSendService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    Carrier m_uk;
    Carrier m_any;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        QVERIFY(m_session->settings().setDefaultRegion(QStringLiteral("PT")));
        Carrier uk;
        uk.name = QStringLiteral("UK");
        uk.accountSid = testAccountSid(1);
        m_uk = *m_session->carriers().add(uk, "t");
        Carrier any = uk;
        any.name = QStringLiteral("Any");
        any.accountSid = testAccountSid(2);
        m_any = *m_session->carriers().add(any, "t");
        Rule prefix;
        prefix.kind = Rule::Kind::Prefix;
        prefix.value = QStringLiteral("44");
        prefix.carrierId = m_uk.id;
        prefix.costMicros = 21'000;
        QVERIFY(m_session->rules().add(prefix));
        Rule fallback = prefix;
        fallback.priority = 2;
        fallback.carrierId = m_any.id;
        QVERIFY(m_session->rules().add(fallback));
    }

    void cleanup()
    {
        m_session.reset();
        m_store.reset();
    }

    void splitRecipients()
    {
        QCOMPARE(SendService::splitRecipients(QStringLiteral(" +44 7911 123456 ,\n912345678;;\r\n\n+351 21 000 0000 ")),
                 (QStringList {QStringLiteral("+44 7911 123456"), QStringLiteral("912345678"),
                               QStringLiteral("+351 21 000 0000")}));
    }

    void senders_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<bool>("ok");
        QTest::newRow("E.164") << "+15550001111" << true;
        QTest::newRow("short code") << "4567" << true;
        QTest::newRow("name") << "SMSRouter" << true;
        QTest::newRow("name with space") << "My Shop" << true;
        QTest::newRow("11 characters") << "ABCDEFGHIJK" << true;
        QTest::newRow("12 characters") << "ABCDEFGHIJKL" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("accents") << "Café" << false;
        QTest::newRow("two digits") << "12" << false;
    }

    void senders()
    {
        QFETCH(QString, from);
        QFETCH(bool, ok);
        QCOMPARE(SendService::checkSender(from).isEmpty(), ok);
    }

    void planShowsEachRecipient()
    {
        SendRequest r;
        r.recipients = {QStringLiteral("+447911123456"), QStringLiteral("not a number"),
                        QStringLiteral("+44 7911 123456"), QStringLiteral("912345678")};
        r.from = QStringLiteral("Router");
        r.body = QStringLiteral("Hi ’there’");
        const SendPlan plan = m_session->sends().plan(r);
        QVERIFY(plan.problems.isEmpty());
        QCOMPARE(plan.segments.encoding, SmsEncoding::Ucs2);
        QCOMPARE(plan.recipients.size(), 4);
        QCOMPARE(plan.recipients.at(0).carrierName, QStringLiteral("UK"));
        QCOMPARE(plan.recipients.at(0).costMicros, qint64(21'000));
        QCOMPARE(plan.recipients.at(1).problemKind, QStringLiteral("invalid_number"));
        QCOMPARE(plan.recipients.at(2).problemKind, QStringLiteral("duplicate"));
        QCOMPARE(plan.recipients.at(3).problemKind, QStringLiteral("unroutable")); // PT: no rule
        QCOMPARE(plan.sendableCount(), 1);
        QCOMPARE(plan.totalCostMicros, qint64(21'000));
        QVERIFY(plan.canSend());
    }

    void wholeSendProblems()
    {
        SendRequest r;
        r.recipients = {QStringLiteral("+447911123456")};
        r.from = QStringLiteral("Router");
        r.body = QString(161 * 10 + 1, QLatin1Char('a'));
        SendPlan plan = m_session->sends().plan(r);
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY2(plan.problems.first().contains(QStringLiteral("needs 11 segments; the limit is 10")),
                 qPrintable(plan.problems.first()));
        QVERIFY(!plan.canSend());
        auto refused = m_session->sends().enqueue(r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QCOMPARE(MessageRepository(m_session->database())
                     .countInStates({MessageState::Queued, MessageState::Rejected})
                     .value(),
                 qint64(0));

        r.body = QStringLiteral("ok");
        r.carrierName = QStringLiteral("Nope");
        plan = m_session->sends().plan(r);
        QVERIFY(plan.problems.first().contains(QStringLiteral("no carrier named “Nope”")));
    }

    void enqueueStoresQueuedAndRejectedWithEvents()
    {
        SendRequest r;
        r.recipients = {QStringLiteral("+447911123456"), QStringLiteral("912345678")};
        r.from = QStringLiteral("Router");
        r.body = QStringLiteral("Hello");
        auto stored = m_session->sends().enqueue(r);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->size(), 2);
        const Message queued = stored->at(0);
        QCOMPARE(queued.state, MessageState::Queued);
        QCOMPARE(queued.to, QStringLiteral("+447911123456"));
        QCOMPARE(queued.region, QStringLiteral("GG"));
        QCOMPARE(queued.carrierId, m_uk.id);
        QCOMPARE(queued.fallbackCarriers, QList<qint64> {m_any.id});
        QVERIFY(queued.ruleId != 0);
        const Message rejected = stored->at(1);
        QCOMPARE(rejected.state, MessageState::Rejected);
        QCOMPARE(rejected.to, QStringLiteral("+351912345678"));
        QVERIFY(!rejected.lastError.isEmpty());

        MessageRepository repo(m_session->database());
        QCOMPARE(repo.find(queued.id)->value(), queued);
        const auto events = *repo.events(queued.id);
        QCOMPARE(events.size(), 1);
        QVERIFY(!events.first().from.has_value());
        QCOMPARE(events.first().to, MessageState::Queued);
        QVERIFY2(events.first().detail.contains(QStringLiteral("→ UK: prefix 44")), qPrintable(events.first().detail));
        QVERIFY(repo.events(rejected.id)->first().detail.startsWith(QStringLiteral("Rejected (unroutable)")));
    }

    void optedOutNumbersAreNotSent()
    {
        QVERIFY(m_session->optouts().add(QStringLiteral("+44 7911 123456")));
        SendRequest r;
        r.recipients = {QStringLiteral("+447911123456"), QStringLiteral("+447911123457")};
        r.from = QStringLiteral("Router");
        r.body = QStringLiteral("Hello");
        const SendPlan plan = m_session->sends().plan(r);
        QCOMPARE(plan.recipients.at(0).problemKind, QStringLiteral("opted_out"));
        QVERIFY(plan.recipients.at(1).sendable());
        QCOMPARE(plan.totalCostMicros, qint64(21'000)); // only the one that goes
        auto stored = m_session->sends().enqueue(r);
        QVERIFY(stored);
        QCOMPARE(stored->at(0).state, MessageState::Rejected);
        QCOMPARE(stored->at(1).state, MessageState::Queued);
    }

    void anUnreadableOptOutListSendsNothing()
    {
        // Fail closed: without the list, no one can be known not to have opted out.
        QSqlQuery rename(m_session->database().connection());
        QVERIFY(rename.exec(QStringLiteral("ALTER TABLE optouts RENAME TO optouts_elsewhere")));
        SendRequest r;
        r.recipients = {QStringLiteral("+447911123456")};
        r.from = QStringLiteral("Router");
        r.body = QStringLiteral("Hello");
        auto stored = m_session->sends().enqueue(r);
        QVERIFY(!stored);
        QVERIFY2(stored.errorMessage().contains(QStringLiteral("opt-out list could not be read")),
                 qPrintable(stored.errorMessage()));
        QSqlQuery count(m_session->database().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

    void forcedCarrierSkipsRouting()
    {
        SendRequest r;
        r.recipients = {QStringLiteral("+447911123456")};
        r.from = QStringLiteral("Router");
        r.body = QStringLiteral("Hello");
        r.carrierName = QStringLiteral("Any");
        auto stored = m_session->sends().enqueue(r);
        QVERIFY(stored);
        QCOMPARE(stored->first().carrierId, m_any.id);
        QVERIFY(stored->first().fallbackCarriers.isEmpty());
        QCOMPARE(stored->first().costMicros, qint64(21'000)); // Any's own rule price for +44
    }

    // The same text to the same number from the same sender within ten minutes is asked about
    // (the plan names the earlier message) and refused unless allowed; anything else is not.
    void repeatsWithinTenMinutesAreRefusedUnlessAllowed()
    {
        ManualClock clock;
        m_session.reset();
        m_session = m_store->openSession(SecretBackend::Database, &clock);
        SendRequest r;
        r.recipients = {QStringLiteral("+447911123456"), QStringLiteral("+447911123457")};
        r.from = QStringLiteral("Router");
        r.body = QStringLiteral("Hello");
        auto first = m_session->sends().enqueue(r);
        QVERIFY(first);
        MessageRepository repo(m_session->database());
        auto count = [&repo] {
            return repo.count(MessageFilter()).value();
        };
        QCOMPARE(count(), qint64(2));

        clock.advance(std::chrono::minutes(9));
        SendPlan again = m_session->sends().plan(r);
        QCOMPARE(again.repeatCount(), 2);
        QCOMPARE(again.recipients.at(0).repeatOfId, first->at(0).id);
        QVERIFY2(again.repeatWarning.startsWith(
                     QStringLiteral("2 of these numbers got this text from “Router” in the last 10 minutes")),
                 qPrintable(again.repeatWarning));
        QVERIFY(again.canSend()); // a question, not a problem
        auto refused = m_session->sends().enqueue(r);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QCOMPARE(count(), qint64(2)); // nothing stored

        SendRequest one = r;
        one.recipients = {QStringLiteral("+44 7911 123456")}; // written differently, same number
        const QString warning = m_session->sends().plan(one).repeatWarning;
        QVERIFY2(warning.startsWith(QStringLiteral("Message %1 sent this text from “Router” to +447911123456 9 minutes "
                                                   "ago")
                                        .arg(first->at(0).id)),
                 qPrintable(warning));

        SendRequest otherSender = r;
        otherSender.from = QStringLiteral("Shop");
        QCOMPARE(m_session->sends().plan(otherSender).repeatCount(), 0);
        SendRequest otherText = r;
        otherText.body = QStringLiteral("Hello!");
        QCOMPARE(m_session->sends().plan(otherText).repeatCount(), 0);

        r.allowRepeat = true;
        QVERIFY(m_session->sends().enqueue(r));
        QCOMPARE(count(), qint64(4));

        clock.advance(std::chrono::minutes(10) + std::chrono::milliseconds(1));
        r.allowRepeat = false;
        QCOMPARE(m_session->sends().plan(r).repeatCount(), 0); // the last send was 10 min 1 ms ago
        QVERIFY(m_session->sends().enqueue(r));
    }

    void aRejectedMessageIsNoRepeat()
    {
        QVERIFY(m_session->optouts().add(QStringLiteral("+447911123456")));
        SendRequest r;
        r.recipients = {QStringLiteral("+447911123456"), QStringLiteral("+447911123457")};
        r.from = QStringLiteral("Router");
        r.body = QStringLiteral("Hello");
        auto first = m_session->sends().enqueue(r);
        QVERIFY(first);
        QCOMPARE(first->at(0).state, MessageState::Rejected); // opted out: nothing went out
        QVERIFY(m_session->optouts().remove(QStringLiteral("+447911123456")));
        const SendPlan again = m_session->sends().plan(r);
        QVERIFY(again.recipients.at(0).sendable());
        QCOMPARE(again.recipients.at(0).repeatOfId, qint64(0));
        QCOMPARE(again.recipients.at(1).repeatOfId, first->at(1).id);
    }
};

SMSROUTER_TEST(TestSendService)
#include "testsendservice.moc"
