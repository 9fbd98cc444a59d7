#include "emptystate.h"

#include <QHBoxLayout>
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

    // Centred through stretches, not an alignment flag: a layout item with an alignment sizes a
    // word-wrapped label by its one-line hint and cut the second line off.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(label);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}
