// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli carrier add|list|show|update|remove: thin face over CarrierService.
#include "carriers/carrieraccounts.h"
#include "carriers/carrierservice.h"
#include "command.h"
#include "commands.h"
#include "eventwait.h"
#include "output.h"
#include "secrets/credentialvault.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

/// The dispatcher's last word on the carrier; state "unknown" when nothing was sent through it yet.
QJsonObject healthJson(const CarrierHealth &h)
{
    auto time = [](qint64 ms) {
        return ms == 0 ? QJsonValue() : QJsonValue(output::isoTime(ms));
    };
    return {{QStringLiteral("state"), h.state},
            {QStringLiteral("consecutive_failures"), h.consecutiveFailures},
            {QStringLiteral("refused_connections"), h.refusedConnections},
            {QStringLiteral("last_error"), h.lastError.isEmpty() ? QJsonValue() : QJsonValue(h.lastError)},
            {QStringLiteral("last_error_at"), time(h.lastErrorAt)},
            {QStringLiteral("last_success_at"), time(h.lastSuccessAt)},
            {QStringLiteral("updated_at"), time(h.updatedAt)}};
}

QString healthText(const CarrierHealth &h)
{
    // The state is the dispatcher's key (as in --json); the count around it is for people.
    return h.consecutiveFailures > 0
        ? QCoreApplication::translate("CarrierCommands", "%1 (%n in a row)", nullptr, h.consecutiveFailures)
              .arg(h.state)
        : h.state;
}

QJsonObject toJson(const Carrier &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("base_url"), c.baseUrl},
            {QStringLiteral("account_sid"), c.accountSid},
            {QStringLiteral("rate"), c.rateLimit},
            {QStringLiteral("max_in_flight"), c.maxInFlight},
            {QStringLiteral("enabled"), c.enabled},
            {QStringLiteral("ca_file"), c.caFile},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("confirm_stop"), c.confirmStopReplies},
            {QStringLiteral("token_kept_in"), CredentialVault::backendOf(c.secretRef)},
            {QStringLiteral("created_at"), output::isoTime(c.createdAt)},
            {QStringLiteral("updated_at"), output::isoTime(c.updatedAt)}};
}

/// `carrier list` and `carrier show` add what the dispatcher last saw.
QJsonObject toJson(const Carrier &c, const CarrierHealth &health)
{
    QJsonObject object = toJson(c);
    object.insert(QStringLiteral("health"), healthJson(health));
    return object;
}

