// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "phonenumberparser.h"

#include "common/logging.h"
#include "fastnumberparser.h"
#include "fastpathselfcheck.h"
#include "librarynumberparser.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QThread>

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <set>
#include <string>

using i18n::phonenumbers::PhoneNumberUtil;

namespace {

const std::string unknownRegion = "ZZ";

std::string normaliseRegion(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    return upper.isEmpty() ? unknownRegion : upper.toStdString();
}

/// The fast path, built once per process (on first use, from whichever thread gets there first).
/// Null when it cannot be trusted: every number then goes to libphonenumber, as before the fast
/// path existed. Its calling codes are compiled and checked against the library each the first
/// time a number needs it (FastNumberParser::setCallingCodeCheck), so start-up pays only for
/// decoding the metadata. SMSROUTER_PHONE_FASTPATH=0 turns it off.
const FastNumberParser *fastPath()
{
    static const std::unique_ptr<FastNumberParser> checked = []() -> std::unique_ptr<FastNumberParser> {
        if (qEnvironmentVariable("SMSROUTER_PHONE_FASTPATH") == QLatin1String("0")) {
            qCInfo(lcPhone) << "phone number fast path off (SMSROUTER_PHONE_FASTPATH=0); using libphonenumber only";
            return nullptr;
        }
        QElapsedTimer timer;
        timer.start();
        QString why;
        // One compiled copy of the patterns per thread that may parse at once (the import uses
        // every core), so the threads do not share QRegularExpression's per-pattern mutex.
        const int replicas = std::clamp(QThread::idealThreadCount(), 1, 4);
        std::unique_ptr<FastNumberParser> fast = FastNumberParser::fromLibrary(&why, replicas);
        if (fast) {
            const Status check = FastPathSelfCheck::checkStructure(*fast);
            if (!check) {
                why = QStringLiteral("self-check failed: %1").arg(check.errorMessage());
                fast.reset();
            }
        }
        if (!fast) {
            qCInfo(lcPhone).noquote() << "phone number fast path unavailable (" << why
                                      << "); using libphonenumber only";
            return nullptr;
        }
        fast->setCallingCodeCheck(&FastPathSelfCheck::checkCallingCode);
        qCInfo(lcPhone) << "phone number fast path on:" << fast->model().regions().size() << "regions decoded in"
                        << timer.elapsed() << "ms; each calling code is compiled and checked on first use";
        return fast;
    }();
    return checked.get();
}

} // namespace

struct PhoneNumberParser::Private
{
    std::string defaultRegion;
    const RegionMetadata *defaultMetadata = nullptr; ///< the fast path's view of defaultRegion
};

PhoneNumberParser::PhoneNumberParser(const QString &defaultRegion)
    : d(std::make_unique<Private>())
{
    d->defaultRegion = normaliseRegion(defaultRegion);
    if (const FastNumberParser *fast = fastPath())
        d->defaultMetadata = fast->region(QString::fromStdString(d->defaultRegion));
}

PhoneNumberParser::~PhoneNumberParser() = default;

PhoneNumberParser::PhoneNumberParser(const PhoneNumberParser &other)
    : d(std::make_unique<Private>(*other.d))
{ }

PhoneNumberParser &PhoneNumberParser::operator=(const PhoneNumberParser &other)
{
    if (this != &other)
        *d = *other.d;
    return *this;
}

QString PhoneNumberParser::defaultRegion() const
{
    return QString::fromStdString(d->defaultRegion);
}

ParsedNumber PhoneNumberParser::parse(const QString &input) const
{
    return parse(input, QString());
}

ParsedNumber PhoneNumberParser::parse(const QString &input, const QString &region) const
{
    const bool useDefault = QStringView(region).trimmed().isEmpty();
    if (const FastNumberParser *fast = fastPath()) {
        ParsedNumber out;
        const RegionMetadata *readIn = useDefault ? d->defaultMetadata : fast->region(region);
        if (fast->parse(input, readIn, &out) == FastNumberParser::Verdict::Accepted)
            return out;
    }
    return LibraryNumberParser::parse(input, useDefault ? d->defaultRegion : normaliseRegion(region));
}

bool PhoneNumberParser::isSupportedRegion(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    if (upper.size() != 2)
        return false;
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(upper.toStdString()) != 0;
}

QStringList PhoneNumberParser::supportedRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList list;
    list.reserve(qsizetype(regions.size()));
    for (const std::string &region : regions)
        list.append(QString::fromStdString(region));
    return list; // std::set is sorted already
}

int PhoneNumberParser::countryCodeForRegion(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    if (upper.size() != 2)
        return 0;
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(upper.toStdString());
}

bool PhoneNumberParser::needsRegion(const ParsedNumber &number, const QString &region)
{
    const QString known = region.trimmed().toUpper();
    if (number.valid || !(known.isEmpty() || known == QLatin1String("ZZ")))
        return false;
    const QString input = number.input.trimmed();
    return number.error == ParsedNumber::Error::InvalidCountryCode && !input.startsWith(QLatin1Char('+'))
        && !input.startsWith(QLatin1String("00"));
}

QString PhoneNumberParser::exampleNumber(const QString &region, ExampleStyle style)
{
    const QString upper = region.trimmed().toUpper();
    if (upper.size() != 2)
        return {};
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber example;
    if (!util->GetExampleNumberForType(upper.toStdString(), PhoneNumberUtil::MOBILE, &example))
        return {};
    std::string text;
    util->Format(example,
                 style == ExampleStyle::International ? PhoneNumberUtil::INTERNATIONAL : PhoneNumberUtil::NATIONAL,
                 &text);
    return QString::fromStdString(text);
}

QString PhoneNumberParser::describeRegion(const QString &region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return region;
    return QStringLiteral("%1 (%2)").arg(region, QLocale::territoryToString(territory));
}
