// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// CampaignLifecycle: every transition of the campaign state machine with what it does to the
// messages (start and resume move none: one campaign event each), the timeline a campaign
// message shows, scheduled starts driven by a ManualClock, completion, counters, cost per
// carrier, and the removal of abandoned imports.
#include "campaign/campaigncounttracker.h"
#include "campaign/campaignlifecycle.h"
#include "campaign/messagetimeline.h"
#include "campaign/waitingcounts.h"
#include "dispatch/campaignpromoter.h"
#include "dispatch/dispatcherlease.h"
#include "store/campaigneventrepository.h"
#include "store/campaignrepository.h"
#include "store/carrierrepository.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "store/sql.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using States = QList<MessageState>;
Q_DECLARE_METATYPE(CampaignState)

namespace {

constexpr auto P = MessageState::Pending;
constexpr auto Q = MessageState::Queued;
constexpr auto S = MessageState::Submitting;
constexpr auto Sent = MessageState::Sent;
constexpr auto U = MessageState::Unknown;
constexpr auto D = MessageState::Delivered;
constexpr auto F = MessageState::Failed;
constexpr auto C = MessageState::Cancelled;

} // namespace

class TestCampaignLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void transitions_data();
    void transitions();
    void unknownCampaign();
    void startingAnEmptyCampaignIsRefused();
    void scheduledStartWithInjectedClock();
    void schedulingInThePastIsRefused_data();
    void schedulingInThePastIsRefused();
    void rescheduleAndStartEarly();
    void completeFinished_data();
    void completeFinished();
    void cancelSummarySaysWhatFinishesOnItsOwn();
    void queuedAgainAfterTheCampaignStoppedIsNeverClaimed();
    void countersAndCostPerCarrier();
    void abandonedImportsAreRemovedLiveOnesKept();
    void anImportsHeartbeatCarriesItsCountsSoFar();
    void startWritesNoMessageRow();
    void timelineShowsTheCampaignEventsThatConcernTheMessage();
    void aRunningCampaignsWaitingMessagesCountAsQueued();

private:
    qint64 campaign(CampaignState state, const States &messages, const QString &host = {}, qint64 pid = 0,
                    qint64 heartbeat = 0);
    States messageStates(qint64 campaignId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
    qint64 m_carrierA = 0;
    qint64 m_carrierB = 0;
};

void TestCampaignLifecycle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(testbackend::freshStore(m_dir->filePath(QStringLiteral("s.sqlite"))));
    QVERIFY(db);
    m_db = std::move(*db);
    m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    for (int i : {1, 2}) {
        Carrier carrier;
        carrier.name = QStringLiteral("Carrier %1").arg(QChar(u'A' + i - 1));
        carrier.accountSid = testAccountSid(i);
        auto saved = CarrierRepository(*m_db).insert(carrier);
        QVERIFY(saved);
        (i == 1 ? m_carrierA : m_carrierB) = saved->id;
    }
}

qint64 TestCampaignLifecycle::campaign(CampaignState state, const States &messages, const QString &host, qint64 pid,
                                       qint64 heartbeat)
{
    Campaign c;
    c.name = QStringLiteral("Spring");
    c.sender = QStringLiteral("Shop");
    c.bodyTemplate = QStringLiteral("Hi {name}");
    c.state = state;
    c.createdAt = m_clock.nowMs();
    c.importHost = host;
    c.importPid = pid;
    c.importHeartbeatAt = heartbeat;
    auto inserted = CampaignRepository(*m_db).insert(c);
    if (!inserted)
        qFatal("%s", qPrintable(inserted.errorMessage()));
    int n = 0;
    for (MessageState s : messages) {
        Message m;
        m.campaignId = inserted->id;
        m.to = QStringLiteral("+35191234%1").arg(n, 4, 10, QLatin1Char('0'));
        m.from = c.sender;
        m.body = QStringLiteral("Hi");
        m.state = s;
        m.createdAt = c.createdAt;
        m.updatedAt = c.createdAt;
        m.carrierId = n % 2 == 0 ? m_carrierA : m_carrierB;
        m.segments = 1 + n % 3;
        m.costMicros = m.segments * (n % 2 == 0 ? 20000 : 35000);
        ++n;
        if (!MessageRepository(*m_db).insert(m, QStringLiteral("test")))
            qFatal("could not insert a test message");
    }
    return inserted->id;
}

