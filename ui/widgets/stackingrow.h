// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

class QBoxLayout;

/// Widgets side by side where they fit, one under the other where they do not: a translation
/// that makes a button or a column of labels twice as long then never widens the page or cuts
/// its text.
class StackingRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackingRow)

public:
    explicit StackingRow(QWidget *parent = nullptr);

    /// `stretch` shares the width left over when side by side, as in QBoxLayout.
    void addWidget(QWidget *widget, int stretch = 0);
    /// Room between the widgets, either way.
    void setSpacing(int spacing);
    /// Whether the widgets stand side by side at the current width (tests).
    bool isSideBySide() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Width and height the visible widgets need side by side, and stacked: each its size hint,
    /// or the minimum width it was given where that is more (a column of wrapping text has a
    /// small hint but reads badly narrower than its minimum).
    QSize sideBySide() const;
    QSize stacked() const;
    QSize measure(Qt::Orientation along) const;

    QBoxLayout *m_layout;
    QList<int> m_stretches; ///< of each widget, side by side
};
