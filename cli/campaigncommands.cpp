// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli campaign import|list|show|start|pause|resume|cancel|rejects: a thin face over
// CampaignImporter and CampaignService.
#include "campaign/campaignimporter.h"
#include "campaign/campaignservice.h"
#include "command.h"
#include "commands.h"
#include "common/money.h"
#include "csvarguments.h"
#include "inbox/inboxservice.h"
#include "output.h"
#include "routing/rulevalidator.h"
#include "session/session.h"
#include "settings/settings.h"
#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <csignal>

namespace {

std::atomic<bool> interrupted {false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

/// Ctrl-C during an import cancels it cleanly (nothing kept) instead of killing the process.
class InterruptGuard final
{
public:
    InterruptGuard()
    {
        interrupted.store(false);
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_previous)(int) = nullptr;
};

QString number(qint64 n)
{
    return QLocale::c().toString(n);
}

QString cost(qint64 micros)
{
    return RuleValidator::formatCost(micros);
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue() : QJsonValue(output::isoTime(ms));
}

/// Counts for a message after a change that succeeded; empty if the store cannot say (the change stands).
QHash<MessageState, qint64> countsOf(CampaignService &campaigns, qint64 id)
{
    auto counts = campaigns.counts(id);
    return counts ? *counts : QHash<MessageState, qint64>();
}

QJsonObject countsJson(const QHash<MessageState, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(messageStateName(it.key()), it.value());
    return object;
}

QJsonArray carriersJson(const CarrierCostList &costs)
{
    QJsonArray array;
    for (const CarrierCost &c : costs)
        array.append(QJsonObject {{QStringLiteral("carrier"), c.carrierName.isEmpty() ? QJsonValue() : c.carrierName},
                                  {QStringLiteral("carrier_id"), c.carrierId},
                                  {QStringLiteral("messages"), c.messages},
                                  {QStringLiteral("segments"), c.segments},
                                  {QStringLiteral("estimated_cost"), cost(c.costMicros)}});
    return array;
}

QJsonObject campaignJson(const Campaign &c, const QHash<MessageState, qint64> &counts)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("from"), c.sender},
            {QStringLiteral("body"), c.bodyTemplate},
            {QStringLiteral("state"), campaignStateName(c.state)},
            {QStringLiteral("region"), c.region},
            {QStringLiteral("source_file"), c.sourceFile},
            {QStringLiteral("rows"), c.rowsTotal},
            {QStringLiteral("accepted"), c.accepted},
            {QStringLiteral("rejected"), c.rejected},
            {QStringLiteral("segments"), c.segmentsTotal},
            {QStringLiteral("estimated_cost"), cost(c.estimatedCostMicros)},
            {QStringLiteral("created_at"), timeOrNull(c.createdAt)},
            {QStringLiteral("scheduled_at"), timeOrNull(c.scheduledAt)},
            {QStringLiteral("started_at"), timeOrNull(c.startedAt)},
            {QStringLiteral("finished_at"), timeOrNull(c.finishedAt)},
            {QStringLiteral("counts"), countsJson(counts)}};
}

/// The campaign id argument; 0 (after printing the usage) when missing or not a number.
qint64 campaignId(CommandContext &ctx)
{
    bool ok = ctx.arguments().size() == 1;
    const qint64 id = ok ? ctx.arguments().constFirst().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        ctx.usage(QCoreApplication::translate("CampaignCommands",
                                              "Give the campaign's id: %1 ID (`campaign list` shows the ids).")
                      .arg(ctx.commandWords));
        return 0;
    }
    return id;
}

/// "duplicate 1, invalid_number 2"
QString rejectCountsText(const QMap<QString, qint64> &rejected)
{
    QStringList parts;
    for (auto it = rejected.cbegin(); it != rejected.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key(), number(it.value())));
    return parts.join(QStringLiteral(", "));
}

