// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "csv/csvoptions.h"

#include <QString>

/// What to import: the CLI's `campaign import` options, or the wizard's choices.
struct CampaignImportRequest
{
    QString filePath;
    QString name;
    QString sender; ///< the From of every message
    /// `{column}` placeholders by header name (MessageTemplate). A file without a header row
    /// names its columns by number: `{1}`, `{2}`, ….
    QString bodyTemplate;
    /// The column holding the numbers: a header name (case and accents do not matter) or a
    /// 1-based column number. Empty: detected (PhoneColumn::detect).
    QString phoneColumn;
    /// ISO 3166 region for numbers written without +country. Empty: the store's default region.
    QString region;
    /// Encoding, delimiter and header overrides (the CLI's --encoding / --delimiter, the wizard's
    /// combo boxes); defaults detect.
    CsvOptions csv;
};
