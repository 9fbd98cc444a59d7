// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Restcomm's role permissions as the default open-source restcomm.xml grants them:
/// Administrator may do everything; Developer may read SMS and read or modify its own account,
/// but neither send SMS (403, as on a stock server) nor create sub-accounts (as the hosted docs
/// say); any other role may do nothing that needs a permission.
class Permissions final
{
public:
    enum class Permission { CreateSms, ReadSms, ReadAccounts, ModifyAccounts, CreateAccounts };

    static bool roleAllows(const QString &role, Permission permission);
    static bool isAdministrator(const QString &role) { return role == QLatin1String("Administrator"); }
};
