// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriersjsonimporter.h"

#include "carriers/carrierservice.h"
#include "common/logging.h"
#include "countrynames.h"
#include "phone/phonenumberparser.h"
#include "ruleservice.h"
#include "secrets/credentialvault.h"
#include "session/session.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct PlannedCarrier
{
    QString name;
    QString accountSid;
    QByteArray token;
    QString firstKey;
    qint64 id = 0;
};

struct PlannedRule
{
    QString key;
    QString region;
    qsizetype carrier = 0; ///< index into the planned carriers
};

const QString expectedShape =
    QStringLiteral("{\"portugal\": {\"carrier\": \"NAME\", \"acctsid\": \"AC…\", \"accttoken\": \"TOKEN\"}, …}");

void jsonSyntaxProblem(ImportReport &report, const QByteArray &json, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    report.problems.append(
        {QCoreApplication::translate("CarriersJsonImporter", "line %1, column %2").arg(line).arg(column),
         QCoreApplication::translate("CarriersJsonImporter",
                                     "this is not valid JSON (%1). The file must be one JSON object like %2.")
             .arg(error.errorString(), expectedShape)});
}

/// The string field `name` of `entry`; adds a problem and returns an empty string when it is
/// missing, not a string or empty.
QString stringField(const QJsonObject &entry, const QString &name, const QString &what, const QString &key,
                    ImportReport &report)
{
    const QJsonValue value = entry.value(name);
    if (value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty())) {
        report.problems.append(
            {key, QCoreApplication::translate("CarriersJsonImporter", "“%1” is missing; give %2.").arg(name, what)});
        return {};
    }
    if (!value.isString()) {
        report.problems.append(
            {key, QCoreApplication::translate("CarriersJsonImporter", "“%1” must be a string (in quotes).").arg(name)});
        return {};
    }
    return value.toString();
}

} // namespace

