// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "progressbardelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include <algorithm>

ProgressBarDelegate::ProgressBarDelegate(int fractionRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fractionRole(fractionRole)
{ }

void ProgressBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant fraction = index.data(m_fractionRole);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget); // background, selection

    // The figure beside the bar, not on it: drawn over the bar's chunk a style may paint it in a
    // colour the chunk hides, and a short cell squeezes it onto the groove's edges.
    const QString text = index.data().toString();
    const int textWidth = std::max(option.fontMetrics.horizontalAdvance(text),
                                   option.fontMetrics.horizontalAdvance(QStringLiteral("100 %")))
        + 6;
    const QRect cell = option.rect.adjusted(3, 3, -3, -3);
    const bool roomForBoth = cell.width() > textWidth + 24;
    QStyleOptionProgressBar bar;
    bar.initFrom(item.widget);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.rect = roomForBoth ? cell.adjusted(0, 0, -textWidth, 0) : cell;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(std::clamp(fraction.toDouble(), 0.0, 1.0) * 1000);
    bar.textVisible = false;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, item.widget);
    if (roomForBoth) {
        painter->save();
        painter->setPen(
            option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(bar.rect.right() + 1, cell.top(), textWidth, cell.height()),
                          Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
    }
}
