// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli inbox fetch|list: a thin face over InboundFetcher and InboxService.
#include "carriers/carrierservice.h"
#include "command.h"
#include "commands.h"
#include "dispatch/carrierruntime.h"
#include "dispatch/inboundfetcher.h"
#include "eventwait.h"
#include "inbox/inboxservice.h"
#include "output.h"
#include "restcomm/restcommclient.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject replyJson(const InboundMessage &r)
{
    // The CLI contract's shape: exactly these keys.
    return {{QStringLiteral("sid"), r.sid},
            {QStringLiteral("carrier"), r.carrierName.isEmpty() ? QJsonValue() : QJsonValue(r.carrierName)},
            {QStringLiteral("from"), r.from},
            {QStringLiteral("to"), r.to},
            {QStringLiteral("body"), r.body},
            {QStringLiteral("received_at"), output::isoTime(r.receivedAt)},
            {QStringLiteral("campaign_id"), r.campaignId ? QJsonValue(*r.campaignId) : QJsonValue()},
            {QStringLiteral("stop"), r.isStop()}};
}

QJsonObject fetchReportJson(const InboundFetchReport &report)
{
    return {{QStringLiteral("carrier"), report.carrierName},
            {QStringLiteral("ok"), report.ok()},
            {QStringLiteral("error"), report.ok() ? QJsonValue() : QJsonValue(report.error)},
            {QStringLiteral("new"), report.outcome.stored},
            {QStringLiteral("stops"), report.outcome.stops},
            {QStringLiteral("opted_out"), report.outcome.optedOut},
            {QStringLiteral("resubscribed"), report.outcome.resubscribed},
            {QStringLiteral("confirmations"), report.outcome.confirmations}};
}

int fetchInbox(CommandContext &ctx)
{
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    Session &s = **session;
    auto carriers = s.carriers().list();
    if (!carriers)
        return ctx.fail(carriers.error());
    QHash<qint64, CarrierRuntime> runtimes;
    for (const CarrierRuntime &runtime : buildCarrierRuntimes(*carriers, s.vault()))
        runtimes.insert(runtime.id, runtime);

    // No dispatcher (and no lease) is needed: a reply is stored once whoever reads it, so this
    // may run beside a window or a headless dispatcher on the same store.
    RestcommClient client({}, s.clock());
    DispatchOptions options;
    InboundFetcher fetcher(s.database(), client, s.clock(), options);
    fetcher.setCarriers(runtimes);
    bool done = false;
    InboundFetchReports reports;
    QObject::connect(&fetcher, &InboundFetcher::roundFinished, &fetcher,
                     [&done, &reports](const InboundFetchReports &round) {
                         reports = round;
                         done = true;
                     });
    fetcher.fetchNow();
    waitUntil([&done] { return done; }, std::chrono::minutes(30));

    ReplyOutcome total;
    QStringList failed;
    for (const InboundFetchReport &report : std::as_const(reports)) {
        total += report.outcome;
        if (!report.ok())
            failed.append(report.carrierName);
    }
    if (ctx.json()) {
        QJsonArray rows;
        for (const InboundFetchReport &report : std::as_const(reports))
            rows.append(fetchReportJson(report));
        ctx.printJson(QJsonObject {{QStringLiteral("carriers"), rows},
                                   {QStringLiteral("new"), total.stored},
                                   {QStringLiteral("stops"), total.stops},
                                   {QStringLiteral("opted_out"), total.optedOut},
                                   {QStringLiteral("resubscribed"), total.resubscribed},
                                   {QStringLiteral("confirmations"), total.confirmations}});
    } else if (reports.isEmpty()) {
        ctx.out() << QCoreApplication::translate("InboxCommands", "No enabled carrier to read replies from.") << '\n';
    } else {
        for (const InboundFetchReport &report : std::as_const(reports)) {
            if (!report.ok())
                continue;
            ctx.out() << QCoreApplication::translate("InboxCommands", "%1: %n new reply(s)", nullptr,
                                                     report.outcome.stored)
                             .arg(report.carrierName);
            if (report.outcome.stops > 0)
                ctx.out() << QCoreApplication::translate("InboxCommands", ", %n with a stop word", nullptr,
                                                         report.outcome.stops);
            ctx.out() << '\n';
        }
        ctx.out() << QCoreApplication::translate("InboxCommands", "%n new reply(s) in all", nullptr, total.stored)
                  << "; "
                  << QCoreApplication::translate("InboxCommands", "%n number(s) opted out by a stop word", nullptr,
                                                 total.optedOut);
        if (total.resubscribed > 0)
            ctx.out() << "; "
                      << QCoreApplication::translate("InboxCommands", "%n number(s) back in by START", nullptr,
                                                     total.resubscribed);
        if (total.confirmations > 0)
            ctx.out() << "; "
                      << QCoreApplication::translate("InboxCommands", "%n confirmation(s) queued", nullptr,
                                                     total.confirmations);
        ctx.out() << ".\n";
    }
    ctx.out().flush();
    if (!done)
        return ctx.fail(
            Error::failed(QCoreApplication::translate("InboxCommands", "The carriers did not answer in time.")));
    for (const InboundFetchReport &report : std::as_const(reports)) {
        if (!report.ok())
            ctx.err() << "smsrouter-cli: "
                      << QCoreApplication::translate("InboxCommands", "Carrier “%1” could not be read: %2")
                             .arg(report.carrierName, report.error)
                      << '\n';
    }
    ctx.err().flush();
    return failed.isEmpty() ? ExitOk : ExitFailed;
}

