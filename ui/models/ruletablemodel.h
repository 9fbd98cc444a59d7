// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carriers/carrier.h"
#include "routing/rule.h"

#include <QAbstractTableModel>
#include <QHash>

/// The Rules page's table: one row per rule, raw values under SortRole for the proxy. The texts
/// that cost something to make (region names, prices) are made once per setRules(), so a
/// table of ten thousand prefixes scrolls and sorts without work in data().
class RuleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleTableModel)

public:
    enum Column { Match, Value, Carrier, Priority, Weight, Cost, Enabled, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit RuleTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows. `carriers` names the carriers; `currency` is the unit of the costs.
    void setRules(const RuleList &rules, const CarrierList &carriers, const QString &currency);
    const RuleList &rules() const { return m_rules; }
    const Rule &ruleAt(int row) const { return m_rules.at(row); }
    /// The row of the rule with this id, or -1.
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

    /// "Prefix", "Country", "Default".
    static QString kindText(Rule::Kind kind);
    /// "447", "GB (United Kingdom)", "all other numbers".
    static QString valueText(const Rule &rule);
    /// The rule as a heading or question names it: "Prefix 351", "Country PT (Portugal)", "Default".
    static QString describe(const Rule &rule);

private:
    struct Texts
    {
        QString value;
        QString carrier;
        QString cost;
        bool carrierEnabled = true;
    };

    RuleList m_rules;
    QList<Texts> m_texts;
    QHash<qint64, int> m_rowById;
    QString m_currency;
};
