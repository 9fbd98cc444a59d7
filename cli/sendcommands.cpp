// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli send | dispatch | log: sending through the same dispatcher the window runs.
#include "campaign/campaignservice.h"
#include "carriers/carrierservice.h"
#include "command.h"
#include "commands.h"
#include "csv/csvwriter.h"
#include "dispatch/dispatcher.h"
#include "dispatch/sendservice.h"
#include "eventwait.h"
#include "messages/messagetable.h"
#include "output.h"
#include "session/session.h"
#include "settings/settings.h"
#include "stopsignal.h"
#include "store/database.h"
#include "store/messagerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace std::chrono_literals;

namespace {

/// Re-reads the messages with these ids (newest state).
MessageList reload(Session &session, const QList<qint64> &ids)
{
    MessageList messages;
    MessageRepository repo(session.database());
    for (qint64 id : ids) {
        if (auto found = repo.find(id); found && found->has_value())
            messages.append(**found);
    }
    return messages;
}

bool allBeyond(const MessageList &messages, bool untilFinal)
{
    for (const Message &m : messages) {
        if (untilFinal ? !isFinalState(m.state)
                       : (m.state == MessageState::Queued || m.state == MessageState::Submitting))
            return false;
    }
    return true;
}

void printMessages(CommandContext &ctx, Session &session, const MessageList &messages, bool asArray)
{
    const auto names = session.carriers().namesById();
    if (ctx.json()) {
        if (!asArray && messages.size() == 1) {
            ctx.printJson(messagetable::json(messages.first(), names.value(messages.first().carrierId)));
            return;
        }
        QJsonArray array;
        for (const Message &m : messages)
            array.append(messagetable::json(m, names.value(m.carrierId)));
        ctx.printJson(array);
        return;
    }
    for (const Message &m : messages) {
        // The state stays the store's word (as in --json and `log --status`).
        QString line = m.carrierId
            ? QCoreApplication::translate("SendCommands", "Message %1 to %2 via %3: %4")
                  .arg(QString::number(m.id), m.to, names.value(m.carrierId), messageStateName(m.state))
            : QCoreApplication::translate("SendCommands", "Message %1 to %2: %3")
                  .arg(QString::number(m.id), m.to, messageStateName(m.state));
        if (!m.providerSid.isEmpty())
            line += QStringLiteral(" (%1%2)").arg(
                m.providerSid, m.providerStatus.isEmpty() ? QString() : QStringLiteral(", ") + m.providerStatus);
        if (!m.lastError.isEmpty() && m.state != MessageState::Sent && m.state != MessageState::Delivered)
            line += QStringLiteral(" — ") + m.lastError;
        ctx.out() << line << '\n';
    }
}

DispatchOptions cliDispatchOptions(Session &session)
{
    DispatchOptions options;
    options.storePath = session.database().path();
    options.retry.maxAttempts = session.settings().maxAttempts();
    return options;
}

int send(CommandContext &ctx)
{
    SendRequest request;
    request.recipients = SendService::splitRecipients(ctx.value(QStringLiteral("to")));
    request.from = ctx.value(QStringLiteral("from"));
    request.body = ctx.value(QStringLiteral("body"));
    request.carrierName = ctx.value(QStringLiteral("carrier"));
    request.origin = QStringLiteral("smsrouter-cli send");
    request.allowRepeat = ctx.isSet(QStringLiteral("allow-repeat"));
    if (!ctx.isSet(QStringLiteral("to")) || !ctx.isSet(QStringLiteral("from")) || !ctx.isSet(QStringLiteral("body")))
        return ctx.usage(
            QCoreApplication::translate("SendCommands", "send needs --to NUMBER, --from SENDER and --body TEXT."));
    int waitSeconds = -1;
    if (ctx.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        waitSeconds = ctx.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || waitSeconds < 0)
            return ctx.usage(QCoreApplication::translate("SendCommands", "--wait takes a number of seconds."));
    }
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    Session &s = **session;

