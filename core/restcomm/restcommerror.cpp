// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "restcommerror.h"

QString RestcommError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::MessageLevel:
        return QStringLiteral("message-level");
    case Kind::CarrierLevel:
        return QStringLiteral("carrier-level");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::NotSent:
        return QStringLiteral("not-sent");
    case Kind::Ambiguous:
        return QStringLiteral("ambiguous");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    }
    return {};
}
