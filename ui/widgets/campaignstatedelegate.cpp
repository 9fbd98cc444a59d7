#include "campaignstatedelegate.h"

#include "campaignstatechip.h"

#include <QApplication>
#include <QPainter>

CampaignStateDelegate::CampaignStateDelegate(int stateRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_stateRole(stateRole)
{ }

void CampaignStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
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
    CampaignStateChip::style(CampaignState(state.toInt()), opt.palette)
        .paint(*painter, opt.rect.adjusted(4, 2, -4, -2), text, opt.font);
}

QSize CampaignStateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant state = index.data(m_stateRole);
    if (!state.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    const QSize size = CampaignStateChip::style(CampaignState(state.toInt()), option.palette)
                           .sizeFor(index.data().toString(), option.font);
    return {size.width() + 8, size.height() + 4};
}