    const SendPlan plan = s.sends().plan(request);
    if (!plan.problems.isEmpty())
        return ctx.fail(Error::invalid(plan.problems.join(QLatin1Char(' '))));
    for (const RecipientPlan &r : plan.recipients) {
        if (r.problemKind == QLatin1String("invalid_number"))
            return ctx.fail(Error::invalid(QStringLiteral("%1: %2").arg(r.input, r.problem)));
    }
    if (!plan.repeatWarning.isEmpty() && !request.allowRepeat)
        return ctx.fail(
            Error::invalid(QCoreApplication::translate(
                               "SendCommands", "%1 Nothing was sent; add --allow-repeat to send it again on purpose.")
                               .arg(plan.repeatWarning)));
    auto stored = s.sends().enqueue(request);
    if (!stored)
        return ctx.fail(stored.error());
    QList<qint64> ids;
    bool anyQueued = false;
    for (const Message &m : *stored) {
        ids.append(m.id);
        anyQueued = anyQueued || m.state == MessageState::Queued;
    }

    if (anyQueued) {
        DispatchOptions options = cliDispatchOptions(s);
        options.campaignId = MessageRepository::singleSends;
        options.trackDelivery = waitSeconds > 0;
        Dispatcher dispatcher(s.carriers(), s.keychain(), options, QStringLiteral("smsrouter-cli send"));
        QString failure;
        QObject::connect(&dispatcher, &Dispatcher::failed, &dispatcher, [&failure](const QString &m) { failure = m; });
        dispatcher.start();
        waitUntil([&] { return dispatcher.isRunning() || !failure.isEmpty(); }, 15s);
        if (!dispatcher.isRunning()) {
            // Another dispatcher holds the store: it will send the message; we only watch.
            ctx.err() << "smsrouter-cli: "
                      << QCoreApplication::translate("SendCommands", "the message is queued; %1").arg(failure) << '\n';
            ctx.err().flush();
        }
        const bool untilFinal = waitSeconds > 0;
        const auto limit =
            untilFinal ? std::chrono::milliseconds(std::chrono::seconds(waitSeconds)) : options.requestTimeout + 15s;
        if (dispatcher.isRunning() || untilFinal)
            waitUntil([&] { return allBeyond(reload(s, ids), untilFinal); }, limit, 100ms);
        dispatcher.stopAndWait(int((options.requestTimeout + 10s).count()));
    }

    const MessageList messages = reload(s, ids);
    printMessages(ctx, s, messages, false);
    for (const Message &m : messages) {
        if (m.state != MessageState::Sent && m.state != MessageState::Delivered)
            return ExitFailed;
    }
    return ExitOk;
}