void printCarriers(QTextStream &out, const CarrierCostList &costs, const QString &currency)
{
    QList<QStringList> rows;
    for (const CarrierCost &c : costs)
        rows.append({c.carrierName.isEmpty() ? QStringLiteral("#%1").arg(c.carrierId) : c.carrierName,
                     number(c.messages), number(c.segments), cost(c.costMicros)});
    if (!rows.isEmpty())
        output::printTable(out,
                           {QCoreApplication::translate("CampaignCommands", "CARRIER"),
                            QCoreApplication::translate("CampaignCommands", "MESSAGES"),
                            QCoreApplication::translate("CampaignCommands", "SEGMENTS"),
                            QCoreApplication::translate("CampaignCommands", "COST/%1").arg(currency)},
                           rows, {1, 2, 3});
}

int importCampaign(CommandContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QCoreApplication::translate(
            "CampaignCommands", "Give one file: campaign import FILE --name NAME --from SENDER --body TEMPLATE."));
    for (const char *required : {"name", "from", "body"}) {
        if (!ctx.isSet(QString::fromLatin1(required)))
            return ctx.usage(QCoreApplication::translate("CampaignCommands", "--%1 is required.")
                                 .arg(QString::fromLatin1(required)));
    }
    auto csv = csvarguments::csvOptions(ctx);
    if (!csv)
        return ctx.fail(csv.error());
    auto region = csvarguments::region(ctx);
    if (!region)
        return ctx.fail(region.error());
    CampaignImportRequest request;
    request.filePath = ctx.arguments().constFirst();
    request.name = ctx.value(QStringLiteral("name"));
    request.sender = ctx.value(QStringLiteral("from"));
    request.bodyTemplate = ctx.value(QStringLiteral("body"));
    request.phoneColumn = ctx.value(QStringLiteral("phone-column"));
    request.region = *region;
    request.csv = *csv;

    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    CampaignImporter importer((*session)->database(), (*session)->campaigns().importContext());
    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer sincePrinted;
    sincePrinted.start();
    importer.setProgressCallback(
        [&](const ImportProgress &p) {
            if (interrupted.load())
                importer.cancel();
            if (!showProgress || sincePrinted.elapsed() < 1000)
                return;
            sincePrinted.restart();
            const QString rows = QCoreApplication::translate("CampaignCommands", "%n row(s)", nullptr, int(p.rowsRead));
            ctx.err() << QCoreApplication::translate("CampaignCommands",
                                                     "campaign import: %1%, %2, %3 accepted, %4 rejected")
                             .arg(QString::number(p.percent()), rows, number(p.accepted), number(p.rejected))
                      << '\n';
            ctx.err().flush();
        },
        std::chrono::milliseconds(0));
    const InterruptGuard guard;
    auto summary = importer.run(request);
    if (!summary)
        return ctx.fail(summary.error());
    if (summary->cancelled)
        return ctx.fail(Error::failed(
            QCoreApplication::translate("CampaignCommands", "The import was interrupted; nothing was kept.")));

    if (ctx.json()) {
        QJsonObject rejected;
        for (const QString &reason : rejectreason::pipelineKeys())
            rejected.insert(reason, summary->rejectedByReason.value(reason));
        for (auto it = summary->rejectedByReason.cbegin(); it != summary->rejectedByReason.cend(); ++it)
            rejected.insert(it.key(), it.value());
        ctx.printJson(QJsonObject {{QStringLiteral("campaign_id"), summary->campaignId},
                                   {QStringLiteral("rows"), summary->rows},
                                   {QStringLiteral("accepted"), summary->accepted},
                                   {QStringLiteral("rejected"), rejected},
                                   {QStringLiteral("segments"), summary->segments},
                                   {QStringLiteral("estimated_cost"), cost(summary->estimatedCostMicros)}});
        return ExitOk;
    }
    const QString currency = (*session)->settings().currency();
    const QString delimiter = summary->delimiter == QLatin1Char('\t')
        ? QCoreApplication::translate("CampaignCommands", "TAB")
        : QString(summary->delimiter);
    QTextStream &out = ctx.out();
    out << QCoreApplication::translate("CampaignCommands",
                                       "Imported campaign %1 “%2” from %3 (%4, “%5”, phone column “%6”).")
               .arg(QString::number(summary->campaignId), request.name.trimmed(),
                    QFileInfo(request.filePath).fileName(), summary->encoding, delimiter, summary->phoneColumnName)
        << '\n';
    // The three counts line up under the widest label.
    const QString rowsLabel = QCoreApplication::translate("CampaignCommands", "rows:");
    const QString acceptedLabel = QCoreApplication::translate("CampaignCommands", "accepted:");
    const QString rejectedLabel = QCoreApplication::translate("CampaignCommands", "rejected:");
    const qsizetype labelWidth = std::max({rowsLabel.size(), acceptedLabel.size(), rejectedLabel.size()}) + 2;
    out << "  " << rowsLabel.leftJustified(labelWidth) << number(summary->rows) << '\n';
    out << "  " << acceptedLabel.leftJustified(labelWidth) << number(summary->accepted) << " ("
        << QCoreApplication::translate("CampaignCommands", "%n segment(s)", nullptr, int(summary->segments)) << ")\n";
    out << "  " << rejectedLabel.leftJustified(labelWidth) << number(summary->rejected);
    if (summary->rejected > 0)
        out << " (" << rejectCountsText(summary->rejectedByReason) << ')';
    out << '\n'
        << "  " << QCoreApplication::translate("CampaignCommands", "estimated cost:") << ' '
        << cost(summary->estimatedCostMicros) << ' ' << currency << "\n\n";
    printCarriers(out, summary->carriers, currency);
    if (summary->rejected > 0)
        out << '\n'
            << QCoreApplication::translate("CampaignCommands",
                                           "See why rows were rejected: smsrouter-cli campaign rejects %1")
                   .arg(summary->campaignId)
            << '\n';
    out << QCoreApplication::translate("CampaignCommands",
                                       "Start it with: smsrouter-cli campaign start %1 [--at ISO8601]")
               .arg(summary->campaignId)
        << '\n';
    return ExitOk;
}

