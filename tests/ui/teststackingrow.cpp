// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// StackingRow: side by side where the buttons fit, stacked where they do not, never cut.
#include "testprogram.h"
#include "widgets/stackingrow.h"

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
        QVERIFY(row->heightForWidth(row->width()) > row->heightForWidth(sideBySide));
        // Layouts that do not ask heightForWidth() still make room: the hints say stacked.
        QCOMPARE(row->minimumSizeHint().height(), row->heightForWidth(row->width()));

        // A hidden button takes no room: the other fits again side by side... alone.
        first->hide();
        QCOMPARE(row->sizeHint().width(), second->sizeHint().width());
        QTRY_VERIFY(row->isSideBySide());
    }
};

SMSROUTER_GUI_TEST(TestStackingRow)
#include "teststackingrow.moc"
