// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli: composition root only. Everything it does lives in cli/ and core/.
#include "commandline.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same application name as the GUI, so both find the same default store.
    QCoreApplication::setApplicationName(QStringLiteral("smsrouter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSROUTER_VERSION));
    // The language of the terminal, as git's: LANGUAGE, LC_ALL, LC_MESSAGES, LANG. JSON, CSV and
    // exit codes never change with it.
    translations::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    const int code = commandLine.run(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