States TestCampaignLifecycle::messageStates(qint64 campaignId) const
{
    MessageFilter filter;
    filter.campaignId = campaignId;
    filter.limit = 1000;
    auto list = MessageRepository(*m_db).list(filter);
    States states;
    for (auto it = list->crbegin(); it != list->crend(); ++it) // oldest first, as inserted
        states.append(it->state);
    return states;
}

void TestCampaignLifecycle::transitions_data()
{
    QTest::addColumn<CampaignState>("from");
    QTest::addColumn<States>("messages");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("refusal"); // part of the error; empty when allowed
    QTest::addColumn<CampaignState>("to");
    QTest::addColumn<States>("after");

    using CS = CampaignState;
    const States mixed {P, Q, S, Sent, U, D};
    QTest::newRow("start draft") << CS::Draft << States {P, P} << "start"
                                 << "" << CS::Running << States {P, P};
    QTest::newRow("start scheduled") << CS::Scheduled << States {P} << "start"
                                     << "" << CS::Running << States {P};
    QTest::newRow("start running") << CS::Running << States {Q} << "start"
                                   << "already running" << CS::Running << States {Q};
    QTest::newRow("start paused") << CS::Paused << States {P} << "start"
                                  << "resume it" << CS::Paused << States {P};
    QTest::newRow("start completed") << CS::Completed << States {D} << "start"
                                     << "is completed" << CS::Completed << States {D};
    QTest::newRow("start cancelled") << CS::Cancelled << States {C} << "start"
                                     << "is cancelled" << CS::Cancelled << States {C};
    QTest::newRow("start importing") << CS::Importing << States {P} << "start"
                                     << "still being imported" << CS::Importing << States {P};
    QTest::newRow("pause running") << CS::Running << mixed << "pause"
                                   << "" << CS::Paused << States {P, P, S, Sent, U, D};
    QTest::newRow("pause draft") << CS::Draft << States {P} << "pause"
                                 << "has not started" << CS::Draft << States {P};
    QTest::newRow("pause paused") << CS::Paused << States {P} << "pause"
                                  << "paused already" << CS::Paused << States {P};
    QTest::newRow("resume paused") << CS::Paused << States {P, S, Sent} << "resume"
                                   << "" << CS::Running << States {P, S, Sent};
    QTest::newRow("resume running") << CS::Running << States {Q} << "resume"
                                    << "running already" << CS::Running << States {Q};
    QTest::newRow("resume draft") << CS::Draft << States {P} << "resume"
                                  << "start it instead" << CS::Draft << States {P};
    QTest::newRow("cancel draft") << CS::Draft << States {P, P} << "cancel"
                                  << "" << CS::Cancelled << States {C, C};
    QTest::newRow("cancel scheduled") << CS::Scheduled << States {P} << "cancel"
                                      << "" << CS::Cancelled << States {C};
    QTest::newRow("cancel running") << CS::Running << mixed << "cancel"
                                    << "" << CS::Cancelled << States {C, C, S, Sent, U, D};
    QTest::newRow("cancel paused") << CS::Paused << States {P, Sent} << "cancel"
                                   << "" << CS::Cancelled << States {C, Sent};
    QTest::newRow("cancel completed") << CS::Completed << States {D} << "cancel"
                                      << "cannot be cancelled" << CS::Completed << States {D};
    QTest::newRow("cancel cancelled") << CS::Cancelled << States {C} << "cancel"
                                      << "cannot be cancelled" << CS::Cancelled << States {C};
    QTest::newRow("cancel importing") << CS::Importing << States {P} << "cancel"
                                      << "still being imported" << CS::Importing << States {P};
}

