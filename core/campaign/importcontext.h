// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "routing/routeindex.h"

#include <QString>

#include <memory>

/// What an import needs from the session, as plain thread-safe values: take it on the thread
/// that owns the Session (CampaignService::importContext()) and hand it to a CampaignImporter
/// on any thread.
struct ImportContext
{
    std::shared_ptr<const RouteIndex> routes = RouteIndex::empty();
    QString defaultRegion; ///< the store's default region ("PT"); empty or "ZZ": none
    int maxSegments = 10; ///< Settings::maxSegments(): longer bodies are rejected as too_long
    const Clock *clock = &SystemClock::instance();
};
