// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "command.h"
#include "session/session.h"
#include "store/database.h"
#include <termios.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cstdio>

namespace {

/// How long a command waits for another program to let go of the store before it gives up
/// (and changes nothing): $SMSROUTER_BUSY_WAIT seconds, else 30.
std::chrono::milliseconds busyWait()
{
    bool ok = false;
    const double seconds = qEnvironmentVariable("SMSROUTER_BUSY_WAIT").toDouble(&ok);
    if (ok && seconds >= 0 && seconds <= 3600)
        return std::chrono::milliseconds(qint64(seconds * 1000));
    return std::chrono::seconds(30);
}

/// Turns the terminal's echo off for as long as it lives.
class EchoOff final
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

} // namespace

CommandContext::CommandContext(QCommandLineParser &parser, QStringList arguments, QTextStream &out, QTextStream &err)
    : m_parser(parser)
    , m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{ }

CommandContext::~CommandContext() = default;

Result<Session *> CommandContext::session()
{
    if (m_session)
        return m_session.get();
    auto backend = Session::resolveSecretBackendOverride(value(QStringLiteral("secret-store")));
    if (!backend)
        return backend.error();
    SessionOptions options;
    options.storePath = Session::resolveStorePath(value(QStringLiteral("db")));
    options.secretBackendOverride = *backend;
    auto opened = Session::open(options);
    if (!opened)
        return opened.error();
    m_session = std::move(*opened);
    Database &db = m_session->database();
    if (auto waiting = db.setBusyTimeout(busyWait()); !waiting)
        return waiting.error();
    if (::isatty(STDERR_FILENO)) {
        // A person at a terminal is told why nothing seems to happen; scripts get one line at the end.
        db.setBusyNotice([this](std::chrono::milliseconds wait) {
            // (The count is computed first: Qt 6.4's lupdate loops on a division inside
            // translate()'s arguments.)
            const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(wait).count());
            m_err << QCoreApplication::translate("CommandContext",
                                                 "smsrouter-cli: another program is writing to the store; waiting "
                                                 "up to %n second(s) for it…",
                                                 nullptr, seconds)
                  << '\n';
            m_err.flush();
        });
    }
    return m_session.get();
}

QByteArray CommandContext::readSecret(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return readStandardInput();
    m_err << prompt << ' ';
    m_err.flush();
    QByteArray line;
    {
        const EchoOff quiet;
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
            line = input.readLine();
    }
    m_err << '\n';
    m_err.flush();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray CommandContext::readStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return input.readAll();
}

int CommandContext::fail(const Error &error)
{
    // A busy store is not the command's fault: say which command gave up, and that it changed nothing
    // (the message says so; Transaction::begin guarantees it).
    if (error.isStoreBusy() && !commandWords.isEmpty())
        m_err << "smsrouter-cli: " << commandWords << ": " << error.message << '\n';
    else
        m_err << "smsrouter-cli: " << error.message << '\n';
    m_err.flush();
    return error.kind == Error::Kind::Failed ? ExitFailed : ExitUsage;
}

int CommandContext::usage(const QString &message)
{
    // One line, as the contract asks: the problem, then where the options are.
    const QString help = QStringLiteral("smsrouter-cli ")
        + (commandWords.isEmpty() ? QString() : commandWords + QLatin1Char(' ')) + QStringLiteral("--help");
    m_err << "smsrouter-cli: " << QCoreApplication::translate("CommandContext", "%1 (see `%2`)").arg(message, help)
          << '\n';
    m_err.flush();
    return ExitUsage;
}

void CommandContext::printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}
