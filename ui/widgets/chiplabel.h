// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "chipstyle.h"

#include <QWidget>

#include <functional>

/// One chip as a widget: a message's or a campaign's state in a detail pane, a carrier's health.
class ChipLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChipLabel)

public:
    explicit ChipLabel(QWidget *parent = nullptr);

    void setState(MessageState state);
    void setCampaignState(CampaignState state);
    void setHealth(const QString &health);
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using StyleFor = std::function<ChipStyle(const QPalette &)>;
    void display(const QString &text, StyleFor styleFor);
    void restyle();

    QString m_text;
    StyleFor m_styleFor; ///< kept so a palette change restyles the same chip
    ChipStyle m_style;
};