void TestCampaignLifecycle::transitions()
{
    QFETCH(CampaignState, from);
    QFETCH(States, messages);
    QFETCH(QString, action);
    QFETCH(QString, refusal);
    QFETCH(CampaignState, to);
    QFETCH(States, after);

    const qint64 id = campaign(from, messages);
    m_clock.advance(std::chrono::minutes(5));
    Status status;
    const auto keep = [&status](const auto &result) {
        if (!result)
            status = result.error();
    };
    if (action == QLatin1String("start"))
        keep(CampaignLifecycle::start(*m_db, id, m_clock));
    else if (action == QLatin1String("pause"))
        keep(CampaignLifecycle::pause(*m_db, id, m_clock));
    else if (action == QLatin1String("resume"))
        keep(CampaignLifecycle::resume(*m_db, id, m_clock));
    else
        keep(CampaignLifecycle::cancel(*m_db, id, m_clock));

    if (refusal.isEmpty()) {
        QVERIFY2(status, qPrintable(status.errorMessage()));
    } else {
        QVERIFY(!status);
        QCOMPARE(status.error().kind, Error::Kind::Invalid);
        QVERIFY2(status.errorMessage().contains(refusal), qPrintable(status.errorMessage()));
    }
    const Campaign c = CampaignRepository(*m_db).findById(id)->value();
    QCOMPARE(c.state, to);
    QCOMPARE(messageStates(id), after);
    if (refusal.isEmpty() && to == CampaignState::Running && from != CampaignState::Paused)
        QCOMPARE(c.startedAt, m_clock.nowMs());
    if (refusal.isEmpty() && to == CampaignState::Cancelled)
        QCOMPARE(c.finishedAt, m_clock.nowMs());

    // A cancel gives each message it moved one event naming the campaign's action; start,
    // pause and resume write one campaign event instead, and the timeline of each message that
    // was in the state it names shows it.
    const bool moves = refusal.isEmpty() && action != QLatin1String("cancel");
    const CampaignEventList campaignEvents = CampaignEventRepository(*m_db).forCampaign(id).value();
    QCOMPARE(campaignEvents.size(), refusal.isEmpty() ? 1 : 0);
    if (!campaignEvents.isEmpty()) {
        QCOMPARE(campaignEvents.first().from, from);
        QCOMPARE(campaignEvents.first().to, to);
        QCOMPARE(campaignEvents.first().at, m_clock.nowMs());
        QVERIFY(campaignEvents.first().detail.startsWith(QStringLiteral("campaign ")));
    }
    const MessageState waitingFrom = action == QLatin1String("pause") ? Q : P;
    MessageRepository repo(*m_db);
    MessageFilter filter;
    filter.campaignId = id;
    MessageList list = repo.list(filter).value();
    std::sort(list.begin(), list.end(), [](const Message &a, const Message &b) { return a.id < b.id; });
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Message &m = list.at(i);
        const auto events = repo.events(m.id).value();
        QVERIFY(!events.isEmpty());
        // A pause puts queued messages back without an event each.
        const bool moved = events.first().to != m.state && action == QLatin1String("cancel");
        QCOMPARE(events.size(), moved ? 2 : 1);
        if (moved) {
            QCOMPARE(events.at(1).from, std::optional<MessageState>(events.first().to));
            QCOMPARE(events.at(1).to, m.state);
            QCOMPARE(events.at(1).at, m_clock.nowMs());
            QVERIFY(events.at(1).detail.startsWith(QStringLiteral("campaign ")));
        }
        const auto timeline = MessageTimeline::read(*m_db, m.id).value();
        const bool shown = moves && messages.at(i) == waitingFrom;
        QCOMPARE(timeline.size(), events.size() + (shown ? 1 : 0));
        if (shown) {
            QCOMPARE(timeline.last().from, std::optional<MessageState>(waitingFrom));
            QCOMPARE(timeline.last().to, waitingFrom == P ? Q : P);
            QCOMPARE(timeline.last().at, m_clock.nowMs());
            QCOMPARE(timeline.last().detail, campaignEvents.first().detail);
        }
    }
}

void TestCampaignLifecycle::unknownCampaign()
{
    auto started = CampaignLifecycle::start(*m_db, 42, m_clock);
    QVERIFY(!started);
    QCOMPARE(started.error().kind, Error::Kind::NotFound);
    QVERIFY(started.errorMessage().contains(QStringLiteral("campaign 42")));
}

void TestCampaignLifecycle::startingAnEmptyCampaignIsRefused()
{
    const qint64 id = campaign(CampaignState::Draft, {});
    auto started = CampaignLifecycle::start(*m_db, id, m_clock);
    QVERIFY(!started);
    QVERIFY(started.errorMessage().contains(QStringLiteral("no message waiting to be sent")));
    QVERIFY(!CampaignLifecycle::schedule(*m_db, id, m_clock.now().addSecs(3600), m_clock));
    QCOMPARE(CampaignRepository(*m_db).findById(id)->value().state, CampaignState::Draft);
}

