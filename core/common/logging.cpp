// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#include "logging.h"

// Info and debug are off unless QT_LOGGING_RULES turns them on (smsrouter.dispatch.debug=true).

Q_LOGGING_CATEGORY(lcStore, "smsrouter.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "smsrouter.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRouting, "smsrouter.routing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRestcomm, "smsrouter.restcomm", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDispatch, "smsrouter.dispatch", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCampaign, "smsrouter.campaign", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPhone, "smsrouter.phone", QtWarningMsg)
