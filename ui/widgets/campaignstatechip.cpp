#include "campaignstatechip.h"

#include <QEvent>
#include <QPainter>

CampaignStateChip::CampaignStateChip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setState(CampaignState::Draft);
}

ChipStyle CampaignStateChip::style(CampaignState state, const QPalette &palette)
{
    switch (state) {
    case CampaignState::Importing:
        return ChipStyle::forState(MessageState::Queued, palette);
    case CampaignState::Draft:
        return ChipStyle::forState(MessageState::Pending, palette);
    case CampaignState::Scheduled:
        return ChipStyle::forState(MessageState::Sent, palette);
    case CampaignState::Running:
        return ChipStyle::forState(MessageState::Submitting, palette);
    case CampaignState::Paused:
        return ChipStyle::forState(MessageState::Undelivered, palette);
    case CampaignState::Completed:
        return ChipStyle::forState(MessageState::Delivered, palette);
    case CampaignState::Cancelled:
        return ChipStyle::forState(MessageState::Cancelled, palette);
    }
    return ChipStyle::forState(MessageState::Pending, palette);
}

void CampaignStateChip::setState(CampaignState state)
{
    m_state = state;
    m_text = campaignStateName(state);
    m_style = style(state, palette());
    setAccessibleName(m_text);
    updateGeometry();
    update();
}

QSize CampaignStateChip::sizeHint() const
{
    return m_style.sizeFor(m_text, font());
}

void CampaignStateChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_style.paint(painter, rect(), m_text, font());
}

void CampaignStateChip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        setState(m_state);
    QWidget::changeEvent(event);
}
