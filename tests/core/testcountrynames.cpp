// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "routing/countrynames.h"
#include "testprogram.h"

#include <QTest>

class TestCountryNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeFor_data();
    void codeFor();
    void suggestion_data();
    void suggestion();
};

void TestCountryNames::codeFor_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    // The tutorial's keys.
    QTest::newRow("portugal") << "portugal"
                              << "PT";
    QTest::newRow("uk") << "uk"
                        << "GB";
    QTest::newRow("germany") << "germany"
                             << "DE";
    // Qt territory names, in any case, with accents, punctuation and "the".
    QTest::newRow("United Kingdom") << "United Kingdom"
                                    << "GB";
    QTest::newRow("upper case") << "GERMANY"
                                << "DE";
    QTest::newRow("spaces around") << "  united   states "
                                   << "US";
    QTest::newRow("accents") << "Côte d’Ivoire"
                             << "CI";
    QTest::newRow("plain apostrophe") << "cote d'ivoire"
                                      << "CI";
    QTest::newRow("curacao with cedilla") << "Curaçao"
                                          << "CW";
    QTest::newRow("and for &") << "Bosnia & Herzegovina"
                               << "BA";
    QTest::newRow("with the") << "The Netherlands"
                              << "NL";
    QTest::newRow("st for saint") << "St Lucia"
                                  << "LC";
    QTest::newRow("the inside") << "Saint Vincent and the Grenadines"
                                << "VC";
    QTest::newRow("guernsey") << "guernsey"
                              << "GG";
    QTest::newRow("isle of man") << "Isle of Man"
                                 << "IM";
    QTest::newRow("jamaica") << "jamaica"
                             << "JM";
    // Aliases.
    QTest::newRow("usa") << "USA"
                         << "US";
    QTest::newRow("u.s.a.") << "U.S.A."
                            << "US";
    QTest::newRow("america") << "america"
                             << "US";
    QTest::newRow("great britain") << "Great Britain"
                                   << "GB";
    QTest::newRow("england") << "england"
                             << "GB";
    QTest::newRow("uae") << "UAE"
                         << "AE";
    QTest::newRow("holland") << "holland"
                             << "NL";
    QTest::newRow("deutschland") << "Deutschland"
                                 << "DE";
    QTest::newRow("españa") << "España"
                            << "ES";
    // Codes.
    QTest::newRow("code") << "pt"
                          << "PT";
    QTest::newRow("code upper") << "GG"
                                << "GG";
    // Unknown.
    QTest::newRow("no plan: antarctica") << "Antarctica"
                                         << "";
    QTest::newRow("not a territory: europe") << "Europe"
                                             << "";
    QTest::newRow("gibberish") << "narnia"
                               << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCountryNames::codeFor()
{
    QFETCH(QString, name);
    QTEST(CountryNames::codeFor(name), "code");
}

void TestCountryNames::suggestion_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("one typo") << "portugall"
                              << "portugal";
    QTest::newRow("two typos") << "germny"
                               << "germany";
    QTest::newRow("far away") << "narnia"
                              << "";
    QTest::newRow("too short") << "zz"
                               << "";
}

void TestCountryNames::suggestion()
{
    QFETCH(QString, name);
    QTEST(CountryNames::suggestionFor(name), "suggestion");
}

SMSROUTER_TEST(TestCountryNames)
#include "testcountrynames.moc"
