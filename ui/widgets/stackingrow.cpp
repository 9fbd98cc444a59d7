// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "stackingrow.h"

#include <QBoxLayout>
#include <QResizeEvent>

#include <algorithm>

StackingRow::StackingRow(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    // The row's own hints decide (both arrangements); the layout must not pin the side-by-side
    // width as the minimum.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_layout->addStretch();
}

void StackingRow::addWidget(QWidget *widget, int stretch)
{
    m_layout->insertWidget(m_layout->count() - 1, widget, stretch,
                           stretch > 0 ? Qt::AlignTop : Qt::AlignLeft | Qt::AlignTop);
    m_stretches.append(stretch);
    widget->installEventFilter(this);
}

void StackingRow::setSpacing(int spacing)
{
    m_layout->setSpacing(spacing);
}

bool StackingRow::isSideBySide() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

QSize StackingRow::sideBySide() const
{
    return measure(Qt::Horizontal);
}

QSize StackingRow::stacked() const
{
    return measure(Qt::Vertical);
}

// The size of the shown widgets laid out along one direction: their lengths add up (with the
// spacing between them), the widest across sets the breadth.
QSize StackingRow::measure(Qt::Orientation along) const
{
    int length = 0;
    int breadth = 0;
    int shown = 0;
    for (int i = 0; i < m_layout->count(); ++i) {
        QWidget *w = m_layout->itemAt(i)->widget();
        if (!w || w->isHidden())
            continue;
        const QSize hint(std::max(w->sizeHint().width(), w->minimumWidth()), w->sizeHint().height());
        length += along == Qt::Horizontal ? hint.width() : hint.height();
        breadth = std::max(breadth, along == Qt::Horizontal ? hint.height() : hint.width());
        ++shown;
    }
    length += std::max(0, shown - 1) * m_layout->spacing();
    return along == Qt::Horizontal ? QSize(length, breadth) : QSize(breadth, length);
}

// The height is that of the arrangement in use. (No heightForWidth(): a layout above asks it of
// the row's own QBoxLayout, not of the row, and would miss the arrangement.)
QSize StackingRow::sizeHint() const
{
    return {sideBySide().width(), isSideBySide() ? sideBySide().height() : stacked().height()};
}

QSize StackingRow::minimumSizeHint() const
{
    return {stacked().width(), isSideBySide() ? sideBySide().height() : stacked().height()};
}

bool StackingRow::eventFilter(QObject *watched, QEvent *event)
{
    // A widget shown or hidden inside changes what the row needs; the layout above keeps the
    // old hints until told.
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
        updateGeometry();
    return QWidget::eventFilter(watched, event);
}

void StackingRow::resizeEvent(QResizeEvent *event)
{
    const auto direction =
        event->size().width() >= sideBySide().width() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction != m_layout->direction()) {
        m_layout->setDirection(direction);
        // Stretch shares width side by side; stacked, the widgets keep their heights and the
        // space left goes below them.
        const bool sideBySide = direction == QBoxLayout::LeftToRight;
        for (int i = 0; i < m_stretches.size(); ++i)
            m_layout->setStretch(i, sideBySide ? m_stretches.at(i) : 0);
        m_layout->setStretch(int(m_stretches.size()), sideBySide ? 0 : 1);
        // The layout already placed the widgets for the old direction (it sees the resize
        // first): place them again now, and let the parent give the new height.
        m_layout->activate();
        updateGeometry();
    }
    QWidget::resizeEvent(event);
}
