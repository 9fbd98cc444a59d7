// SPDX-FileCopyrightText: 2026 The SMS Router developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/storeworker.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <optional>
#include <type_traits>

/// Runs `work(Session &)` on the store worker and waits for its answer, for tests that change
/// the store the way the window does (through the worker, whose signals the pages follow).
/// qFatal()s when no answer comes within `timeoutMs`.
template<typename Work>
auto onWorker(StoreWorker &worker, Work work, int timeoutMs = 30000)
{
    using Answer = std::invoke_result_t<Work &, Session &>;
    std::optional<Answer> answer;
    QObject context;
    QEventLoop loop;
    worker.run(&context, std::move(work), [&](Answer a) {
        answer.emplace(std::move(a));
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    if (!answer)
        qFatal("the store worker did not answer within %d ms", timeoutMs);
    return std::move(*answer);
}
