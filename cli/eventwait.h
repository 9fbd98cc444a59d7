// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>

/// Runs the event loop until `done()` is true or `timeout` passed, looking every `interval`.
/// The CLI's way to wait for asynchronous work (network answers, the dispatcher thread)
/// without blocking the loop that delivers it. Returns done().
bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout,
               std::chrono::milliseconds interval = std::chrono::milliseconds(50));
