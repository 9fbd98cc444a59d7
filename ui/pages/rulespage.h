// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"
#include "page.h"
#include "routing/rule.h"

class EmptyState;
class FieldError;
class FilterBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class RouteTester;
class RuleEditor;
class RuleTableModel;
class Settings;
class StoreWorker;

/// Rules: which carrier terminates which prefix or country, in what order, at what price. A
/// sortable table with the selected rule's form on the right and the "Test a number" box below;
/// an empty store shows the first step instead (and says carriers come first when there are none).
class RulesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)

public:
    /// Reads, writes and routing questions go through `worker`; the window's thread only draws.
    RulesPage(StoreWorker &worker, Settings &settings, QWidget *parent = nullptr);
    ~RulesPage() override;

    QString pageId() const override { return QStringLiteral("rules"); }
    QString title() const override { return tr("Rules"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/rules.svg")); }
    void activate() override;
    void focusFilter() override;
    /// `--page-arg NUMBER`: tests the number.
    void setPageArgument(const QString &argument) override { testNumber(argument); }

    /// Reads the rules and carriers again (on the worker) and keeps the selection; listShown() follows.
    void reload();
    /// Deletes the rule (no question asked); removeFinished() follows.
    void removeRule(qint64 id);
    /// Opens an empty form.
    void startAdding();
    /// Puts `number` in the "Test a number" box and tests it at once.
    void testNumber(const QString &number);

    RuleTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    RuleEditor *editor() const { return m_editor; }
    RouteTester *tester() const { return m_tester; }
    EmptyState *emptyState() const { return m_empty; }
    FilterBox *filter() const { return m_filter; }

Q_SIGNALS:
    /// A list read by the worker is on screen.
    void listShown();
    void removeFinished(const QString &problem);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRules(const CarrierList &carriers, const RuleList &rules);
    void fitColumns();
    void showSelected();
    void selectRule(qint64 id);
    qint64 selectedId() const;
    void toggleEnabled();
    void deleteSelected();
    void updateActions();

    StoreWorker &m_worker;
    Settings &m_settings;
    bool m_reading = false; ///< a read is on its way from the worker
    bool m_readAgain = false; ///< rules or carriers changed while it was
    qint64 m_pendingSelection = 0; ///< a rule just saved, selected once the list holds it
    RuleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_add;
    QStackedWidget *m_body;
    EmptyState *m_empty;
    FilterBox *m_filter;
    QTableView *m_table;
    QStackedWidget *m_detail;
    QLabel *m_noSelection;
    RuleEditor *m_editor;
    RouteTester *m_tester;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    FieldError *m_error;
    qint64 m_shownBeforeAdding = 0;
    bool m_haveCarriers = false;
    bool m_columnsRestored = false;
};
