// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// smsrouter-cli optout add|remove|list|import: a thin face over OptOutService.
#include "command.h"
#include "commands.h"
#include "csvarguments.h"
#include "optouts/optoutservice.h"
#include "output.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject toJson(const OptOut &o)
{
    return {{QStringLiteral("e164"), o.e164},
            {QStringLiteral("reason"), o.reason},
            {QStringLiteral("added_at"), output::isoTime(o.addedAt)}};
}

/// "optout add +351 912 345 678" without quotes arrives as several words.
QString numberArgument(const CommandContext &ctx)
{
    return ctx.arguments().join(QLatin1Char(' '));
}

void addRegionOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("region"),
                      QCoreApplication::translate("OptOutCommands",
                                                  "Read a number without +country in this region (else the store's "
                                                  "default region)."),
                      QStringLiteral("ISO2")});
}

int addOptOut(CommandContext &ctx)
{
    if (ctx.arguments().isEmpty())
        return ctx.usage(
            QCoreApplication::translate("OptOutCommands", "Give the number: optout add NUMBER [--reason TEXT]."));
    auto region = csvarguments::region(ctx);
    if (!region)
        return ctx.fail(region.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto added = (*session)->optouts().add(numberArgument(ctx), ctx.value(QStringLiteral("reason")), *region);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json()) {
        QJsonObject object = toJson(added->optOut);
        object.insert(QStringLiteral("added"), added->changed);
        ctx.printJson(object);
    } else if (added->changed) {
        ctx.out() << QCoreApplication::translate("OptOutCommands", "Opted out %1: no campaign or send will reach it.")
                         .arg(added->optOut.e164)
                  << '\n';
    } else {
        ctx.out() << QCoreApplication::translate("OptOutCommands", "%1 was already opted out (since %2).")
                         .arg(added->optOut.e164, output::isoTime(added->optOut.addedAt))
                  << '\n';
    }
    return ExitOk;
}

int removeOptOut(CommandContext &ctx)
{
    if (ctx.arguments().isEmpty())
        return ctx.usage(QCoreApplication::translate("OptOutCommands", "Give the number: optout remove NUMBER."));
    auto region = csvarguments::region(ctx);
    if (!region)
        return ctx.fail(region.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto removed = (*session)->optouts().remove(numberArgument(ctx), *region);
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(toJson(*removed));
    else
        ctx.out() << QCoreApplication::translate("OptOutCommands", "Removed the opt-out of %1.").arg(removed->e164)
                  << '\n';
    return ExitOk;
}

int listOptOuts(CommandContext &ctx)
{
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    auto list = (*session)->optouts().list();
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const OptOut &o : std::as_const(*list))
            array.append(toJson(o));
        ctx.printJson(array);
        return ExitOk;
    }
    if (list->isEmpty()) {
        ctx.out() << QCoreApplication::translate("OptOutCommands",
                                                 "No opt-outs. Add one with: smsrouter-cli optout add NUMBER --reason "
                                                 "TEXT")
                  << '\n';
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const OptOut &o : std::as_const(*list))
        rows.append({o.e164, output::isoTime(o.addedAt), o.reason});
    output::printTable(ctx.out(),
                       {QCoreApplication::translate("OptOutCommands", "NUMBER"),
                        QCoreApplication::translate("OptOutCommands", "ADDED"),
                        QCoreApplication::translate("OptOutCommands", "REASON")},
                       rows);
    return ExitOk;
}

int importOptOuts(CommandContext &ctx)
{
    if (ctx.arguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("OptOutCommands", "Give one file: optout import FILE."));
    auto csv = csvarguments::csvOptions(ctx);
    if (!csv)
        return ctx.fail(csv.error());
    auto region = csvarguments::region(ctx);
    if (!region)
        return ctx.fail(region.error());
    auto session = ctx.session();
    if (!session)
        return ctx.fail(session.error());
    const QString path = ctx.arguments().constFirst();
    auto report = (*session)->optouts().importFile(path, *csv, ctx.value(QStringLiteral("phone-column")), *region);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        QJsonArray invalid;
        for (const auto &problem : std::as_const(report->invalid))
            invalid.append(QJsonObject {{QStringLiteral("line"), problem.line},
                                        {QStringLiteral("raw_value"), problem.raw},
                                        {QStringLiteral("message"), problem.message}});
        ctx.printJson(QJsonObject {{QStringLiteral("rows"), report->rows},
                                   {QStringLiteral("added"), report->added},
                                   {QStringLiteral("already_present"), report->alreadyPresent},
                                   {QStringLiteral("invalid"), invalid}});
    } else {
        ctx.out() << QCoreApplication::translate("OptOutCommands",
                                                 "Opted out %n number(s) from %1 (column “%2”); %3 already were.",
                                                 nullptr, int(report->added))
                         .arg(path, report->phoneColumnName, QString::number(report->alreadyPresent))
                  << '\n';
    }
    // Valid numbers are kept even when some lines are not: an opt-out list is better honoured in
    // part now than refused whole. The bad lines are listed so they can be fixed and imported again.
    for (const auto &problem : std::as_const(report->invalid))
        ctx.err() << "smsrouter-cli: " << path << ':' << problem.line << ": " << problem.message << '\n';
    if (!report->invalid.isEmpty()) {
        const int skipped = int(report->invalid.size());
        ctx.err() << "smsrouter-cli: "
                  << QCoreApplication::translate("OptOutCommands", "%n line(s) skipped.", nullptr, skipped) << '\n';
    }
    ctx.err().flush();
    return ExitOk;
}

} // namespace

void registerOptOutCommands(CommandRegistry &registry)
{
    const QString optout = QStringLiteral("optout");
    registry.add({{optout, QStringLiteral("add")},
                  QCoreApplication::translate("OptOutCommands", "Opt a number out: no campaign or send reaches it."),
                  QStringLiteral("NUMBER"),
                  [](QCommandLineParser &p) {
                      p.addOption({QStringLiteral("reason"),
                                   QCoreApplication::translate("OptOutCommands", "Why (kept with the number)."),
                                   QStringLiteral("TEXT")});
                      addRegionOption(p);
                  },
                  addOptOut});
    registry.add({{optout, QStringLiteral("remove")},
                  QCoreApplication::translate("OptOutCommands", "Remove a number's opt-out."),
                  QStringLiteral("NUMBER"),
                  addRegionOption,
                  removeOptOut});
    registry.add({{optout, QStringLiteral("list")},
                  QCoreApplication::translate("OptOutCommands", "List opted-out numbers."),
                  {},
                  {},
                  listOptOuts});
    registry.add({{optout, QStringLiteral("import")},
                  QCoreApplication::translate("OptOutCommands",
                                              "Opt out every number of a CSV file (bad lines are listed and skipped)."),
                  QStringLiteral("FILE"),
                  csvarguments::addOptions,
                  importOptOuts});
}