int listCampaigns(CommandContext &ctx)
{
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    CampaignService &campaigns = (*session)->campaigns();
    auto list = campaigns.list();
    if (!list)
        return ctx.fail(list.error());
    auto counts = campaigns.allCounts();
    if (!counts)
        return ctx.fail(counts.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Campaign &c : std::as_const(*list))
            array.append(campaignJson(c, counts->value(c.id)));
        ctx.printJson(array);
        return ExitOk;
    }
    if (list->isEmpty()) {
        ctx.out() << QCoreApplication::translate("CampaignCommands",
                                                 "No campaigns yet. Import one with: smsrouter-cli campaign import "
                                                 "FILE --name NAME --from SENDER --body TEMPLATE")
                  << '\n';
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Campaign &c : std::as_const(*list)) {
        const QHash<MessageState, qint64> n = counts->value(c.id);
        rows.append(
            {QString::number(c.id), c.name, campaignStateName(c.state), number(c.accepted),
             number(n.value(MessageState::Pending) + n.value(MessageState::Queued)),
             number(n.value(MessageState::Sent) + n.value(MessageState::Delivered)
                    + n.value(MessageState::Undelivered)),
             number(n.value(MessageState::Failed)), cost(c.estimatedCostMicros),
             output::isoTime(c.scheduledAt != 0 && c.state == CampaignState::Scheduled ? c.scheduledAt : c.createdAt)});
    }
    output::printTable(
        ctx.out(),
        {QCoreApplication::translate("CampaignCommands", "ID"), QCoreApplication::translate("CampaignCommands", "NAME"),
         QCoreApplication::translate("CampaignCommands", "STATE"),
         QCoreApplication::translate("CampaignCommands", "MESSAGES"),
         QCoreApplication::translate("CampaignCommands", "WAITING"),
         QCoreApplication::translate("CampaignCommands", "SENT"),
         QCoreApplication::translate("CampaignCommands", "FAILED"),
         QCoreApplication::translate("CampaignCommands", "COST/%1").arg((*session)->settings().currency()),
         QCoreApplication::translate("CampaignCommands", "CREATED/STARTS")},
        rows, {0, 3, 4, 5, 6, 7});
    return ExitOk;
}