void TestCampaignLifecycle::scheduledStartWithInjectedClock()
{
    const qint64 id = campaign(CampaignState::Draft, {P, P, P});
    const qint64 other = campaign(CampaignState::Draft, {P});
    const QDateTime at = m_clock.now().addSecs(3600);
    auto scheduled = CampaignLifecycle::schedule(*m_db, id, at, m_clock);
    QVERIFY2(scheduled, qPrintable(scheduled.errorMessage()));
    QCOMPARE(scheduled->state, CampaignState::Scheduled);
    QCOMPARE(scheduled->scheduledAt, at.toMSecsSinceEpoch());
    QCOMPARE(messageStates(id), (States {P, P, P})); // nothing released before its time

    QCOMPARE(CampaignLifecycle::startDue(*m_db, m_clock).value(), QList<qint64>());
    m_clock.advance(std::chrono::minutes(59));
    QCOMPARE(CampaignLifecycle::startDue(*m_db, m_clock).value(), QList<qint64>());
    QCOMPARE(messageStates(id), (States {P, P, P}));

    m_clock.advance(std::chrono::minutes(1));
    QCOMPARE(CampaignLifecycle::startDue(*m_db, m_clock).value(), QList<qint64> {id});
    const Campaign c = CampaignRepository(*m_db).findById(id)->value();
    QCOMPARE(c.state, CampaignState::Running);
    QCOMPARE(c.startedAt, at.toMSecsSinceEpoch());
    QCOMPARE(messageStates(id), (States {P, P, P})); // queued by a dispatcher's promoter
    QCOMPARE(messageStates(other), States {P}); // a draft is never started by the clock
    const MessageList all = MessageRepository(*m_db).list({}).value();
    const auto events = MessageTimeline::read(*m_db, all.last().id).value();
    QCOMPARE(events.last().detail, QStringLiteral("scheduled start"));
    QCOMPARE(events.last().to, Q);

    m_clock.advance(std::chrono::hours(1));
    QCOMPARE(CampaignLifecycle::startDue(*m_db, m_clock).value(), QList<qint64>()); // started once only
}

void TestCampaignLifecycle::schedulingInThePastIsRefused_data()
{
    QTest::addColumn<qint64>("offsetSeconds");
    QTest::newRow("now") << qint64(0);
    QTest::newRow("a second ago") << qint64(-1);
    QTest::newRow("last year") << qint64(-365 * 86400);
}

void TestCampaignLifecycle::schedulingInThePastIsRefused()
{
    QFETCH(qint64, offsetSeconds);
    const qint64 id = campaign(CampaignState::Draft, {P});
    auto scheduled = CampaignLifecycle::schedule(*m_db, id, m_clock.now().addSecs(offsetSeconds), m_clock);
    QVERIFY(!scheduled);
    QCOMPARE(scheduled.error().kind, Error::Kind::Invalid);
    QVERIFY(scheduled.errorMessage().contains(QStringLiteral("not in the future")));
    QCOMPARE(CampaignRepository(*m_db).findById(id)->value().state, CampaignState::Draft);
    QVERIFY(!CampaignLifecycle::schedule(*m_db, id, QDateTime(), m_clock));
}

void TestCampaignLifecycle::rescheduleAndStartEarly()
{
    const qint64 id = campaign(CampaignState::Draft, {P});
    QVERIFY(CampaignLifecycle::schedule(*m_db, id, m_clock.now().addSecs(3600), m_clock));
    QVERIFY(CampaignLifecycle::schedule(*m_db, id, m_clock.now().addSecs(7200), m_clock));
    m_clock.advance(std::chrono::minutes(90));
    QCOMPARE(CampaignLifecycle::startDue(*m_db, m_clock).value(), QList<qint64>()); // the later time holds
    auto started = CampaignLifecycle::start(*m_db, id, m_clock); // start now, before its time
    QVERIFY(started);
    QCOMPARE(started->state, CampaignState::Running);
    m_clock.advance(std::chrono::hours(1));
    QCOMPARE(CampaignLifecycle::startDue(*m_db, m_clock).value(), QList<qint64>());
}

