// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriervalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrl>

QList<FieldProblem> CarrierValidator::validate(const Carrier &carrier, const QStringList &otherNames)
{
    QList<FieldProblem> problems;
    auto add = [&problems](FieldProblem::Field field, const QString &message) {
        if (!message.isEmpty())
            problems.append({field, message});
    };
    add(FieldProblem::Field::Name, checkName(carrier.name, otherNames));
    add(FieldProblem::Field::BaseUrl, checkBaseUrl(carrier.baseUrl));
    add(FieldProblem::Field::AccountSid, checkAccountSid(carrier.accountSid));
    add(FieldProblem::Field::RateLimit, checkRateLimit(carrier.rateLimit));
    add(FieldProblem::Field::MaxInFlight, checkMaxInFlight(carrier.maxInFlight));
    add(FieldProblem::Field::CaFile, checkCaFile(carrier.caFile));
    return problems;
}

QString CarrierValidator::checkName(const QString &name, const QStringList &otherNames)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("CarrierValidator", "Give the carrier a name.");
    if (trimmed != name)
        return QCoreApplication::translate("CarrierValidator", "Remove the spaces at the start or end of the name.");
    if (trimmed.size() > 100)
        return QCoreApplication::translate("CarrierValidator", "Use a name of at most 100 characters.");
    for (const QString &other : otherNames) {
        if (other.compare(trimmed, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("CarrierValidator",
                                               "A carrier named “%1” already exists; choose another name.")
                .arg(other);
    }
    return {};
}

QString CarrierValidator::checkAccountSid(const QString &sid)
{
    static const QRegularExpression pattern(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
    if (sid.isEmpty())
        return QCoreApplication::translate("CarrierValidator",
                                           "Enter the Account SID: “AC” followed by 32 hexadecimal digits.");
    if (!sid.startsWith(QLatin1String("AC")))
        return QCoreApplication::translate("CarrierValidator",
                                           "An Account SID starts with “AC”; copy it from the Restcomm console.");
    // Computed first: Qt 6.4's lupdate loops on an expression in translate()'s count.
    const int afterAc = int(sid.size()) - 2;
    if (!pattern.match(sid).hasMatch())
        return QCoreApplication::translate(
            "CarrierValidator",
            "An Account SID is “AC” followed by 32 hexadecimal digits (0–9, a–f); this one has "
            "%n character(s) after “AC”.",
            nullptr, afterAc);
    return {};
}

bool CarrierValidator::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString CarrierValidator::checkBaseUrl(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("CarrierValidator", "Enter the base URL, for example %1.")
            .arg(Carrier::defaultBaseUrl);
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("CarrierValidator",
                                           "The base URL is not a valid address; it should look like %1.")
            .arg(Carrier::defaultBaseUrl);
    if (!url.query().isEmpty() || !url.fragment().isEmpty())
        return QCoreApplication::translate("CarrierValidator", "Remove the “?…” or “#…” part from the base URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate(
            "CarrierValidator",
            "Use https:// — plain http:// would send the token unencrypted, so it is only allowed "
            "to this computer (127.0.0.1, ::1, localhost).");
    }
    return QCoreApplication::translate("CarrierValidator", "The base URL must start with https://.");
}

QString CarrierValidator::checkRateLimit(double rate)
{
    if (!(rate > 0.0))
        return QCoreApplication::translate(
            "CarrierValidator", "Set a rate above 0 messages per second (fractions such as 0.5 are allowed).");
    if (rate > 100000.0)
        return QCoreApplication::translate(
            "CarrierValidator",
            "A rate above 100,000 messages per second is not a real limit; enter the carrier's "
            "agreed rate.");
    return {};
}

QString CarrierValidator::checkMaxInFlight(int maxInFlight)
{
    if (maxInFlight < 1 || maxInFlight > maxInFlightLimit)
        return QCoreApplication::translate("CarrierValidator", "Allow between 1 and %1 requests in flight.")
            .arg(maxInFlightLimit);
    return {};
}

QString CarrierValidator::checkCaFile(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate(
                   "CarrierValidator",
                   "The CA file %1 does not exist; choose the PEM file your carrier gave you, or leave the "
                   "field empty.")
            .arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("CarrierValidator", "The CA file %1 cannot be read (%2).")
            .arg(path, file.errorString());
    if (QSslCertificate::fromData(file.readAll(), QSsl::Pem).isEmpty())
        return QCoreApplication::translate("CarrierValidator",
                                           "The CA file %1 holds no PEM certificate (“-----BEGIN CERTIFICATE-----”).")
            .arg(path);
    return {};
}

QString CarrierValidator::describe(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &problem : problems)
        lines.append(problem.message);
    return lines.join(QLatin1Char('\n'));
}
