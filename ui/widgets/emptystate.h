// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/// What a table shows instead of an empty grid: one sentence and the button that fills it.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QString &sentence, const QString &buttonText, QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }
    /// Adds a second, quieter way out (e.g. "Try the demo…") under the main button.
    QPushButton *addSecondaryButton(const QString &text);
    /// Changes the sentence (a page whose first step depends on another page's state).
    void setSentence(const QString &sentence);
    QString sentence() const;

private:
    QLabel *m_label;
    QPushButton *m_button;
};
