// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "formscrollarea.h"

#include <QScrollBar>
#include <QStyle>

FormScrollArea::FormScrollArea(QWidget *form, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(form);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize FormScrollArea::minimumSizeHint() const
{
    // The form's own minimum width, plus room for the vertical scroll bar it may show.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int width = widget() ? widget()->minimumSizeHint().width() : 0;
    return {width + scrollBar + 2 * frameWidth(), QScrollArea::minimumSizeHint().height()};
}
