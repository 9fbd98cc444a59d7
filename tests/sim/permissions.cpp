// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "permissions.h"

bool Permissions::roleAllows(const QString &role, Permission permission)
{
    if (isAdministrator(role))
        return true;
    if (role == QLatin1String("Developer")) {
        return permission == Permission::ReadSms || permission == Permission::ReadAccounts
            || permission == Permission::ModifyAccounts;
    }
    return false;
}