int listInbox(CommandContext &ctx)
{
    InboxFilter filter;
    if (ctx.isSet(QStringLiteral("campaign"))) {
        bool ok = false;
        const qint64 id = ctx.value(QStringLiteral("campaign")).toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usage(QCoreApplication::translate(
                "InboxCommands", "--campaign takes a campaign id (`smsrouter-cli campaign list`)."));
        filter.campaignId = id;
    }
    if (ctx.isSet(QStringLiteral("since"))) {
        const QString text = ctx.value(QStringLiteral("since")).trimmed();
        QDateTime since = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!since.isValid()) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                since = QDateTime(day, QTime(0, 0), Qt::UTC);
        }
        if (!since.isValid())
            return ctx.usage(QCoreApplication::translate("InboxCommands",
                                                         "--since “%1” is not an ISO 8601 time; write e.g. "
                                                         "2026-03-01 or 2026-03-01T09:00:00Z.")
                                 .arg(text));
        filter.since = since.toMSecsSinceEpoch();
    }
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto replies = (*session)->inbox().list(filter);
    if (!replies)
        return ctx.fail(replies.error());
    if (ctx.json()) {
        QJsonArray rows;
        for (const InboundMessage &r : std::as_const(*replies))
            rows.append(replyJson(r));
        ctx.printJson(rows);
        return ExitOk;
    }
    if (replies->isEmpty()) {
        ctx.out() << QCoreApplication::translate("InboxCommands", "No replies.") << '\n';
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const InboundMessage &r : std::as_const(*replies)) {
        QString body = r.body;
        body.replace(QLatin1Char('\n'), QLatin1Char(' '));
        rows.append({output::isoTime(r.receivedAt), r.from, r.to, r.carrierName,
                     r.campaignId ? QString::number(*r.campaignId) : QString(), r.stopWord, body});
    }
    output::printTable(
        ctx.out(),
        {QCoreApplication::translate("InboxCommands", "Received"), QCoreApplication::translate("InboxCommands", "From"),
         QCoreApplication::translate("InboxCommands", "To"), QCoreApplication::translate("InboxCommands", "Carrier"),
         QCoreApplication::translate("InboxCommands", "Campaign"),
         QCoreApplication::translate("InboxCommands", "Stop word"),
         QCoreApplication::translate("InboxCommands", "Text")},
        rows, {4});
    return ExitOk;
}

} // namespace

void registerInboxCommands(CommandRegistry &registry)
{
    const QString inbox = QStringLiteral("inbox");
    registry.add({{inbox, QStringLiteral("fetch")},
                  QCoreApplication::translate("InboxCommands",
                                              "Read new replies from every enabled carrier (exit 1 if one could not "
                                              "be read); STOP replies opt their senders out."),
                  {},
                  {},
                  fetchInbox});
    registry.add({{inbox, QStringLiteral("list")},
                  QCoreApplication::translate("InboxCommands", "List the stored replies, newest first."),
                  {},
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("campaign"),
                                   QCoreApplication::translate("InboxCommands", "Only replies to this campaign."),
                                   QStringLiteral("ID")});
                      p.addOption({QStringLiteral("since"),
                                   QCoreApplication::translate("InboxCommands",
                                                               "Only replies received at or after this ISO 8601 time "
                                                               "(a date alone is midnight UTC)."),
                                   QStringLiteral("ISO")});
                  },
                  listInbox});
}
