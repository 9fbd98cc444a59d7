// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "messages/message.h"

#include <QHash>
#include <QWidget>

class ChipLabel;
class QLabel;
class QStackedWidget;
class QTreeWidget;

/// The selected message in the delivery log: its fields on the left and its timeline (every
/// state change with time, HTTP status and what happened) on the right.
class MessageDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDetailPane)

public:
    explicit MessageDetailPane(QWidget *parent = nullptr);

    void showMessage(const Message &message, const QString &carrierName, const QString &currency,
                     const QList<MessageEvent> &events);
    /// Shows the "select a message" hint.
    void clear();

    qint64 messageId() const { return m_messageId; }
    /// The text shown for a field ("To", "Restcomm SID", …), for tests.
    QString fieldText(const QString &label) const;
    QTreeWidget *timeline() const { return m_timeline; }

private:
    QLabel *addField(const QString &label);

    qint64 m_messageId = 0;
    QStackedWidget *m_stack;
    QWidget *m_fieldsBox;
    ChipLabel *m_state;
    QHash<QString, QLabel *> m_fields;
    QTreeWidget *m_timeline;
};