void addFieldOptions(QCommandLineParser &parser, bool forUpdate)
{
    parser.addOption({QStringLiteral("account-sid"),
                      QCoreApplication::translate("CarrierCommands", "Restcomm Account SID (AC + 32 hex digits)."),
                      QStringLiteral("SID")});
    parser.addOption(
        {QStringLiteral("base-url"),
         QCoreApplication::translate("CarrierCommands", "Restcomm API base (default %1).").arg(Carrier::defaultBaseUrl),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("rate"),
                      QCoreApplication::translate("CarrierCommands", "Messages per second (default 10)."),
                      QStringLiteral("MPS")});
    parser.addOption({QStringLiteral("max-in-flight"),
                      QCoreApplication::translate("CarrierCommands", "Requests open at once, 1–1000 (default 6)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("ca-file"),
                      QCoreApplication::translate(
                          "CarrierCommands", "Extra PEM CA certificate(s) for this carrier's TLS (\"\" to clear)."),
                      QStringLiteral("PEM")});
    parser.addOption({QStringLiteral("notes"),
                      QCoreApplication::translate("CarrierCommands", "Free text for operators."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("disabled"),
                      QCoreApplication::translate("CarrierCommands", "Keep the carrier but send nothing through it.")});
    parser.addOption({QStringLiteral("confirm-stop"),
                      QCoreApplication::translate("CarrierCommands",
                                                  "Answer a STOP reply with one confirmation message: yes or no "
                                                  "(default no)."),
                      QStringLiteral("yes|no")});
    if (forUpdate) {
        parser.addOption({QStringLiteral("enabled"),
                          QCoreApplication::translate("CarrierCommands", "Send through the carrier again.")});
        parser.addOption({QStringLiteral("rename"),
                          QCoreApplication::translate("CarrierCommands", "Give the carrier a new name."),
                          QStringLiteral("NAME")});
    }
    parser.addOption({QStringLiteral("token-stdin"),
                      QCoreApplication::translate("CarrierCommands",
                                                  "Read the Auth Token from standard input (else $SMSROUTER_TOKEN).")});
    if (!forUpdate) {
        parser.addOption({QStringLiteral("create-subaccount"),
                          QCoreApplication::translate("CarrierCommands",
                                                      "Create a new Restcomm sub-account under --parent for this "
                                                      "carrier (its password on standard input).")});
        parser.addOption(
            {QStringLiteral("parent"),
             QCoreApplication::translate("CarrierCommands", "The carrier whose account creates the sub-account."),
             QStringLiteral("CARRIER")});
        parser.addOption(
            {QStringLiteral("email"),
             QCoreApplication::translate("CarrierCommands", "The sub-account's e-mail address (its login)."),
             QStringLiteral("ADDR")});
    }
}

/// Applies the field options that were given; returns a usage error text or an empty string.
QString applyFieldOptions(CommandContext &ctx, Carrier &carrier)
{
    if (ctx.isSet(QStringLiteral("account-sid")))
        carrier.accountSid = ctx.value(QStringLiteral("account-sid"));
    if (ctx.isSet(QStringLiteral("base-url")))
        carrier.baseUrl = ctx.value(QStringLiteral("base-url"));
    if (ctx.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        carrier.rateLimit = ctx.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok)
            return QCoreApplication::translate("CarrierCommands",
                                               "--rate takes a number of messages per second, such as 10 or 0.5.");
    }
    if (ctx.isSet(QStringLiteral("max-in-flight"))) {
        bool ok = false;
        carrier.maxInFlight = ctx.value(QStringLiteral("max-in-flight")).toInt(&ok);
        if (!ok)
            return QCoreApplication::translate("CarrierCommands",
                                               "--max-in-flight takes a whole number from 1 to 1000.");
    }
    if (ctx.isSet(QStringLiteral("ca-file")))
        carrier.caFile = ctx.value(QStringLiteral("ca-file"));
    if (ctx.isSet(QStringLiteral("notes")))
        carrier.notes = ctx.value(QStringLiteral("notes"));
    if (ctx.isSet(QStringLiteral("confirm-stop"))) {
        const QString value = ctx.value(QStringLiteral("confirm-stop")).trimmed().toLower();
        if (value == QLatin1String("yes"))
            carrier.confirmStopReplies = true;
        else if (value == QLatin1String("no"))
            carrier.confirmStopReplies = false;
        else
            return QCoreApplication::translate("CarrierCommands", "--confirm-stop takes “yes” or “no”.");
    }
    if (ctx.isSet(QStringLiteral("disabled")) && ctx.parser().optionNames().contains(QStringLiteral("enabled"))
        && ctx.isSet(QStringLiteral("enabled")))
        return QCoreApplication::translate("CarrierCommands", "Give either --enabled or --disabled, not both.");
    if (ctx.isSet(QStringLiteral("disabled")))
        carrier.enabled = false;
    else if (ctx.parser().optionNames().contains(QStringLiteral("enabled")) && ctx.isSet(QStringLiteral("enabled")))
        carrier.enabled = true;
    return {};
}

/// The token from --token-stdin or $SMSROUTER_TOKEN; nullopt when neither was given.
std::optional<QByteArray> tokenFromInput(CommandContext &ctx)
{
    if (ctx.isSet(QStringLiteral("token-stdin")))
        return ctx.readSecret(QCoreApplication::translate("CarrierCommands", "Auth Token:")).trimmed();
    const QByteArray fromEnvironment = qgetenv("SMSROUTER_TOKEN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment.trimmed();
    return std::nullopt;
}

int addSubAccountCarrier(CommandContext &ctx)
{
    if (!ctx.isSet(QStringLiteral("parent")) || !ctx.isSet(QStringLiteral("email")))
        return ctx.usage(QCoreApplication::translate("CarrierCommands",
                                                     "--create-subaccount needs --parent CARRIER and --email ADDR, and "
                                                     "the new password on standard input."));
    if (ctx.isSet(QStringLiteral("account-sid")))
        return ctx.usage(QCoreApplication::translate(
            "CarrierCommands", "Restcomm chooses the SID of a new sub-account; leave out --account-sid."));
    const QByteArray password =
        ctx.readSecret(QCoreApplication::translate("CarrierCommands", "Password for the new sub-account:")).trimmed();
    if (password.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("CarrierCommands", "Give the new sub-account's password on standard input."));
    Carrier fields;
    if (const QString problem = applyFieldOptions(ctx, fields); !problem.isEmpty())
        return ctx.usage(problem);
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto parent = (*session)->carriers().find(ctx.value(QStringLiteral("parent")));
    if (!parent)
        return ctx.fail(parent.error());
    SubAccountRequest request;
    request.carrierName = ctx.arguments().constFirst();
    request.email = ctx.value(QStringLiteral("email"));
    request.password = password;
    request.rateLimit = fields.rateLimit;
    request.maxInFlight = fields.maxInFlight;
    CarrierAccounts accounts((*session)->carriers());
    std::optional<Result<Carrier>> outcome;
    accounts.createSubAccount(*parent, request, &accounts, [&outcome](const Result<Carrier> &r) { outcome = r; });
    waitUntil([&] { return outcome.has_value(); }, std::chrono::seconds(60));
    if (!outcome)
        return ctx.fail(Error::failed(QCoreApplication::translate("CarrierCommands",
                                                                  "Restcomm did not answer in time; check whether the "
                                                                  "sub-account exists before trying again.")));
    if (!*outcome)
        return ctx.fail(outcome->error());
    const Carrier &added = **outcome;
    if (ctx.json())
        ctx.printJson(toJson(added));
    else
        ctx.out() << QCoreApplication::translate("CarrierCommands",
                                                 "Created Restcomm sub-account %1 and added it as carrier “%2”; token "
                                                 "kept in the %3.")
                         .arg(added.accountSid, added.name, CredentialVault::backendOf(added.secretRef))
                  << '\n';
    return ExitOk;
}

int addCarrier(CommandContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QCoreApplication::translate(
            "CarrierCommands", "Name the carrier: carrier add NAME --account-sid SID --token-stdin."));
    if (ctx.isSet(QStringLiteral("create-subaccount")))
        return addSubAccountCarrier(ctx);
    if (!ctx.isSet(QStringLiteral("account-sid")))
        return ctx.usage(QCoreApplication::translate("CarrierCommands", "--account-sid is required."));
    const auto token = tokenFromInput(ctx);
    if (!token)
        return ctx.usage(QCoreApplication::translate("CarrierCommands",
                                                     "Give the carrier's token on standard input with --token-stdin, "
                                                     "or in $SMSROUTER_TOKEN; it is never taken from the command "
                                                     "line."));
    Carrier carrier;
    carrier.name = ctx.arguments().constFirst();
    if (const QString problem = applyFieldOptions(ctx, carrier); !problem.isEmpty())
        return ctx.usage(problem);

    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto added = (*session)->carriers().add(carrier, *token);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json())
        ctx.printJson(toJson(*added));
    else
        ctx.out() << (CredentialVault::backendOf(added->secretRef) == secretBackendName(SecretBackend::Database)
                          ? QCoreApplication::translate(
                              "CarrierCommands", "Added carrier “%1” (id %2); token kept in the store's database.")
                          : QCoreApplication::translate("CarrierCommands",
                                                        "Added carrier “%1” (id %2); token kept in the keychain."))
                         .arg(added->name, QString::number(added->id))
                  << '\n';
    return ExitOk;
}

