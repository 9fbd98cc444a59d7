// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "ratecardimporter.h"

#include "carriers/carrierservice.h"
#include "common/logging.h"
#include "ruleservice.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <optional>

namespace {

enum class Column { Prefix, Country, Carrier, Priority, Weight, Cost, Enabled, Count };

constexpr std::array<const char *, size_t(Column::Count)> columnNames {"prefix", "country", "carrier", "priority",
                                                                       "weight", "cost",    "enabled"};

std::optional<bool> parseYesNo(const QString &text)
{
    const QString t = text.toLower();
    if (t.isEmpty() || t == QLatin1String("yes") || t == QLatin1String("y") || t == QLatin1String("true")
        || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("n") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString ruleKey(const Rule &rule)
{
    return QStringLiteral("%1|%2|%3").arg(Rule::kindName(rule.kind), rule.value).arg(rule.carrierId);
}

} // namespace

ImportReport RateCardImporter::import(const QStringList &header, const QList<RateCardRow> &rows, qint64 headerLine)
{
    return run(header, rows, headerLine, true);
}

ImportReport RateCardImporter::check(const QStringList &header, const QList<RateCardRow> &rows, qint64 headerLine)
{
    return run(header, rows, headerLine, false);
}

ImportReport RateCardImporter::run(const QStringList &header, const QList<RateCardRow> &rows, qint64 headerLine,
                                   bool write)
{
    ImportReport report;
    const QString lineText = QCoreApplication::translate("RateCardImporter", "line %1"); // once, not per row
    const QString headerWhere = lineText.arg(headerLine);
    //: The column names stay in English: they are the file's headers.
    const QString expectedColumns =
        QCoreApplication::translate("RateCardImporter", "prefix or country, carrier, priority, weight, cost, enabled");

    auto headerProblem = [&](const QString &message) {
        report.problems.append({headerWhere, message, headerLine});
    };

    std::array<qsizetype, size_t(Column::Count)> at;
    at.fill(-1);
    for (qsizetype i = 0; i < header.size(); ++i) {
        QString name = header.at(i).trimmed().toLower();
        if (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1); // a byte-order mark the reader left on the first name
        const auto found = std::find_if(columnNames.cbegin(), columnNames.cend(),
                                        [&name](const char *known) { return name == QLatin1String(known); });
        if (found == columnNames.cend()) {
            headerProblem(
                QCoreApplication::translate("RateCardImporter", "“%1” is not a rate-card column; the columns are %2.")
                    .arg(header.at(i).trimmed(), expectedColumns));
            continue;
        }
        qsizetype &slot = at[size_t(found - columnNames.cbegin())];
        if (slot >= 0)
            headerProblem(QCoreApplication::translate("RateCardImporter", "The column “%1” appears twice.").arg(name));
        slot = i;
    }
    auto has = [&at](Column c) {
        return at[size_t(c)] >= 0;
    };
    if (!has(Column::Prefix) && !has(Column::Country))
        headerProblem(QCoreApplication::translate("RateCardImporter",
                                                  "A rate card needs a “prefix” or a “country” column (or "
                                                  "both); the columns are %1.")
                          .arg(expectedColumns));
    if (!has(Column::Carrier))
        headerProblem(QCoreApplication::translate("RateCardImporter", "A rate card needs a “carrier” column."));
    if (!has(Column::Cost))
        headerProblem(
            QCoreApplication::translate("RateCardImporter", "A rate card needs a “cost” column (price per segment)."));
    if (!report.ok())
        return report;

    auto carriers = m_carriers.list();
    auto existingRules = m_rules.list();
    if (!carriers || !existingRules) {
        const Error error = !carriers ? carriers.error() : existingRules.error();
        report.failureKind = error.kind;
        report.problems.append({QString(), error.message});
        return report;
    }
    QHash<QString, qint64> carrierByName;
    QHash<QString, qint64> carrierByLowerName;
    for (const Carrier &c : *carriers) {
        carrierByName.insert(c.name, c.id);
        carrierByLowerName.insert(c.name.toLower(), c.id);
    }
    QHash<QString, Rule> existing;
    for (const Rule &rule : *existingRules)
        existing.insert(ruleKey(rule), rule);

    QHash<QString, qint64> lineOfRule;
    RuleList toSave;
    for (const RateCardRow &row : rows) {
        const QString where = lineText.arg(row.line);
        if (std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue; // a blank line
        if (row.fields.size() != header.size()) {
            report.problems.append({where,
                                    QCoreApplication::translate("RateCardImporter",
                                                                "%n field(s), but the header has %1; check for a "
                                                                "missing or extra delimiter.",
                                                                nullptr, int(row.fields.size()))
                                        .arg(header.size()),
                                    row.line});
            continue;
        }
        auto field = [&](Column c) {
            return has(c) ? row.fields.at(at[size_t(c)]).trimmed() : QString();
        };
        const qsizetype problemsBefore = report.problems.size();
        auto problem = [&](const QString &message) {
            if (!message.isEmpty())
                report.problems.append({where, message, row.line});
        };

        Rule rule;
        const QString prefix = field(Column::Prefix);
        const QString country = field(Column::Country);
        if (prefix.isEmpty() && country.isEmpty()) {
            problem(QCoreApplication::translate("RateCardImporter",
                                                "Give a prefix or a country (or * for the default rule)."));
        } else if (!prefix.isEmpty() && !country.isEmpty()) {
            problem(QCoreApplication::translate("RateCardImporter",
                                                "Give either a prefix (%1) or a country (%2), not both.")
                        .arg(prefix, country));
        } else if (prefix == QLatin1String("*") || country == QLatin1String("*")) {
            rule.kind = Rule::Kind::Default;
        } else {
            rule.kind = prefix.isEmpty() ? Rule::Kind::Country : Rule::Kind::Prefix;
            rule.value = RuleValidator::normaliseValue(rule.kind, prefix.isEmpty() ? country : prefix);
            problem(RuleValidator::checkValue(rule.kind, rule.value));
        }

        const QString carrierName = field(Column::Carrier);
        rule.carrierId = carrierByName.value(carrierName, carrierByLowerName.value(carrierName.toLower()));
        if (carrierName.isEmpty())
            problem(QCoreApplication::translate("RateCardImporter", "Give the carrier's name."));
        else if (rule.carrierId == 0)
            problem(QCoreApplication::translate("RateCardImporter",
                                                "There is no carrier named “%1”; add it first or correct the name.")
                        .arg(carrierName));

        auto whole = [&](Column c, const char *what, int *out) {
            const QString text = field(c);
            if (text.isEmpty())
                return; // default
            bool ok = false;
            *out = text.toInt(&ok);
            if (!ok) {
                //: %1 is the column's name in the file (priority or weight), which stays in English.
                problem(QCoreApplication::translate("RateCardImporter", "The %1 “%2” is not a whole number.")
                            .arg(QLatin1String(what), text));
                *out = 1;
            }
        };
        whole(Column::Priority, "priority", &rule.priority);
        problem(RuleValidator::checkPriority(rule.priority));
        whole(Column::Weight, "weight", &rule.weight);
        problem(RuleValidator::checkWeight(rule.weight));

        const QString costText = field(Column::Cost);
        if (costText.isEmpty()) {
            problem(QCoreApplication::translate("RateCardImporter", "Give the cost per segment (e.g. 0.021)."));
        } else {
            QString why;
            rule.costMicros = RuleValidator::parseCost(costText, &why).value_or(0);
            problem(why);
            problem(RuleValidator::checkCost(rule.costMicros));
        }
        const auto enabled = parseYesNo(field(Column::Enabled));
        if (!enabled)
            problem(QCoreApplication::translate("RateCardImporter", "“enabled” is “%1”; write yes or no.")
                        .arg(field(Column::Enabled)));
        rule.enabled = enabled.value_or(true);
        if (report.problems.size() != problemsBefore)
            continue;

        const QString key = ruleKey(rule);
        if (const auto earlier = lineOfRule.constFind(key); earlier != lineOfRule.cend()) {
            problem(QCoreApplication::translate("RateCardImporter",
                                                "The same rule as line %1 (%2, carrier “%3”); keep one of them.")
                        .arg(QString::number(*earlier), rule.matchText(), carrierName));
            continue;
        }
        lineOfRule.insert(key, row.line);
        if (const auto same = existing.constFind(key); same != existing.cend()) {
            if (same->priority == rule.priority && same->weight == rule.weight && same->costMicros == rule.costMicros
                && same->enabled == rule.enabled) {
                ++report.rulesUnchanged;
                continue;
            }
            rule.id = same->id;
            ++report.rulesUpdated;
        } else {
            ++report.rulesAdded;
        }
        toSave.append(rule);
    }
    if (!report.ok()) {
        report.rulesAdded = report.rulesUpdated = report.rulesUnchanged = 0;
        return report;
    }
    report.summary.append(QCoreApplication::translate("RateCardImporter", "%n rule(s) added, %1 updated, %2 unchanged.",
                                                      nullptr, report.rulesAdded)
                              .arg(report.rulesUpdated)
                              .arg(report.rulesUnchanged));
    if (!write || toSave.isEmpty())
        return report;

    auto saved = m_rules.saveAll(toSave);
    if (!saved) {
        report.failureKind = saved.error().kind;
        report.problems.append({QString(), saved.errorMessage()});
        report.rulesAdded = report.rulesUpdated = report.rulesUnchanged = 0;
        report.summary.clear();
        return report;
    }
    qCInfo(lcRouting) << "rate card imported:" << report.summary.constFirst();
    return report;
}
