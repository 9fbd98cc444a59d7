// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriertablemodel.h"

#include "secrets/credentialvault.h"

#include <QFontDatabase>
#include <QPalette>

CarrierTableModel::CarrierTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int CarrierTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_carriers.size());
}

int CarrierTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CarrierTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Carrier &c = m_carriers.at(index.row());
    const auto tokenPlace = secretBackendFromName(CredentialVault::backendOf(c.secretRef));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return c.name;
        case AccountSid:
            return c.accountSid;
        case BaseUrl:
            return c.baseUrl;
        case Rate:
            return tr("%L1 msg/s").arg(c.rateLimit);
        case InFlight:
            return QString::number(c.maxInFlight);
        case Enabled:
            return c.enabled ? tr("Enabled") : tr("Disabled");
        case TokenKeptIn:
            return tokenPlace ? secretBackendTitle(*tokenPlace) : tr("missing");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Rate:
            return c.rateLimit;
        case InFlight:
            return c.maxInFlight;
        case Enabled:
            return c.enabled;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return c.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Rate || index.column() == InFlight)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == AccountSid)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::ForegroundRole:
        if (!c.enabled)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (index.column() == TokenKeptIn)
            return tokenPlace == SecretBackend::Database ? tr("The token is kept unencrypted in the store database.")
                                                         : tr("The token is kept in the system keychain.");
        if (!c.notes.isEmpty())
            return c.notes;
        break;
    default:
        break;
    }
    return {};
}

QVariant CarrierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case AccountSid:
        return tr("Account SID");
    case BaseUrl:
        return tr("Base URL");
    case Rate:
        return tr("Rate");
    case InFlight:
        return tr("In flight");
    case Enabled:
        return tr("State");
    case TokenKeptIn:
        return tr("Token kept in");
    }
    return {};
}

void CarrierTableModel::setCarriers(const CarrierList &carriers)
{
    beginResetModel();
    m_carriers = carriers;
    endResetModel();
}

int CarrierTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_carriers.size(); ++row) {
        if (m_carriers.at(row).id == id)
            return row;
    }
    return -1;
}