void TestCampaignLifecycle::completeFinished_data()
{
    QTest::addColumn<CampaignState>("state");
    QTest::addColumn<States>("messages");
    QTest::addColumn<bool>("completes");
    QTest::newRow("all settled") << CampaignState::Running << States {Sent, D, F, C} << true;
    QTest::newRow("one queued") << CampaignState::Running << States {D, Q} << false;
    QTest::newRow("one pending") << CampaignState::Running << States {D, P} << false;
    QTest::newRow("one submitting") << CampaignState::Running << States {D, S} << false;
    QTest::newRow("one unknown") << CampaignState::Running << States {D, U} << false;
    QTest::newRow("paused, all settled") << CampaignState::Paused << States {D} << false;
    QTest::newRow("draft") << CampaignState::Draft << States {D} << false;
}

void TestCampaignLifecycle::completeFinished()
{
    QFETCH(CampaignState, state);
    QFETCH(States, messages);
    QFETCH(bool, completes);
    const qint64 id = campaign(state, messages);
    m_clock.advance(std::chrono::seconds(30));
    const auto completed = CampaignLifecycle::completeFinished(*m_db, m_clock);
    QVERIFY(completed);
    QCOMPARE(*completed, completes ? QList<qint64> {id} : QList<qint64>());
    const Campaign c = CampaignRepository(*m_db).findById(id)->value();
    QCOMPARE(c.state, completes ? CampaignState::Completed : state);
    QCOMPARE(c.finishedAt, completes ? m_clock.nowMs() : 0);
    QCOMPARE(CampaignLifecycle::completeFinished(*m_db, m_clock).value(), QList<qint64>());
}

void TestCampaignLifecycle::cancelSummarySaysWhatFinishesOnItsOwn()
{
    const qint64 id = campaign(CampaignState::Running, {P, Q, Q, S, U, Sent, Sent, D});
    auto summary = CampaignLifecycle::cancel(*m_db, id, m_clock);
    QVERIFY(summary);
    QCOMPARE(summary->cancelled, 3);
    QCOMPARE(summary->submitting, 1);
    QCOMPARE(summary->unknown, 1);
    QCOMPARE(summary->sent, 2);
    QCOMPARE(summary->campaign.state, CampaignState::Cancelled);
    QCOMPARE(summary->text(),
             QStringLiteral("Cancelled campaign %1: 3 messages will not be sent. Finishing on their own: 1 "
                            "being submitted and 1 awaiting reconciliation. 2 were already sent; "
                            "their delivery is still followed.")
                 .arg(id));
}

void TestCampaignLifecycle::queuedAgainAfterTheCampaignStoppedIsNeverClaimed()
{
    // The dispatcher puts a message back in the queue after a 429, a failover or an unknown
    // found not sent, even when its campaign was paused or cancelled meanwhile.
    const qint64 running = campaign(CampaignState::Running, States {Q, Q});
    const qint64 paused = campaign(CampaignState::Paused, States {Q, Q, Sent});
    const qint64 cancelled = campaign(CampaignState::Cancelled, States {Q, Q, D});
    const auto claimAll = [this] {
        QList<qint64> campaigns;
        for (qint64 carrier : {m_carrierA, m_carrierB}) {
            auto claimed = MessageRepository(*m_db).claimDue(carrier, 100, m_clock.nowMs(), QStringLiteral("test"));
            if (!claimed)
                qFatal("%s", qPrintable(claimed.errorMessage()));
            for (const Message &m : std::as_const(*claimed))
                campaigns.append(m.campaignId);
        }
        return campaigns;
    };
    m_clock.advance(std::chrono::minutes(1));
    QCOMPARE(claimAll(), (QList<qint64> {running, running}));

    auto parked = CampaignLifecycle::parkStopped(*m_db, m_clock);
    QVERIFY2(parked, qPrintable(parked.errorMessage()));
    QCOMPARE(*parked, qint64(4));
    QCOMPARE(messageStates(paused), (States {P, P, Sent}));
    QCOMPARE(messageStates(cancelled), (States {C, C, D}));
    QCOMPARE(*CampaignLifecycle::parkStopped(*m_db, m_clock), qint64(0));

    // Resuming queues the paused campaign's messages again (a dispatcher's promoter), and then
    // they are sent.
    QVERIFY(CampaignLifecycle::resume(*m_db, paused, m_clock));
    QCOMPARE(claimAll(), QList<qint64>());
    QCOMPARE(CampaignPromoter(*m_db, m_clock, {}).promote().value(), qint64(2));
    QCOMPARE(claimAll(), (QList<qint64> {paused, paused}));
}

