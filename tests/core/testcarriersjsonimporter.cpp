// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "carriers/carrierservice.h"
#include "routing/carriersjsonimporter.h"
#include "routing/ruleservice.h"
#include "secrets/credentialstore.h"
#include "secrets/credentialvault.h"
#include "tempstore.h"
#include "testprogram.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {

QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(SMSROUTER_TEST_DATA "/routing/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

/// A keychain that accepts `writesLeft` writes and then fails, like a keyring that locks mid-way.
class FlakyKeychain final : public CredentialStore
{
public:
    explicit FlakyKeychain(int writesLeft)
        : m_writesLeft(writesLeft)
    { }
    QString backendName() const override { return QStringLiteral("keychain"); }
    Status write(const QString &key, const QByteArray &secret) override
    {
        if (m_writesLeft-- <= 0)
            return Error::failed(QStringLiteral("The keyring is locked."));
        entries.insert(key, secret);
        return {};
    }
    Result<QByteArray> read(const QString &key) override { return entries.value(key); }
    Status remove(const QString &key) override
    {
        entries.remove(key);
        return {};
    }

    QHash<QString, QByteArray> entries;

private:
    int m_writesLeft;
};

QStringList problemTexts(const ImportReport &report)
{
    QStringList texts;
    for (const ImportProblem &p : report.problems)
        texts.append(p.text());
    return texts;
}

} // namespace

class TestCarriersJsonImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTheTutorialFile();
    void sharedCarrierNameIsOneCarrier();
    void badFileListsEveryProblemAndChangesNothing();
    void refusesMalformedInput_data();
    void refusesMalformedInput();
    void failureHalfWayLeavesNothingBehind();
};

void TestCarriersJsonImporter::importsTheTutorialFile()
{
    TempStore store;
    auto session = store.openSession(SecretBackend::Keychain);
    QSignalSpy carriersChanged(&session->carriers(), &CarrierService::changed);
    QSignalSpy rulesChanged(&session->rules(), &RuleService::changed);

    const ImportReport report = CarriersJsonImporter(*session).import(testData(QStringLiteral("carriers-good.json")));
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QVERIFY(report.status());
    QCOMPARE(report.carriersAdded, 3);
    QCOMPARE(report.rulesAdded, 3);
    QCOMPARE(report.summary.size(), 3);
    QVERIFY(report.summary.contains(
        QStringLiteral("uk → country GB: carrier “carrier2” (AC22222222222222222222222222222222)")));
    QCOMPARE(carriersChanged.count(), 1);
    QCOMPARE(rulesChanged.count(), 1);

    const CarrierList carriers = *session->carriers().list();
    QCOMPARE(carriers.size(), 3);
    QCOMPARE(store.keychain().entries().size(), 3);
    for (const Carrier &c : carriers) {
        QCOMPARE(CredentialVault::backendOf(c.secretRef), QStringLiteral("keychain"));
        QCOMPARE(*session->carriers().token(c), QByteArray("token-for-") + c.name.toUtf8());
    }

    const RuleList rules = *session->rules().list();
    QCOMPARE(rules.size(), 3);
    QStringList matches;
    for (const Rule &r : rules)
        matches.append(r.matchText() + QStringLiteral(" → ") + session->carriers().findById(r.carrierId)->name);
    QCOMPARE(matches,
             (QStringList {QStringLiteral("country DE → carrier3"), QStringLiteral("country GB → carrier2"),
                           QStringLiteral("country PT → carrier1")}));

    QCOMPARE(session->rules().explain(QStringLiteral("+351912345678")).decision.carrierName(),
             QStringLiteral("carrier1"));
    // The GB/GG trap: a country rule for the UK does not cover Guernsey.
    QVERIFY(!session->rules().explain(QStringLiteral("+447911123456")).decision.routed());

    // Importing the same file again clashes with the carriers it created, and changes nothing.
    const ImportReport again = CarriersJsonImporter(*session).import(testData(QStringLiteral("carriers-good.json")));
    QCOMPARE(again.problems.size(), 3);
    QCOMPARE(session->carriers().list()->size(), 3);
}

void TestCarriersJsonImporter::sharedCarrierNameIsOneCarrier()
{
    TempStore store;
    auto session = store.openSession(SecretBackend::Database);
    const QByteArray json = R"({"portugal": {"carrier": "Iberia", "acctsid": "AC11111111111111111111111111111111",
                                             "accttoken": "t1"},
                               "Espa\u00f1a": {"carrier": "iberia", "acctsid": "AC11111111111111111111111111111111",
                                             "accttoken": "t1"}})";
    const ImportReport report = CarriersJsonImporter(*session).import(json);
    QVERIFY2(report.ok(), qPrintable(report.describe()));
    QCOMPARE(report.carriersAdded, 1);
    QCOMPARE(report.rulesAdded, 2);
    QCOMPARE(session->carriers().list()->size(), 1);
    QCOMPARE(session->rules().list()->size(), 2);
}

