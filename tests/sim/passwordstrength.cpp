// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "passwordstrength.h"

bool PasswordStrength::isStrongEnough(const QString &password)
{
    if (password.size() < 8)
        return false;
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other) >= 2;
}
