// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli rule add|list|remove, route, import carriers-json|rates-csv, export rates-csv: thin face over
// RuleService and the importers.
#include "carriers/carrierservice.h"
#include "command.h"
#include "commands.h"
#include "common/money.h"
#include "output.h"
#include "phone/phonenumberparser.h"
#include "routing/carriersjsonimporter.h"
#include "routing/ratecardexporter.h"
#include "routing/ratecardfile.h"
#include "routing/ruleservice.h"
#include "session/session.h"
#include "settings/settings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject toJson(const Rule &rule, const QString &carrierName)
{
    return {{QStringLiteral("id"), rule.id},
            {QStringLiteral("kind"), Rule::kindName(rule.kind)},
            {QStringLiteral("value"), rule.value},
            {QStringLiteral("carrier"), carrierName},
            {QStringLiteral("carrier_id"), rule.carrierId},
            {QStringLiteral("priority"), rule.priority},
            {QStringLiteral("weight"), rule.weight},
            {QStringLiteral("cost"), RuleValidator::formatCost(rule.costMicros)},
            {QStringLiteral("enabled"), rule.enabled},
            {QStringLiteral("created_at"), output::isoTime(rule.createdAt)}};
}

void addRuleOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("prefix"),
         QCoreApplication::translate("RoutingCommands",
                                     "Match numbers starting with these E.164 digits, country code first (447)."),
         QStringLiteral("DIGITS")});
    parser.addOption(
        {QStringLiteral("country"),
         QCoreApplication::translate("RoutingCommands",
                                     "Match numbers of this region, as libphonenumber reports it (GB, GG, US)."),
         QStringLiteral("ISO2")});
    parser.addOption({QStringLiteral("default"),
                      QCoreApplication::translate("RoutingCommands", "Match every number no other rule matches.")});
    parser.addOption({QStringLiteral("carrier"),
                      QCoreApplication::translate("RoutingCommands", "The carrier that terminates them."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("priority"),
                      QCoreApplication::translate("RoutingCommands", "1 is tried first (default 1)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("weight"),
                      QCoreApplication::translate(
                          "RoutingCommands", "Share of traffic among rules of equal priority and cost (default 1)."),
                      QStringLiteral("W")});
    parser.addOption({QStringLiteral("cost"),
                      QCoreApplication::translate("RoutingCommands", "Price per segment, e.g. 0.021 (default 0)."),
                      QStringLiteral("PRICE")});
    parser.addOption({QStringLiteral("disabled"),
                      QCoreApplication::translate("RoutingCommands", "Keep the rule but do not route with it.")});
}

int addRule(CommandContext &ctx)
{
    if (!ctx.arguments().isEmpty())
        return ctx.usage(
            QCoreApplication::translate("RoutingCommands", "rule add takes no arguments besides its options."));
    const int matches = int(ctx.isSet(QStringLiteral("prefix"))) + int(ctx.isSet(QStringLiteral("country")))
        + int(ctx.isSet(QStringLiteral("default")));
    if (matches != 1)
        return ctx.usage(QCoreApplication::translate(
            "RoutingCommands", "Give exactly one of --prefix DIGITS, --country ISO2 or --default."));
    if (!ctx.isSet(QStringLiteral("carrier")))
        return ctx.usage(QCoreApplication::translate("RoutingCommands", "--carrier NAME is required."));

    Rule rule;
    if (ctx.isSet(QStringLiteral("prefix"))) {
        rule.kind = Rule::Kind::Prefix;
        rule.value = ctx.value(QStringLiteral("prefix"));
    } else if (ctx.isSet(QStringLiteral("country"))) {
        rule.kind = Rule::Kind::Country;
        rule.value = ctx.value(QStringLiteral("country"));
    } else {
        rule.kind = Rule::Kind::Default;
    }
    bool ok = true;
    if (ctx.isSet(QStringLiteral("priority")))
        rule.priority = ctx.value(QStringLiteral("priority")).toInt(&ok);
    if (!ok)
        return ctx.usage(
            QCoreApplication::translate("RoutingCommands", "--priority takes a whole number, 1 for first."));
    if (ctx.isSet(QStringLiteral("weight")))
        rule.weight = ctx.value(QStringLiteral("weight")).toInt(&ok);
    if (!ok)
        return ctx.usage(QCoreApplication::translate("RoutingCommands", "--weight takes a whole number."));
    if (ctx.isSet(QStringLiteral("cost"))) {
        QString problem;
        const auto cost = RuleValidator::parseCost(ctx.value(QStringLiteral("cost")), &problem);
        if (!cost)
            return ctx.usage(QStringLiteral("--cost: ") + problem);
        rule.costMicros = *cost;
    }
    rule.enabled = !ctx.isSet(QStringLiteral("disabled"));

    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto carrier = (*session)->carriers().find(ctx.value(QStringLiteral("carrier")));
    if (!carrier)
        return ctx.fail(carrier.error());
    rule.carrierId = carrier->id;
    auto added = (*session)->rules().add(rule);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json()) {
        ctx.printJson(toJson(*added, carrier->name));
    } else {
        const QString text = added->enabled
            ? QCoreApplication::translate("RoutingCommands",
                                          "Added rule #%1: %2 → %3 (priority %4, weight %5, %6/segment).")
            : QCoreApplication::translate("RoutingCommands",
                                          "Added rule #%1: %2 → %3 (priority %4, weight %5, %6/segment, disabled).");
        ctx.out() << text.arg(QString::number(added->id), added->matchText(), carrier->name,
                              QString::number(added->priority), QString::number(added->weight),
                              money::formatWithUnit(added->costMicros, (*session)->settings().currency()))
                  << '\n';
    }
    return ExitOk;
}

