// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "money.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace money {

std::optional<qint64> parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12})(?:[.,](\\d{0,6}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(1).toLongLong();
    QString fraction = match.captured(2);
    fraction = fraction.leftJustified(6, QLatin1Char('0'));
    return whole * microsPerUnit + fraction.toLongLong();
}

QString format(qint64 micros, int decimals)
{
    decimals = std::clamp(decimals, 0, 6);
    const bool negative = micros < 0;
    qint64 value = negative ? -micros : micros;
    // Round half up to the wanted number of decimals.
    qint64 step = 1;
    for (int i = decimals; i < 6; ++i)
        step *= 10;
    value = (value + step / 2) / step * step;
    const qint64 whole = value / microsPerUnit;
    QString text = QString::number(whole);
    if (decimals > 0) {
        const QString fraction = QStringLiteral("%1").arg(value % microsPerUnit, 6, 10, QLatin1Char('0'));
        text += QLatin1Char('.') + fraction.left(decimals);
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString formatWithUnit(qint64 micros, const QString &currency, int decimals)
{
    return format(micros, decimals) + QLatin1Char(' ') + currency;
}

QString displayWithUnit(qint64 micros, const QString &currency, int decimals)
{
    // format() rounds; only the separators change here.
    const QString plain = format(micros < 0 ? -micros : micros, decimals);
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    const QLocale locale;
    QString text = locale.toString(plain.left(point < 0 ? plain.size() : point).toLongLong());
    if (point >= 0)
        text += locale.decimalPoint() + plain.mid(point + 1);
    if (micros < 0)
        text.prepend(locale.negativeSign());
    return text + QLatin1Char(' ') + currency;
}

} // namespace money
