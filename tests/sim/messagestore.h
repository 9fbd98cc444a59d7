// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "faultconfig.h"
#include "simmessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

/// Every accepted message, in arrival order, with its status derived lazily from the sim clock:
/// sending until sent_after_ms, then sent (or failed), then delivered/undelivered at
/// final_after_ms (never, when final_after_ms is negative).
class MessageStore final
{
public:
    struct Status
    {
        QString name;
        int errorCode = 0; ///< 0: no error fields in the JSON
        QString errorMessage;
        qint64 sentAtMs = -1; ///< -1: not sent (no date_sent)
        qint64 updatedAtMs = 0; ///< time of the last transition (date_updated)
    };

    SimMessage &add(SimMessage message);
    const SimMessage *find(const QString &sid) const { return m_bySid.value(sid); }
    /// Messages of the given accounts, in arrival order.
    QList<const SimMessage *> forAccounts(const QSet<QString> &accountSids) const;
    qsizetype size() const { return static_cast<qsizetype>(m_messages.size()); }

    static Status statusOf(const SimMessage &message, const FaultConfig &config, qint64 nowMs);
    /// The §2.3 record. \a utcOffsetS is the "server time zone" used for the dates.
    static QJsonObject toJson(const SimMessage &message, const Status &status, int utcOffsetS);
    /// The POST reply: the record with status "sending" (built without QJsonObject; it is the hot path).
    static QByteArray acceptedJson(const SimMessage &message, int utcOffsetS);

    /// "Thu, 19 Nov 2015 07:21:24 -0500" (Java "EEE, d MMM yyyy HH:mm:ss Z", Locale.US).
    static QString rfc2822(qint64 ms, int utcOffsetS);
    /// "2015-11-19T07:21:24.000-05:00" (Joda DateTime.toString()).
    static QString iso8601(qint64 ms, int utcOffsetS);
    static QString uriOf(const SimMessage &message);

private:
    std::vector<std::unique_ptr<SimMessage>> m_messages;
    QHash<QString, SimMessage *> m_bySid;
    QHash<QString, QList<const SimMessage *>> m_byAccount; ///< arrival order per account
};