int showCampaign(CommandContext &ctx)
{
    const qint64 id = campaignId(ctx);
    if (id == 0)
        return ExitUsage;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    CampaignService &campaigns = (*session)->campaigns();
    auto campaign = campaigns.find(id);
    if (!campaign)
        return ctx.fail(campaign.error());
    auto counts = campaigns.counts(id);
    auto costs = campaigns.costByCarrier(id);
    auto rejected = campaigns.rejectCounts(id);
    auto stopReplies = (*session)->inbox().stopRepliesOfCampaign(id);
    for (const Status &status :
         {counts ? Status() : counts.error(), costs ? Status() : costs.error(), rejected ? Status() : rejected.error(),
          stopReplies ? Status() : stopReplies.error()}) {
        if (!status)
            return ctx.fail(status.error());
    }
    if (ctx.json()) {
        QJsonObject object = campaignJson(*campaign, *counts);
        QJsonObject reasons;
        for (auto it = rejected->cbegin(); it != rejected->cend(); ++it)
            reasons.insert(it.key(), it.value());
        object.insert(QStringLiteral("rejected_by_reason"), reasons);
        object.insert(QStringLiteral("carriers"), carriersJson(*costs));
        object.insert(QStringLiteral("optouts_by_reply"), *stopReplies);
        ctx.printJson(object);
        return ExitOk;
    }
    const QString currency = (*session)->settings().currency();
    const Campaign &c = *campaign;
    QList<std::pair<QString, QString>> fields {
        {QCoreApplication::translate("CampaignCommands", "Campaign"),
         QCoreApplication::translate("CampaignCommands", "%1 “%2”").arg(QString::number(c.id), c.name)},
        {QCoreApplication::translate("CampaignCommands", "State"), campaignStateName(c.state)},
        {QCoreApplication::translate("CampaignCommands", "From"), c.sender},
        {QCoreApplication::translate("CampaignCommands", "Template"), c.bodyTemplate},
        {QCoreApplication::translate("CampaignCommands", "File"), c.sourceFile},
        {QCoreApplication::translate("CampaignCommands", "Rows"),
         QCoreApplication::translate("CampaignCommands", "%1 (%2 accepted, %3 rejected)")
             .arg(number(c.rowsTotal), number(c.accepted), number(c.rejected))},
        {QCoreApplication::translate("CampaignCommands", "Segments"), number(c.segmentsTotal)},
        {QCoreApplication::translate("CampaignCommands", "Estimated cost"),
         cost(c.estimatedCostMicros) + QLatin1Char(' ') + currency},
        {QCoreApplication::translate("CampaignCommands", "Created"), output::isoTime(c.createdAt)},
        {QCoreApplication::translate("CampaignCommands", "Opt-outs by reply"), number(*stopReplies)}};
    if (c.scheduledAt != 0)
        fields.append({QCoreApplication::translate("CampaignCommands", "Scheduled"), output::isoTime(c.scheduledAt)});
    if (c.startedAt != 0)
        fields.append({QCoreApplication::translate("CampaignCommands", "Started"), output::isoTime(c.startedAt)});
    if (c.finishedAt != 0)
        fields.append({QCoreApplication::translate("CampaignCommands", "Finished"), output::isoTime(c.finishedAt)});
    output::printFields(ctx.out(), fields);
    QList<QStringList> rows;
    for (int s = int(MessageState::Pending); s <= int(MessageState::Cancelled); ++s) {
        const auto state = MessageState(s);
        if (counts->value(state) > 0)
            rows.append({messageStateName(state), number(counts->value(state))});
    }
    if (!rows.isEmpty()) {
        ctx.out() << '\n';
        output::printTable(ctx.out(),
                           {QCoreApplication::translate("CampaignCommands", "STATE"),
                            QCoreApplication::translate("CampaignCommands", "MESSAGES")},
                           rows, {1});
    }
    if (!costs->isEmpty()) {
        ctx.out() << '\n';
        printCarriers(ctx.out(), *costs, currency);
    }
    if (!rejected->isEmpty()) {
        ctx.out() << '\n'
                  << QCoreApplication::translate("CampaignCommands",
                                                 "Rejected: %1 — `smsrouter-cli campaign rejects %2` lists them.")
                         .arg(rejectCountsText(*rejected), QString::number(c.id))
                  << '\n';
    }
    return ExitOk;
}

