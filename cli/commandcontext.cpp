#include "command.h"
#include "session/session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    return m_session.get();
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
    m_err << "smsrouter-cli: " << error.message << '\n';
    m_err.flush();
    return error.kind == Error::Kind::Failed ? ExitFailed : ExitUsage;
}

int CommandContext::usage(const QString &message)
{
    // One line, as the contract asks: the problem, then where the options are.
    m_err << "smsrouter-cli: " << message << " (see `smsrouter-cli "
          << (commandWords.isEmpty() ? QString() : commandWords + QLatin1Char(' ')) << "--help`)\n";
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
