// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "chipstyle.h"

#include <QStyledItemDelegate>

/// Draws a state as a chip in any column whose model answers `stateRole` with a state (as int):
/// message states by default (ChipStyle::forState), campaign states with
/// StateChipDelegate::campaignStates. Other cells are drawn as usual.
class StateChipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateChipDelegate)

public:
    using StyleFor = ChipStyle (*)(int state, const QPalette &palette);
    static ChipStyle messageStates(int state, const QPalette &palette);
    static ChipStyle campaignStates(int state, const QPalette &palette);

    StateChipDelegate(int stateRole, QObject *parent = nullptr);
    StateChipDelegate(int stateRole, StyleFor styleFor, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateRole;
    StyleFor m_styleFor;
};
