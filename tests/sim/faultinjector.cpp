// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "faultinjector.h"

FaultInjector::FaultInjector(quint64 seed)
    : m_faults(seed)
    , m_sids(seed ^ 0x9e3779b97f4a7c15ULL)
{ }

double FaultInjector::uniform()
{
    // 53 random bits → [0,1): the same sequence on every platform, unlike uniform_real_distribution.
    return static_cast<double>(m_faults() >> 11) * 0x1.0p-53;
}

FaultInjector::Fault FaultInjector::drawFault(const FaultConfig &config)
{
    double r = uniform();
    if ((r -= config.errorRate) < 0)
        return Fault::Error;
    if ((r -= config.throttleRate) < 0)
        return Fault::Throttle;
    if ((r -= config.hangRate) < 0)
        return Fault::Hang;
    if ((r -= config.resetRate) < 0)
        return Fault::Reset;
    return Fault::None;
}

SimMessage::Outcome FaultInjector::drawOutcome(const FaultConfig &config)
{
    double r = uniform();
    if ((r -= config.undeliveredRate) < 0)
        return SimMessage::Outcome::Undelivered;
    if ((r -= config.failedRate) < 0)
        return SimMessage::Outcome::Failed;
    return SimMessage::Outcome::Delivered;
}

QString FaultInjector::newSid(const char *prefix)
{
    static const char digits[] = "0123456789abcdef";
    QString sid = QString::fromLatin1(prefix);
    sid.reserve(34);
    for (int half = 0; half < 2; ++half) {
        quint64 bits = m_sids();
        for (int i = 0; i < 16; ++i, bits >>= 4)
            sid.append(QLatin1Char(digits[bits & 0xf]));
    }
    return sid;
}

bool FaultInjector::overRateLimit(const QString &accountSid, int perSecond, qint64 nowMs)
{
    if (perSecond <= 0)
        return false;
    std::deque<qint64> &window = m_windows[accountSid];
    while (!window.empty() && window.front() <= nowMs - 1000)
        window.pop_front();
    if (window.size() >= static_cast<size_t>(perSecond))
        return true;
    window.push_back(nowMs);
    return false;
}
