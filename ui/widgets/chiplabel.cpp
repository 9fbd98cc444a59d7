// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "chiplabel.h"

#include "carriers/carrierhealth.h"

#include <QEvent>
#include <QPainter>

ChipLabel::ChipLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ChipLabel::setState(MessageState state)
{
    display(messageStateTitle(state), [state](const QPalette &palette) { return ChipStyle::forState(state, palette); });
}

void ChipLabel::setCampaignState(CampaignState state)
{
    display(campaignStateTitle(state),
            [state](const QPalette &palette) { return ChipStyle::forCampaignState(state, palette); });
}

void ChipLabel::setHealth(const QString &health)
{
    display(CarrierHealth::title(health),
            [health](const QPalette &palette) { return ChipStyle::forHealth(health, palette); });
}

void ChipLabel::display(const QString &text, StyleFor styleFor)
{
    m_text = text;
    m_styleFor = std::move(styleFor);
    restyle();
}

void ChipLabel::restyle()
{
    m_style = m_styleFor ? m_styleFor(palette()) : ChipStyle();
    setAccessibleName(m_text);
    updateGeometry();
    update();
}

QSize ChipLabel::sizeHint() const
{
    return m_style.sizeFor(m_text, font());
}

void ChipLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_style.paint(painter, rect(), m_text, font());
}

void ChipLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
    QWidget::changeEvent(event);
}