int listCarriers(CommandContext &ctx)
{
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto carriers = (*session)->carriers().list();
    if (!carriers)
        return ctx.fail(carriers.error());
    auto health = (*session)->carriers().health();
    if (!health)
        return ctx.fail(health.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Carrier &c : *carriers)
            array.append(toJson(c, health->value(c.id)));
        ctx.printJson(array);
        return ExitOk;
    }
    if (carriers->isEmpty()) {
        ctx.out() << QCoreApplication::translate("CarrierCommands",
                                                 "No carriers yet. Add one with: smsrouter-cli carrier add NAME "
                                                 "--account-sid SID --token-stdin")
                  << '\n';
        return ExitOk;
    }
    const QString yes = QCoreApplication::translate("CarrierCommands", "yes");
    const QString no = QCoreApplication::translate("CarrierCommands", "no");
    QList<QStringList> rows;
    for (const Carrier &c : *carriers)
        rows.append({QString::number(c.id), c.name, c.accountSid, QString::number(c.rateLimit),
                     QString::number(c.maxInFlight), c.enabled ? yes : no, CredentialVault::backendOf(c.secretRef),
                     healthText(health->value(c.id)), c.baseUrl});
    output::printTable(ctx.out(),
                       {QCoreApplication::translate("CarrierCommands", "ID"),
                        QCoreApplication::translate("CarrierCommands", "NAME"),
                        QCoreApplication::translate("CarrierCommands", "ACCOUNT SID"),
                        QCoreApplication::translate("CarrierCommands", "RATE/S"),
                        QCoreApplication::translate("CarrierCommands", "IN FLIGHT"),
                        QCoreApplication::translate("CarrierCommands", "ENABLED"),
                        QCoreApplication::translate("CarrierCommands", "TOKEN"),
                        QCoreApplication::translate("CarrierCommands", "HEALTH"),
                        QCoreApplication::translate("CarrierCommands", "BASE URL")},
                       rows, {0, 3, 4});
    return ExitOk;
}

