// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {

constexpr qsizetype flushThreshold = 64 * 1024;

/// Only digits and number punctuation: nothing a spreadsheet can call or reference.
bool isPlainNumber(QStringView text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u' ' && c != u'.' && c != u',' && c != u'(' && c != u')' && c != u'-' && c != u'+' && c != u'/')
            return false;
    }
    return digit;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvWriterOptions options)
    : m_device(device)
    , m_options(std::move(options))
{ }

CsvWriter::~CsvWriter()
{
    (void)flush();
}

bool CsvWriter::needsNeutralising(QStringView field)
{
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r' || first == u'\n')
        return true;
    if (first == u'+' || first == u'-')
        return field.size() > 1 && !isPlainNumber(field.sliced(1)); // a lone sign is text
    return false;
}

QString CsvWriter::formatField(const QString &field, qsizetype column) const
{
    QString text = field;
    if (m_options.neutraliseFormulas && !m_options.verbatimColumns.contains(int(column)) && needsNeutralising(field))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(m_options.delimiter) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QString(QLatin1Char('"') + text + QLatin1Char('"'));
}

Status CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_error.isEmpty())
        return Error::failed(m_error);
    if (!m_started) {
        m_started = true;
        if (m_options.utf8Bom)
            m_buffer.append("\xEF\xBB\xBF");
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(m_options.delimiter);
        line.append(formatField(fields[i], i));
    }
    line.append(m_options.lineEnding == CsvWriterOptions::LineEnding::CrLf ? QLatin1String("\r\n")
                                                                           : QLatin1String("\n"));
    m_buffer.append(line.toUtf8());
    ++m_rows;
    if (m_buffer.size() >= flushThreshold)
        return flush();
    return {};
}

Status CsvWriter::flush()
{
    if (!m_error.isEmpty())
        return Error::failed(m_error);
    if (m_buffer.isEmpty())
        return {};
    const qint64 written = m_device ? m_device->write(m_buffer) : -1;
    if (written != m_buffer.size()) {
        m_error =
            QCoreApplication::translate(
                "CsvWriter",
                "Could not write the CSV file: %1. Check the free disk space and that the folder "
                "may be written to, then export again.")
                .arg(m_device ? m_device->errorString() : QCoreApplication::translate("CsvWriter", "no file is open"));
        return Error::failed(m_error);
    }
    m_buffer.clear();
    return {};
}
