// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

/// A number that must not receive messages (`optouts`).
struct OptOut
{
    QString e164; ///< "+351912345678"
    QString reason;
    qint64 addedAt = 0; ///< ms since the epoch
    /// Who put it there: `manual` (a person), `import` (a file) or `reply` (a STOP reply). Only a
    /// `reply` opt-out is taken back by a START reply.
    QString source = sourceManual;
    std::optional<qint64> campaignId {}; ///< the campaign a STOP reply answered

    static inline const QString sourceManual = QStringLiteral("manual");
    static inline const QString sourceImport = QStringLiteral("import");
    static inline const QString sourceReply = QStringLiteral("reply");

    /// A person's (or a file's) opt-out: the fields every source has.
    static OptOut make(const QString &e164, const QString &reason, qint64 addedAt, const QString &source = sourceManual)
    {
        OptOut o;
        o.e164 = e164;
        o.reason = reason;
        o.addedAt = addedAt;
        o.source = source;
        return o;
    }

    bool operator==(const OptOut &) const = default;
};

using OptOutList = QList<OptOut>;
