// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

/// What one run of smsrouter-cli gave back.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

/// Runs the real smsrouter-cli binary against one store, the way a script would: arguments,
/// optional standard input, extra environment. Bounded by a timeout; never sleeps.
class CliRunner final
{
public:
    /// `storePath` is passed with --db; `secretStore` with --secret-store when not empty.
    explicit CliRunner(QString storePath, QString secretStore = QStringLiteral("database"));

    CliResult run(const QStringList &arguments, const QByteArray &standardInput = {},
                  const QProcessEnvironment &extraEnvironment = {}) const;

private:
    QString m_storePath;
    QString m_secretStore;
};

/// The keys of a JSON object in order, to compare an output's fields with the contract's.
inline QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}