ImportReport CarriersJsonImporter::import(const QByteArray &json)
{
    ImportReport report;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        jsonSyntaxProblem(report, json, parseError);
        return report;
    }
    if (!document.isObject()) {
        report.problems.append(
            {QString(),
             QCoreApplication::translate("CarriersJsonImporter", "The file must be one JSON object like %1.")
                 .arg(expectedShape)});
        return report;
    }
    const QJsonObject root = document.object();
    if (root.isEmpty()) {
        report.problems.append(
            {QString(),
             QCoreApplication::translate("CarriersJsonImporter", "The file holds no carriers; expected %1.")
                 .arg(expectedShape)});
        return report;
    }

    auto existing = m_session.carriers().list();
    if (!existing) {
        report.failureKind = existing.error().kind;
        report.problems.append({QString(), existing.errorMessage()});
        return report;
    }
    QStringList existingNames;
    for (const Carrier &c : *existing)
        existingNames.append(c.name);

    // Check every key before touching anything, so the report lists every problem at once.
    QList<PlannedCarrier> carriers;
    QList<PlannedRule> rules;
    QHash<QString, QString> keyOfRegion;
    QHash<QString, PlannedCarrier> namesUsed; // by lower-case name, from every key (even those with problems)
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QString key = it.key();
        const qsizetype problemsBefore = report.problems.size();

        const QString region = CountryNames::codeFor(key);
        if (region.isEmpty()) {
            const QString suggestion = CountryNames::suggestionFor(key);
            report.problems.append({key,
                                    QCoreApplication::translate(
                                        "CarriersJsonImporter",
                                        "“%1” is not a country this program knows%2; use the country's English name or "
                                        "its two-letter code (portugal, uk, germany, PT, …).")
                                        .arg(key,
                                             suggestion.isEmpty() ? QString()
                                                                  : QCoreApplication::translate("CarriersJsonImporter",
                                                                                                " (did you mean “%1”?)")
                                                                        .arg(suggestion))});
        } else if (keyOfRegion.contains(region)) {
            report.problems.append(
                {key,
                 QCoreApplication::translate("CarriersJsonImporter", "“%1” is %2, like “%3”; give each country once.")
                     .arg(key, PhoneNumberParser::describeRegion(region), keyOfRegion.value(region))});
        } else {
            keyOfRegion.insert(region, key);
        }

        if (!it.value().isObject()) {
            report.problems.append({key,
                                    QCoreApplication::translate(
                                        "CarriersJsonImporter",
                                        "The value must be an object with “carrier”, “acctsid” and “accttoken”.")});
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        const QString name =
            stringField(entry, QStringLiteral("carrier"),
                        QCoreApplication::translate("CarriersJsonImporter", "the carrier's name"), key, report);
        const QString sid =
            stringField(entry, QStringLiteral("acctsid"),
                        QCoreApplication::translate("CarriersJsonImporter",
                                                    "the Restcomm Account SID (AC + 32 hexadecimal digits)"),
                        key, report)
                .trimmed();
        const QByteArray token =
            stringField(entry, QStringLiteral("accttoken"),
                        QCoreApplication::translate("CarriersJsonImporter", "the Restcomm Auth Token of that account"),
                        key, report)
                .trimmed()
                .toUtf8();
        if (!sid.isEmpty()) {
            if (const QString problem = CarrierValidator::checkAccountSid(sid); !problem.isEmpty())
                report.problems.append({key, problem});
        }

        if (!name.isEmpty()) {
            const QString nameKey = name.trimmed().toLower();
            if (const auto same = namesUsed.constFind(nameKey); same != namesUsed.cend()) {
                if (same->accountSid != sid || same->token != token)
                    report.problems.append(
                        {key,
                         QCoreApplication::translate(
                             "CarriersJsonImporter",
                             "The carrier name “%1” is also used by “%2” with another Account SID or "
                             "token; give each carrier its own name.")
                             .arg(name, same->firstKey)});
            } else {
                namesUsed.insert(nameKey, {name, sid, token, key});
                if (const QString problem = CarrierValidator::checkName(name, existingNames); !problem.isEmpty())
                    report.problems.append({key, problem});
            }
        }
        qsizetype carrierIndex = -1;
        for (qsizetype i = 0; i < carriers.size(); ++i) {
            if (carriers.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                carrierIndex = i;
        }
        if (report.problems.size() != problemsBefore)
            continue;
        if (carrierIndex < 0) {
            carriers.append({name, sid, token, key});
            carrierIndex = carriers.size() - 1;
        }
        rules.append({key, region, carrierIndex});
    }
    if (!report.ok())
        return report;

    // Everything checked: write it in one transaction. The service's own checks run again inside
    // (a carrier could have been added by another program meanwhile).
    // Tokens first, before the store is locked: a keychain may wait for an unlock prompt, and
    // nobody else could write meanwhile. Then every row in one transaction.
    CarrierService &carrierService = m_session.carriers();
    QList<StagedSecret> tokens;
    const auto discardTokens = [&]() {
        for (const StagedSecret &token : std::as_const(tokens))
            m_session.vault().discard(token);
    };
    for (const PlannedCarrier &planned : std::as_const(carriers)) {
        auto staged = m_session.vault().stage(planned.token);
        if (!staged) {
            report.failureKind = staged.error().kind;
            report.problems.append({planned.firstKey, staged.errorMessage()});
            discardTokens();
            return report;
        }
        tokens.append(*staged);
    }
    {
        const RuleService::Batch batch(m_session.rules()); // one index rebuild, after the commit
        {
            auto tx = Transaction::begin(m_session.database());
            if (!tx) {
                report.failureKind = Error::Kind::Failed;
                report.problems.append({QString(), tx.errorMessage()});
            }
            for (qsizetype i = 0; report.ok() && i < carriers.size(); ++i) {
                PlannedCarrier &planned = carriers[i];
                Carrier carrier;
                carrier.name = planned.name;
                carrier.accountSid = planned.accountSid;
                carrier.notes =
                    QCoreApplication::translate("CarriersJsonImporter", "Imported from carriers.json (key “%1”).")
                        .arg(planned.firstKey);
                auto added = carrierService.addStaged(carrier, tokens[i]);
                if (!added) {
                    report.failureKind = added.error().kind;
                    report.problems.append({planned.firstKey, added.errorMessage()});
                    break;
                }
                planned.id = added->id;
            }
            if (report.ok()) {
                RuleList newRules;
                for (const PlannedRule &planned : rules) {
                    Rule rule;
                    rule.kind = Rule::Kind::Country;
                    rule.value = planned.region;
                    rule.carrierId = carriers.at(planned.carrier).id;
                    newRules.append(rule);
                }
                auto saved = m_session.rules().saveAll(newRules);
                if (!saved) {
                    report.failureKind = saved.error().kind;
                    report.problems.append({QString(), saved.errorMessage()});
                }
            }
            if (report.ok()) {
                if (auto committed = tx->commit(); !committed) {
                    report.failureKind = committed.error().kind;
                    report.problems.append({QString(), committed.errorMessage()});
                }
            }
        } // the transaction is over: committed, or rolled back
        if (report.ok() && !carriers.isEmpty())
            Q_EMIT carrierService.changed(); // inside the batch: the rule index still rebuilds once
    }

    if (!report.ok()) {
        discardTokens();
        report.carriersAdded = 0;
        return report;
    }
    report.carriersAdded = int(carriers.size());
    report.rulesAdded = int(rules.size());
    for (const PlannedRule &planned : rules) {
        const PlannedCarrier &carrier = carriers.at(planned.carrier);
        report.summary.append(QCoreApplication::translate("CarriersJsonImporter", "%1 → country %2: carrier “%3” (%4)")
                                  .arg(planned.key, planned.region, carrier.name, carrier.accountSid));
    }
    qCInfo(lcRouting) << "imported carriers.json:" << report.carriersAdded << "carriers," << report.rulesAdded
                      << "rules";
    return report;
}