int showCarrier(CommandContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("CarrierCommands", "Name the carrier: carrier show NAME."));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto carrier = (*session)->carriers().find(ctx.arguments().constFirst());
    if (!carrier)
        return ctx.fail(carrier.error());
    auto allHealth = (*session)->carriers().health();
    if (!allHealth)
        return ctx.fail(allHealth.error());
    const CarrierHealth health = allHealth->value(carrier->id);
    if (ctx.json()) {
        ctx.printJson(toJson(*carrier, health));
        return ExitOk;
    }
    output::printFields(
        ctx.out(),
        {{QCoreApplication::translate("CarrierCommands", "Name"), carrier->name},
         {QCoreApplication::translate("CarrierCommands", "Id"), QString::number(carrier->id)},
         {QCoreApplication::translate("CarrierCommands", "Base URL"), carrier->baseUrl},
         {QCoreApplication::translate("CarrierCommands", "Account SID"), carrier->accountSid},
         {QCoreApplication::translate("CarrierCommands", "Rate"),
          QCoreApplication::translate("CarrierCommands", "%1 msg/s").arg(carrier->rateLimit)},
         {QCoreApplication::translate("CarrierCommands", "Max in flight"), QString::number(carrier->maxInFlight)},
         {QCoreApplication::translate("CarrierCommands", "Enabled"),
          carrier->enabled ? QCoreApplication::translate("CarrierCommands", "yes")
                           : QCoreApplication::translate("CarrierCommands", "no")},
         {QCoreApplication::translate("CarrierCommands", "Confirms STOP replies"),
          carrier->confirmStopReplies ? QCoreApplication::translate("CarrierCommands", "yes")
                                      : QCoreApplication::translate("CarrierCommands", "no")},
         {QCoreApplication::translate("CarrierCommands", "Token kept in"),
          CredentialVault::backendOf(carrier->secretRef)},
         {QCoreApplication::translate("CarrierCommands", "CA file"), carrier->caFile},
         {QCoreApplication::translate("CarrierCommands", "Notes"), carrier->notes},
         {QCoreApplication::translate("CarrierCommands", "Health"), healthText(health)},
         {QCoreApplication::translate("CarrierCommands", "Health detail"), health.detail()},
         {QCoreApplication::translate("CarrierCommands", "Created"), output::isoTime(carrier->createdAt)},
         {QCoreApplication::translate("CarrierCommands", "Updated"), output::isoTime(carrier->updatedAt)}});
    return ExitOk;
}

int updateCarrier(CommandContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(
            QCoreApplication::translate("CarrierCommands", "Name the carrier: carrier update NAME [options]."));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto carrier = (*session)->carriers().find(ctx.arguments().constFirst());
    if (!carrier)
        return ctx.fail(carrier.error());
    Carrier changed = *carrier;
    if (const QString problem = applyFieldOptions(ctx, changed); !problem.isEmpty())
        return ctx.usage(problem);
    if (ctx.isSet(QStringLiteral("rename")))
        changed.name = ctx.value(QStringLiteral("rename"));
    const std::optional<QByteArray> token = tokenFromInput(ctx);
    static const QStringList changes {QStringLiteral("account-sid"), QStringLiteral("base-url"),
                                      QStringLiteral("rate"),        QStringLiteral("max-in-flight"),
                                      QStringLiteral("ca-file"),     QStringLiteral("notes"),
                                      QStringLiteral("disabled"),    QStringLiteral("enabled"),
                                      QStringLiteral("rename"),      QStringLiteral("confirm-stop")};
    const bool anyChange = token || std::any_of(changes.cbegin(), changes.cend(), [&ctx](const QString &option) {
                               return ctx.parser().optionNames().contains(option) && ctx.isSet(option);
                           });
    if (!anyChange)
        return ctx.usage(QCoreApplication::translate("CarrierCommands",
                                                     "Nothing to change for carrier “%1”: give the fields to change "
                                                     "(--rate, --base-url, --disabled, --token-stdin, …).")
                             .arg(carrier->name));
    auto updated = (*session)->carriers().update(changed, token);
    if (!updated)
        return ctx.fail(updated.error());
    if (ctx.json())
        ctx.printJson(toJson(*updated));
    else
        ctx.out() << QCoreApplication::translate("CarrierCommands", "Updated carrier “%1”.").arg(updated->name) << '\n';
    return ExitOk;
}

