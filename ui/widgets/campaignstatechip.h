#pragma once

#include "campaign/campaign.h"
#include "chipstyle.h"

#include <QWidget>

/// A campaign's state as a chip with its word, in the colours of the message states it is
/// closest to: draft like pending, scheduled like sent (blue outline), running like submitting
/// (blue), paused like undelivered (orange), completed like delivered (green), cancelled grey
/// and struck out.
class CampaignStateChip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignStateChip)

public:
    explicit CampaignStateChip(QWidget *parent = nullptr);

    static ChipStyle style(CampaignState state, const QPalette &palette);

    void setState(CampaignState state);
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    CampaignState m_state = CampaignState::Draft;
    QString m_text;
    ChipStyle m_style;
};
