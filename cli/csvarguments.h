// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "csv/csvoptions.h"

class CommandContext;
class QCommandLineParser;

/// The CSV reading options shared by `campaign import` and `optout import`.
namespace csvarguments {

/// --phone-column NAME|N, --region ISO2, --delimiter C, --encoding NAME.
void addOptions(QCommandLineParser &parser);
/// --delimiter (one character, or tab/comma/semicolon/pipe) and --encoding as CsvOptions.
Result<CsvOptions> csvOptions(const CommandContext &context);
/// --region, upper-cased; Error::invalid when it is not a region with phone numbers.
Result<QString> region(const CommandContext &context);

} // namespace csvarguments
