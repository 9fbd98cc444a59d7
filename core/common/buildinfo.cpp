// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "buildinfo.h"

#include <sqlite3.h>

#include <QCoreApplication>

namespace buildinfo {

QString version()
{
    return QStringLiteral(SMSROUTER_VERSION);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString phoneNumberVersion()
{
    const QString version = QStringLiteral(SMSROUTER_PHONENUMBER_VERSION);
    return version.isEmpty() ? QCoreApplication::translate("BuildInfo", "unknown") : version;
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace buildinfo
