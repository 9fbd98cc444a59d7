// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "filterbox.h"

#include <chrono>

using namespace std::chrono_literals;

FilterBox::FilterBox(const QString &placeholder, QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(placeholder);
    setClearButtonEnabled(true);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200ms);
    connect(this, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(text()); });
}
