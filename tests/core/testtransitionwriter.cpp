// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// TransitionWriter: a busy store loses no result, and one transition the store can never take
// does not hold every other result back for ever.
#include "dispatch/transitionwriter.h"
#include "messagetesting.h"
#include "session/session.h"
#include "store/database.h"
#include "store/messagerepository.h"
#include "tempstore.h"
#include "testbackend.h"
#include "testprogram.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace mt = messagetesting;
using namespace std::chrono_literals;

class TestTransitionWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;
    MessageList m_messages;
    std::unique_ptr<Database> m_holder;

    Database &db() { return m_session->database(); }

    /// The store refuses every update of a message for which `when` holds (SQL over NEW).
    void refuseUpdatesWhen(const QString &when)
    {
        QVERIFY(testbackend::refuse(db(), QStringLiteral("UPDATE"), QStringLiteral("messages"), when,
                                    QStringLiteral("refused by the test")));
    }
    void acceptUpdatesAgain() { QVERIFY(testbackend::acceptAgain(db(), QStringLiteral("messages"))); }

    /// Another connection holds the store for writing (as an import or a second program would);
    /// this one gives up at once instead of waiting the busy timeout.
    void holdTheStore()
    {
        QVERIFY(testbackend::dontWait(db()));
        auto other = Database::open(m_store->path(), Database::OpenMode::ExistingOnly);
        QVERIFY2(other, qPrintable(other.errorMessage()));
        m_holder = std::move(*other);
        QVERIFY(testbackend::holdForWriting(*m_holder));
    }
    void releaseTheStore()
    {
        QSqlQuery rollback(m_holder->connection());
        QVERIFY(rollback.exec(QStringLiteral("ROLLBACK")));
        m_holder.reset();
    }

    /// Every stored message, queued → cancelled.
    void cancelAll(TransitionWriter &writer)
    {
        for (const Message &m : std::as_const(m_messages)) {
            MessageTransition t {m, MessageState::Queued, 0, QStringLiteral("test")};
            t.after.state = MessageState::Cancelled;
            writer.add(t);
        }
    }

    MessageState stateOf(qint64 id)
    {
        auto found = MessageRepository(db()).find(id);
        return found && found->has_value() ? (*found)->state : MessageState::Pending;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempStore>();
        m_session = m_store->openSession(SecretBackend::Database);
        m_messages = mt::insertMany(db(), 5);
    }

    void cleanup()
    {
        m_messages.clear();
        m_holder.reset();
        m_session.reset();
        m_store.reset();
    }

    void writesABatchInOneGo()
    {
        TransitionWriter writer(db(), 1h, 1000);
        QSignalSpy written(&writer, &TransitionWriter::written);
        cancelAll(writer);
        QCOMPARE(writer.pending(), 5);
        QVERIFY(writer.flush());
        QCOMPARE(writer.pending(), 0);
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().first().toInt(), 5);
        for (const Message &m : std::as_const(m_messages))
            QCOMPARE(stateOf(m.id), MessageState::Cancelled);
    }

    void aStoreThatTakesNothingLosesNothing()
    {
        holdTheStore();
        TransitionWriter writer(db(), 1h, 1000);
        QSignalSpy setAside(&writer, &TransitionWriter::setAside);
        QSignalSpy failed(&writer, &TransitionWriter::failed);
        cancelAll(writer);
        for (int i = 0; i < 4 * (TransitionWriter::isolateAfter + TransitionWriter::setAsideAfter); ++i)
            QVERIFY(!writer.flush());
        QCOMPARE(writer.pending(), 5);
        QVERIFY(setAside.isEmpty()); // busy is the store's trouble, never the transitions'
        QVERIFY2(failed.constLast().first().toString().contains(QStringLiteral("locked"), Qt::CaseInsensitive)
                     || failed.constLast().first().toString().contains(QStringLiteral("busy"), Qt::CaseInsensitive),
                 qPrintable(failed.constLast().first().toString()));

        releaseTheStore();
        QVERIFY(writer.flush());
        QCOMPARE(writer.pending(), 0);
        for (const Message &m : std::as_const(m_messages))
            QCOMPARE(stateOf(m.id), MessageState::Cancelled);
    }

    void aHopelessTransitionIsSetAsideAndTheRestWritten()
    {
        const qint64 hopeless = m_messages.at(2).id;
        refuseUpdatesWhen(QStringLiteral("NEW.id = %1").arg(hopeless));
        TransitionWriter writer(db(), 1h, 1000);
        QSignalSpy setAside(&writer, &TransitionWriter::setAside);
        cancelAll(writer);
        for (int i = 0; i < TransitionWriter::isolateAfter; ++i)
            QVERIFY(!writer.flush()); // the whole batch, refused for the one
        QCOMPARE(stateOf(m_messages.at(0).id), MessageState::Queued);

        QVERIFY(!writer.flush()); // one by one: the others go through
        QCOMPARE(writer.pending(), 1);
        for (const Message &m : std::as_const(m_messages))
            QCOMPARE(stateOf(m.id), m.id == hopeless ? MessageState::Queued : MessageState::Cancelled);
        QVERIFY(setAside.isEmpty());

        for (int i = 1; i < TransitionWriter::setAsideAfter - 1; ++i)
            QVERIFY(!writer.flush());
        QVERIFY(setAside.isEmpty());
        QVERIFY(writer.flush()); // the last refusal allowed: given up on
        QCOMPARE(writer.pending(), 0);
        QCOMPARE(setAside.size(), 1);
        QCOMPARE(setAside.first().at(0).toLongLong(), hopeless);
        QVERIFY(setAside.first().at(1).toString().contains(QStringLiteral("refused by the test")));
        QCOMPARE(stateOf(hopeless), MessageState::Queued); // its stored state stands

        // Back to batches: the next results are written in one go.
        acceptUpdatesAgain();
        QSignalSpy written(&writer, &TransitionWriter::written);
        Message next = mt::insert(db(), mt::make(QStringLiteral("+447911999999")));
        MessageTransition t {next, MessageState::Queued, 0, QStringLiteral("test")};
        t.after.state = MessageState::Cancelled;
        writer.add(t);
        QVERIFY(writer.flush());
        QCOMPARE(written.size(), 1);
        QCOMPARE(stateOf(next.id), MessageState::Cancelled);
    }

    void aBusyStoreDuringIsolationCountsAgainstNoOne()
    {
        // One transition breaks a constraint; then the store is busy for a while. The busy
        // rounds stop at once and count nothing: the hopeless one is set aside after exactly
        // its own refusals, and nothing else is lost.
        const qint64 hopeless = m_messages.at(2).id;
        refuseUpdatesWhen(QStringLiteral("NEW.id = %1").arg(hopeless));
        TransitionWriter writer(db(), 1h, 1000);
        QSignalSpy setAside(&writer, &TransitionWriter::setAside);
        cancelAll(writer);
        for (int i = 0; i < TransitionWriter::isolateAfter; ++i)
            QVERIFY(!writer.flush());
        QVERIFY(!writer.flush()); // one by one: four written, the hopeless one refused once
        QCOMPARE(writer.pending(), 1);

        holdTheStore();
        for (int i = 0; i < 10; ++i)
            QVERIFY(!writer.flush());
        QVERIFY(setAside.isEmpty());
        releaseTheStore();

        for (int i = 1; i < TransitionWriter::setAsideAfter - 1; ++i)
            QVERIFY(!writer.flush());
        QVERIFY(setAside.isEmpty());
        QVERIFY(writer.flush());
        QCOMPARE(setAside.size(), 1);
    }

    void aStoreThatRecoversDuringIsolationSetsNothingAside()
    {
        // Refused as a batch, then one by one only for a while: the store was busy, not the
        // transitions wrong. Nothing is given up, everything is written.
        holdTheStore();
        TransitionWriter writer(db(), 1h, 1000);
        QSignalSpy setAside(&writer, &TransitionWriter::setAside);
        cancelAll(writer);
        for (int i = 0; i < TransitionWriter::isolateAfter + 1; ++i)
            QVERIFY(!writer.flush());
        releaseTheStore();
        QVERIFY(writer.flush());
        QVERIFY(setAside.isEmpty());
        QCOMPARE(writer.pending(), 0);
        for (const Message &m : std::as_const(m_messages))
            QCOMPARE(stateOf(m.id), MessageState::Cancelled);
    }
};

SMSROUTER_TEST(TestTransitionWriter)
#include "testtransitionwriter.moc"