int dispatch(CommandContext &ctx)
{
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    Session &s = **session;
    DispatchOptions options = cliDispatchOptions(s);
    if (ctx.isSet(QStringLiteral("campaign"))) {
        bool ok = false;
        options.campaignId = ctx.value(QStringLiteral("campaign")).toLongLong(&ok);
        if (!ok || options.campaignId <= 0)
            return ctx.usage(QCoreApplication::translate(
                "SendCommands", "--campaign takes a campaign id (`smsrouter-cli campaign list`)."));
        if (auto campaign = s.campaigns().find(options.campaignId); !campaign)
            return ctx.fail(campaign.error());
    }
    qint64 maxSeconds = 0;
    if (ctx.isSet(QStringLiteral("max-seconds"))) {
        bool ok = false;
        maxSeconds = ctx.value(QStringLiteral("max-seconds")).toLongLong(&ok);
        if (!ok || maxSeconds <= 0)
            return ctx.usage(
                QCoreApplication::translate("SendCommands", "--max-seconds takes a number of seconds above 0."));
    }
    const bool untilIdle = ctx.isSet(QStringLiteral("until-idle"));
    for (const auto &[option, target] : {std::pair {QStringLiteral("request-timeout"), &options.requestTimeout},
                                         std::pair {QStringLiteral("resend-grace"), &options.reconcileGrace},
                                         std::pair {QStringLiteral("lease"), &options.leaseStaleAfter}}) {
        if (!ctx.isSet(option))
            continue;
        bool ok = false;
        const double seconds = ctx.value(option).toDouble(&ok);
        if (!ok || seconds <= 0)
            return ctx.usage(
                QCoreApplication::translate("SendCommands", "--%1 takes a number of seconds above 0.").arg(option));
        *target = std::chrono::milliseconds(qint64(seconds * 1000));
    }

    Dispatcher dispatcher(s.carriers(), s.keychain(), options, QStringLiteral("smsrouter-cli dispatch"));
    QString failure;
    bool idle = false;
    bool stopRequested = false;
    StopSignal stopSignal;
    QObject::connect(&stopSignal, &StopSignal::requested, &dispatcher, [&] {
        stopRequested = true;
        ctx.err() << "smsrouter-cli: "
                  << QCoreApplication::translate("SendCommands", "stopping; waiting for requests in flight…") << '\n';
        ctx.err().flush();
    });
    QObject::connect(&dispatcher, &Dispatcher::failed, &dispatcher, [&failure](const QString &m) { failure = m; });
    QObject::connect(&dispatcher, &Dispatcher::idle, &dispatcher, [&idle] { idle = true; });
    QElapsedTimer lastReport;
    lastReport.start();
    QObject::connect(&dispatcher, &Dispatcher::statusChanged, &dispatcher, [&](const DispatchStatus &status) {
        if (ctx.json() || lastReport.elapsed() < 5000)
            return;
        lastReport.restart();
        ctx.out() << QCoreApplication::translate("SendCommands", "submitted %1, accepted %2, in flight %3")
                         .arg(status.submittedTotal)
                         .arg(status.acceptedTotal)
                         .arg(status.inFlight);
        for (const CarrierDispatchStatus &c : status.carriers)
            ctx.out() << "; " << c.name << ": " << c.health << ' ' << QString::number(c.currentRate, 'f', 1) << "/s";
        ctx.out() << '\n';
        ctx.out().flush();
    });

    dispatcher.start();
    waitUntil([&] { return dispatcher.isRunning() || !failure.isEmpty(); }, 15s);
    if (!dispatcher.isRunning())
        return ctx.fail(Error::failed(failure.isEmpty()
                                          ? QCoreApplication::translate("SendCommands", "The dispatcher did not start.")
                                          : failure));
    if (!ctx.json()) {
        QString text;
        if (untilIdle && maxSeconds)
            text = QCoreApplication::translate("SendCommands", "Dispatching from %1 until idle for at most %2 s.");
        else if (untilIdle)
            text = QCoreApplication::translate("SendCommands", "Dispatching from %1 until idle.");
        else if (maxSeconds)
            text = QCoreApplication::translate("SendCommands", "Dispatching from %1 for at most %2 s.");
        else
            text = QCoreApplication::translate("SendCommands", "Dispatching from %1.");
        ctx.out() << (maxSeconds ? text.arg(s.database().path(), QString::number(maxSeconds))
                                 : text.arg(s.database().path()))
                  << '\n';
        ctx.out().flush();
    }

    QElapsedTimer clock;
    clock.start();
    const auto forever = std::chrono::hours(24 * 365);
    waitUntil(
        [&] {
            return stopRequested || !failure.isEmpty() || (untilIdle && idle)
                || (maxSeconds && clock.elapsed() >= maxSeconds * 1000);
        },
        forever, 100ms);
    dispatcher.stopAndWait(int((options.requestTimeout + 10s).count()));
    const DispatchStatus &status = dispatcher.status();
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("submitted"), status.submittedTotal},
                                   {QStringLiteral("accepted"), status.acceptedTotal},
                                   {QStringLiteral("idle"), idle},
                                   {QStringLiteral("error"), failure.isEmpty() ? QJsonValue() : QJsonValue(failure)}});
    else
        ctx.out() << (idle ? QCoreApplication::translate("SendCommands",
                                                         "Stopped: submitted %1, accepted %2, nothing left to do.")
                           : QCoreApplication::translate("SendCommands", "Stopped: submitted %1, accepted %2."))
                         .arg(status.submittedTotal)
                         .arg(status.acceptedTotal)
                  << '\n';
    if (!failure.isEmpty())
        return ctx.fail(Error::failed(failure));
    return ExitOk;
}

