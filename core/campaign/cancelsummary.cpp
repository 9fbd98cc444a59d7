// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "cancelsummary.h"

#include <QLocale>

QString CancelSummary::text() const
{
    const QLocale c = QLocale::c();
    QString line = QStringLiteral("Cancelled campaign %1: %2 message(s) will not be sent.")
                       .arg(campaign.id)
                       .arg(c.toString(cancelled));
    QStringList unfinished;
    if (submitting > 0)
        unfinished.append(QStringLiteral("%1 being submitted").arg(c.toString(submitting)));
    if (unknown > 0)
        unfinished.append(QStringLiteral("%1 awaiting reconciliation").arg(c.toString(unknown)));
    if (!unfinished.isEmpty())
        line += QStringLiteral(" %1 finish on their own.").arg(unfinished.join(QStringLiteral(" and ")));
    if (sent > 0)
        line += QStringLiteral(" %1 were already sent; their delivery is still followed.").arg(c.toString(sent));
    return line;
}
