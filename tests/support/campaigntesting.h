// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the campaign tests of core and ui: Portuguese routing on a session, and
// campaigns imported from generated recipient lists.

#include <QString>
#include <QtGlobal>

class Session;

namespace CampaignTesting {

/// Default region PT, a carrier "PT Mobile" and a prefix rule 351 at 0.0125 per segment; a
/// second carrier "EU Carrier" as the default rule at 0.05. Returns false (with a QWARN) on failure.
bool setUpRouting(Session &session);

/// Writes `rows` Portuguese mobiles (+351912000000 + `first` + row, up to 7,999,999 of them) with a
/// name column,
/// plus `invalid` rows that are not numbers, to `path`.
bool writeList(const QString &path, int rows, int first = 0, int invalid = 0);

/// Imports `path` as a draft campaign on the session's own connection; 0 on failure.
qint64 import(Session &session, const QString &path, const QString &name = QStringLiteral("Spring sale"),
              const QString &bodyTemplate = QStringLiteral("Hi {name}"));

} // namespace CampaignTesting
