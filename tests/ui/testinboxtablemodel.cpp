// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// The Inbox table under QAbstractItemModelTester: relative times with the exact one in the
// tooltip, the sender in monospace, unread rows bold, a STOP chip, new replies inserted on top.
#include "models/inboxtablemodel.h"
#include "testprogram.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QFontDatabase>
#include <QSignalSpy>
#include <QTest>

namespace {

InboundMessage inboxReply(qint64 id, const QString &from, const QString &body, qint64 receivedAt, bool read = false)
{
    InboundMessage m;
    m.id = id;
    m.sid = QStringLiteral("SM%1").arg(id, 32, 10, QLatin1Char('0'));
    m.carrierId = 1;
    m.carrierName = QStringLiteral("EE UK");
    m.from = from;
    m.to = QStringLiteral("SMSRouter");
    m.body = body;
    m.receivedAt = receivedAt;
    m.read = read;
    return m;
}

} // namespace

class TestInboxTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsReplies()
    {
        ManualClock clock;
        const qint64 now = clock.nowMs();
        InboxTableModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        InboundMessage stop =
            inboxReply(2, QStringLiteral("+447911000002"), QStringLiteral("Stop\nplease"), now - 12'000);
        stop.stopWord = QStringLiteral("STOP");
        stop.campaignId = 4;
        stop.campaignName = QStringLiteral("Spring sale");
        const InboundMessage thanks =
            inboxReply(1, QStringLiteral("+447911000001"), QStringLiteral("Thanks"), now - 300'000, true);
        model.setMessages({stop, thanks});
        QCOMPARE(model.rowCount(), 2);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, InboxTableModel::Received).toString(), QStringLiteral("12 s ago"));
        QVERIFY(!cell(0, InboxTableModel::Received, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(cell(0, InboxTableModel::From).toString(), QStringLiteral("+447911000002"));
        QCOMPARE(cell(0, InboxTableModel::From, Qt::FontRole).value<QFont>().family(),
                 QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QCOMPARE(cell(0, InboxTableModel::Text).toString(), QStringLiteral("Stop please")); // one line
        QCOMPARE(cell(0, InboxTableModel::Text, Qt::ToolTipRole).toString(), QStringLiteral("Stop\nplease"));
        QCOMPARE(cell(0, InboxTableModel::Campaign).toString(), QStringLiteral("Spring sale"));
        QCOMPARE(cell(0, InboxTableModel::Stop).toString(), QStringLiteral("STOP"));
        QVERIFY(cell(0, InboxTableModel::Stop, InboxTableModel::StopChipRole).isValid());
        QVERIFY(!cell(1, InboxTableModel::Stop, InboxTableModel::StopChipRole).isValid());
        // Unread bold, read plain.
        QVERIFY(cell(0, InboxTableModel::Text, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!cell(1, InboxTableModel::Text, Qt::FontRole).isValid());
        QCOMPARE(model.unreadShown(), 1);
        QCOMPARE(cell(1, 0, InboxTableModel::IdRole).toLongLong(), 1);
        QCOMPARE(cell(0, InboxTableModel::Received, InboxTableModel::SortRole).toLongLong(), now - 12'000);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRead(2);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!cell(0, InboxTableModel::Text, Qt::FontRole).isValid());
        QCOMPARE(model.unreadShown(), 0);
        model.setRead(2); // already
        model.setRead(99); // not shown
        QCOMPARE(changed.size(), 1);
    }

    void newRepliesComeOnTop()
    {
        ManualClock clock;
        InboxTableModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InboundMessage a = inboxReply(1, QStringLiteral("+447911000001"), QStringLiteral("a"), 1000);
        const InboundMessage b = inboxReply(2, QStringLiteral("+447911000002"), QStringLiteral("b"), 2000);
        const InboundMessage c = inboxReply(3, QStringLiteral("+447911000003"), QStringLiteral("c"), 3000);
        model.setMessages({b, a});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        InboundMessage readA = a;
        readA.read = true;
        model.setMessages({c, b, readA});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowOf(3), 0);
        QCOMPARE(model.rowOf(1), 2);
        QVERIFY(model.messageAt(2).read);
        model.setMessages({a});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }
};

SMSROUTER_GUI_TEST(TestInboxTableModel)
#include "testinboxtablemodel.moc"