int listRules(CommandContext &ctx)
{
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto rules = (*session)->rules().list();
    if (!rules)
        return ctx.fail(rules.error());
    const QHash<qint64, QString> names = (*session)->carriers().namesById();
    if (ctx.json()) {
        QJsonArray array;
        for (const Rule &rule : *rules)
            array.append(toJson(rule, names.value(rule.carrierId)));
        ctx.printJson(array);
        return ExitOk;
    }
    if (rules->isEmpty()) {
        ctx.out() << QCoreApplication::translate("RoutingCommands",
                                                 "No rules yet. Add one with: smsrouter-cli rule add --prefix 447 "
                                                 "--carrier NAME --cost 0.021")
                  << '\n';
        return ExitOk;
    }
    const QString yes = QCoreApplication::translate("RoutingCommands", "yes");
    const QString no = QCoreApplication::translate("RoutingCommands", "no");
    QList<QStringList> rows;
    for (const Rule &r : *rules)
        rows.append({QString::number(r.id), r.matchText(), names.value(r.carrierId), QString::number(r.priority),
                     QString::number(r.weight), RuleValidator::formatCost(r.costMicros), r.enabled ? yes : no});
    output::printTable(
        ctx.out(),
        {QCoreApplication::translate("RoutingCommands", "ID"), QCoreApplication::translate("RoutingCommands", "MATCH"),
         QCoreApplication::translate("RoutingCommands", "CARRIER"),
         QCoreApplication::translate("RoutingCommands", "PRIORITY"),
         QCoreApplication::translate("RoutingCommands", "WEIGHT"),
         QCoreApplication::translate("RoutingCommands", "COST/%1").arg((*session)->settings().currency()),
         QCoreApplication::translate("RoutingCommands", "ENABLED")},
        rows, {0, 3, 4, 5});
    return ExitOk;
}

