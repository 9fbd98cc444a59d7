// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "ruletablemodel.h"

#include "phone/phonenumberparser.h"
#include "routing/rulevalidator.h"

#include <QFontDatabase>
#include <QPalette>

RuleTableModel::RuleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int RuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RuleTableModel::kindText(Rule::Kind kind)
{
    switch (kind) {
    case Rule::Kind::Prefix:
        return tr("Prefix");
    case Rule::Kind::Country:
        return tr("Country");
    case Rule::Kind::Default:
        break;
    }
    return tr("Default");
}

QString RuleTableModel::valueText(const Rule &rule)
{
    switch (rule.kind) {
    case Rule::Kind::Prefix:
        return rule.value;
    case Rule::Kind::Country:
        return PhoneNumberParser::describeRegion(rule.value);
    case Rule::Kind::Default:
        break;
    }
    return tr("all other numbers");
}

QString RuleTableModel::describe(const Rule &rule)
{
    return rule.kind == Rule::Kind::Default
        ? kindText(rule.kind)
        : tr("%1 %2", "a rule's kind and value: Prefix 351").arg(kindText(rule.kind), valueText(rule));
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule &rule = m_rules.at(index.row());
    const Texts &texts = m_texts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Match:
            return kindText(rule.kind);
        case Value:
            return texts.value;
        case Carrier:
            return texts.carrier;
        case Priority:
            return QString::number(rule.priority);
        case Weight:
            return QString::number(rule.weight);
        case Cost:
            return texts.cost;
        case Enabled:
            return rule.enabled ? tr("Enabled") : tr("Disabled");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Match:
            return int(rule.kind); // prefix, country, default: the order routing tries them
        case Value:
            return rule.value;
        case Priority:
            return rule.priority;
        case Weight:
            return rule.weight;
        case Cost:
            return rule.costMicros;
        case Enabled:
            return rule.enabled;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return rule.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Priority || index.column() == Weight || index.column() == Cost)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Value && rule.kind == Rule::Kind::Prefix)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::ForegroundRole:
        if (!rule.enabled || (index.column() == Carrier && !texts.carrierEnabled))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (!rule.enabled)
            return tr("This rule is disabled: routing skips it.");
        if (index.column() == Carrier && !texts.carrierEnabled)
            return tr("Carrier “%1” is disabled: routing skips this rule until the carrier is enabled again.")
                .arg(texts.carrier);
        if (index.column() == Value && rule.kind == Rule::Kind::Prefix)
            return tr("Numbers starting with +%1").arg(rule.value);
        if (index.column() == Cost)
            return tr("%1 %2 per segment").arg(RuleValidator::formatCost(rule.costMicros), m_currency);
        break;
    default:
        break;
    }
    return {};
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Value:
            return tr("The prefix (E.164 digits, country code first) or the region the rule matches.");
        case Priority:
            return tr("1 is tried first; higher numbers are fallbacks.");
        case Weight:
            return tr("Share of traffic among rules of equal priority and cost.");
        case Cost:
            return tr("Price of one segment, in the store's currency.");
        default:
            return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Match:
        return tr("Match");
    case Value:
        return tr("Value");
    case Carrier:
        return tr("Carrier");
    case Priority:
        return tr("Priority");
    case Weight:
        return tr("Weight");
    case Cost:
        return tr("Cost");
    case Enabled:
        return tr("State");
    }
    return {};
}

void RuleTableModel::setRules(const RuleList &rules, const CarrierList &carriers, const QString &currency)
{
    QHash<qint64, const ::Carrier *> byId;
    for (const ::Carrier &c : carriers)
        byId.insert(c.id, &c);

    beginResetModel();
    m_rules = rules;
    m_currency = currency;
    m_texts.clear();
    m_texts.reserve(rules.size());
    m_rowById.clear();
    m_rowById.reserve(rules.size());
    for (int row = 0; row < rules.size(); ++row) {
        const Rule &rule = rules.at(row);
        const ::Carrier *carrier = byId.value(rule.carrierId);
        m_texts.append({valueText(rule), carrier ? carrier->name : tr("#%1 (missing)").arg(rule.carrierId),
                        QStringLiteral("%1 %2").arg(RuleValidator::formatCost(rule.costMicros), currency),
                        carrier && carrier->enabled});
        m_rowById.insert(rule.id, row);
    }
    endResetModel();
}
