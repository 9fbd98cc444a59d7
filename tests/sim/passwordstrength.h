// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Stand-in for Restcomm's JavascriptPasswordValidator (score ≥ 50). The rule: at least 8
/// characters and at least 2 of the 4 classes lower case, upper case, digit, other. So "1234" and
/// "restcomm" are refused; "RestComm", "RestComm12" and "1234asdf!@#" pass.
class PasswordStrength final
{
public:
    static bool isStrongEnough(const QString &password);
};
