// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "simaccount.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QStringList>

/// A Restcomm request after the common filters: path segments below the base path with ".json"
/// removed and percent-decoded (as Restcomm's AcceptFilter does), and the authenticated caller.
struct ApiRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QStringList segments;
    QString path; ///< full path without ".json" suffixes, for paging URIs
    QByteArray query; ///< raw query string
    QByteArray body;
    const SimAccount *caller = nullptr;
};
