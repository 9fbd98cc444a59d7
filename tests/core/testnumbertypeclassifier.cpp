// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phone/numbertypeclassifier.h"
#include "phone/phonemetadatamodel.h"
#include "testprogram.h"

#include <QRegularExpression>
#include <QTest>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <random>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using Type = ParsedNumber::Type;

namespace {

NumberDesc desc(const char *pattern, std::vector<int> lengths = {})
{
    NumberDesc d;
    d.pattern = QString::fromLatin1(pattern);
    d.lengths = std::move(lengths);
    return d;
}

/// GetNumberTypeHelper written out call by call, one regular expression per description.
bool matching(const QString &nsn, const NumberDesc &d)
{
    if (!d.allowsLength(nsn.size()) || d.pattern.isEmpty())
        return false;
    return QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(d.pattern)).match(nsn).hasMatch();
}

Type reference(const QString &nsn, const NumberTypeClassifier::Descs &d)
{
    if (!matching(nsn, d.general))
        return Type::Unknown;
    const std::pair<const NumberDesc *, Type> special[] = {{&d.premiumRate, Type::PremiumRate},
                                                           {&d.tollFree, Type::TollFree},
                                                           {&d.sharedCost, Type::SharedCost},
                                                           {&d.voip, Type::Voip},
                                                           {&d.personalNumber, Type::PersonalNumber},
                                                           {&d.pager, Type::Pager},
                                                           {&d.uan, Type::Uan},
                                                           {&d.voicemail, Type::Voicemail}};
    for (const auto &[desc, type] : special) {
        if (matching(nsn, *desc))
            return type;
    }
    if (matching(nsn, d.fixedLine)) {
        if (d.sameMobileAndFixedLinePattern || matching(nsn, d.mobile))
            return Type::FixedLineOrMobile;
        return Type::FixedLine;
    }
    if (!d.sameMobileAndFixedLinePattern && matching(nsn, d.mobile))
        return Type::Mobile;
    return Type::Unknown;
}

} // namespace

class TestNumberTypeClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libraryOrder_data();
    void libraryOrder();
    void agreesWithCallByCallForEveryRegion();
};

void TestNumberTypeClassifier::libraryOrder_data()
{
    QTest::addColumn<QString>("nsn");
    QTest::addColumn<bool>("same");
    QTest::addColumn<Type>("type");
    QTest::newRow("premium before toll free") << "9001234" << false << Type::PremiumRate;
    QTest::newRow("toll free") << "8001234" << false << Type::TollFree;
    QTest::newRow("fixed and mobile") << "5551234" << false << Type::FixedLineOrMobile;
    QTest::newRow("fixed only") << "4001234" << false << Type::FixedLine;
    QTest::newRow("mobile only") << "7001234" << false << Type::Mobile;
    QTest::newRow("same patterns: fixed is fixed or mobile") << "4001234" << true << Type::FixedLineOrMobile;
    QTest::newRow("same patterns: mobile pattern never tried") << "7001234" << true << Type::Unknown;
    QTest::newRow("voip length not possible") << "60012345" << false << Type::Unknown;
    QTest::newRow("general length not possible") << "40012345" << false << Type::Unknown;
    QTest::newRow("general pattern does not match") << "1001234" << false << Type::Unknown;
    QTest::newRow("pager with no numbers (-1)") << "3001234" << false << Type::Unknown;
}

void TestNumberTypeClassifier::libraryOrder()
{
    QFETCH(QString, nsn);
    QFETCH(bool, same);
    NumberTypeClassifier::Descs d;
    d.general = desc("[3-9]\\d{6,7}", {7, 8});
    d.premiumRate = desc("9\\d{6}");
    d.tollFree = desc("[89]\\d{6}"); // also matches premium numbers: premium is tested first
    d.voip = desc("6\\d{7}", {7}); // the pattern wants 8 digits, the lengths 7: never
    d.pager = desc("3\\d{6}", {-1});
    d.fixedLine = desc("[45]\\d{6}");
    d.mobile = desc("[57]\\d{6}");
    d.sameMobileAndFixedLinePattern = same;
    const NumberTypeClassifier classifier(d);
    QVERIFY(classifier.isValid());
    QTEST(classifier.classify(nsn), "type");
    QCOMPARE(classifier.classify(nsn), reference(nsn, d));
}

void TestNumberTypeClassifier::agreesWithCallByCallForEveryRegion()
{
    // Each region's example numbers of every type, their last digits changed and one digit
    // shorter and longer: the combined pattern answers as the eleven separate calls.
    QString why;
    const std::vector<RegionMetadata::Spec> specs = PhoneMetadataModel::librarySpecs(&why);
    QVERIFY2(!specs.empty(), qPrintable(why));
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    std::mt19937 random(11);
    std::uniform_int_distribution<int> digit(0, 9);
    int compared = 0;
    int known = 0;
    for (const RegionMetadata::Spec &spec : specs) {
        if (spec.id == QLatin1String("001"))
            continue;
        const NumberTypeClassifier classifier(spec.descs);
        QVERIFY2(classifier.isValid(), qPrintable(spec.id));
        for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE,
                                PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::SHARED_COST, PhoneNumberUtil::VOIP,
                                PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER, PhoneNumberUtil::UAN,
                                PhoneNumberUtil::VOICEMAIL}) {
            PhoneNumber example;
            if (!util.GetExampleNumberForType(spec.id.toStdString(), type, &example))
                continue;
            std::string nsn;
            util.GetNationalSignificantNumber(example, &nsn);
            const QString base = QString::fromStdString(nsn);
            QStringList subjects {base, base.chopped(1), QString(base + QLatin1Char('5'))};
            for (int m = 0; m < 4; ++m) {
                QString changed = base;
                for (int k = 1; k <= 1 + m % 3 && k < changed.size(); ++k)
                    changed[changed.size() - k] = QChar(u'0' + digit(random));
                subjects.append(changed);
            }
            for (const QString &subject : subjects) {
                const Type got = classifier.classify(subject);
                const Type expected = reference(subject, spec.descs);
                if (got != expected)
                    QFAIL(qPrintable(
                        QStringLiteral("%1 %2: %3, call by call %4")
                            .arg(spec.id, subject, ParsedNumber::typeName(got), ParsedNumber::typeName(expected))));
                ++compared;
                known += got != Type::Unknown ? 1 : 0;
            }
        }
    }
    QVERIFY(compared > 5000);
    QVERIFY(known * 2 > compared);
}

SMSROUTER_TEST(TestNumberTypeClassifier)
#include "testnumbertypeclassifier.moc"