int removeRule(CommandContext &ctx)
{
    bool ok = ctx.arguments().size() == 1;
    const qint64 id = ok ? ctx.arguments().constFirst().toLongLong(&ok) : 0;
    if (!ok)
        return ctx.usage(QCoreApplication::translate(
            "RoutingCommands", "Give the rule's id: rule remove ID (`rule list` shows the ids)."));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto rule = (*session)->rules().findById(id);
    if (!rule)
        return ctx.fail(rule.error());
    if (auto removed = (*session)->rules().remove(id); !removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("removed"), id}});
    else
        ctx.out() << QCoreApplication::translate("RoutingCommands", "Removed rule #%1 (%2 → %3).")
                         .arg(QString::number(id), rule->matchText(),
                              (*session)->carriers().namesById().value(rule->carrierId))
                  << '\n';
    return ExitOk;
}

QJsonObject routeJson(const RouteExplanation &route)
{
    QJsonArray candidates;
    for (const RouteDecision::Candidate &c : route.decision.candidates())
        candidates.append(QJsonObject {{QStringLiteral("carrier"), c.carrierName},
                                       {QStringLiteral("priority"), c.priority},
                                       {QStringLiteral("cost"), RuleValidator::formatCost(c.costMicros)},
                                       {QStringLiteral("skipped"), orNull(c.skipped)}});
    const ParsedNumber &n = route.number;
    return {{QStringLiteral("input"), n.input},
            {QStringLiteral("e164"), orNull(n.e164)},
            {QStringLiteral("region"), orNull(n.region)},
            {QStringLiteral("valid"), n.valid},
            {QStringLiteral("type"), n.typeName()},
            {QStringLiteral("rule"), orNull(route.decision.ruleText())},
            {QStringLiteral("carrier"), orNull(route.decision.carrierName())},
            {QStringLiteral("candidates"), candidates},
            {QStringLiteral("reason"), route.text()}};
}

int route(CommandContext &ctx)
{
    if (ctx.arguments().isEmpty())
        return ctx.usage(
            QCoreApplication::translate("RoutingCommands", "Give the number: route NUMBER [--region ISO2]."));
    // "route +44 7911 123456" without quotes arrives as three words.
    const QString number = ctx.arguments().join(QLatin1Char(' '));
    const QString region = ctx.value(QStringLiteral("region")).trimmed().toUpper();
    if (ctx.isSet(QStringLiteral("region")) && !PhoneNumberParser::isSupportedRegion(region))
        return ctx.usage(QCoreApplication::translate("RoutingCommands",
                                                     "--region “%1” is not a region with phone numbers; use a "
                                                     "two-letter ISO 3166 code such as GB, PT or US.")
                             .arg(ctx.value(QStringLiteral("region"))));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const RouteExplanation explained = (*session)->rules().explain(number, region);
    const RouteDecision &decision = explained.decision;

    if (ctx.json()) {
        ctx.printJson(routeJson(explained));
    } else if (explained.number.valid) {
        if (decision.routed())
            ctx.out() << decision.explanation() << '\n';
        ctx.out() << QCoreApplication::translate("RoutingCommands", "Number: %1, %2, %3")
                         .arg(explained.number.e164, PhoneNumberParser::describeRegion(explained.number.region),
                              explained.number.typeName())
                  << '\n';
        QList<QStringList> rows;
        int position = 0;
        for (const RouteDecision::Candidate &c : decision.candidates()) {
            const QString state = c.chosen ? QCoreApplication::translate("RoutingCommands", "chosen")
                : c.skipped.isEmpty()      ? QCoreApplication::translate("RoutingCommands", "fallback")
                                      : QCoreApplication::translate("RoutingCommands", "skipped: %1").arg(c.skipped);
            rows.append({QString::number(++position), c.carrierName, c.ruleText(), QString::number(c.priority),
                         QString::number(c.weight), RuleValidator::formatCost(c.costMicros), state});
        }
        if (!rows.isEmpty())
            output::printTable(ctx.out(),
                               {QStringLiteral("#"), QCoreApplication::translate("RoutingCommands", "CARRIER"),
                                QCoreApplication::translate("RoutingCommands", "RULE"),
                                QCoreApplication::translate("RoutingCommands", "PRIORITY"),
                                QCoreApplication::translate("RoutingCommands", "WEIGHT"),
                                QCoreApplication::translate("RoutingCommands", "COST"),
                                QCoreApplication::translate("RoutingCommands", "STATE")},
                               rows, {0, 3, 4});
    }
    ctx.out().flush();
    if (!explained.number.valid)
        return ctx.fail(Error::invalid(explained.number.errorMessage));
    if (!decision.routed())
        return ctx.fail(Error::failed(decision.reason()));
    return ExitOk;
}

