// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class Session;

/// Exit codes of the CLI contract.
enum ExitCode : int {
    ExitOk = 0, ///< success
    ExitFailed = 1, ///< the operation ran and failed
    ExitUsage = 2, ///< bad usage or invalid input: one line on stderr, nothing changed
};

/// What a running command may use: its parsed options, its positional arguments (after the
/// command words), the store (opened on first use, from the global options), and the streams.
class CommandContext final
{
public:
    CommandContext(QCommandLineParser &parser, QStringList arguments, QTextStream &out, QTextStream &err);
    ~CommandContext();

    const QCommandLineParser &parser() const { return m_parser; }
    const QStringList &arguments() const { return m_arguments; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }

    /// Opens the store named by --db / SMSROUTER_DB (created when missing).
    Result<Session *> session();

    /// All of standard input, for --token-stdin and friends. Never echoed.
    QByteArray readStandardInput();
    /// A secret from standard input: at a terminal, after `prompt` on stderr, one line read with
    /// echo off; otherwise all of standard input.
    QByteArray readSecret(const QString &prompt);

    /// Prints the error on stderr and returns the exit code its kind maps to.
    int fail(const Error &error);
    /// Prints a usage problem and a hint, returns ExitUsage.
    int usage(const QString &message);
    /// Prints JSON (indented) on stdout.
    void printJson(const QJsonValue &value);

    /// The exact command words ("carrier add"), for hints.
    QString commandWords;

private:
    QCommandLineParser &m_parser;
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Session> m_session;
};

/// One subcommand: its words ("carrier", "add"), a one-line summary, the positional
/// arguments' names for the help text, its options, and what it does.
struct CommandSpec
{
    QStringList words;
    QString summary;
    QString positional; ///< e.g. "NAME" or "NUMBER"; shown in help; empty for none
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(CommandContext &)> run;
};

/// All subcommands. Each area of the program registers its own (register…Commands).
class CommandRegistry final
{
public:
    void add(CommandSpec spec) { m_specs.append(std::move(spec)); }
    const QList<CommandSpec> &all() const { return m_specs; }

private:
    QList<CommandSpec> m_specs;
};
