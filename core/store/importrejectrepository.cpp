// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "importrejectrepository.h"

#include "database.h"
#include "sql.h"

Result<ImportRejectList> ImportRejectRepository::list(qint64 campaignId, qint64 afterId, int limit) const
{
    auto query = sql::run(m_db.connection(),
                          QStringLiteral("SELECT id, campaign_id, line_number, raw_value, reason, detail FROM "
                                         "import_rejects WHERE campaign_id = :c AND id > :after ORDER BY id LIMIT "
                                         ":limit"),
                          {{"c", campaignId}, {"after", afterId}, {"limit", limit}});
    if (!query)
        return query.error();
    ImportRejectList rejects;
    while (query->next()) {
        ImportReject r;
        r.id = query->value(0).toLongLong();
        r.campaignId = query->value(1).toLongLong();
        r.line = query->value(2).toLongLong();
        r.raw = query->value(3).toString();
        r.reason = query->value(4).toString();
        r.detail = query->value(5).toString();
        rejects.append(r);
    }
    return rejects;
}

Result<QMap<QString, qint64>> ImportRejectRepository::countByReason(qint64 campaignId) const
{
    auto query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT reason, COUNT(*) FROM import_rejects WHERE campaign_id = :c GROUP BY reason"),
                 {{"c", campaignId}});
    if (!query)
        return query.error();
    QMap<QString, qint64> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toLongLong());
    return counts;
}
