// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli: composition root only. Everything it does lives in cli/ and core/.
#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same application name as the GUI, so both find the same default store.
    QCoreApplication::setApplicationName(QStringLiteral("smsrouter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSROUTER_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    const int code = commandLine.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
