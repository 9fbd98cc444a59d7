// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

/// A warning strip across the top of the window (e.g. tokens kept unencrypted). Uses the
/// palette's tooltip colours so it stays readable in dark mode.
class Banner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Banner)

public:
    explicit Banner(QWidget *parent = nullptr);
    void setIcon(const QIcon &icon);
    void setText(const QString &text);

private:
    QLabel *m_icon;
    QLabel *m_text;
};
