// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "campaign/importreject.h"
#include "common/result.h"

#include <QMap>

class Database;

/// The `import_rejects` table: rows of a CSV file an import left out, with the reason. Rows are
/// written by the import's BulkInserter; this class reads them back.
class ImportRejectRepository final
{
public:
    explicit ImportRejectRepository(Database &db)
        : m_db(db)
    { }

    /// In file order; keyset paging: rows with an id above `afterId`, at most `limit`.
    Result<ImportRejectList> list(qint64 campaignId, qint64 afterId = 0, int limit = 10000) const;
    /// reason → count.
    Result<QMap<QString, qint64>> countByReason(qint64 campaignId) const;

private:
    Database &m_db;
};
