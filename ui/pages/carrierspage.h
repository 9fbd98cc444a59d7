// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"
#include "page.h"

class CarrierEditor;
class CarrierTableModel;
class EmptyState;
class FieldError;
class FilterBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class Settings;
class StoreWorker;

/// Carriers: the Restcomm accounts that terminate traffic. A sortable table on the left, the
/// selected carrier's form on the right; an empty store shows the first step instead.
class CarriersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarriersPage)

public:
    /// Reads and writes go through `worker` (the keychain included); the window's thread only draws.
    CarriersPage(StoreWorker &worker, Settings &settings, QWidget *parent = nullptr);
    ~CarriersPage() override;

    QString pageId() const override { return QStringLiteral("carriers"); }
    QString title() const override { return tr("Carriers"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/carriers.svg")); }
    void activate() override;
    void focusFilter() override;

    /// Reads the carriers again (on the worker) and keeps the selection; listShown() follows.
    void reload();
    /// Deletes the carrier (no question asked); removeFinished() follows.
    void removeCarrier(qint64 id);
    /// Opens an empty form.
    void startAdding();

    CarrierTableModel *model() const { return m_model; }

Q_SIGNALS:
    /// The operator asked to try SMS Router on a demo store with a simulated Restcomm.
    void demoRequested();
    /// A list read by the worker is on screen.
    void listShown();
    void removeFinished(const QString &problem);
    void connectionTested(bool ok, const QString &message);

public:
    QTableView *table() const { return m_table; }
    CarrierEditor *editor() const { return m_editor; }

private:
    void showCarriers(const CarrierList &carriers);
    void showSelected();
    void selectCarrier(qint64 id);
    qint64 selectedId() const;
    void toggleEnabled();
    void testConnection();
    void createSubAccount();
    void deleteSelected();
    void updateActions();

    StoreWorker &m_worker;
    Settings &m_settings;
    bool m_reading = false; ///< a read is on its way from the worker
    bool m_readAgain = false; ///< carriers changed while it was
    qint64 m_pendingSelection = 0; ///< a carrier just saved, selected once the list holds it
    CarrierTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_body;
    EmptyState *m_empty;
    FilterBox *m_filter;
    QTableView *m_table;
    QStackedWidget *m_detail;
    QLabel *m_noSelection;
    CarrierEditor *m_editor;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QPushButton *m_test;
    QPushButton *m_subAccount;
    FieldError *m_error;
    QLabel *m_status;
    bool m_columnsRestored = false;
};