/// Lists every problem of a refused import on stderr and returns the exit code: 2 when the file
/// is wrong, 1 when the store or the keychain failed.
int refuseImport(CommandContext &ctx, const QString &path, const ImportReport &report)
{
    for (const ImportProblem &problem : report.problems)
        ctx.err() << "smsrouter-cli: " << path << ": " << problem.text() << '\n';
    const int problems = int(report.problems.size());
    ctx.err() << "smsrouter-cli: "
              << QCoreApplication::translate("RoutingCommands", "nothing was imported (%n problem(s)).", nullptr,
                                             problems)
              << '\n';
    ctx.err().flush();
    return report.failureKind == Error::Kind::Failed ? ExitFailed : ExitUsage;
}

int importCarriersJson(CommandContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("RoutingCommands", "Give the file: import carriers-json FILE."));
    const QString path = ctx.arguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.usage(
            QCoreApplication::translate("RoutingCommands", "Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray json = file.readAll();
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const ImportReport report = CarriersJsonImporter(**session).import(json);

    if (ctx.json()) {
        QJsonArray problems;
        for (const ImportProblem &p : report.problems)
            problems.append(QJsonObject {{QStringLiteral("key"), p.where}, {QStringLiteral("message"), p.message}});
        ctx.printJson(QJsonObject {{QStringLiteral("carriers_added"), report.carriersAdded},
                                   {QStringLiteral("rules_added"), report.rulesAdded},
                                   {QStringLiteral("imported"), QJsonArray::fromStringList(report.summary)},
                                   {QStringLiteral("problems"), problems}});
    } else if (report.ok()) {
        ctx.out() << QCoreApplication::translate("RoutingCommands", "Imported %1 and %2 from %3:")
                         .arg(QCoreApplication::translate("RoutingCommands", "%n carrier(s)", nullptr,
                                                          report.carriersAdded),
                              QCoreApplication::translate("RoutingCommands", "%n country rule(s)", nullptr,
                                                          report.rulesAdded),
                              path)
                  << '\n';
        for (const QString &line : report.summary)
            ctx.out() << "  " << line << '\n';
    }
    return report.ok() ? int(ExitOk) : refuseImport(ctx, path, report);
}

int importRatesCsv(CommandContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("RoutingCommands", "Give the file: import rates-csv FILE."));
    const QString path = ctx.arguments().constFirst();
    if (QFile file(path); !file.open(QIODevice::ReadOnly))
        return ctx.usage(
            QCoreApplication::translate("RoutingCommands", "Cannot read %1: %2.").arg(path, file.errorString()));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const ImportReport report = RateCardFile::import(path, (*session)->carriers(), (*session)->rules());

    if (ctx.json()) {
        QJsonArray problems;
        for (const ImportProblem &p : report.problems)
            problems.append(QJsonObject {{QStringLiteral("line"), p.line > 0 ? QJsonValue(p.line) : QJsonValue()},
                                         {QStringLiteral("message"), p.message}});
        ctx.printJson(QJsonObject {{QStringLiteral("rules_added"), report.rulesAdded},
                                   {QStringLiteral("rules_updated"), report.rulesUpdated},
                                   {QStringLiteral("rules_unchanged"), report.rulesUnchanged},
                                   {QStringLiteral("problems"), problems}});
    } else if (report.ok()) {
        ctx.out() << QCoreApplication::translate("RoutingCommands", "Imported %1: %2")
                         .arg(path, report.summary.join(QLatin1Char(' ')))
                  << '\n';
    }
    return report.ok() ? int(ExitOk) : refuseImport(ctx, path, report);
}

