// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "cancelsummary.h"

#include <QCoreApplication>

QString CancelSummary::text() const
{
    QString line =
        QCoreApplication::translate("CancelSummary", "Cancelled campaign %1: %n message(s) will not be sent.", nullptr,
                                    int(cancelled))
            .arg(campaign.id);
    QStringList unfinished;
    if (submitting > 0)
        unfinished.append(QCoreApplication::translate("CancelSummary", "%n being submitted", nullptr, int(submitting)));
    if (unknown > 0)
        unfinished.append(
            QCoreApplication::translate("CancelSummary", "%n awaiting reconciliation", nullptr, int(unknown)));
    if (!unfinished.isEmpty())
        line += QCoreApplication::translate("CancelSummary", " Finishing on their own: %1.")
                    .arg(unfinished.join(QCoreApplication::translate("CancelSummary", " and ")));
    if (sent > 0)
        line += QCoreApplication::translate("CancelSummary", " %n were already sent; their delivery is still followed.",
                                            nullptr, int(sent));
    return line;
}
