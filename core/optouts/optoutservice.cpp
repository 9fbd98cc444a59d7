// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "optoutservice.h"

#include "campaign/importsource.h"
#include "campaign/phonecolumn.h"
#include "common/logging.h"
#include "dispatch/dispatcherlease.h"
#include "optoutimporter.h"
#include "phone/phonenumberparser.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/optoutrepository.h"

#include <QCoreApplication>
#include <QFileInfo>

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

    OptOutImporter::Request request;
    request.phoneColumn = *column;
    request.reasonColumn = reasonColumn;
    request.region = region;
    request.defaultReason =
        QCoreApplication::translate("OptOutService", "imported from %1").arg(QFileInfo(path).fileName());
    request.sourceFile = QFileInfo(path).fileName();
    const PhoneNumberParser parser(m_settings.defaultRegion());
    OptOutImporter::Limits limits;
    limits.sliceMaxRows = m_sliceMaxRows;
    limits.sliceMaxTime = m_sliceMaxTime;
    OptOutImporter importer(m_db, m_clock, limits);
    auto report = importer.run(**source, parser, request, keepGoing);
    if (!report)
        return report.error();
    report->phoneColumnName = (*source)->columns().value(*column);
    if (report->added > 0)
        Q_EMIT changed();
    return report;
}

void OptOutService::setImportSlice(qint64 maxRows, std::chrono::milliseconds maxTime)
{
    m_sliceMaxRows = std::max<qint64>(1, maxRows);
    m_sliceMaxTime = maxTime;
}

Result<int> OptOutService::removeAbandonedImports()
{
    auto unfinished = OptOutRepository(m_db).unfinishedImports();
    if (!unfinished)
        return unfinished.error();
    const qint64 now = m_clock.nowMs();
    const QString host = DispatcherLease::thisHost();
    const qint64 staleMs = std::chrono::milliseconds(importStaleAfter).count();
    int removed = 0;
    for (const OptOutRepository::UnfinishedImport &import : std::as_const(*unfinished)) {
        const bool deadHere = import.host == host && !DispatcherLease::processAlive(import.pid);
        const bool silent = now - import.heartbeatAt > staleMs;
        if (!deadHere && !silent)
            continue;
        qCWarning(lcStore) << "removing the abandoned opt-out import" << import.id << "by pid" << import.pid << "on"
                           << import.host;
        if (auto gone = OptOutImporter::removeImport(m_db, import.id); !gone)
            return gone.error();
        ++removed;
    }
    if (removed > 0)
        Q_EMIT changed();
    return removed;
}
