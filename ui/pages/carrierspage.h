#pragma once

#include "page.h"

class CarrierAccounts;
class CarrierEditor;
class CarrierService;
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

/// Carriers: the Restcomm accounts that terminate traffic. A sortable table on the left, the
/// selected carrier's form on the right; an empty store shows the first step instead.
class CarriersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CarriersPage)

public:
    CarriersPage(CarrierService &service, Settings &settings, QWidget *parent = nullptr);
    ~CarriersPage() override;

    QString pageId() const override { return QStringLiteral("carriers"); }
    QString title() const override { return tr("Carriers"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/carriers.svg")); }
    void activate() override;
    void focusFilter() override;

    /// Reads the carriers again and keeps the selection.
    void reload();
    /// Opens an empty form.
    void startAdding();

    CarrierTableModel *model() const { return m_model; }

Q_SIGNALS:
    /// The operator asked to try SMS Router on a demo store with a simulated Restcomm.
    void demoRequested();

public:
    QTableView *table() const { return m_table; }
    CarrierEditor *editor() const { return m_editor; }

private:
    void showSelected();
    void selectCarrier(qint64 id);
    qint64 selectedId() const;
    void toggleEnabled();
    void testConnection();
    void createSubAccount();
    void deleteSelected();
    void updateActions();

    CarrierService &m_service;
    Settings &m_settings;
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
    CarrierAccounts *m_accounts;
    FieldError *m_error;
    QLabel *m_status;
    bool m_columnsRestored = false;
};
