// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>
#include <QTimer>

/// The filter box above every table: filters as you type, debounced so a big table is not
/// re-filtered on every key press.
class FilterBox final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBox)

public:
    explicit FilterBox(const QString &placeholder, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The text, once typing has paused.
    void filterChanged(const QString &text);

private:
    QTimer m_debounce;
};
