// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "commands.h"

#include <QCoreApplication>

namespace {

const QStringList globalValueOptions {QStringLiteral("--db"), QStringLiteral("--secret-store")};

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                          "CommandLine", "Store file to use (else $SMSROUTER_DB, else the GUI's default store)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("secret-store"),
                      QCoreApplication::translate("CommandLine",
                                                  "Where new tokens are kept: keychain or database (else "
                                                  "$SMSROUTER_SECRET_STORE, else the store's setting, else keychain)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("CommandLine", "Machine-readable output on stdout.")});
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("CommandLine", "Show this help.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")},
                      QCoreApplication::translate("CommandLine", "Show the version.")});
}

} // namespace

CommandLine::CommandLine()
{
    registerCarrierCommands(m_registry);
    registerRoutingCommands(m_registry);
    registerSendCommands(m_registry);
    registerCampaignCommands(m_registry);
    registerOptOutCommands(m_registry);
    registerInboxCommands(m_registry);
    registerStoreCommands(m_registry);
}

QStringList CommandLine::commandWords(const QStringList &arguments)
{
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (globalValueOptions.contains(arg)) {
            ++i; // skip its value
            continue;
        }
        if (arg == QLatin1String("--"))
            break;
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        words.append(arg);
    }
    return words;
}

const CommandSpec *CommandLine::findCommand(const QStringList &words, int *consumed) const
{
    const CommandSpec *best = nullptr;
    for (const CommandSpec &spec : m_registry.all()) {
        if (spec.words.size() > words.size() || (best && best->words.size() >= spec.words.size()))
            continue;
        if (std::equal(spec.words.cbegin(), spec.words.cend(), words.cbegin()))
            best = &spec;
    }
    *consumed = best ? int(best->words.size()) : 0;
    return best;
}

QString CommandLine::overview() const
{
    QString text = QCoreApplication::translate("CommandLine",
                                               "Usage: smsrouter-cli [--db PATH] [--secret-store keychain|database] "
                                               "[--json] COMMAND …")
        + QStringLiteral("\n\n")
        + QCoreApplication::translate("CommandLine",
                                      "SMS Router without a window: carriers, rules, routing, sends, campaigns and the "
                                      "delivery log of one store.")
        + QStringLiteral("\n\n") + QCoreApplication::translate("CommandLine", "Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const CommandSpec &spec : m_registry.all())
        width = std::max(width, spec.words.join(QLatin1Char(' ')).size() + 1 + spec.positional.size());
    for (const CommandSpec &spec : m_registry.all()) {
        QString left = spec.words.join(QLatin1Char(' '));
        if (!spec.positional.isEmpty())
            left += QLatin1Char(' ') + spec.positional;
        text += QStringLiteral("  ") + left.leftJustified(width + 2) + spec.summary + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + QCoreApplication::translate("CommandLine",
                                      "Run `smsrouter-cli COMMAND --help` for a command's options. Exit codes: 0 "
                                      "success, 1 the operation failed, 2 bad usage or invalid input.")
        + QLatin1Char('\n')
        + QCoreApplication::translate("CommandLine",
                                      "Tokens are never taken from the command line: use --token-stdin or "
                                      "$SMSROUTER_TOKEN.")
        + QLatin1Char('\n');
    return text;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList words = commandWords(arguments);
    int consumed = 0;
    const CommandSpec *spec = findCommand(words, &consumed);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
    if (spec && spec->addOptions)
        spec->addOptions(parser);

    if (!parser.parse(arguments)) {
        CommandContext context(parser, {}, out, err);
        context.commandWords = spec ? spec->words.join(QLatin1Char(' ')) : QString();
        return context.usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "smsrouter-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (!spec) {
        if (parser.isSet(QStringLiteral("help")) || words.isEmpty()) {
            out << overview();
            return words.isEmpty() && !parser.isSet(QStringLiteral("help")) ? ExitUsage : ExitOk;
        }
        CommandContext context(parser, {}, out, err);
        return context.usage(
            QCoreApplication::translate("CommandLine", "“%1” is not a command.").arg(words.join(QLatin1Char(' '))));
    }

    const QString wordsText = spec->words.join(QLatin1Char(' '));
    if (parser.isSet(QStringLiteral("help"))) {
        if (!spec->positional.isEmpty())
            parser.addPositionalArgument(spec->positional, QCoreApplication::translate("CommandLine", "(see above)"),
                                         spec->positional);
        QString help = parser.helpText();
        // QCommandLineParser names the binary by its full path and knows nothing of subcommands.
        const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
        help.replace(0, firstLineEnd,
                     QCoreApplication::translate("CommandLine", "Usage: smsrouter-cli %1 [options] %2")
                         .arg(wordsText, spec->positional));
        out << spec->summary << "\n\n" << help;
        return ExitOk;
    }

    QStringList positional = parser.positionalArguments();
    positional.erase(positional.begin(), positional.begin() + consumed);
    CommandContext context(parser, positional, out, err);
    context.commandWords = wordsText;
    return spec->run(context);
}
