// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"

#include <QStringList>
#include <QTextStream>

/// smsrouter-cli: finds the subcommand in argv, parses its options together with the global ones
/// (--db, --secret-store, --json, --help, --version) and runs it.
class CommandLine final
{
public:
    CommandLine();

    /// Runs argv (including the program name) and returns the process exit code.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    const CommandRegistry &registry() const { return m_registry; }

private:
    const CommandSpec *findCommand(const QStringList &words, int *consumed) const;
    QString overview() const;
    static QStringList commandWords(const QStringList &arguments);

    CommandRegistry m_registry;
};
