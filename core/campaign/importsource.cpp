// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importsource.h"

#include "phonecolumn.h"

#include <QCoreApplication>
#include <QFileInfo>

Result<std::unique_ptr<ImportSource>> ImportSource::open(const QString &path, const CsvOptions &options)
{
    std::unique_ptr<ImportSource> source(new ImportSource);
    source->m_path = path;
    source->m_file.setFileName(path);
    if (QFileInfo(path).isDir())
        return Error::invalid(
            QCoreApplication::translate("ImportSource", "%1 is a folder, not a CSV file. Give the file's path.")
                .arg(path));
    if (!source->m_file.open(QIODevice::ReadOnly))
        return Error::invalid(QCoreApplication::translate(
                                  "ImportSource", "Cannot read %1: %2. Check the path and that you may read the file.")
                                  .arg(path, source->m_file.errorString()));
    source->m_reader = std::make_unique<CsvReader>(&source->m_file, options);
    auto sniff = source->m_reader->sniff();
    if (!sniff)
        return Error::invalid(QStringLiteral("%1: %2").arg(path, sniff.errorMessage()));
    source->m_sniff = *sniff;
    if (sniff->hasHeader) {
        source->m_columns = sniff->header;
    } else {
        qsizetype count = 0;
        for (const QStringList &row : std::as_const(sniff->preview))
            count = std::max(count, row.size());
        for (qsizetype i = 1; i <= count; ++i)
            source->m_columns.append(QString::number(i));
    }
    return source;
}

Result<int> ImportSource::phoneColumn(const QString &spec) const
{
    if (!spec.trimmed().isEmpty())
        return PhoneColumn::resolve(spec, m_columns);
    const int detected = PhoneColumn::detect(m_sniff.hasHeader ? m_columns : QStringList(), m_sniff.preview);
    if (detected >= 0)
        return detected;
    QStringList quoted;
    for (const QString &name : m_columns)
        quoted.append(QStringLiteral("“%1”").arg(name));
    return Error::invalid(
        QCoreApplication::translate("ImportSource",
                                    "Could not tell which column of %1 holds the phone numbers (columns: %2). Name "
                                    "it with --phone-column NAME, or give its number (1 for the first).")
            .arg(QFileInfo(m_path).fileName(), quoted.join(QStringLiteral(", "))));
}
