// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "faultconfig.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

/// restcomm-sim's command line (see README.md). parse() prints --help / --version itself.
struct SimOptions
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString accountsFile;
    QString basePath = QStringLiteral("/restcomm/2012-04-24");
    QString ledgerFile;
    quint64 seed = 1;
    int utcOffsetMin = 0;
    QString tlsCert;
    QString tlsKey;
    bool exitOnStdinEof = false;
    bool frozenClock = false;
    FaultConfig faults;

    /// False with \a error set on a bad value (the caller exits with 2).
    static bool parse(const QStringList &arguments, SimOptions &options, QString *error);
};