void TestCarriersJsonImporter::badFileListsEveryProblemAndChangesNothing()
{
    TempStore store;
    auto session = store.openSession(SecretBackend::Keychain);
    Carrier existing;
    existing.name = QStringLiteral("Existing");
    existing.accountSid = testAccountSid(9);
    QVERIFY(session->carriers().add(existing, "existing-token"));
    const auto carriersBefore = *session->carriers().list();
    const auto keychainBefore = store.keychain().entries();
    QSignalSpy carriersChanged(&session->carriers(), &CarrierService::changed);

    const ImportReport report = CarriersJsonImporter(*session).import(testData(QStringLiteral("carriers-bad.json")));
    QVERIFY(!report.ok());
    QCOMPARE(report.failureKind, Error::Kind::Invalid);
    QCOMPARE(report.status().error().kind, Error::Kind::Invalid);
    const QStringList problems = problemTexts(report);
    const QStringList expectedStarts {
        QStringLiteral("france: A carrier named “Existing” already exists"),
        QStringLiteral("germany: “accttoken” is missing"),
        QStringLiteral("italy: The value must be an object"),
        QStringLiteral("narnia: “narnia” is not a country this program knows;"),
        QStringLiteral("portugall: “portugall” is not a country this program knows (did you mean “portugal”?)"),
        QStringLiteral("spain: The carrier name “carrier3” is also used by “germany”"),
        QStringLiteral("uk: An Account SID starts with “AC”"),
        QStringLiteral("united kingdom: “united kingdom” is GB (United Kingdom), like “uk”"),
    };
    QCOMPARE(problems.size(), expectedStarts.size());
    for (qsizetype i = 0; i < problems.size(); ++i)
        QVERIFY2(problems.at(i).startsWith(expectedStarts.at(i)), qPrintable(problems.at(i)));
    QCOMPARE(report.describe().count(QLatin1Char('\n')), expectedStarts.size() - 1);

    QCOMPARE(*session->carriers().list(), carriersBefore);
    QVERIFY(session->rules().list()->isEmpty());
    QCOMPARE(store.keychain().entries(), keychainBefore);
    QCOMPARE(carriersChanged.count(), 0);
}

void TestCarriersJsonImporter::refusesMalformedInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing comma") << testData(QStringLiteral("carriers-malformed.json")) << "line 5, column";
    QTest::newRow("array") << QByteArray("[1, 2]") << "The file must be one JSON object";
    QTest::newRow("empty object") << QByteArray("{}") << "holds no carriers";
    QTest::newRow("empty file") << QByteArray() << "line 1, column 1: this is not valid JSON";
    QTest::newRow("number as name") << QByteArray(
        R"({"pt": {"carrier": 7, "acctsid": "AC11111111111111111111111111111111",
                                                          "accttoken": "x"}})")
                                    << "pt: “carrier” must be a string";
}

void TestCarriersJsonImporter::refusesMalformedInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    TempStore store;
    auto session = store.openSession(SecretBackend::Keychain);
    const ImportReport report = CarriersJsonImporter(*session).import(json);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.problems.constFirst().text().startsWith(problem) || report.describe().contains(problem),
             qPrintable(report.describe()));
    QVERIFY(session->carriers().list()->isEmpty());
    QVERIFY(store.keychain().entries().isEmpty());
}

void TestCarriersJsonImporter::failureHalfWayLeavesNothingBehind()
{
    TempStore store;
    FlakyKeychain keychain(2); // the third token cannot be written
    SessionOptions options;
    options.storePath = store.path();
    options.secretBackendOverride = SecretBackend::Keychain;
    options.keychain = &keychain;
    options.userSettingsFile = store.filePath(QStringLiteral("user.ini"));
    auto session = Session::open(options);
    QVERIFY(session);

    const ImportReport report = CarriersJsonImporter(**session).import(testData(QStringLiteral("carriers-good.json")));
    QVERIFY(!report.ok());
    QCOMPARE(report.failureKind, Error::Kind::Failed);
    QCOMPARE(report.problems.size(), 1);
    QVERIFY2(report.describe().contains(QStringLiteral("The keyring is locked.")), qPrintable(report.describe()));
    QVERIFY((*session)->carriers().list()->isEmpty());
    QVERIFY((*session)->rules().list()->isEmpty());
    QVERIFY(keychain.entries.isEmpty()); // the two tokens already written were removed again
    QCOMPARE((*session)->rules().index()->ruleCount(), 0);
}

SMSROUTER_TEST(TestCarriersJsonImporter)
#include "testcarriersjsonimporter.moc"
