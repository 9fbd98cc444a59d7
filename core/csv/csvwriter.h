// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "csvwriteroptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

/// Writes CSV exports (delivery log, rates, rejects) as UTF-8, buffered.
///
/// Fields are quoted only when they must be: when they hold the delimiter, a quote, CR or LF;
/// quotes inside are doubled.
///
/// Formula neutralising (on by default; OWASP "CSV Injection", exploit-db 42003/42044): a cell
/// that starts with = @ TAB or CR, or with + or - followed by anything but a plain number, gets a
/// leading apostrophe so Excel, LibreOffice and Google Sheets show it as text instead of running
/// it (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`, `-2+3+cmd|…`). A cell made only of digits, spaces
/// and . , ( ) - + / after the sign cannot call a function or reference a cell, so it is written
/// unchanged: E.164 numbers (+351912345678) and negative amounts (-0.0450) stay readable and
/// exact. Columns listed in CsvWriterOptions::verbatimColumns are never changed.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, CsvWriterOptions options = {});
    /// Flushes; call flush() first to see a write error.
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    /// Appends one row. After a write error every call returns that error.
    Status writeRow(const QStringList &fields);
    /// Writes the buffered rows to the device.
    Status flush();

    qint64 rowsWritten() const { return m_rows; }

    /// The text of one field as it is written: neutralised when needed, quoted when needed.
    QString formatField(const QString &field, qsizetype column) const;

    /// True when a spreadsheet could run `field` as a formula (see the class comment).
    static bool needsNeutralising(QStringView field);

private:
    QIODevice *m_device;
    CsvWriterOptions m_options;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_started = false;
    QString m_error;
};
