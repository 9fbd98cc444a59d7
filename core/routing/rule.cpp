// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "rule.h"

QString Rule::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Prefix:
        return QStringLiteral("prefix");
    case Kind::Country:
        return QStringLiteral("country");
    case Kind::Default:
        break;
    }
    return QStringLiteral("default");
}

bool Rule::kindFromName(const QString &name, Kind *kind)
{
    for (Kind candidate : {Kind::Prefix, Kind::Country, Kind::Default}) {
        if (kindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString Rule::matchText() const
{
    return kind == Kind::Default ? kindName(kind) : kindName(kind) + QLatin1Char(' ') + value;
}
