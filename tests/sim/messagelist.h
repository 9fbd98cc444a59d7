// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "faultconfig.h"
#include "formdata.h"
#include "simmessage.h"
#include "simresponse.h"

#include <QList>

/// GET …/SMS/Messages: Restcomm's filters (To, From, Status, Body, StartTime, EndTime), SortBy and
/// paging, with the JSON quirks of §5.2 kept on purpose: num_pages is the index of the last page,
/// start/end are strings, missing previous/next URIs are the string "null", and the paging URIs
/// lack ".json" (as behind Restcomm's AcceptFilter).
class MessageList final
{
public:
    struct Context
    {
        const FaultConfig *config = nullptr;
        qint64 nowMs = 0;
        int utcOffsetS = 0;
        QString uriPath; ///< request path without ".json", e.g. /restcomm/2012-04-24/Accounts/AC…/SMS/Messages
    };

    static SimResponse respond(QList<const SimMessage *> messages, const FormData &query, const Context &context);

    /// SQL LIKE with % and _ wildcards (case-sensitive, as on HSQLDB).
    static bool like(const QString &text, const QString &pattern);
};
