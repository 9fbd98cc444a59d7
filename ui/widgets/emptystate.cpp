#include "emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(const QString &sentence, const QString &buttonText, QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(buttonText, this))
{
    auto *label = new QLabel(sentence, this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setFixedWidth(460);
    m_button->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(label, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}
