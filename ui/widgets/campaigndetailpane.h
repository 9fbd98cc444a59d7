// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign/campaign.h"
#include "campaign/campaigncountchanges.h"
#include "campaign/campaigndetails.h"

#include <QHash>
#include <QWidget>

class ChipLabel;
class FieldError;
class QLabel;
class QPushButton;
class QTreeWidget;

/// The selected campaign under the Campaigns table: its actions (enabled per state), what it
/// sends, its messages per state, the estimated cost per carrier, and the import's rejects by
/// reason with "Export rejects…". Buttons only emit signals; the page asks and acts.
class CampaignDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDetailPane)

public:
    explicit CampaignDetailPane(QWidget *parent = nullptr);

    void setCampaign(const Campaign &campaign, const StateCounts &counts, const QString &currency);
    /// Cost per carrier and rejects; ignored unless they are about the shown campaign.
    void setDetails(const CampaignDetails &details, int maxSegments);
    /// "Starting…" while an action runs (buttons disabled); empty when none.
    void setBusy(const QString &text);
    qint64 campaignId() const { return m_campaign.id; }

    QPushButton *startButton() const { return m_start; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportButton() const { return m_export; }
    QTreeWidget *costs() const { return m_costs; }
    QTreeWidget *rejects() const { return m_rejects; }
    /// The count shown beside a state's chip.
    QString countText(MessageState state) const;
    /// Failed + undelivered, the figure the Campaigns table and the status bar show.
    QString notDeliveredText() const;
    /// Numbers this campaign's replies opted out ("3"), "—" until the details are read.
    QString optOutsByReplyText() const;

Q_SIGNALS:
    void startRequested(qint64 id);
    void scheduleRequested(qint64 id);
    void pauseRequested(qint64 id);
    void resumeRequested(qint64 id);
    void cancelRequested(qint64 id);
    void exportRejectsRequested(qint64 id);

private:
    void updateActions();

    Campaign m_campaign;
    StateCounts m_counts;
    QString m_currency;
    bool m_busy = false;
    QLabel *m_name;
    ChipLabel *m_state;
    QLabel *m_busyLabel;
    QPushButton *m_start;
    QPushButton *m_schedule;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QLabel *m_sender;
    QLabel *m_template;
    QLabel *m_file;
    QLabel *m_rows;
    QLabel *m_times;
    QLabel *m_optOutsByReply = nullptr;
    QHash<MessageState, QLabel *> m_countLabels;
    QLabel *m_notDelivered = nullptr;
    QTreeWidget *m_costs;
    QLabel *m_costTotal;
    QTreeWidget *m_rejects;
    QPushButton *m_export;
};
