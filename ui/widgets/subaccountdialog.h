// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"

#include <QDialog>

class FieldError;
class StoreWorker;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

/// "New sub-account…": creates a Restcomm sub-account under a parent carrier's account and adds
/// it as a new carrier. The password is typed twice and never shown; Restcomm keeps md5 of it
/// as the token, and so does the new carrier.
class SubAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubAccountDialog)

public:
    /// `carriers` are the possible parents (as the page shows them); Restcomm is asked, and the
    /// new carrier stored, through `worker`.
    SubAccountDialog(StoreWorker &worker, const CarrierList &carriers, qint64 parentId, QWidget *parent = nullptr);

    /// The carrier created, once accepted.
    const Carrier &created() const { return m_created; }

private:
    void revalidate();
    void create();

    StoreWorker &m_worker;
    CarrierList m_carriers;
    QComboBox *m_parent;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_inFlight;
    FieldError *m_problem;
    QDialogButtonBox *m_buttons;
    Carrier m_created;
};
