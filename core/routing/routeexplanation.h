// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "phone/parsednumber.h"
#include "routedecision.h"

/// A number as typed, what the parser made of it, and where it would go: the answer of the
/// Rules page's "Test a number" box and of `smsrouter-cli route`.
struct RouteExplanation
{
    ParsedNumber number;
    RouteDecision decision; ///< InvalidNumber (with the parser's reason) when the number was refused

    /// The sentence to show: the decision's explanation, or why the number was refused.
    QString text() const { return decision.explanation(); }
};
