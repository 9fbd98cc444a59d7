// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class Settings;
class StoreWorker;
struct RouteExplanation;

/// The Rules page's "Test a number" box: as you type a number (optionally in a region other than
/// the store's default), it shows where the number would go and why — RuleService::explain()'s
/// sentence — and the carriers in the order they would be tried, skipped ones with the reason.
/// Typing is debounced; the store worker answers (the window never routes on its own copy of
/// the rules), and the answer follows rule, carrier and setting changes.
class RouteTester final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteTester)

public:
    /// Columns of the candidate list.
    enum Column { CarrierColumn, RuleColumn, PriorityColumn, CostColumn, StateColumn, ColumnCount };
    static constexpr int debounceMs = 250;

    RouteTester(StoreWorker &worker, Settings &settings, QWidget *parent = nullptr);

    /// Puts `number` in the box and tests it at once (no debounce); answered() follows.
    void setNumber(const QString &number);
    /// Tests what is in the box now: the debounce timer's target.
    void testNow();
    /// Refills the region list's "default region" entry (the setting changed).
    void updateDefaultRegion();

    QLineEdit *numberField() const { return m_number; }
    QComboBox *regionField() const { return m_region; }
    /// The sentence: the decision, or why the number is refused or unroutable.
    QLabel *sentence() const { return m_sentence; }
    /// What the number was read as: "+447911123456 · GG (Guernsey) · mobile".
    QLabel *details() const { return m_details; }
    QTreeWidget *candidates() const { return m_candidates; }
    QTimer &debounce() { return m_debounce; }

Q_SIGNALS:
    /// The worker's answer for what the box holds is on screen.
    void answered();

private:
    void show(const RouteExplanation &explained);

    StoreWorker &m_worker;
    int m_asked = 0; ///< questions asked; only the latest one's answer is shown
    Settings &m_settings;
    QLineEdit *m_number;
    QComboBox *m_region;
    QLabel *m_sentence;
    QLabel *m_details;
    QTreeWidget *m_candidates;
    QTimer m_debounce;
};
