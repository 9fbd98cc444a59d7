// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

/// Maps what people call countries to ISO 3166 region codes: Qt's territory names ("United
/// Kingdom", "Côte d’Ivoire"), the codes themselves ("pt"), and common aliases ("uk", "usa",
/// "england", "uae", "holland", …). Case, accents, punctuation, "&"/"and" and "the" do not
/// matter. Only regions libphonenumber has a numbering plan for are known.
class CountryNames final
{
public:
    /// The region code ("GB") for a name, alias or code; empty when unknown.
    static QString codeFor(const QString &name);
    /// The known name closest to an unknown one ("portugall" → "portugal"), for "did you mean";
    /// empty when nothing is close.
    static QString suggestionFor(const QString &name);
    /// The form names are compared in: "Côte d’Ivoire" → "cote d ivoire".
    static QString normalise(const QString &name);

private:
    static const QHash<QString, QString> &table();
};