int exportRatesCsv(CommandContext &ctx)
{
    if (ctx.arguments().size() > 1)
        return ctx.usage(QCoreApplication::translate(
            "RoutingCommands", "Give at most one file: export rates-csv [FILE] (standard output without one)."));
    const bool toStdout = ctx.arguments().isEmpty();
    if (toStdout && ctx.json())
        return ctx.usage(QCoreApplication::translate("RoutingCommands",
                                                     "Without FILE the rate card itself goes to standard output; "
                                                     "drop --json, or use `rule list --json` for the rules as JSON."));
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());

    if (toStdout) {
        auto table = RateCardExporter((*session)->carriers(), (*session)->rules()).exportTable();
        if (!table)
            return ctx.fail(table.error());
        // For pipes and Unix tools: no byte-order mark, LF line ends.
        CsvWriterOptions options;
        options.utf8Bom = false;
        options.lineEnding = CsvWriterOptions::LineEnding::Lf;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (Status written = RateCardFile::write(*table, &buffer, options); !written)
            return ctx.fail(written.error());
        ctx.out() << QString::fromUtf8(buffer.data());
        ctx.out().flush();
        return ExitOk;
    }

    const QString path = ctx.arguments().constFirst();
    auto written = RateCardFile::exportTo(path, (*session)->carriers(), (*session)->rules());
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json())
        ctx.printJson(QJsonObject {{QStringLiteral("file"), path}, {QStringLiteral("rules"), qint64(*written)}});
    else
        ctx.out() << QCoreApplication::translate("RoutingCommands", "Exported %n rule(s) to %1.", nullptr,
                                                 int(*written))
                         .arg(path)
                  << '\n';
    return ExitOk;
}

} // namespace

void registerRoutingCommands(CommandRegistry &registry)
{
    const QString rule = QStringLiteral("rule");
    registry.add(
        {{rule, QStringLiteral("add")},
         QCoreApplication::translate(
             "RoutingCommands", "Add a routing rule (--prefix DIGITS | --country ISO2 | --default) --carrier NAME."),
         {},
         addRuleOptions,
         addRule});
    registry.add({{rule, QStringLiteral("list")},
                  QCoreApplication::translate("RoutingCommands", "List the routing rules."),
                  {},
                  {},
                  listRules});
    registry.add({{rule, QStringLiteral("remove")},
                  QCoreApplication::translate("RoutingCommands", "Remove a routing rule."),
                  QStringLiteral("ID"),
                  {},
                  removeRule});
    registry.add({{QStringLiteral("route")},
                  QCoreApplication::translate("RoutingCommands", "Show which carrier a number goes to, and why."),
                  QStringLiteral("NUMBER"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("region"),
                                   QCoreApplication::translate("RoutingCommands",
                                                               "Read a number without +country in this region (else "
                                                               "the store's default region)."),
                                   QStringLiteral("ISO2")});
                  },
                  route});
    registry.add(
        {{QStringLiteral("import"), QStringLiteral("carriers-json")},
         QCoreApplication::translate(
             "RoutingCommands", "Import the tutorial's carriers.json: carriers, tokens and one country rule each."),
         QStringLiteral("FILE"),
         {},
         importCarriersJson});
    registry.add({{QStringLiteral("import"), QStringLiteral("rates-csv")},
                  QCoreApplication::translate("RoutingCommands",
                                              "Import a rate card (prefix or country, carrier, priority, weight, "
                                              "cost): all or nothing."),
                  QStringLiteral("FILE"),
                  {},
                  importRatesCsv});
    registry.add({{QStringLiteral("export"), QStringLiteral("rates-csv")},
                  QCoreApplication::translate("RoutingCommands",
                                              "Write every rule as a rate card that `import rates-csv` reads back "
                                              "(stdout without FILE)."),
                  QStringLiteral("[FILE]"),
                  {},
                  exportRatesCsv});
}
