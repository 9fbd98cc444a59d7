// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include <QProcess>

CliRunner::CliRunner(QString storePath, QString secretStore)
    : m_storePath(std::move(storePath))
    , m_secretStore(std::move(secretStore))
{ }

CliResult CliRunner::run(const QStringList &arguments, const QByteArray &standardInput,
                         const QProcessEnvironment &extraEnvironment) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnvironment.keys())
        env.insert(key, extraEnvironment.value(key));
    process.setProcessEnvironment(env);
    QStringList all {QStringLiteral("--db"), m_storePath};
    if (!m_secretStore.isEmpty())
        all << QStringLiteral("--secret-store") << m_secretStore;
    all += arguments;
    process.start(QStringLiteral(SMSROUTER_CLI_PATH), all);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
