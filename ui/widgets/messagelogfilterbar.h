// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"
#include "messages/message.h"
#include "messages/messagefilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QMenu;
class QPushButton;

/// The delivery log's filter row: states (several at once), carrier, campaign, number and a
/// creation time range. Changes are debounced (250 ms) into one filterChanged().
class MessageLogFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogFilterBar)

public:
    explicit MessageLogFilterBar(QWidget *parent = nullptr);

    /// The filter the fields describe now (paging fields unset).
    MessageFilter filter() const;
    void setCarriers(const CarrierList &carriers);

    void setStates(const QList<MessageState> &states);
    void setCarrier(qint64 carrierId);
    void setCampaign(qint64 campaignId);
    void setNumber(const QString &digits);
    /// `fromMs`/`toMs` 0: open-ended.
    void setTimeRange(qint64 fromMs, qint64 toMs);
    /// Empties every field.
    void clear();
    void focusNumber();

    QLineEdit *numberBox() const { return m_number; }
    /// "any", "unknown, failed", … as the state button shows it.
    QString statesText() const;

public Q_SLOTS:
    /// Emits filterChanged() now instead of after the debounce.
    void applyNow();

Q_SIGNALS:
    void filterChanged(const MessageFilter &filter);

private:
    void changed();
    void updateStateButton();

    QPushButton *m_states;
    QMenu *m_stateMenu;
    QComboBox *m_carrier;
    QLineEdit *m_campaign;
    QLineEdit *m_number;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_clear;
    QTimer m_debounce;
    bool m_silent = false;
};
