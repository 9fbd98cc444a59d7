#pragma once

#include <QStyledItemDelegate>

/// Draws a message state as a chip (ChipStyle::forState) in any column whose model answers
/// `stateRole` with a MessageState (as int); other cells are drawn as usual.
class StateChipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateChipDelegate)

public:
    StateChipDelegate(int stateRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateRole;
};
