// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "fielderror.h"

FieldError::FieldError(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, errorColor(pal));
    setPalette(pal);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    hide();
}

void FieldError::setProblem(const QString &problem)
{
    setText(problem);
    setVisible(!problem.isEmpty());
}

QColor FieldError::errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x1c, 0x1c);
}
