// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phone/phonemetadatamodel.h"
#include "testprogram.h"

#include <QTest>

#include <phonenumbers/phonenumberutil.h>

#include <set>

using i18n::phonenumbers::PhoneNumberUtil;

class TestPhoneMetadataModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void regionsAsTheLibraryHasThem();
    void sharedCallingCodesInLibraryOrder_data();
    void sharedCallingCodesInLibraryOrder();
    void nonGeographicCodes();
    void extractCountryCode_data();
    void extractCountryCode();
    void undecodableMetadataIsRefused();

private:
    std::unique_ptr<PhoneMetadataModel> m_model;
};

void TestPhoneMetadataModel::initTestCase()
{
    QString why;
    m_model = PhoneMetadataModel::fromLibrary(&why);
    QVERIFY2(m_model, qPrintable(why));
}

void TestPhoneMetadataModel::regionsAsTheLibraryHasThem()
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::set<std::string> library;
    util.GetSupportedRegions(&library);
    QCOMPARE(m_model->regions().size(), library.size());
    for (const std::string &code : library) {
        const RegionMetadata *region = m_model->region(QString::fromStdString(code));
        QVERIFY2(region, code.c_str());
        QCOMPARE(region->countryCode(), util.GetCountryCodeForRegion(code));
        std::string main;
        util.GetRegionCodeForCountryCode(region->countryCode(), &main);
        QCOMPARE(m_model->mainRegion(region->countryCode())->code(), QString::fromStdString(main));
    }
    QVERIFY(!m_model->region(u"ZZ"));
    QVERIFY(!m_model->region(u"gb")); // the model takes codes as the library spells them
    QVERIFY(!m_model->region(u"GBR"));
}

void TestPhoneMetadataModel::sharedCallingCodesInLibraryOrder_data()
{
    QTest::addColumn<int>("countryCode");
    QTest::addColumn<QStringList>("first");
    QTest::newRow("44") << 44
                        << QStringList {QStringLiteral("GB"), QStringLiteral("GG"), QStringLiteral("IM"),
                                        QStringLiteral("JE")};
    QTest::newRow("7") << 7 << QStringList {QStringLiteral("RU"), QStringLiteral("KZ")};
    QTest::newRow("1 starts with US") << 1 << QStringList {QStringLiteral("US"), QStringLiteral("AG")};
    QTest::newRow("39") << 39 << QStringList {QStringLiteral("IT"), QStringLiteral("VA")};
    QTest::newRow("351") << 351 << QStringList {QStringLiteral("PT")};
}

void TestPhoneMetadataModel::sharedCallingCodesInLibraryOrder()
{
    QFETCH(int, countryCode);
    QFETCH(QStringList, first);
    const std::vector<const RegionMetadata *> &regions = m_model->regionsForCountryCode(countryCode);
    QVERIFY(regions.size() >= std::size_t(first.size()));
    for (qsizetype i = 0; i < first.size(); ++i)
        QCOMPARE(regions[std::size_t(i)]->code(), first.at(i));
    QCOMPARE(m_model->mainRegion(countryCode)->code(), first.first());
}

void TestPhoneMetadataModel::nonGeographicCodes()
{
    for (int code : {800, 808, 870, 878, 881, 882, 883, 888, 979}) {
        QVERIFY2(m_model->isNonGeographic(code), qPrintable(QString::number(code)));
        QVERIFY(m_model->regionsForCountryCode(code).empty());
        QVERIFY(!m_model->mainRegion(code));
    }
    QVERIFY(!m_model->isNonGeographic(44));
    QVERIFY(m_model->regionsForCountryCode(0).empty());
    QVERIFY(m_model->regionsForCountryCode(1000).empty());
}

void TestPhoneMetadataModel::extractCountryCode_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("length");
    QTest::newRow("1") << "16502530000" << 1 << 1;
    QTest::newRow("44") << "447911123456" << 44 << 2;
    QTest::newRow("351") << "351912345678" << 351 << 3;
    QTest::newRow("non-geographic 800") << "80012345678" << 800 << 3;
    QTest::newRow("leading zero") << "044123" << 0 << 0;
    QTest::newRow("none of 9, 99, 999") << "999123" << 0 << 0;
    QTest::newRow("shorter than three digits") << "42" << 0 << 0;
}

void TestPhoneMetadataModel::extractCountryCode()
{
    QFETCH(QString, digits);
    qsizetype length = 0;
    QTEST(m_model->extractCountryCode(digits, &length), "code");
    QTEST(int(length), "length");
}

void TestPhoneMetadataModel::undecodableMetadataIsRefused()
{
    QString why;
    const char garbage[] = "\xff\xff\xff\xff not a protobuf";
    QVERIFY(!PhoneMetadataModel::fromSerialized(garbage, int(sizeof garbage), &why));
    QVERIFY(!why.isEmpty());
    why.clear();
    QVERIFY(!PhoneMetadataModel::fromSerialized(nullptr, 0, &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!PhoneMetadataModel({}, &why).isValid());
}

SMSROUTER_TEST(TestPhoneMetadataModel)
#include "testphonemetadatamodel.moc"
