// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "displaytext.h"

#include "campaign/importreject.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace displaytext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("displaytext", text);
}

} // namespace

QString count(qint64 n)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(n);
}

int plural(qint64 n)
{
    return int(std::clamp<qint64>(n, INT_MIN, INT_MAX));
}

QString relativeTime(qint64 ms, qint64 nowMs)
{
    if (ms <= 0)
        return {};
    const qint64 delta = nowMs - ms;
    constexpr qint64 minute = 60'000;
    constexpr qint64 hour = 60 * minute;
    if (delta >= 0 && delta < minute)
        return tr("%1 s ago").arg(delta / 1000);
    if (delta >= 0 && delta < hour)
        return tr("%1 min ago").arg(delta / minute);
    if (delta >= 0 && delta < 24 * hour)
        return tr("%1 h ago").arg(delta / hour);
    if (delta < 0 && -delta < hour)
        return tr("in %1 min").arg(std::max<qint64>(1, (-delta + minute - 1) / minute));
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (delta < 0) {
        // Later today or tomorrow reads better as a time of day than as "in 22 h 7 min".
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date();
        if (local.date() == today)
            return tr("today %1").arg(local.toString(QStringLiteral("HH:mm")));
        if (local.date() == today.addDays(1))
            return tr("tomorrow %1").arg(local.toString(QStringLiteral("HH:mm")));
    }
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString exactTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (") + local.timeZoneAbbreviation()
        + QLatin1Char(')');
}

QString shortTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QDate today = QDate::currentDate();
    if (local.date() == today)
        return local.toString(QStringLiteral("HH:mm"));
    if (local.date().year() == today.year())
        return QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString duration(std::chrono::seconds seconds)
{
    const qint64 s = std::max<qint64>(0, seconds.count());
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg((s + 30) / 60);
    if (s < 86400) {
        const qint64 minutes = (s + 30) / 60;
        return minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60) : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    const qint64 hours = (s + 1800) / 3600;
    return hours % 24 == 0 ? tr("%1 d").arg(hours / 24) : tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString rejectReason(const QString &key, int maxSegments)
{
    if (key == rejectreason::invalidNumber)
        return tr("Not a valid phone number");
    if (key == rejectreason::duplicate)
        return tr("Duplicate (the number is earlier in the file)");
    if (key == rejectreason::optedOut)
        return tr("Opted out");
    if (key == rejectreason::unroutable)
        return tr("No route (no rule matches the number)");
    if (key == rejectreason::emptyBody)
        return tr("Empty message");
    if (key == rejectreason::tooLong)
        return tr("Too long (more than %1 segments)").arg(maxSegments);
    return tr("CSV problem: %1").arg(QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')));
}

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

} // namespace displaytext
