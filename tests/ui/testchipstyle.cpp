// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// ChipStyle: every state chip keeps its word readable (WCAG AA contrast between the word and
// the chip's fill, or the base under an outline chip) on a light and on a dark palette, and the
// states the ui-guide tells apart by style are told apart.
#include "testprogram.h"
#include "widgets/chipstyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTest>

#include <cmath>

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

const QList<MessageState> states {MessageState::Pending,  MessageState::Queued,    MessageState::Submitting,
                                  MessageState::Sent,     MessageState::Delivered, MessageState::Undelivered,
                                  MessageState::Failed,   MessageState::Unknown,   MessageState::Rejected,
                                  MessageState::Cancelled};

} // namespace

class TestChipStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsStayReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void wordsStayReadable()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? darkPalette() : lightPalette();
        for (MessageState state : states) {
            const ChipStyle chip = ChipStyle::forState(state, palette);
            const QColor under = chip.fill.alpha() == 0 ? palette.color(QPalette::Base) : chip.fill;
            const double ratio = contrast(chip.text, under);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(messageStateName(state)).arg(ratio)));
            // The outline must show against the base too (WCAG 1.4.11: 3:1 for graphics).
            if (chip.fill.alpha() == 0)
                QVERIFY2(contrast(chip.border, palette.color(QPalette::Base)) >= 3.0,
                         qPrintable(messageStateName(state)));
        }
        for (const QString &health : {QStringLiteral("ok"), QStringLiteral("throttled"), QStringLiteral("breaker open"),
                                      QStringLiteral("paused")}) {
            const ChipStyle chip = ChipStyle::forHealth(health, palette);
            QVERIFY2(contrast(chip.text, chip.fill.alpha() == 0 ? palette.color(QPalette::Base) : chip.fill) >= 4.5,
                     qPrintable(health));
        }
    }

    void stylesFollowTheGuide()
    {
        const QPalette palette = lightPalette();
        QVERIFY(ChipStyle::forState(MessageState::Unknown, palette).bold);
        QVERIFY(ChipStyle::forState(MessageState::Cancelled, palette).strikeOut);
        QCOMPARE(ChipStyle::forState(MessageState::Sent, palette).fill.alpha(), 0); // blue outline
        QVERIFY(ChipStyle::forState(MessageState::Submitting, palette).fill.alpha() > 0); // blue fill
        QVERIFY(ChipStyle::forState(MessageState::Rejected, palette).fill
                != ChipStyle::forState(MessageState::Queued, palette).fill); // dark grey vs grey
        // Each colour family differs: failed red, delivered green, unknown purple, undelivered orange.
        QSet<QRgb> hues;
        for (MessageState s : {MessageState::Failed, MessageState::Delivered, MessageState::Unknown,
                               MessageState::Undelivered, MessageState::Submitting, MessageState::Queued})
            hues.insert(ChipStyle::stateHue(s, palette).rgb());
        QCOMPARE(hues.size(), 6);
    }

    void paintsTheWholeWord()
    {
        QImage image(200, 30, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        const QFont font = QApplication::font();
        const ChipStyle chip = ChipStyle::forState(MessageState::Undelivered, lightPalette());
        const QSize size = chip.sizeFor(QStringLiteral("undelivered"), font);
        QVERIFY(size.width() > QFontMetrics(font).horizontalAdvance(QStringLiteral("undelivered")));
        chip.paint(painter, QRect(0, 0, 200, 30), QStringLiteral("undelivered"), font);
        painter.end();
        QCOMPARE(image.pixelColor(size.width() + 2, 15), QColor(Qt::white)); // nothing beyond the chip
        QVERIFY(image.pixelColor(size.width() / 2, 2) != QColor(Qt::white) // drawn inside
                || image.pixelColor(size.width() / 2, 15) != QColor(Qt::white));
    }
};

SMSROUTER_GUI_TEST(TestChipStyle)
#include "testchipstyle.moc"
