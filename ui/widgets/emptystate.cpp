// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

EmptyState::EmptyState(const QString &sentence, const QString &buttonText, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(sentence, this))
    , m_button(new QPushButton(buttonText, this))
{
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setFixedWidth(460);
    setSentence(sentence);
    m_button->setDefault(true);

    // Centred through stretches, not an alignment flag: a layout item with an alignment sizes a
    // word-wrapped label by its one-line hint and cut the second line off.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_label);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

QPushButton *EmptyState::addSecondaryButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    // A link, and looking like one: a flat button in plain text colour read as a sentence.
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    QFont font = button->font();
    font.setUnderline(true);
    button->setFont(font);
    QPalette palette = button->palette();
    palette.setColor(QPalette::ButtonText, palette.color(QPalette::Link));
    button->setPalette(palette);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    // Just under the main button, before the closing stretch.
    layout->insertWidget(layout->count() - 1, button, 0, Qt::AlignHCenter);
    return button;
}

void EmptyState::setSentence(const QString &sentence)
{
    m_label->setText(sentence);
    // Centred in the layout the label gets its size hint, whose wrapping width is not the fixed
    // one; reserve the height the text needs at the width it has.
    m_label->setMinimumHeight(std::max(0, m_label->heightForWidth(m_label->width())));
}

QString EmptyState::sentence() const
{
    return m_label->text();
}
