// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "countrynames.h"

#include "phone/phonenumberparser.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace {

// Names people use that Qt's territory list does not have, the tutorial's "uk" first.
constexpr std::pair<const char *, const char *> aliases[] = {
    {"uk", "GB"},
    {"u k", "GB"},
    {"great britain", "GB"},
    {"britain", "GB"},
    {"england", "GB"},
    {"scotland", "GB"},
    {"wales", "GB"},
    {"northern ireland", "GB"},
    {"united kingdom of great britain and northern ireland", "GB"},
    {"usa", "US"},
    {"u s a", "US"},
    {"u s", "US"},
    {"america", "US"},
    {"united states of america", "US"},
    {"uae", "AE"},
    {"emirates", "AE"},
    {"russian federation", "RU"},
    {"korea", "KR"},
    {"republic of korea", "KR"},
    {"dprk", "KP"},
    {"czech republic", "CZ"},
    {"holland", "NL"},
    {"nederland", "NL"},
    {"cote d ivoire", "CI"},
    {"vatican", "VA"},
    {"holy see", "VA"},
    {"macau", "MO"},
    {"burma", "MM"},
    {"swaziland", "SZ"},
    {"cabo verde", "CV"},
    {"east timor", "TL"},
    {"drc", "CD"},
    {"dr congo", "CD"},
    {"democratic republic of congo", "CD"},
    {"republic of congo", "CG"},
    {"congo", "CG"},
    {"turkiye", "TR"},
    {"north macedonia", "MK"},
    {"brunei darussalam", "BN"},
    {"viet nam", "VN"},
    {"lao pdr", "LA"},
    {"palestine", "PS"},
    {"state of palestine", "PS"},
    {"hong kong sar", "HK"},
    {"macao sar", "MO"},
    {"falklands", "FK"},
    {"bosnia", "BA"},
    {"trinidad", "TT"},
    {"antigua", "AG"},
    {"deutschland", "DE"},
    {"espana", "ES"},
    {"italia", "IT"},
    {"brasil", "BR"},
    {"schweiz", "CH"},
    {"suisse", "CH"},
    {"osterreich", "AT"},
    {"polska", "PL"},
    {"sverige", "SE"},
    {"norge", "NO"},
    {"danmark", "DK"},
    {"suomi", "FI"},
    {"eire", "IE"},
    {"hellas", "GR"},
};

int distance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] =
                std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

} // namespace

QString CountryNames::normalise(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString flat;
    flat.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed "ô"
        if (c == QLatin1Char('&'))
            flat += QStringLiteral(" and ");
        else if (c.isLetterOrNumber())
            flat += c;
        else
            flat += QLatin1Char(' ');
    }
    QStringList words = flat.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeAll(QStringLiteral("the"));
    for (QString &word : words) {
        if (word == QLatin1String("st"))
            word = QStringLiteral("saint");
    }
    return words.join(QLatin1Char(' '));
}

const QHash<QString, QString> &CountryNames::table()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (!PhoneNumberParser::isSupportedRegion(code))
                continue; // Antarctica, "World", "Europe", … have no numbering plan
            map.insert(normalise(QLocale::territoryToString(territory)), code);
            map.insert(code.toLower(), code);
        }
        for (const auto &[alias, code] : aliases)
            map.insert(QString::fromLatin1(alias), QString::fromLatin1(code));
        return map;
    }();
    return names;
}

QString CountryNames::codeFor(const QString &name)
{
    return table().value(normalise(name));
}

QString CountryNames::suggestionFor(const QString &name)
{
    const QString wanted = normalise(name);
    if (wanted.size() < 4)
        return {};
    QString best;
    int bestDistance = 3; // at most two typos
    for (auto it = table().cbegin(); it != table().cend(); ++it) {
        if (it.key().size() < 4)
            continue;
        const int d = distance(wanted, it.key());
        if (d < bestDistance || (d == bestDistance && !best.isEmpty() && it.key() < best)) {
            bestDistance = d;
            best = it.key();
        }
    }
    return best;
}
