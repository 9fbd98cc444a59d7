// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
// Carrier field validation as a data table: every rule, with the message it gives.
#include "carriers/carriervalidator.h"
#include "testprogram.h"

#include <QTemporaryDir>
#include <QTest>

class TestCarrierValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sid");
        QTest::addColumn<QString>("url");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("inFlight");
        QTest::addColumn<QString>("expectedProblem"); // empty: valid

        const QString sid = QStringLiteral("AC0123456789abcdef0123456789ABCDEF");
        const QString url = QStringLiteral("https://cloud.restcomm.com/restcomm/2012-04-24");
        QTest::newRow("valid") << "UK" << sid << url << 10.0 << 6 << "";
        QTest::newRow("fractional rate") << "UK" << sid << url << 0.5 << 1 << "";
        QTest::newRow("max in flight 1000") << "UK" << sid << url << 10.0 << 1000 << "";
        QTest::newRow("empty name") << "" << sid << url << 10.0 << 6 << "Give the carrier a name";
        QTest::newRow("blank name") << "   " << sid << url << 10.0 << 6 << "Give the carrier a name";
        QTest::newRow("padded name") << " UK" << sid << url << 10.0 << 6 << "spaces at the start or end";
        QTest::newRow("duplicate name, other case") << "carrier b" << sid << url << 10.0 << 6 << "already exists";
        QTest::newRow("empty sid") << "UK"
                                   << "" << url << 10.0 << 6 << "Enter the Account SID";
        QTest::newRow("sid without AC") << "UK"
                                        << "XX0123456789abcdef0123456789abcdef" << url << 10.0 << 6
                                        << "starts with “AC”";
        QTest::newRow("sid too short") << "UK"
                                       << "AC0123" << url << 10.0 << 6 << "this one has 4 characters";
        QTest::newRow("sid not hex") << "UK"
                                     << "AC0123456789abcdef0123456789abcdeg" << url << 10.0 << 6
                                     << "32 hexadecimal digits";
        QTest::newRow("http to a remote host")
            << "UK" << sid << "http://restcomm.example.com/restcomm/2012-04-24" << 10.0 << 6 << "Use https://";
        QTest::newRow("http to 127.0.0.1")
            << "UK" << sid << "http://127.0.0.1:8080/restcomm/2012-04-24" << 10.0 << 6 << "";
        QTest::newRow("http to 127.8.9.10") << "UK" << sid << "http://127.8.9.10/x" << 10.0 << 6 << "";
        QTest::newRow("http to ::1") << "UK" << sid << "http://[::1]:9000/restcomm" << 10.0 << 6 << "";
        QTest::newRow("http to localhost") << "UK" << sid << "http://localhost:9000/restcomm" << 10.0 << 6 << "";
        QTest::newRow("http to localhost.evil.com")
            << "UK" << sid << "http://localhost.evil.com/" << 10.0 << 6 << "Use https://";
        QTest::newRow("http to 10.0.0.1") << "UK" << sid << "http://10.0.0.1/" << 10.0 << 6 << "Use https://";
        QTest::newRow("ftp") << "UK" << sid << "ftp://example.com/" << 10.0 << 6 << "must start with https://";
        QTest::newRow("no url") << "UK" << sid << "" << 10.0 << 6 << "Enter the base URL";
        QTest::newRow("not a url") << "UK" << sid << "cloud restcomm" << 10.0 << 6 << "not a valid address";
        QTest::newRow("url with query") << "UK" << sid << "https://example.com/r?x=1" << 10.0 << 6 << "Remove the";
        QTest::newRow("zero rate") << "UK" << sid << url << 0.0 << 6 << "rate above 0";
        QTest::newRow("negative rate") << "UK" << sid << url << -1.0 << 6 << "rate above 0";
        QTest::newRow("in flight 0") << "UK" << sid << url << 10.0 << 0 << "between 1 and 1000";
        QTest::newRow("in flight 1001") << "UK" << sid << url << 10.0 << 1001 << "between 1 and 1000";
    }

    void validate()
    {
        QFETCH(QString, name);
        QFETCH(QString, sid);
        QFETCH(QString, url);
        QFETCH(double, rate);
        QFETCH(int, inFlight);
        QFETCH(QString, expectedProblem);

        Carrier c;
        c.name = name;
        c.accountSid = sid;
        c.baseUrl = url;
        c.rateLimit = rate;
        c.maxInFlight = inFlight;
        const auto problems = CarrierValidator::validate(c, {QStringLiteral("Carrier B")});
        if (expectedProblem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(CarrierValidator::describe(problems)));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().message.contains(expectedProblem), qPrintable(problems.first().message));
        }
    }

    void caFile()
    {
        QTemporaryDir dir;
        QVERIFY(CarrierValidator::checkCaFile(QString()).isEmpty());
        QVERIFY(CarrierValidator::checkCaFile(dir.filePath(QStringLiteral("none.pem")))
                    .contains(QStringLiteral("does not exist")));
        const QString junk = dir.filePath(QStringLiteral("junk.pem"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a certificate\n");
        f.close();
        QVERIFY(CarrierValidator::checkCaFile(junk).contains(QStringLiteral("no PEM certificate")));
        const QString good = QStringLiteral(SMSROUTER_TEST_DATA "/tls/ca.pem");
        QVERIFY2(CarrierValidator::checkCaFile(good).isEmpty(), qPrintable(CarrierValidator::checkCaFile(good)));
    }

    void problemsAreReportedPerField()
    {
        Carrier c;
        c.name = QString();
        c.accountSid = QStringLiteral("bad");
        c.rateLimit = 0;
        const auto problems = CarrierValidator::validate(c, {});
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).field, FieldProblem::Field::Name);
        QCOMPARE(problems.at(1).field, FieldProblem::Field::AccountSid);
        QCOMPARE(problems.at(2).field, FieldProblem::Field::RateLimit);
        QCOMPARE(CarrierValidator::describe(problems).count(QLatin1Char('\n')), 2);
    }
};

SMSROUTER_TEST(TestCarrierValidator)
#include "testcarriervalidator.moc"
