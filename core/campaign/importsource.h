// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "csv/csvoptions.h"
#include "csv/csvreader.h"
#include "csv/csvsniff.h"

#include <QFile>
#include <QStringList>

#include <memory>

/// A recipient file opened for an import (or an opt-out import, or the wizard's preview): the
/// file, its CsvReader, what sniffing decided, and its column names.
class ImportSource final
{
public:
    /// Opens and sniffs the file. Error::invalid, naming the file and the fix, when it cannot
    /// be read, is not text, or names an unknown encoding.
    static Result<std::unique_ptr<ImportSource>> open(const QString &path, const CsvOptions &options);

    const CsvSniff &sniff() const { return m_sniff; }
    /// Header names (trimmed), or "1", "2", … when the file has no header row.
    const QStringList &columns() const { return m_columns; }
    CsvReader &reader() { return *m_reader; }
    qint64 size() const { return m_file.size(); }
    const QString &path() const { return m_path; }

    /// The phone column: the one `spec` names (PhoneColumn::resolve), or the detected one when
    /// `spec` is empty. Error::invalid, listing the columns, when there is none.
    Result<int> phoneColumn(const QString &spec) const;

private:
    ImportSource() = default;

    QString m_path;
    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    CsvSniff m_sniff;
    QStringList m_columns;
};
