// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// StackingRow: side by side where the buttons fit, stacked where they do not, never cut.
#include "testprogram.h"
#include "widgets/stackingrow.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

class TestStackingRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stacksWhenTheButtonsDoNotFit()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *row = new StackingRow(&window);
        auto *first = new QPushButton(QStringLiteral("Gerade Anführungszeichen und Striche verwenden"), row);
        auto *second = new QPushButton(QStringLiteral("Akzente entfernen…"), row);
        row->addWidget(first);
        row->addWidget(second);
        layout->addWidget(row);
        layout->addStretch();

        // The narrowest the row asks for is its widest button: the form is not widened by both.
        QCOMPARE(row->minimumSizeHint().width(), first->sizeHint().width());
        const int sideBySide = row->sizeHint().width();
        QVERIFY(sideBySide > first->sizeHint().width() + second->sizeHint().width());

        window.resize(sideBySide + 100, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(row->isSideBySide());
        QCOMPARE(first->y(), second->y());
        QVERIFY(second->x() >= first->geometry().right());

        window.resize(first->sizeHint().width() + 40, 200);
        QTRY_VERIFY(!row->isSideBySide());
        QVERIFY(second->y() >= first->geometry().bottom());
        QVERIFY(row->height() >= first->height() + second->height());
        // Each button keeps its whole text.
        QVERIFY(first->width() >= first->sizeHint().width());
        QVERIFY(second->width() >= second->sizeHint().width());
        // The hints say stacked, so the layout above makes room for both.
        QCOMPARE(row->minimumSizeHint().height(),
                 first->sizeHint().height() + second->sizeHint().height() + row->layout()->spacing());

        // A hidden button takes no room: the other fits again side by side... alone.
        first->hide();
        QCOMPARE(row->sizeHint().width(), second->sizeHint().width());
        QTRY_VERIFY(row->isSideBySide());
    }

    // The fixes under the Compose text appear with the first typographic quote: the row was
    // empty when the layout above sized it, and an editor above takes every spare pixel.
    void makesRoomForButtonsShownLater()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new QPlainTextEdit(&window), 1);
        auto *row = new StackingRow(&window);
        auto *first = new QPushButton(QStringLiteral("Use plain quotes and dashes"), row);
        auto *second = new QPushButton(QStringLiteral("Remove accents…"), row);
        row->addWidget(first);
        row->addWidget(second);
        first->hide();
        second->hide();
        layout->addWidget(row);
        window.resize(600, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(row->height(), 0);

        first->show();
        second->show();
        QTRY_VERIFY(row->height() >= first->sizeHint().height());
        QTRY_VERIFY(first->height() >= first->sizeHint().height());
        QVERIFY(row->isSideBySide());
    }
};

SMSROUTER_GUI_TEST(TestStackingRow)
#include "teststackingrow.moc"