int startCampaign(CommandContext &ctx)
{
    const qint64 id = campaignId(ctx);
    if (id == 0)
        return ExitUsage;
    QDateTime at;
    if (ctx.isSet(QStringLiteral("at"))) {
        at = QDateTime::fromString(ctx.value(QStringLiteral("at")).trimmed(), Qt::ISODateWithMs);
        if (!at.isValid())
            return ctx.usage(QCoreApplication::translate("CampaignCommands",
                                                         "--at “%1” is not an ISO 8601 time; write e.g. "
                                                         "2026-03-01T09:00:00Z (a time without Z or an offset is "
                                                         "local time).")
                                 .arg(ctx.value(QStringLiteral("at"))));
    }
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    CampaignService &campaigns = (*session)->campaigns();
    auto changed = at.isValid() ? campaigns.schedule(id, at) : campaigns.start(id);
    if (!changed)
        return ctx.fail(changed.error());
    if (ctx.json()) {
        ctx.printJson(campaignJson(*changed, countsOf(campaigns, id)));
        return ExitOk;
    }
    if (at.isValid()) {
        ctx.out() << QCoreApplication::translate("CampaignCommands",
                                                 "Campaign %1 “%2” starts at %3. A running dispatcher (the GUI, or "
                                                 "smsrouter-cli dispatch) starts it then.")
                         .arg(QString::number(id), changed->name, output::isoTime(changed->scheduledAt))
                  << '\n';
    } else {
        // The start's own event says how many it queued (on SQLite): counting a million messages
        // again would take longer than the start did.
        auto events = campaigns.events(id);
        const int queued = events && !events->isEmpty() && events->constLast().messages > 0
            ? int(events->constLast().messages)
            : int(countsOf(campaigns, id).value(MessageState::Queued));
        ctx.out() << QCoreApplication::translate("CampaignCommands",
                                                 "Started campaign %1 “%2”: %n message(s) queued. They are sent by a "
                                                 "running dispatcher (the GUI, or smsrouter-cli dispatch).",
                                                 nullptr, queued)
                         .arg(QString::number(id), changed->name)
                  << '\n';
    }
    return ExitOk;
}

int pauseOrResume(CommandContext &ctx, bool pause)
{
    const qint64 id = campaignId(ctx);
    if (id == 0)
        return ExitUsage;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    CampaignService &campaigns = (*session)->campaigns();
    auto changed = pause ? campaigns.pause(id) : campaigns.resume(id);
    if (!changed)
        return ctx.fail(changed.error());
    const QHash<MessageState, qint64> counts = countsOf(campaigns, id);
    if (ctx.json()) {
        ctx.printJson(campaignJson(*changed, counts));
    } else if (pause) {
        const int waiting = int(counts.value(MessageState::Pending));
        ctx.out() << QCoreApplication::translate("CampaignCommands",
                                                 "Paused campaign %1: %n message(s) wait; %2 already being submitted "
                                                 "finish.",
                                                 nullptr, waiting)
                         .arg(QString::number(id), number(counts.value(MessageState::Submitting)))
                  << '\n';
    } else {
        const int queued = int(counts.value(MessageState::Queued));
        ctx.out() << QCoreApplication::translate("CampaignCommands", "Resumed campaign %1: %n message(s) queued.",
                                                 nullptr, queued)
                         .arg(id)
                  << '\n';
    }
    return ExitOk;
}

int cancelCampaign(CommandContext &ctx)
{
    const qint64 id = campaignId(ctx);
    if (id == 0)
        return ExitUsage;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto summary = (*session)->campaigns().cancel(id);
    if (!summary)
        return ctx.fail(summary.error());
    if (ctx.json()) {
        QJsonObject object = campaignJson(summary->campaign, countsOf((*session)->campaigns(), id));
        object.insert(QStringLiteral("cancelled"), summary->cancelled);
        object.insert(QStringLiteral("still_finishing"), summary->submitting + summary->unknown);
        ctx.printJson(object);
    } else {
        ctx.out() << summary->text() << '\n';
    }
    return ExitOk;
}

