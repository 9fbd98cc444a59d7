// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "carrier.h"

#include <QList>
#include <QString>

/// One problem with one field of a carrier, worded so the form can show it under the field and
/// the CLI can print it as is.
struct FieldProblem
{
    enum class Field { Name, BaseUrl, AccountSid, Token, RateLimit, MaxInFlight, CaFile };
    Field field;
    QString message;
};

/// Checks a carrier's fields. Pure: it only reads the CA file, never the store, so the form can
/// call it on every key press. Name uniqueness is checked against the names it is given.
class CarrierValidator final
{
public:
    static constexpr int maxInFlightLimit = 1000;

    /// `otherNames`: names of the other carriers (not this one), for the uniqueness check.
    static QList<FieldProblem> validate(const Carrier &carrier, const QStringList &otherNames);

    static QString checkName(const QString &name, const QStringList &otherNames);
    static QString checkAccountSid(const QString &sid);
    static QString checkBaseUrl(const QString &url);
    static QString checkRateLimit(double rate);
    static QString checkMaxInFlight(int maxInFlight);
    static QString checkCaFile(const QString &path);

    /// True for 127.0.0.0/8, ::1 and localhost: the only hosts plain http:// may reach.
    static bool isLoopbackHost(const QString &host);

    /// All problems in one text, one per line, for the CLI and for error dialogs.
    static QString describe(const QList<FieldProblem> &problems);
};