int removeCarrier(CommandContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("CarrierCommands", "Name the carrier: carrier remove NAME."));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto carrier = (*session)->carriers().find(ctx.arguments().constFirst());
    if (!carrier)
        return ctx.fail(carrier.error());
    if (auto removed = (*session)->carriers().remove(carrier->id); !removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("removed"), carrier->name}});
    else
        ctx.out()
            << QCoreApplication::translate("CarrierCommands", "Removed carrier “%1” and its token.").arg(carrier->name)
            << '\n';
    return ExitOk;
}

int testCarrier(CommandContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("CarrierCommands", "Name the carrier: carrier test NAME."));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto carrier = (*session)->carriers().find(ctx.arguments().constFirst());
    if (!carrier)
        return ctx.fail(carrier.error());
    CarrierAccounts accounts((*session)->carriers());
    std::optional<ConnectionTest> result;
    accounts.testConnection(*carrier, &accounts, [&result](const ConnectionTest &test) { result = test; });
    waitUntil([&] { return result.has_value(); }, std::chrono::seconds(60));
    if (!result)
        return ctx.fail(
            Error::failed(QCoreApplication::translate("CarrierCommands", "Restcomm did not answer within 60 s.")));
    if (ctx.json()) {
        ctx.printJson(QJsonObject {{QStringLiteral("carrier"), carrier->name},
                                   {QStringLiteral("ok"), result->ok},
                                   {QStringLiteral("status"), result->accountStatus},
                                   {QStringLiteral("friendly_name"), result->friendlyName},
                                   {QStringLiteral("message"), result->message}});
        return result->ok ? ExitOk : ExitFailed;
    }
    if (!result->ok)
        return ctx.fail(Error::failed(result->message));
    ctx.out() << result->message << '\n';
    return ExitOk;
}

} // namespace

void registerCarrierCommands(CommandRegistry &registry)
{
    const QString carrier = QStringLiteral("carrier");
    registry.add({{carrier, QStringLiteral("add")},
                  QCoreApplication::translate("CarrierCommands",
                                              "Add a carrier (token from --token-stdin or $SMSROUTER_TOKEN)."),
                  QStringLiteral("NAME"),
                  [](QCommandLineParser &p) { addFieldOptions(p, false); },
                  addCarrier});
    registry.add({{carrier, QStringLiteral("list")},
                  QCoreApplication::translate("CarrierCommands", "List the carriers."),
                  {},
                  {},
                  listCarriers});
    registry.add({{carrier, QStringLiteral("show")},
                  QCoreApplication::translate("CarrierCommands", "Show one carrier."),
                  QStringLiteral("NAME"),
                  {},
                  showCarrier});
    registry.add({{carrier, QStringLiteral("update")},
                  QCoreApplication::translate("CarrierCommands", "Change a carrier's fields or token."),
                  QStringLiteral("NAME"),
                  [](QCommandLineParser &p) { addFieldOptions(p, true); },
                  updateCarrier});
    registry.add({{carrier, QStringLiteral("test")},
                  QCoreApplication::translate(
                      "CarrierCommands", "Check the carrier's credentials with Restcomm (account status and name)."),
                  QStringLiteral("NAME"),
                  {},
                  testCarrier});
    registry.add({{carrier, QStringLiteral("remove")},
                  QCoreApplication::translate("CarrierCommands", "Remove a carrier no rule uses, and its token."),
                  QStringLiteral("NAME"),
                  {},
                  removeCarrier});
}
