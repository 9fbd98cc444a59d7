#include "chiplabel.h"

#include <QEvent>
#include <QPainter>

ChipLabel::ChipLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void ChipLabel::setState(MessageState state)
{
    m_state = state;
    m_text = messageStateName(state);
    restyle();
}

void ChipLabel::setHealth(const QString &health)
{
    m_state.reset();
    m_text = health;
    restyle();
}

void ChipLabel::restyle()
{
    m_style = m_state ? ChipStyle::forState(*m_state, palette()) : ChipStyle::forHealth(m_text, palette());
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
