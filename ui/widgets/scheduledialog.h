// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QDialog>

class FieldError;
class QDateTimeEdit;
class QPushButton;

/// Asks when a campaign should start by itself. The time must be in the future.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    ScheduleDialog(const QString &campaignName, const QDateTime &initial, QWidget *parent = nullptr);

    QDateTime dateTime() const;
    void setDateTime(const QDateTime &at);
    QPushButton *okButton() const { return m_ok; }

private:
    void check();

    QDateTimeEdit *m_at;
    FieldError *m_error;
    QPushButton *m_ok;
};
