// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "formdata.h"
#include "simresponse.h"

#include <QByteArray>
#include <QHttpServerRequest>

struct SimContext;

/// The loopback control API under /sim/ (not part of Restcomm, no authentication):
///   GET  /sim/health                 {"ok":true}
///   GET  /sim/clock                  {"now_ms":…,"offset_ms":…,"frozen":…}
///   POST /sim/clock/advance?ms=N     moves the sim clock forward by N ms, answers like GET /sim/clock
///   GET  /sim/stats                  counters (see SimStats)
///   POST /sim/stats/reset            zeroes the counters
///   GET  /sim/faults                 current fault switches
///   POST /sim/faults                 JSON object with the switches to change; answers the new set
///   POST /sim/inbound                a reply from a handset (form or query: AccountSid, From, To,
///                                    Body, optional DateSent ISO 8601 or AtMs); answers its record
class ControlEndpoints final
{
public:
    explicit ControlEndpoints(SimContext &context)
        : m_context(context)
    { }

    /// \a path is the part after "/sim/".
    SimResponse handle(QHttpServerRequest::Method method, const QString &path, const QByteArray &query,
                       const QByteArray &body);

private:
    SimResponse clock() const;
    SimResponse inbound(const FormData &form);

    SimContext &m_context;
};