int showLog(CommandContext &ctx)
{
    MessageFilter filter;
    filter.limit = 100;
    if (ctx.isSet(QStringLiteral("campaign"))) {
        bool ok = false;
        filter.campaignId = ctx.value(QStringLiteral("campaign")).toLongLong(&ok);
        if (!ok || filter.campaignId <= 0)
            return ctx.usage(QCoreApplication::translate(
                "SendCommands", "--campaign takes a campaign id (`smsrouter-cli campaign list`)."));
    }
    if (ctx.isSet(QStringLiteral("status"))) {
        for (const QString &name : ctx.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto state = messageStateFromName(name.trimmed());
            if (!state)
                return ctx.usage(QCoreApplication::translate("SendCommands",
                                                             "“%1” is not a message state; use pending, queued, "
                                                             "submitting, sent, delivered, undelivered, failed, "
                                                             "unknown, rejected or cancelled.")
                                     .arg(name));
            filter.states.append(*state);
        }
    }
    if (ctx.isSet(QStringLiteral("to")))
        filter.toContains = ctx.value(QStringLiteral("to")).remove(QLatin1Char(' '));
    if (ctx.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = ctx.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return ctx.usage(QCoreApplication::translate("SendCommands", "--limit takes a number above 0."));
    }
    const QString format = ctx.json() ? QStringLiteral("json") : ctx.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("table") && format != QLatin1String("csv")
        && format != QLatin1String("json"))
        return ctx.usage(QCoreApplication::translate("SendCommands", "--format is table, csv or json."));

    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto messages = MessageRepository((*session)->database()).list(filter);
    if (!messages)
        return ctx.fail(messages.error());
    const auto names = (*session)->carriers().namesById();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Message &m : *messages)
            array.append(messagetable::json(m, names.value(m.carrierId)));
        ctx.printJson(array);
        return ExitOk;
    }
    if (format == QLatin1String("csv")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(
                Error::failed(QCoreApplication::translate("SendCommands", "Could not write to standard output.")));
        ctx.out().flush();
        CsvWriterOptions options;
        options.utf8Bom = false;
        CsvWriter writer(&out, options);
        (void)writer.writeRow(messagetable::columns());
        for (const Message &m : *messages)
            (void)writer.writeRow(messagetable::row(m, names.value(m.carrierId)));
        return writer.flush() ? ExitOk : ExitFailed;
    }
    if (messages->isEmpty()) {
        ctx.out() << QCoreApplication::translate("SendCommands", "No messages match.") << '\n';
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Message &m : *messages)
        rows.append({QString::number(m.id), m.to, names.value(m.carrierId), messageStateName(m.state),
                     QString::number(m.segments), m.providerSid, output::isoTime(m.updatedAt), m.lastError.left(60)});
    output::printTable(
        ctx.out(),
        {QCoreApplication::translate("SendCommands", "ID"), QCoreApplication::translate("SendCommands", "TO"),
         QCoreApplication::translate("SendCommands", "CARRIER"), QCoreApplication::translate("SendCommands", "STATE"),
         QCoreApplication::translate("SendCommands", "SEGMENTS"),
         QCoreApplication::translate("SendCommands", "PROVIDER SID"),
         QCoreApplication::translate("SendCommands", "UPDATED"), QCoreApplication::translate("SendCommands", "ERROR")},
        rows, {0, 4});
    return ExitOk;
}

} // namespace

