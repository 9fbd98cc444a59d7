#pragma once

#include <QStyledItemDelegate>

/// Draws a campaign's state as a chip (CampaignStateChip::style) in a column whose model
/// answers `stateRole` with a CampaignState (as int).
class CampaignStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignStateDelegate)

public:
    CampaignStateDelegate(int stateRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateRole;
};