void TestCampaignLifecycle::countersAndCostPerCarrier()
{
    // Messages alternate carriers A and B; segments cycle 1, 2, 3; A costs 0.02, B 0.035 a segment.
    const qint64 id = campaign(CampaignState::Running, {Q, Q, Q, S, D, C});
    const qint64 other = campaign(CampaignState::Draft, {P, P});
    const auto counts = CampaignRepository(*m_db).countsByCampaign().value();
    QCOMPARE(counts.value(id).value(MessageState::Queued), 3);
    QCOMPARE(counts.value(id).value(MessageState::Submitting), 1);
    QCOMPARE(counts.value(id).value(MessageState::Delivered), 1);
    QCOMPARE(counts.value(id).value(MessageState::Cancelled), 1);
    QCOMPARE(counts.value(other).value(MessageState::Pending), 2);
    QCOMPARE(MessageRepository(*m_db).countByState(id).value(), counts.value(id));

    // n: 0 A 1 seg, 1 B 2 seg, 2 A 3 seg, 3 B 1 seg, 4 A 2 seg, 5 B 3 seg (cancelled: left out)
    const CarrierCostList costs = CampaignRepository(*m_db).costByCarrier(id).value();
    QCOMPARE(costs.size(), 2);
    QCOMPARE(costs.at(0), (CarrierCost {m_carrierA, QStringLiteral("Carrier A"), 3, 6, 120000}));
    QCOMPARE(costs.at(1), (CarrierCost {m_carrierB, QStringLiteral("Carrier B"), 2, 3, 105000}));

    // Cancelling leaves the queued ones out of the campaign's own estimate too, as in the detail
    // pane: what remains is n 3 (B, 1 segment) and n 4 (A, 2 segments).
    QVERIFY(CampaignLifecycle::cancel(*m_db, id, m_clock));
    QCOMPARE(CampaignRepository(*m_db).findById(id).value()->estimatedCostMicros, qint64(35000 + 40000));
}

