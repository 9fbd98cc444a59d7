// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "statechipdelegate.h"

#include <QApplication>
#include <QPainter>

ChipStyle StateChipDelegate::messageStates(int state, const QPalette &palette)
{
    return ChipStyle::forState(MessageState(state), palette);
}

ChipStyle StateChipDelegate::campaignStates(int state, const QPalette &palette)
{
    return ChipStyle::forCampaignState(CampaignState(state), palette);
}

StateChipDelegate::StateChipDelegate(int stateRole, QObject *parent)
    : StateChipDelegate(stateRole, &StateChipDelegate::messageStates, parent)
{ }

StateChipDelegate::StateChipDelegate(int stateRole, StyleFor styleFor, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_stateRole(stateRole)
    , m_styleFor(styleFor)
{ }

void StateChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant state = index.data(m_stateRole);
    if (!state.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus
    const ChipStyle chip = m_styleFor(state.toInt(), opt.palette);
    chip.paint(*painter, opt.rect.adjusted(4, 2, -4, -2), text, opt.font);
}

QSize StateChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant state = index.data(m_stateRole);
    if (!state.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    const ChipStyle chip = m_styleFor(state.toInt(), option.palette);
    const QSize size = chip.sizeFor(index.data().toString(), option.font);
    return {size.width() + 8, size.height() + 4};
}
