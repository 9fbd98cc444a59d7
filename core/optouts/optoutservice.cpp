// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "optoutservice.h"

#include "campaign/importsource.h"
#include "campaign/phonecolumn.h"
#include "phone/phonenumberparser.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/optoutrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

OptOutService::OptOutService(Database &db, Settings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_clock(clock)
{ }

Result<QString> OptOutService::normalise(const QString &number, const QString &region) const
{
    if (!region.isEmpty() && !PhoneNumberParser::isSupportedRegion(region))
        return Error::invalid(
            QCoreApplication::translate("OptOutService",
                                        "“%1” is not a region with phone numbers; use a two-letter ISO 3166 code "
                                        "such as GB, PT or US.")
                .arg(region));
    const ParsedNumber parsed = PhoneNumberParser(m_settings.defaultRegion()).parse(number.trimmed(), region);
    if (!parsed.valid)
        return Error::invalid(parsed.errorMessage);
    return parsed.e164;
}

Result<OptOutService::Change> OptOutService::add(const QString &number, const QString &reason, const QString &region)
{
    auto e164 = normalise(number, region);
    if (!e164)
        return e164.error();
    OptOutRepository repository(m_db);
    const OptOut optOut = OptOut::make(*e164, reason.trimmed(), m_clock.nowMs());
    auto added = repository.add(optOut);
    if (!added)
        return added.error();
    if (!*added) {
        auto existing = repository.find(*e164);
        if (!existing)
            return existing.error();
        return Change {existing->value_or(optOut), false};
    }
    Q_EMIT changed();
    return Change {optOut, true};
}

Result<OptOut> OptOutService::remove(const QString &number, const QString &region)
{
    auto e164 = normalise(number, region);
    if (!e164)
        return e164.error();
    OptOutRepository repository(m_db);
    auto existing = repository.find(*e164);
    if (!existing)
        return existing.error();
    if (!*existing)
        return Error::notFound(
            QCoreApplication::translate("OptOutService", "%1 is not opted out; nothing to remove.").arg(*e164));
    auto removed = repository.remove(*e164);
    if (!removed)
        return removed.error();
    Q_EMIT changed();
    return **existing;
}

Result<OptOutList> OptOutService::list() const
{
    return OptOutRepository(m_db).list();
}

Result<QString> OptOutService::version() const
{
    return OptOutRepository(m_db).version();
}

Result<bool> OptOutService::contains(const QString &number, const QString &region) const
{
    auto e164 = normalise(number, region);
    if (!e164)
        return e164.error();
    return OptOutRepository(m_db).contains(*e164);
}

Result<OptOutImportReport> OptOutService::importFile(const QString &path, const CsvOptions &options,
                                                     const QString &phoneColumn, const QString &region,
                                                     const KeepGoing &keepGoing)
{
    if (!region.isEmpty() && !PhoneNumberParser::isSupportedRegion(region))
        return Error::invalid(
            QCoreApplication::translate("OptOutService",
                                        "“%1” is not a region with phone numbers; use a two-letter ISO 3166 code "
                                        "such as GB, PT or US.")
                .arg(region));
    auto source = ImportSource::open(path, options);
    if (!source)
        return source.error();
    auto column = (*source)->phoneColumn(phoneColumn);
    if (!column && (*source)->columns().size() == 1)
        column = 0; // a plain list of numbers, one a line
    if (!column)
        return column.error();
    int reasonColumn = -1;
    if ((*source)->sniff().hasHeader) {
        const QStringList &columns = (*source)->columns();
        for (int i = 0; i < columns.size() && reasonColumn < 0; ++i) {
            const QString name = PhoneColumn::normalise(columns.at(i));
            if (name == QLatin1String("reason") || name == QLatin1String("motivo"))
                reasonColumn = i;
        }
    }

    OptOutImportReport report;
    report.phoneColumnName = (*source)->columns().value(*column);
    const QString defaultReason =
        QCoreApplication::translate("OptOutService", "imported from %1").arg(QFileInfo(path).fileName());
    const PhoneNumberParser parser(m_settings.defaultRegion());
    const qint64 now = m_clock.nowMs();
    OptOutRepository::Adder adder(m_db);
    QSet<QString> inFile;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    CsvRecord record;
    constexpr qint64 askEvery = 4096;
    while ((*source)->reader().next(record)) {
        ++report.rows;
        if (keepGoing && report.rows % askEvery == 0 && !keepGoing((*source)->reader().bytesRead(), (*source)->size()))
            return Error::failed(
                QCoreApplication::translate("OptOutService", "The import was cancelled; nothing was imported."));
        if (!record.ok()) {
            report.invalid.append({record.line, record.raw, record.error});
            continue;
        }
        const QString raw = record.fields.value(*column);
        const ParsedNumber number = parser.parse(PhoneColumn::firstValue(raw).trimmed(), region);
        if (!number.valid) {
            report.invalid.append({record.line, raw, number.errorMessage});
            continue;
        }
        if (inFile.contains(number.e164)) {
            ++report.alreadyPresent;
            continue;
        }
        inFile.insert(number.e164);
        const QString reason = reasonColumn >= 0 ? record.fields.value(reasonColumn).trimmed() : QString();
        auto added =
            adder.add(OptOut::make(number.e164, reason.isEmpty() ? defaultReason : reason, now, OptOut::sourceImport));
        if (!added)
            return added.error();
        if (*added)
            ++report.added;
        else
            ++report.alreadyPresent;
    }
    // Asked once more at the end: a Cancel pressed during the last rows must still keep nothing.
    if (keepGoing && !keepGoing((*source)->reader().bytesRead(), (*source)->size()))
        return Error::failed(
            QCoreApplication::translate("OptOutService", "The import was cancelled; nothing was imported."));
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    if (report.added > 0)
        Q_EMIT changed();
    return report;
}