void TestCampaignLifecycle::abandonedImportsAreRemovedLiveOnesKept()
{
    QProcess finished;
    finished.start(QStringLiteral("true"), {});
    QVERIFY(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    QVERIFY(finished.waitForFinished());

    const QString here = DispatcherLease::thisHost();
    const qint64 now = m_clock.nowMs();
    const qint64 self = QCoreApplication::applicationPid();
    const qint64 deadHere = campaign(CampaignState::Importing, {P, P}, here, deadPid, now);
    const qint64 live = campaign(CampaignState::Importing, {P}, here, self, now - 60'000);
    const qint64 hung = campaign(CampaignState::Importing, {P}, here, self, now - 11 * 60'000);
    const qint64 silentElsewhere =
        campaign(CampaignState::Importing, {P}, QStringLiteral("elsewhere"), 4242, now - 11 * 60'000);
    const qint64 recentElsewhere =
        campaign(CampaignState::Importing, {P}, QStringLiteral("elsewhere"), 4242, now - 60'000);
    const qint64 draft = campaign(CampaignState::Draft, {P}, here, deadPid, 0);

    // A live importer writes a slice (and beats) every few milliseconds: ten silent minutes mean
    // it is gone even when its pid still runs (reused, or a process whose cleanup failed).
    const auto removed = CampaignLifecycle::removeAbandonedImports(*m_db, m_clock);
    QVERIFY(removed);
    QCOMPARE(*removed, (QList<qint64> {deadHere, hung, silentElsewhere}));
    CampaignRepository campaigns(*m_db);
    QVERIFY(!campaigns.findById(deadHere)->has_value());
    QVERIFY(!campaigns.findById(silentElsewhere)->has_value());
    QVERIFY(!campaigns.findById(hung)->has_value());
    QCOMPARE(MessageRepository(*m_db).countByState(deadHere)->value(MessageState::Pending), 0);
    for (qint64 kept : {live, recentElsewhere, draft})
        QVERIFY(campaigns.findById(kept)->has_value());
    QCOMPARE(MessageRepository(*m_db).countByState(live)->value(MessageState::Pending), 1);

    QVERIFY(!CampaignLifecycle::removeImport(*m_db, draft)); // only an import in progress may be removed
    QVERIFY(CampaignLifecycle::removeImport(*m_db, live));
    QVERIFY(!campaigns.findById(live)->has_value());
}

void TestCampaignLifecycle::startWritesNoMessageRow()
{
    const qint64 id = campaign(CampaignState::Draft, {P, P, P, P});
    const auto snapshot = [this] {
        auto q = sql::run(m_db->connection(),
                          QStringLiteral("SELECT (SELECT COUNT(*) FROM message_events), (SELECT COALESCE(MAX("
                                         "updated_at), 0) FROM messages), (SELECT COUNT(*) FROM messages WHERE state = "
                                         "'pending')"));
        if (!q || !q->next())
            qFatal("could not read the store");
        return QList<qint64> {q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong()};
    };
    const QList<qint64> before = snapshot();
    m_clock.advance(std::chrono::minutes(1));
    auto started = CampaignLifecycle::start(*m_db, id, m_clock);
    QVERIFY2(started, qPrintable(started.errorMessage()));
    QCOMPARE(snapshot(), before); // no event, no message touched
    const CampaignEventList events = CampaignEventRepository(*m_db).forCampaign(id).value();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().from, CampaignState::Draft);
    QCOMPARE(events.first().to, CampaignState::Running);
    QCOMPARE(events.first().messagesFrom, std::optional<MessageState>(P));
    QCOMPARE(events.first().messagesTo, std::optional<MessageState>(Q));
    QCOMPARE(events.first().messages, testbackend::usesPostgres() ? 0 : 4); // PostgreSQL: not counted
    QCOMPARE(events.first().detail, QStringLiteral("campaign started"));
}

void TestCampaignLifecycle::timelineShowsTheCampaignEventsThatConcernTheMessage()
{
    const qint64 id = campaign(CampaignState::Draft, {P, P, P});
    const qint64 created = m_clock.nowMs();
    MessageFilter filter;
    filter.campaignId = id;
    MessageList list = MessageRepository(*m_db).list(filter).value();
    std::sort(list.begin(), list.end(), [](const Message &a, const Message &b) { return a.id < b.id; });

    m_clock.advance(std::chrono::seconds(10));
    const qint64 startedAt = m_clock.nowMs();
    QVERIFY(CampaignLifecycle::start(*m_db, id, m_clock));
    CampaignPromoter::Options one;
    one.slice = 1;
    QCOMPARE(CampaignPromoter(*m_db, m_clock, one).promote().value(), qint64(1)); // list[0] only
    m_clock.advance(std::chrono::seconds(10));
    const qint64 claimedAt = m_clock.nowMs();
    const MessageList claimed =
        MessageRepository(*m_db).claimDue(m_carrierA, 10, m_clock.nowMs(), QStringLiteral("claimed"), id).value();
    QCOMPARE(claimed.size(), 1);
    QCOMPARE(claimed.first().id, list.at(0).id);
    m_clock.advance(std::chrono::seconds(10));
    const qint64 pausedAt = m_clock.nowMs();
    QVERIFY(CampaignLifecycle::pause(*m_db, id, m_clock));
    m_clock.advance(std::chrono::seconds(10));
    const qint64 resumedAt = m_clock.nowMs();
    QVERIFY(CampaignLifecycle::resume(*m_db, id, m_clock));
    QVERIFY(CampaignLifecycle::cancel(*m_db, id, m_clock)); // at the same time, after the resume
    using Row = std::tuple<qint64, std::optional<MessageState>, MessageState, QString>;
    const auto rows = [this](qint64 messageId) {
        QList<Row> rows;
        const QList<MessageEvent> timeline = MessageTimeline::read(*m_db, messageId).value();
        for (const MessageEvent &e : timeline)
            rows.append({e.at, e.from, e.to, e.detail});
        return rows;
    };
    const auto none = std::optional<MessageState>();
    // Claimed before the pause: the pause and the resume do not concern it.
    QCOMPARE(rows(list.at(0).id),
             (QList<Row> {{created, none, P, QStringLiteral("test")},
                          {startedAt, P, Q, QStringLiteral("campaign started")},
                          {claimedAt, Q, S, QStringLiteral("claimed")}}));
    // Never promoted: queued by the start, back to pending by the pause, queued by the resume,
    // cancelled with its own event.
    QCOMPARE(rows(list.at(1).id),
             (QList<Row> {{created, none, P, QStringLiteral("test")},
                          {startedAt, P, Q, QStringLiteral("campaign started")},
                          {pausedAt, Q, P, QStringLiteral("campaign paused")},
                          {resumedAt, P, Q, QStringLiteral("campaign resumed")},
                          {resumedAt, P, C, QStringLiteral("campaign cancelled")}}));
    // A single send has only its own events.
    Message single;
    single.to = QStringLiteral("+351912340099");
    single.from = QStringLiteral("Shop");
    single.body = QStringLiteral("Hi");
    single.state = Q;
    single.createdAt = m_clock.nowMs();
    single.carrierId = m_carrierA;
    const Message inserted = MessageRepository(*m_db).insert(single, QStringLiteral("sent by hand")).value();
    QCOMPARE(rows(inserted.id), (QList<Row> {{m_clock.nowMs(), none, Q, QStringLiteral("sent by hand")}}));
}

void TestCampaignLifecycle::aRunningCampaignsWaitingMessagesCountAsQueued()
{
    const StateCounts stored {{P, 7}, {Q, 3}, {S, 1}};
    QCOMPARE(campaignWaitingCounts(CampaignState::Running, stored), (StateCounts {{Q, 10}, {S, 1}}));
    QCOMPARE(campaignWaitingCounts(CampaignState::Paused, stored), (StateCounts {{P, 10}, {S, 1}}));
    QCOMPARE(campaignWaitingCounts(CampaignState::Draft, {{P, 2}}), (StateCounts {{P, 2}}));
    QCOMPARE(campaignWaitingCounts(CampaignState::Completed, {{D, 2}}), (StateCounts {{D, 2}}));

    // The Campaigns page's counts follow a start, its promotion, a claim and a pause.
    const qint64 id = campaign(CampaignState::Draft, {P, P, P, P});
    CampaignCountTracker tracker(*m_db, m_clock);
    QCOMPARE(tracker.refresh().value().counts.value(id), (StateCounts {{P, 4}}));
    QVERIFY(CampaignLifecycle::start(*m_db, id, m_clock));
    QCOMPARE(tracker.refresh().value().counts.value(id), (StateCounts {{Q, 4}}));
    CampaignPromoter::Options two;
    two.slice = 2;
    QCOMPARE(CampaignPromoter(*m_db, m_clock, two).promote().value(), qint64(2));
    QCOMPARE(tracker.refresh().value().counts.value(id), (StateCounts {{Q, 4}}));
    m_clock.advance(std::chrono::seconds(1));
    QCOMPARE(MessageRepository(*m_db).claimDue(m_carrierA, 10, m_clock.nowMs(), QStringLiteral("c"), id)->size(), 1);
    const CampaignSnapshot afterClaim = tracker.refresh().value();
    QVERIFY(!afterClaim.countedInFull);
    QCOMPARE(afterClaim.counts.value(id), (StateCounts {{Q, 3}, {S, 1}}));
    QVERIFY(CampaignLifecycle::pause(*m_db, id, m_clock));
    const CampaignSnapshot afterPause = tracker.refresh().value();
    QVERIFY(!afterPause.countedInFull); // followed through the events, without drifting
    QCOMPARE(afterPause.counts.value(id), (StateCounts {{P, 3}, {S, 1}}));
}

SMSROUTER_TEST(TestCampaignLifecycle)
void TestCampaignLifecycle::anImportsHeartbeatCarriesItsCountsSoFar()
{
    // The Campaigns page shows an importing campaign's counts from its row, as the import goes.
    const qint64 id = campaign(CampaignState::Importing, {}, QStringLiteral("here"), 1, m_clock.nowMs());
    QVERIFY(CampaignRepository(*m_db).heartbeat(id, m_clock.nowMs() + 100, 32768, 32000, 768));
    const Campaign c = *CampaignRepository(*m_db).findById(id).value();
    QCOMPARE(c.importHeartbeatAt, m_clock.nowMs() + 100);
    QCOMPARE(c.rowsTotal, qint64(32768));
    QCOMPARE(c.accepted, qint64(32000));
    QCOMPARE(c.rejected, qint64(768));
}

#include "testcampaignlifecycle.moc"
