// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "csvarguments.h"

#include "command.h"
#include "phone/phonenumberparser.h"

#include <QCoreApplication>

namespace csvarguments {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("phone-column"),
                      QCoreApplication::translate("CsvArguments",
                                                  "The column holding the numbers: its header name or its number (1 "
                                                  "for the first). Default: detected from the header (phone, mobile, "
                                                  "msisdn, telemóvel, …) or the content."),
                      QStringLiteral("NAME|N")});
    parser.addOption({QStringLiteral("region"),
                      QCoreApplication::translate("CsvArguments",
                                                  "Read numbers without +country in this region (else the store's "
                                                  "default region)."),
                      QStringLiteral("ISO2")});
    parser.addOption({QStringLiteral("delimiter"),
                      QCoreApplication::translate("CsvArguments",
                                                  "Field separator: one character, or tab, comma, semicolon, pipe. "
                                                  "Default: detected."),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("encoding"),
                      QCoreApplication::translate("CsvArguments",
                                                  "The file's encoding (UTF-8, UTF-16LE, windows-1252, ISO-8859-1, "
                                                  "…). Default: detected (byte-order mark, UTF-16 pattern, UTF-8, "
                                                  "else windows-1252)."),
                      QStringLiteral("NAME")});
}

Result<CsvOptions> csvOptions(const CommandContext &context)
{
    CsvOptions options;
    if (context.isSet(QStringLiteral("delimiter"))) {
        const QString value = context.value(QStringLiteral("delimiter"));
        const QString word = value.trimmed().toLower();
        if (word == QLatin1String("tab") || value == QLatin1String("\\t") || value == QLatin1String("\t"))
            options.delimiter = QLatin1Char('\t');
        else if (word == QLatin1String("comma"))
            options.delimiter = QLatin1Char(',');
        else if (word == QLatin1String("semicolon"))
            options.delimiter = QLatin1Char(';');
        else if (word == QLatin1String("pipe"))
            options.delimiter = QLatin1Char('|');
        else if (value.size() == 1 && value != QLatin1String("\"") && value != QLatin1String("\n")
                 && value != QLatin1String("\r"))
            options.delimiter = value.at(0);
        else
            return Error::invalid(QCoreApplication::translate("CsvArguments",
                                                              "--delimiter “%1” is not a field separator; give one "
                                                              "character (, ; |) or the word tab.")
                                      .arg(value));
    }
    if (context.isSet(QStringLiteral("encoding"))) {
        options.encoding = context.value(QStringLiteral("encoding")).trimmed();
        if (options.encoding.isEmpty())
            return Error::invalid(
                QCoreApplication::translate("CsvArguments", "--encoding needs a name such as UTF-8 or windows-1252."));
    }
    return options;
}

Result<QString> region(const CommandContext &context)
{
    if (!context.isSet(QStringLiteral("region")))
        return QString();
    const QString region = context.value(QStringLiteral("region")).trimmed().toUpper();
    if (!PhoneNumberParser::isSupportedRegion(region))
        return Error::invalid(QCoreApplication::translate("CsvArguments",
                                                          "--region “%1” is not a region with phone numbers; use a "
                                                          "two-letter ISO 3166 code such as GB, PT or US.")
                                  .arg(context.value(QStringLiteral("region"))));
    return region;
}

} // namespace csvarguments