void registerSendCommands(CommandRegistry &registry)
{
    registry.add(
        {{QStringLiteral("send")},
         QCoreApplication::translate("SendCommands",
                                     "Send one message (to one or more numbers) now, through the routing rules."),
         {},
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("to"),
                          QCoreApplication::translate("SendCommands", "Recipient(s), comma separated."),
                          QStringLiteral("NUMBER")});
             p.addOption(
                 {QStringLiteral("from"),
                  QCoreApplication::translate("SendCommands", "Sender: a number or a name of up to 11 characters."),
                  QStringLiteral("SENDER")});
             p.addOption({QStringLiteral("body"), QCoreApplication::translate("SendCommands", "The text."),
                          QStringLiteral("TEXT")});
             p.addOption({QStringLiteral("carrier"),
                          QCoreApplication::translate("SendCommands", "Use this carrier instead of the rules."),
                          QStringLiteral("NAME")});
             p.addOption({QStringLiteral("wait"),
                          QCoreApplication::translate("SendCommands", "Wait up to N seconds for the delivery report."),
                          QStringLiteral("SECONDS")});
             p.addOption({QStringLiteral("allow-repeat"),
                          QCoreApplication::translate("SendCommands",
                                                      "Send even if the same text went to the same number from the "
                                                      "same sender in the last 10 minutes.")});
         },
         send});
    registry.add(
        {{QStringLiteral("dispatch")},
         QCoreApplication::translate("SendCommands",
                                     "Send queued messages, follow deliveries and settle unknown outcomes."),
         {},
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("campaign"),
                          QCoreApplication::translate("SendCommands", "Only this campaign."), QStringLiteral("ID")});
             p.addOption(
                 {QStringLiteral("until-idle"),
                  QCoreApplication::translate("SendCommands", "Stop when nothing is left to send, settle or follow.")});
             p.addOption({QStringLiteral("max-seconds"),
                          QCoreApplication::translate("SendCommands", "Stop after N seconds."), QStringLiteral("N")});
             p.addOption({QStringLiteral("request-timeout"),
                          QCoreApplication::translate(
                              "SendCommands", "Give up waiting for Restcomm's answer after N seconds (default 30)."),
                          QStringLiteral("N")});
             p.addOption(
                 {QStringLiteral("resend-grace"),
                  QCoreApplication::translate("SendCommands",
                                              "Before resending a message whose outcome is unknown, wait this long "
                                              "after its request timed out for it to show up in Restcomm (default "
                                              "30)."),
                  QStringLiteral("N")});
             p.addOption({QStringLiteral("lease"),
                          QCoreApplication::translate("SendCommands",
                                                      "A dispatcher not heard from for N seconds is taken for dead: "
                                                      "another one takes its messages over, looking up those it was "
                                                      "sending before any resend (default 30)."),
                          QStringLiteral("N")});
         },
         dispatch});
    registry.add({{QStringLiteral("log")},
                  QCoreApplication::translate("SendCommands", "Show messages, newest first."),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("campaign"),
                                   QCoreApplication::translate("SendCommands", "Only this campaign."),
                                   QStringLiteral("ID")});
                      p.addOption({QStringLiteral("status"),
                                   QCoreApplication::translate("SendCommands", "Only these states (comma separated)."),
                                   QStringLiteral("STATE")});
                      p.addOption({QStringLiteral("to"),
                                   QCoreApplication::translate("SendCommands", "Numbers containing these digits."),
                                   QStringLiteral("NUMBER")});
                      p.addOption({QStringLiteral("limit"),
                                   QCoreApplication::translate("SendCommands", "At most N messages (default 100)."),
                                   QStringLiteral("N")});
                      p.addOption({QStringLiteral("format"),
                                   QCoreApplication::translate("SendCommands", "table (default), csv or json."),
                                   QStringLiteral("FORMAT")});
                  },
                  showLog});
}
