#pragma once

#include "chipstyle.h"

#include <QWidget>

#include <optional>

/// One chip as a widget (a message's state in the detail pane, a carrier's health).
class ChipLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChipLabel)

public:
    explicit ChipLabel(QWidget *parent = nullptr);

    void setState(MessageState state);
    void setHealth(const QString &health);
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QString m_text;
    std::optional<MessageState> m_state;
    ChipStyle m_style;
};