int listRejects(CommandContext &ctx)
{
    const qint64 id = campaignId(ctx);
    if (id == 0)
        return ExitUsage;
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    CampaignService &campaigns = (*session)->campaigns();
    if (ctx.json()) {
        if (auto campaign = campaigns.find(id); !campaign)
            return ctx.fail(campaign.error());
        QJsonArray array;
        qint64 after = 0;
        for (;;) {
            auto page = campaigns.rejects(id, after);
            if (!page)
                return ctx.fail(page.error());
            for (const ImportReject &r : std::as_const(*page))
                array.append(QJsonObject {{QStringLiteral("line"), r.line},
                                          {QStringLiteral("raw_value"), r.raw},
                                          {QStringLiteral("reason"), r.reason},
                                          {QStringLiteral("detail"), r.detail}});
            if (page->size() < 10000)
                break;
            after = page->constLast().id;
        }
        ctx.printJson(array);
        return ExitOk;
    }
    ctx.out().flush();
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        return ctx.fail(
            Error::failed(QCoreApplication::translate("CampaignCommands", "Cannot write to standard output.")));
    // Plain UTF-8 with LF for pipes and scripts; the GUI's export writes the Excel flavour.
    CsvWriterOptions options;
    options.utf8Bom = false;
    options.lineEnding = CsvWriterOptions::LineEnding::Lf;
    if (auto written = campaigns.exportRejects(id, &standardOutput, options); !written)
        return ctx.fail(written.error());
    return ExitOk;
}

} // namespace

void registerCampaignCommands(CommandRegistry &registry)
{
    const QString campaign = QStringLiteral("campaign");
    registry.add(
        {{campaign, QStringLiteral("import")},
         QCoreApplication::translate("CampaignCommands",
                                     "Import a CSV file of recipients as a draft campaign (--name, --from, --body)."),
         QStringLiteral("FILE"),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("name"),
                          QCoreApplication::translate("CampaignCommands", "The campaign's name."),
                          QStringLiteral("NAME")});
             p.addOption({QStringLiteral("from"),
                          QCoreApplication::translate("CampaignCommands", "The sender of every message."),
                          QStringLiteral("SENDER")});
             p.addOption({QStringLiteral("body"),
                          QCoreApplication::translate("CampaignCommands",
                                                      "The message template: {column} is replaced by the row's value "
                                                      "in that column; {{ and }} are literal braces. Without a header "
                                                      "row, columns are named by number: {1}, {2}, …"),
                          QStringLiteral("TEMPLATE")});
             csvarguments::addOptions(p);
         },
         importCampaign});
    registry.add({{campaign, QStringLiteral("list")},
                  QCoreApplication::translate("CampaignCommands", "List campaigns with their state and counters."),
                  {},
                  {},
                  listCampaigns});
    registry.add({{campaign, QStringLiteral("show")},
                  QCoreApplication::translate(
                      "CampaignCommands", "Show a campaign: counters per message state, cost per carrier, rejects."),
                  QStringLiteral("ID"),
                  {},
                  showCampaign});
    registry.add(
        {{campaign, QStringLiteral("start")},
         QCoreApplication::translate("CampaignCommands", "Start a draft campaign now, or at a time (--at ISO8601)."),
         QStringLiteral("ID"),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("at"),
                          QCoreApplication::translate("CampaignCommands",
                                                      "Start at this time instead of now, e.g. 2026-03-01T09:00:00Z."),
                          QStringLiteral("ISO8601")});
         },
         startCampaign});
    registry.add(
        {{campaign, QStringLiteral("pause")},
         QCoreApplication::translate("CampaignCommands", "Pause a running campaign (messages being submitted finish)."),
         QStringLiteral("ID"),
         {},
         [](CommandContext &ctx) {
             return pauseOrResume(ctx, true);
         }});
    registry.add({{campaign, QStringLiteral("resume")},
                  QCoreApplication::translate("CampaignCommands", "Resume a paused campaign."),
                  QStringLiteral("ID"),
                  {},
                  [](CommandContext &ctx) {
                      return pauseOrResume(ctx, false);
                  }});
    registry.add(
        {{campaign, QStringLiteral("cancel")},
         QCoreApplication::translate("CampaignCommands", "Cancel a campaign: its unsent messages are not sent."),
         QStringLiteral("ID"),
         {},
         cancelCampaign});
    registry.add({{campaign, QStringLiteral("rejects")},
                  QCoreApplication::translate(
                      "CampaignCommands", "Print a campaign's rejected rows as CSV: line, raw_value, reason, detail."),
                  QStringLiteral("ID"),
                  {},
                  listRejects});
}
