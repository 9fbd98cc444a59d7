// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// MessageLogModel under QAbstractItemModelTester through paging, live inserts and updates,
// filter changes and trimming; the refresh rate bound; selection kept across live inserts; cells.
#include "messagetesting.h"
#include "models/messagelogmodel.h"
#include "session/session.h"
#include "store/database.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace mt = messagetesting;

class TestMessageLogModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_store;
    std::unique_ptr<Session> m_session;

    Database &db() { return m_session->database(); }

    static QList<qint64> ids(const MessageLogModel &model)
    {
        QList<qint64> list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, 0).data(MessageLogModel::IdRole).toLongLong());
        return list;
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

    void passesTheModelTesterThroughEverything()
    {
        mt::insertMany(db(), 25);
        MessageLogModel model(m_store->path(), 10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        QSignalSpy loaded(&model, &MessageLogModel::loaded);
        model.setFilter({});
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(ids(model).first(), 25);

        // The tester asks for more after every change it sees, so it pages through all of it.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 25, 30'000);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.hasOlder());

        // Live: new rows come on top, changed rows change in place; one dataChanged for one row.
        mt::insertMany(db(), 3, 100);
        mt::move(db(), 20, MessageState::Failed, QStringLiteral("HTTP 400"), 400);
        QList<QList<qint64>> changed; // the ids each dataChanged covered, when it was emitted
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
            if (from.column() != 0)
                return; // the relative times moving on, every few seconds
            QList<qint64> covered;
            for (int row = from.row(); row <= to.row(); ++row)
                covered.append(model.index(row, 0).data(MessageLogModel::IdRole).toLongLong());
            changed.append(covered);
        });
        QSignalSpy refreshed(&model, &MessageLogModel::refreshed);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.refreshNow();
        QVERIFY(refreshed.wait(30'000));
        QCOMPARE(model.rowCount(), 28);
        QCOMPARE(ids(model).mid(0, 4), (QList<qint64> {28, 27, 26, 25}));
        const int row20 = model.rowOf(20);
        QCOMPARE(model.messageAt(row20).state, MessageState::Failed);
        QCOMPARE(model.index(row20, MessageLogModel::State).data().toString(), QStringLiteral("failed"));
        QCOMPARE(changed, QList<QList<qint64>> {{20}});
        QCOMPARE(refreshed.first().at(0).value<QList<qint64>>(), QList<qint64> {20});
        QCOMPARE(refreshed.first().at(1).toInt(), 3);
        QCOMPARE(resets.size(), 0); // live updates never reset
        disconnect(&model, &QAbstractItemModel::dataChanged, this, nullptr);

        // Filter: failed only; then a row that starts to match lands where it belongs.
        mt::move(db(), 7, MessageState::Failed);
        model.setFilter([] {
            MessageFilter f;
            f.states = {MessageState::Failed};
            return f;
        }());
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(ids(model), (QList<qint64> {20, 7}));
        mt::move(db(), 12, MessageState::Failed);
        mt::move(db(), 20, MessageState::Queued, QStringLiteral("retried by hand"));
        refreshed.clear();
        model.refreshNow();
        QVERIFY(refreshed.wait(30'000));
        QCOMPARE(ids(model), (QList<qint64> {20, 12, 7}));
        QCOMPARE(model.messageAt(0).state, MessageState::Queued); // stays until the filter changes
    }

    void pagesOneAtATimeAndTrims()
    {
        mt::insertMany(db(), 25);
        MessageLogModel model(m_store->path(), 10);
        QSignalSpy loaded(&model, &MessageLogModel::loaded);
        model.setFilter({});
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(ids(model).first(), 25);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 20, 30'000);
        QCOMPARE(ids(model).at(10), 15);
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 25, 30'000);
        QVERIFY(!model.canFetchMore({}));

        // Trim: memory back; the rows come again through fetchMore.
        model.trimTo(4);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 14, 30'000);
        QCOMPARE(ids(model).at(4), 21);
    }

    void keepsTheSelectionAcrossLiveInserts()
    {
        mt::insertMany(db(), 30);
        MessageLogModel model(m_store->path(), 50);
        QTableView view;
        view.setModel(&model);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        QSignalSpy loaded(&model, &MessageLogModel::loaded);
        model.setFilter({});
        QVERIFY(loaded.wait(30'000));
        view.selectRow(model.rowOf(10));
        mt::insertMany(db(), 5, 100);
        QSignalSpy refreshed(&model, &MessageLogModel::refreshed);
        model.storeChanged();
        QVERIFY(refreshed.wait(30'000));
        QCOMPARE(model.rowCount(), 35);
        const QModelIndexList selected = view.selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(MessageLogModel::IdRole).toLongLong(), 10);
        QCOMPARE(view.currentIndex().data(MessageLogModel::IdRole).toLongLong(), 10);
    }

    void refreshesAtMostFourTimesASecond()
    {
        mt::insertMany(db(), 5);
        MessageLogModel model(m_store->path(), 50);
        QSignalSpy loaded(&model, &MessageLogModel::loaded);
        model.setFilter({});
        QVERIFY(loaded.wait(30'000));
        // A store that changes all the time: every answer brings a new row and another nudge.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> started;
        int offset = 100;
        connect(&model, &MessageLogModel::refreshStarted, this, [&] { started.append(clock.elapsed()); });
        connect(&model, &MessageLogModel::refreshed, this, [&] {
            mt::insertMany(db(), 1, offset++);
            for (int i = 0; i < 50; ++i)
                model.storeChanged();
        });
        mt::insertMany(db(), 1, offset++);
        model.storeChanged();
        QTRY_VERIFY_WITH_TIMEOUT(started.size() >= 6, 10'000);
        for (qsizetype i = 1; i < started.size(); ++i)
            QVERIFY2(started.at(i) - started.at(i - 1) >= 249,
                     qPrintable(QString::number(started.at(i) - started.at(i - 1))));
        QVERIFY(model.rowCount() >= 10);
    }

    void formatsCells()
    {
        const qint64 carrier = mt::addCarrier(*m_session, QStringLiteral("EE UK"), 1);
        Message m = mt::make(QStringLiteral("+447911123456"), carrier, MessageState::Unknown);
        m.costMicros = 42'000;
        m.segments = 2;
        mt::insert(db(), m);
        MessageLogModel model(m_store->path(), 10);
        model.setCarrierNames({{carrier, QStringLiteral("EE UK")}});
        model.setCurrency(QStringLiteral("EUR"));
        QSignalSpy loaded(&model, &MessageLogModel::loaded);
        model.setFilter({});
        QVERIFY(loaded.wait(30'000));
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(MessageLogModel::To).toString(), QStringLiteral("+447911123456"));
        QVERIFY(cell(MessageLogModel::To, Qt::FontRole).value<QFont>().fixedPitch()
                || QFontInfo(cell(MessageLogModel::To, Qt::FontRole).value<QFont>()).fixedPitch());
        QCOMPARE(cell(MessageLogModel::Carrier).toString(), QStringLiteral("EE UK"));
        QCOMPARE(cell(MessageLogModel::Cost).toString(), QStringLiteral("0.0420 EUR"));
        QCOMPARE(cell(MessageLogModel::Cost, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(cell(MessageLogModel::State, MessageLogModel::StateRole).toInt(), int(MessageState::Unknown));
        QCOMPARE(cell(MessageLogModel::Campaign, Qt::ToolTipRole).toString(),
                 QStringLiteral("A single send, not part of a campaign"));
        QVERIFY(cell(MessageLogModel::Updated, Qt::ToolTipRole).toString().startsWith(QStringLiteral("2026-01-01")));
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("ago");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(0) << QStringLiteral("0 s ago");
        QTest::newRow("seconds") << qint64(12'400) << QStringLiteral("12 s ago");
        QTest::newRow("minutes") << qint64(4 * 60'000 + 5'000) << QStringLiteral("4 min ago");
        QTest::newRow("days") << qint64(3 * 86'400'000) << QString();
    }

    void relativeTimes()
    {
        QFETCH(qint64, ago);
        QFETCH(QString, text);
        const qint64 now = QDateTime(QDate(2026, 3, 10), QTime(15, 0)).toMSecsSinceEpoch();
        const QString shown = MessageLogModel::relativeTime(now - ago, now);
        if (text.isEmpty())
            QCOMPARE(shown, QDateTime::fromMSecsSinceEpoch(now - ago).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        else
            QCOMPARE(shown, text);
        // Earlier today but over an hour ago: the clock time.
        QCOMPARE(MessageLogModel::relativeTime(now - 2 * 3'600'000, now), QStringLiteral("13:00:00"));
        QCOMPARE(MessageLogModel::relativeTime(0, now), QString());
    }
};

SMSROUTER_GUI_TEST(TestMessageLogModel)
#include "testmessagelogmodel.moc"
