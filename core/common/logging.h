// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One category per module, so `QT_LOGGING_RULES="smsrouter.dispatch.debug=true"` shows one room.
// Nothing logged through these may contain a token or password.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcRouting)
Q_DECLARE_LOGGING_CATEGORY(lcRestcomm)
Q_DECLARE_LOGGING_CATEGORY(lcDispatch)
Q_DECLARE_LOGGING_CATEGORY(lcCampaign)
Q_DECLARE_LOGGING_CATEGORY(lcPhone)
