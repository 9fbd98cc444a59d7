// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "ratecardfile.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "ratecardexporter.h"
#include "ratecardimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace {

/// The reader's messages begin "Line 7 has …"; the report already says "line 7: ", so the
/// sentence goes on as "This line has …" rather than naming the line twice. A message that does
/// not begin with the (translated) lead is kept whole.
QString withoutLineNumber(const QString &message, qint64 line)
{
    //: How the CSV reader's messages begin (“Line %1 has …”), with the space after the number.
    const QString lead = QCoreApplication::translate("RateCardFile", "Line %1 ").arg(line);
    if (message.startsWith(lead))
        //: Replaces “Line 7 ” at the start of the CSV reader's messages.
        return QString(QCoreApplication::translate("RateCardFile", "This line ") + message.mid(lead.size()));
    return message;
}

} // namespace

Result<RateCardFile::Contents> RateCardFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(
            QCoreApplication::translate("RateCardFile", "Cannot read %1: %2.").arg(path, file.errorString()));
    return read(&file);
}

Result<RateCardFile::Contents> RateCardFile::read(QIODevice *device)
{
    CsvOptions options;
    options.hasHeader = true; // a rate card without column names cannot be read
    CsvReader reader(device, options);
    const Result<CsvSniff> sniff = reader.sniff();
    if (!sniff)
        return sniff.error();

    Contents contents;
    contents.header = sniff->header;
    CsvRecord record;
    while (reader.next(record)) {
        if (record.ok())
            contents.rows.append({record.line, record.fields});
        else
            contents.rejects.append({QCoreApplication::translate("RateCardFile", "line %1").arg(record.line),
                                     withoutLineNumber(record.error, record.line), record.line});
    }
    return contents;
}

Status RateCardFile::write(const RateCardTable &table, const QString &path, const CsvWriterOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failed(
            QCoreApplication::translate("RateCardFile", "Cannot write %1: %2. Choose a folder you can write to.")
                .arg(path, file.errorString()));
    if (Status written = write(table, &file, options); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error::failed(
            QCoreApplication::translate("RateCardFile",
                                        "Cannot write %1: %2. Check the free space and the folder's permissions.")
                .arg(path, file.errorString()));
    return {};
}

Status RateCardFile::write(const RateCardTable &table, QIODevice *device, const CsvWriterOptions &options)
{
    CsvWriter writer(device, options);
    if (Status header = writer.writeRow(table.header); !header)
        return header;
    for (const QStringList &row : table.rows) {
        if (Status written = writer.writeRow(row); !written)
            return written;
    }
    return writer.flush();
}

ImportReport RateCardFile::import(const QString &path, CarrierService &carriers, RuleService &rules)
{
    const Result<Contents> contents = read(path);
    if (!contents) {
        ImportReport report;
        report.failureKind = contents.error().kind == Error::Kind::Failed ? Error::Kind::Failed : Error::Kind::Invalid;
        report.problems.append({QString(), contents.errorMessage()});
        return report;
    }
    RateCardImporter importer(carriers, rules);
    if (contents->rejects.isEmpty())
        return importer.import(contents->header, contents->rows, contents->headerLine);

    // Check the lines that did parse as well, so one pass over the card shows every problem.
    ImportReport report = importer.check(contents->header, contents->rows, contents->headerLine);
    report.problems.append(contents->rejects);
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    report.rulesAdded = report.rulesUpdated = report.rulesUnchanged = 0;
    report.summary.clear();
    // A store failure while checking stays a failure; otherwise the card itself is wrong.
    if (report.failureKind != Error::Kind::Failed)
        report.failureKind = Error::Kind::Invalid;
    return report;
}

Result<qsizetype> RateCardFile::exportTo(const QString &path, CarrierService &carriers, RuleService &rules)
{
    const Result<RateCardTable> table = RateCardExporter(carriers, rules).exportTable();
    if (!table)
        return table.error();
    if (Status written = write(*table, path); !written)
        return written.error();
    return table->rows.size();
}
